import Foundation
import PactoModel

/// The number of members as the text states it: "gồm 11 đơn vị", "có 06
/// thành viên", "đại diện 11 đơn vị thuộc Khối", "lãnh đạo 10 huyện",
/// "12 phường thành viên", "Cụm thi đua 7 tỉnh", "Công an 5 tỉnh", "sáu".
struct MemberCountRule: Sendable {
    static let number = #"(\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi(?: mot| hai| ba| bon| lam| sau| bay| tam| chin)?)"#
    /// What is counted: every pattern's number is followed by one of these.
    static let nouns = [
        "tinh", "thanh pho", "huyen", "xa", "phuong", "don vi", "thanh vien", "so", "co quan", "truong", "cong ty", "thi tran", "khu vuc",
        "doanh nghiep", "dn", "quan", "thi xa", "chi hoi", "hoi", "nganh", "cong doan", "benh vien", "chi nhanh", "ngan hang",
        "chi cuc", "cuc", "lien doan", "hop tac xa", "dang bo", "cong an", "kho bac", "thanh tra", "toa an", "vien kiem sat",
        // unit kinds as abbreviated ("gồm 6 VKSND các huyện")
        "vksnd", "tand", "bhxh", "bao hiem xa hoi", "kbnn", "ldld", "ubnd", "uy ban", "trung tam", "phong ban", "ban nganh",
    ]
    /// Kinds of unit printed before the count of their localities: "Công an 12 quận", "Hội Nông dân 9 huyện, thị xã".
    static let unitKinds = [
        "cong an", "thanh tra", "thanh nien", "ldld", "lien doan lao dong", "hoi cuu chien binh", "hoi ccb", "tu phap",
        "toa an", "toa an nhan dan", "tand", "vksnd", "vien kiem sat nhan dan", "bao hiem xa hoi", "bhxh", "kho bac nha nuoc",
        "kho bac", "kbnn", "hoi nong dan", "hoi lhpn", "hoi lien hiep phu nu", "doan thanh nien", "mttq", "mat tran to quoc",
        "ubnd", "uy ban nhan dan", "thue", "chi cuc thue", "cuc thue", "thong ke", "hoi chu thap do", "ngan hang nha nuoc",
        "van phong dang ky dat dai", "phong giao duc va dao tao", "trung tam y te", "dang uy", "huyen uy", "hdnd",
    ]
    /// The localities such units belong to, with a second kind after a comma ("9 huyện, thị xã").
    static let localities = "(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|khu vuc)(?:,\\s*(?:thanh pho|thi xa|thi tran|quan|huyen|xa|phuong))?"
    static let noun = "(?:" + nouns.joined(separator: "|") + "|tinh, thanh(?: pho)?)"

    /// Every match holds its number: digits or a number word, then white
    /// space and what is counted ("mười" its units first: "mười lăm tỉnh").
    /// The words before it run to 25 characters ("dai dien lanh dao cua"),
    /// those after it to 45 ("muoi mot tinh, thanh pho thuoc khoi"), with
    /// room for more white space.
    static func counted(_ pattern: String) -> Pattern {
        let units = ["hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin"]
        return Pattern(
            pattern,
            anchors: units.map { Pattern.Anchor($0, word: true, before: 35, after: 60, followedBy: nouns) }
                + [Pattern.Anchor("muoi", word: true, before: 35, after: 60)],
            digits: .digits(before: 35, after: 60, followedBy: nouns))
    }

    static let strong: [Pattern] = [
        // Not those given something or speaking ("có 5 đơn vị trình bày tham luận").
        counted(#"(?<![a-z])(?:bao gom|gom co|gom|co tong so|tong so|co)\s+"# + number + #"\s+"# + noun + #"(?![a-z])(?!\s+duoc)(?![^.]{0,12}(?:duoc|trinh bay|tham luan|phat bieu))"#),
        // Not guests: "lãnh đạo 4 huyện lân cận", "đại diện 3 tỉnh bạn".
        // "đại diện lãnh đạo của 37/43 Chi hội": the total after the slash.
        counted(#"(?<![a-z])(?:dai dien|lanh dao|day du|cong doan|dai dien lanh dao)\s+(?:cua\s+|cho\s+)?(?:\d{1,2}\s*/\s*)?"# + number + #"\s+"# + noun + #"(?![a-z])(?!\s+(?:lan can|ban|khac|khach moi)(?![a-z]))"#),
        // "12/12 đơn vị thuộc Cụm", "3/12 đơn vị trong khối": the total after the slash.
        counted(#"(?<![\w/.,])(?:\d{1,2}\s*/\s*)?(?<!so )"# + number + #"\s+"# + noun + #"(?:\s+(?:dai hoc|cao dang|trung cap|pho thong|thpt|thcs|tieu hoc|y te))?(?:,\s*(?:thanh(?: pho)?|don vi|nganh|so|dia phuong|cao dang|trung cap|dai hoc))?\s+(?:thanh vien|trong (?:cum|khoi)|thuoc (?:cum|khoi))"#),
        counted(#"(?<![a-z])(?:cum|khoi)(?: thi dua)?\s+"# + number + #"\s+(?:tinh|huyen|don vi|so|thanh pho)(?![a-z])"#),
        // "Cụm thi đua Mặt trận 5 thành phố", "Khối thi đua của 7 huyện", "Cụm thi đua Hội Chữ thập đỏ 6 tỉnh": the owner's
        // name between the cluster and the count (not a verb: "Cụm thi đua đã ủng hộ 3 tỉnh").
        counted(#"(?<![a-z])(?:cum|khoi) thi dua (?:cua|mat tran|mttq|cong doan|doan thanh nien|hoi(?: [a-z]+){1,3})\s+"# + number + #"\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)(?![a-z])"#),
        // "Công an 12 quận", "Tòa án nhân dân 4 huyện:", not "Công an 3 xã được tặng …" nor a part
        // named in brackets ("LĐLĐ 4 huyện (A, B, C, D) và LĐLĐ thị xã E").
        counted(#"(?<![a-z])(?:"# + unitKinds.joined(separator: "|") + #")\s+"# + number + #"\s+"# + localities + #"(?![a-z])(?!\s*\()(?!\s+duoc)(?![^.]{0,12}duoc)"#),
        // "Cụm thi đua số 2 với 7 thành viên", "Cụm thi đua số 4 (7 đơn vị)".
        counted(#"(?<![a-z])voi\s+"# + number + #"\s+(?:thanh vien|don vi thanh vien|don vi)(?![a-z])"#),
        counted(#"(?<![a-z])(?:cum|khoi)(?: thi dua)?(?: so [0-9ivx]+)?\s*\(\s*"# + number + #"\s+"# + noun + #"\s*\)"#),
        // "12/12 đơn vị ký kết", "9/9 thành viên tham gia": the total after the slash when they all sign or take
        // part, not a date ("ngày 12/3") nor a result ("6/6 đơn vị hoàn thành nhiệm vụ").
        counted(#"(?<![\w/.,])(?<!ngay )(?<!sang )(?<!chieu )(?<!toi )\d{1,2}\s*/\s*"# + number + #"\s+(?:don vi|thanh vien|co quan|doanh nghiep)(?![a-z])(?=\s+(?:da |cung |deu )?(?:ky|tham gia|tham du|co mat))"#),
        // "10 phường thuộc quận ký giao ước thi đua", "bảy xã thành viên cùng ký kết": all of them sign.
        counted(#"(?<![\w/.,])(?<!so )"# + number + #"\s+(?:phuong|xa|huyen|quan|thi xa|tinh|don vi|co quan|doanh nghiep)(?![a-z])(?:\s+(?:thanh vien|thuoc (?:quan|huyen|thi xa|thanh pho|tinh)))?\s+(?:da |cung |deu |da cung )?ky (?:ket|giao uoc)"#),
    ]
    /// A delegation counted ("Đoàn công tác gồm 07 thành viên", "Đoàn Trường Chính trị tỉnh … gồm 07 thành viên"):
    /// words at a sentence's start or before the count that make it one of people sent, not of members (folded).
    static let delegations = ["doan cong tac", "doan dai bieu", "doan kiem tra", "doan giam sat", "doan tham quan", "doan khao sat"]

    /// The count stands in a sentence about a delegation.
    static func countsDelegation(_ range: Range<Int>, in body: Passage) -> Bool {
        let sentence = body.sentence(containing: range.lowerBound)
        let before = body.foldedText(sentence.lowerBound..<range.lowerBound)
        if delegations.contains(where: { ByteSearch.contains($0, in: before) }) { return true }
        // "Đoàn Trường Chính trị tỉnh …": a unit's delegation (not "Đoàn Văn A", a person).
        return before.hasPrefix("doan ") && Lexicon.opens(String(before.dropFirst(5)), withOneOf: Lexicon.unitHeadWords)
    }
    /// A count of provinces named alone; not where something happens or is
    /// given ("tại 34 tỉnh, thành phố", "ủng hộ 3 tỉnh bị thiệt hại").
    static let weak = counted(#"(?<![\w/.,])(?<!so )(?<!\btai )(?<!\bo )(?<!\btren )(?<!\bcho )(?<!ung ho )(?<!ho tro )(?<!\bgiup )"# + number + #"\s+tinh(?:,\s*thanh(?: pho)?)?(?![a-z])(?![^.]{0,20}(?:duoc|dat va vuot|dat ))"#)

    /// "gồm 6 Thuế tỉnh: …", "gồm 5 LĐLĐ huyện: …": a count, the members' kind in a few words, a colon and their names.
    static let listed = Pattern(#"(?<![a-z])(?:bao gom|gom co|gom)\s+(\d{1,2})\s+(?:[^\s.:;,]{1,12}\s){1,3}(?:tinh|huyen|xa|phuong|thanh pho)\s?:"#)

    func count(in context: Context) -> Found<Int>? {
        var best: Found<Int>?
        // The patterns share their anchors and reach, so their windows; once
        // a count is found, a later pattern can only replace it with one
        // that starts before it, in the windows that start before it.
        let windows = context.body.windows(of: Self.weak, in: 0..<context.body.count)
        for (index, pattern) in Self.strong.enumerated() {
            // "Dự hội nghị có đại diện 8 cơ quan trong Cụm. Cụm gồm 9 cơ quan": those present (the second and
            // third patterns) count only when no sentence says what the cluster is made of (the first).
            if index == 1 || index == 2, best != nil { continue }
            let before = best?.range.map { end in windows.prefix { $0.lowerBound < end.lowerBound } } ?? windows[...]
            for match in context.body.matchSequence(pattern, windows: before) {
                guard let range = match[0], let numberRange = match[1],
                      let value = Numerals.count(context.body.text(numberRange)), value >= 2,
                      !Self.countsDelegation(range, in: context.body)
                else { continue }
                if best == nil || range.lowerBound < (best?.range?.lowerBound ?? .max) { best = Found(value, range) }
                break
            }
        }
        if let match = context.body.firstMatch(Self.listed), let range = match[0], let numberRange = match[1],
           let value = Numerals.count(context.body.text(numberRange)), value >= 2,
           range.lowerBound < (best?.range?.lowerBound ?? .max) {
            best = Found(value, range)
        }
        if let best { return best }
        for pattern in Self.strong {
            if let match = context.title.firstMatch(pattern), let numberRange = match[1],
               let value = Numerals.count(context.title.text(numberRange)), value >= 2 {
                return Found(value, nil)
            }
        }
        for match in context.body.matchSequence(Self.weak, windows: windows[...]) {
            guard let range = match[0], let numberRange = match[1],
                  let value = Numerals.count(context.body.text(numberRange)), (2...70).contains(value)
            else { continue }
            return Found(value, range)
        }
        if let match = context.title.firstMatch(Self.weak), let numberRange = match[1],
           let value = Numerals.count(context.title.text(numberRange)), (2...70).contains(value) {
            return Found(value, nil)
        }
        return nil
    }
}
