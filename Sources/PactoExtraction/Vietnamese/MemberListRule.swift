import Foundation
import PactoModel

/// The members a text lists, in all the shapes of these reports: after
/// "gồm" / "bao gồm" (with or without a colon and a count), after "N tỉnh:",
/// in brackets, separated by commas or semicolons, the last joined by "và".
struct MemberListRule: Sendable {
    static let intro = Pattern(#"(?<![a-z])(bao gom|gom co|gom)(?![a-z])"#)
    /// "Tham gia cụm có Công an các tỉnh …", "Cụm có 6 phường thành viên là …": the cluster "has" its members.
    /// "Tham gia ký kết có Công an các huyện …": those who sign.
    static let hasIntro = Pattern(#"(?<![a-z])(?:(?:cum|khoi)(?: thi dua)?(?: so [0-9ivx]+)?(?: nam \d{4}| nam nay)?|tham gia ky ket|tham gia ky giao uoc|ky ket giao uoc thi dua(?: nam \d{4})?) (co)(?= |:)"#)
    /// "Các thành viên của Cụm thi đua số 3 là …", "Đơn vị thành viên Khối năm 2025 là …": the members "are" (group 1).
    static let isIntro = Pattern(#"(?<![a-z])(?:thanh vien|don vi thanh vien)(?: cua| trong| thuoc)? (?:cum|khoi)(?: thi dua)?(?: so [0-9ivx]+)?(?: nam \d{4})? (la)(?= )"#)
    /// "gồm 6 đơn vị, trong đó có A và B": only some of them named (folded, with the space after).
    static let partialMarkers = ["trong do co ", "trong do "]
    /// Every match ends at its colon, some 70 characters after its count at most.
    static let countColon = Pattern(#"(?<![\w/])(\d{1,2}|cac)\s+(tinh|huyen|xa|phuong|don vi|thanh vien|so|co quan|truong|doanh nghiep|cong ty|chi nhanh|chi hoi|benh vien)(?:[^.:;\n]{0,50}):"#)
    /// "Cụm thi đua của 7 tỉnh miền Đông Nam Bộ (Bình Phước, Bình Dương, ...)":
    /// a cluster or bloc, its count, and the names in brackets. Every match ends at its bracket.
    static let countBracket = Pattern(#"(?<![a-z])(?:cum|khoi)(?: thi dua)?(?: so [0-9ivx]+)?(?: cua| gom| cac)?\s+(\d{1,2})\s+(?:tinh|huyen|xa|phuong|don vi|thanh vien|so|co quan|truong)(?![a-z])[^.:;()\n]{0,40}\("#)
    /// "các đơn vị trong cụm thi đua số 01 (thành phố A, huyện B và huyện C)", "các đơn vị trong Khối (A, B; C)":
    /// the cluster's name, or its units, then its members in brackets (group 1 is the bracket): three names at least, no colon and no role inside
    /// ("(Cụm trưởng)", "(Cụm trưởng: A, Cụm phó: B)" name no list).
    /// The bracket is read by ``bracketHoldsList(after:in:)``, not by the pattern: lookaheads of
    /// hundreds of characters made the pattern's windows cost 1 M instructions a page.
    /// Also the kind of member before "trong cụm" ("Ủy ban MTTQ 6 quận trong cụm (quận A, B, C)"), and the
    /// cluster's units before its name ("các trường chính trị Cụm Đông Nam Bộ (A, B, C)", "các đơn vị thành viên
    /// Khối thi đua Nội chính (A, B, C)").
    static let nameBracket = Pattern(#"(?<![a-z])(?:(?:cum|khoi) thi dua(?: (?:so )?[0-9ivx]+)?|(?:don vi|thanh vien|quan|huyen|xa|phuong|tinh|truong) (?:trong|thuoc|cua) (?:cum|khoi)|(?:cac|thanh vien) (?:[a-z]+ ){0,3}(?:cum|khoi)(?: thi dua)?(?: [a-z]+){1,4})\s*(\()"#)
    /// Roles that make a bracket after a cluster's name a note, not its members.
    static let bracketRoles = ["cum truong", "khoi truong", "truong cum", "truong khoi", "cum pho", "khoi pho", "pho cum", "pho khoi"]

    /// The bracket opened just before `start` closes before any colon, line end or other bracket,
    /// holds three names at least (two commas) and names no role.
    static func bracketHoldsList(after start: Int, in body: Passage) -> Bool {
        let end = min(body.count, start + 600)
        guard start < end, let close = body.characters[start..<end].firstIndex(where: { "()\n:".contains($0) }),
              body.characters[close] == ")" else { return false }
        let inside = body.foldedText(start..<close)
        return inside.filter { $0 == "," }.count >= 2 && !bracketRoles.contains { ByteSearch.contains($0, in: inside) }
    }
    /// "gồm 5 sở TT&TT các thành phố … là": a count, what is counted, then "là" before the names.
    /// What is counted must be units, not people ("gồm các đồng chí là …").
    static let countedThenNamed = TextPattern(#"^\s*(?:\d{1,2}|cac|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s(?:so|tinh|huyen|xa|phuong|quan|thi xa|thanh pho|don vi|co quan|truong|cong ty|doanh nghiep|chi nhanh|thanh vien|cong an|ldld|hoi|benh vien|ngan hang)(?![a-z])[^,.;:()]{0,70}?\sla\s"#)
    /// "đại diện 05 xã An Cư, An Hòa Hải, …": a count of localities right before their names; not those
    /// helped or where something happens ("hỗ trợ 5 xã …", "tại 3 huyện …"). Every match ends at the names.
    static let countedLocalities = Pattern(#"(?<![\w/.,])(?<!tai )(?<!\bo )(?<!ho tro )(?<!ung ho )(?<!cho )(?<!giup )(?<!tang )(\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:xa|huyen|phuong|quan|thi xa|thi tran)(?:,\s*(?:xa|huyen|phuong|quan|thi xa|thi tran|thanh pho))*\s+(?=\S)"#)
    /// "Lãnh đạo các Sở Tư pháp, Nội vụ và Y tế đã ký kết …": departments named by their fields, as those who sign.
    /// The signing verb is part of the match, so that the pattern runs around it, not around every "các".
    static let departmentsSigning = Pattern(#"(?<![a-z])(cac (?:so|phong) )[^.]{5,80}?(?:cung ky|da ky|ky ket|ky giao uoc)"#)
    /// Words before "gồm" that make the list one of documents or contents.
    static let notMembers = ["noi dung", "du thao", "van ban", "ho so", "chi tieu", "tieu chi", "giai phap", "chuong trinh", "hoat dong"]
    /// Words before a list that make it one of guests or of a delegation (folded).
    static let guestCues = ["den du", "toi du", "khach moi", "doan cong tac", "thanh phan tham du", "thanh phan du", "doan dai bieu", "dai bieu khach"]
    /// Words after a guest cue that make the list the cluster's own units after all ("đại diện 6 đơn vị trong Cụm gồm").
    static let ownUnits = ["cum", "khoi", "thanh vien"]
    /// Words between "gồm" and the first name that only describe the list.
    static let descriptors: Set<String> = [
        "cac", "tinh", "thanh", "pho", "huyen", "xa", "phuong", "don", "vi", "co", "quan", "la", "gom", "thanh vien",
        "vien", "so", "truong", "nhung", "sau", "toan", "the", "cap", "tp", "thi", "tran", "khu", "luc", "dong",
        "bang", "song", "hong", "mien", "tay", "nam", "bac", "trung", "du", "nui", "phia", "nganh",
        // counts in words ("bốn xã")
        "hai", "ba", "bon", "tu", "sau", "bay", "tam", "chin", "muoi", "muoi mot", "muoi hai",
        // kinds of unit ("gồm 8 doanh nghiệp là …")
        "doanh", "nghiep", "benh", "ngan", "hang",
        // the units' people ("có lãnh đạo Tòa án nhân dân các huyện …")
        "lanh", "dao", "dai", "dien",
    ]
    /// Words that end a list: the verb that follows it.
    static let stops: Set<String> = [
        "đã", "do", "cùng", "làm", "ký", "kí", "được", "tiến", "đang", "trong", "phát", "tổng", "sơ", "thực", "vừa",
        "nhằm", "với", "tham", "đều", "chủ", "về", "tại", "họp", "tổ", "đạt", "thống", "sẽ", "thuộc",
        "luân", "là", "đăng", "cam", "quyết", "đồng", "long", "chính", "cũng",
    ]
    /// Stop words that stop only before their second word ("tổ chức", not "Cục thống kê").
    static let stopPairs: [String: Set<String>] = [
        "tổ": ["chức"], "thống": ["nhất"], "đồng": ["thời", "ý", "chí"], "cam": ["kết"], "quyết": ["tâm", "định"],
        "tiến": ["hành"], "đăng": ["cai", "ký"], "luân": ["phiên"], "chủ": ["trì", "động"], "tham": ["gia", "dự"],
        "thực": ["hiện"], "phát": ["động", "biểu"], "tổng": ["kết"], "sơ": ["kết"],
        // adverbs before the verb: "… và Thoại Sơn long trọng tổ chức", "… chính thức ký kết"
        "long": ["trọng"], "chính": ["thức"],
    ]

    /// "các tỉnh" before the first name of a list.
    /// "các huyện, thị xã, thành phố" before the first name: the kinds of locality listed.
    static let countedNoun = TextPattern(#"^[^,;:.]{0,50}?(?<![a-z])cac (?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho|thi tran|thanh)(?:(?:,| va|, va) (?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho|thi tran|thanh))* (?=\S)"#)

    func members(in context: Context, date: Stamp?) -> (members: [Found<Member>], range: Range<Int>)? {
        let body = context.body
        var starts: [(intro: Range<Int>, after: Int)] = []
        for match in body.matches(Self.intro) {
            if let whole = match[0] { starts.append((whole, whole.upperBound)) }
        }
        for match in body.matches(Self.hasIntro) {
            if let word = match[1] { starts.append((word, word.upperBound)) }
        }
        for match in body.matches(Self.isIntro) {
            if let word = match[1] { starts.append((word, word.upperBound)) }
        }
        for match in body.matches(Self.countColon) {
            if let whole = match[0] { starts.append((whole, whole.upperBound)) }
        }
        for match in body.matches(Self.countedLocalities) {
            // A count in lower case ("Tổng cục Hải quan Nguyễn Văn A" holds no "hai quận").
            if let whole = match[0], whole.upperBound < body.count, body.characters[whole.upperBound].isUppercase,
               !body.characters[whole.lowerBound].isUppercase {
                starts.append((whole, whole.upperBound))
            }
        }
        for match in body.matches(Self.departmentsSigning) {
            if let lead = match[1] { starts.append((lead, lead.upperBound)) }
        }
        for match in body.matches(Self.nameBracket) {
            if let open = match[1], Self.bracketHoldsList(after: open.upperBound, in: body) {
                starts.append((open.lowerBound..<open.lowerBound, open.lowerBound))
            }
        }
        for match in body.matches(Self.countBracket) {
            if let whole = match[0], let count = match[1] { starts.append((count.lowerBound..<whole.upperBound, whole.upperBound)) }
        }
        starts.sort { $0.intro.lowerBound < $1.intro.lowerBound }
        for start in starts {
            let before = String(body.folded.slice(max(0, start.intro.lowerBound - 45)..<start.intro.lowerBound))
            if Self.notMembers.contains(where: { ByteSearch.contains($0, in: before) }) { continue }
            // "Đến dự có đại diện lãnh đạo các Sở: …": guests, unless the cluster's own units are meant.
            // The intro itself may say so ("Tới dự có lãnh đạo Hội các huyện trong Cụm: …").
            let opening = body.alignedText(body.sentence(containing: start.intro.lowerBound).lowerBound..<start.intro.lowerBound)
            if let guest = Self.guestCues.lazy.compactMap({ ByteSearch.range(of: $0, in: opening) }).first,
               case let lead = String(opening[guest.upperBound...]) + " " + body.alignedText(start.intro.lowerBound..<start.after),
               !Self.ownUnits.contains(where: { lead.contains($0) }) { continue }
            guard let list = self.list(after: start.after, introStart: start.intro.lowerBound, in: body, context: context, date: date),
                  list.members.count >= 2 else { continue }
            return list
        }
        return nil
    }

    /// "4 tỉnh Sóc Trăng, An Giang, Trà Vinh, Cà Mau đạt ...": provinces
    /// named one after another after a count, all known to the gazetteer.
    static let countedProvinces = Pattern(#"(?<![\w/.,])\d{1,2}\s+(?:tinh|tinh, thanh pho|tinh, thanh)\s+(?=[^\s,.])"#)

    func provinceRun(in context: Context, date: Stamp?, ofProvinces: Bool = false) -> (members: [Found<Member>], range: Range<Int>)? {
        let body = context.body
        // In a cluster of provinces ("Cụm thi đua các tỉnh Tây Bắc"), any run
        // of three provinces or more also names members.
        let starts = body.matches(Self.countedProvinces).compactMap { $0[0] }.map { ($0, 2) }
            + (ofProvinces ? context.places.filter { !$0.isCity }.map { ($0.range.lowerBound..<$0.range.lowerBound, 3) } : [])
        for (whole, least) in starts {
            var end = whole.upperBound
            var places: [PlaceMention] = []
            for place in context.places where place.range.lowerBound >= end {
                let gap = body.folded.slice(end..<place.range.lowerBound)
                guard gap.isEmpty || gap == ", " || gap == " va " || gap == ", va " else { break }
                guard !place.isCity else { break }
                places.append(place)
                end = place.range.upperBound
            }
            guard places.count >= least else { continue }
            let members = places.map { place in
                Found(Member(text: body.text(place.range), province: context.gazetteer.canonical(place.province, on: date)), place.range)
            }
            return (members, whole.upperBound..<end)
        }
        return nil
    }

    /// "gồm 7 trường chính trị tỉnh Bắc Giang, Bắc Kạn, …": lower-case words naming the members' kind,
    /// then "tỉnh" / "thành phố" and a name within six words; the kind describes the list.
    static func kindBeforeProvince(from index: Int, in body: Passage, within sentence: Range<Int>) -> Bool {
        var next = index
        while next < min(body.tokens.count, index + 6), body.tokens[next].range.upperBound <= sentence.upperBound {
            let token = body.tokens[next]
            // People, not units: "gồm các đồng chí lãnh đạo tỉnh X".
            if token.key == "ong" || token.key == "chi" && next > 0 && body.tokens[next - 1].key == "dong" { return false }
            if token.isCapitalized {
                guard next > index else { return false }
                let previous = body.tokens[next - 1].key
                return previous == "tinh" || previous == "pho" && next > index + 1 && body.tokens[next - 2].key == "thanh"
            }
            next += 1
        }
        return false
    }

    func list(after start: Int, introStart: Int, in body: Passage, context: Context, date: Stamp?)
        -> (members: [Found<Member>], range: Range<Int>)? {
        let sentence = body.sentence(containing: start)
        var listStart = start
        var nameStart = start
        // A colon soon after "gồm" opens the list.
        let lookahead = body.folded.slice(clampedRange(start, min(sentence.upperBound, start + 95)))
        // Not a colon inside an item's bracket ("Agribank (các chi nhánh: A, B)").
        if let colon = lookahead.firstIndex(of: ":"),
           !lookahead[lookahead.startIndex..<colon].contains(where: { ".()".contains($0) }) {
            listStart = start + lookahead.distance(from: lookahead.startIndex, to: colon) + 1
            nameStart = listStart
        } else if let named = Self.countedThenNamed.firstRange(in: lookahead),
                  case let offset = lookahead.distance(from: lookahead.startIndex, to: named.upperBound),
                  start + offset < body.count, body.characters[start + offset].isUppercase {
            // "gồm 5 sở TT&TT các thành phố trực thuộc Trung ương là TP Hồ Chí Minh, …": the names after "là".
            listStart = start + offset
            nameStart = listStart
        } else if let marker = lookahead.range(of: ", " + Self.partialMarkers[0]), !lookahead[..<marker.lowerBound].contains(",") {
            // "gồm 10 doanh nghiệp thuộc Tổng công ty, trong đó có A và B": the names after the marker.
            listStart = start + lookahead.distance(from: lookahead.startIndex, to: marker.upperBound)
            nameStart = listStart
        } else {
            // Else skip the words that describe the list up to the first name.
            var index = body.tokenIndex(atOrAfter: start)
            while index < body.tokens.count {
                let token = body.tokens[index]
                if token.isCapitalized && !body.isArabic(token) { break }
                let rest = body.foldedText(token.range.lowerBound..<min(sentence.upperBound, token.range.lowerBound + 12))
                if let marker = Self.partialMarkers.first(where: { rest.hasPrefix($0) }) {
                    index = body.tokenIndex(atOrAfter: token.range.lowerBound + marker.count)
                    listStart = token.range.lowerBound + marker.count
                    continue
                }
                guard Self.descriptors.contains(token.key) || body.isArabic(token)
                    || Self.kindBeforeProvince(from: index, in: body, within: sentence) else { return nil }
                let gap = body.text(listStart..<token.range.lowerBound)
                if ByteSearch.contains(".", in: gap) || ByteSearch.contains(";", in: gap) { return nil }
                index += 1
                listStart = token.range.upperBound
            }
            nameStart = listStart
            // "thành phố Kon Tum", "huyện Đăk Hà": keep the locality word with its name.
            if index > 0, index < body.tokens.count {
                let previous = body.tokens[index - 1]
                let two = index > 1 ? body.tokens[index - 2].key + " " + previous.key : ""
                if ["huyen", "xa", "phuong", "quan"].contains(previous.key), previous.range.lowerBound >= start {
                    listStart = previous.range.lowerBound
                } else if ["thanh pho", "thi xa", "thi tran"].contains(two), body.tokens[index - 2].range.lowerBound >= start {
                    listStart = body.tokens[index - 2].range.lowerBound
                }
            }
        }
        var descriptor = body.foldedText(max(0, introStart - 40)..<nameStart)
        // "gồm Liên đoàn Lao động các tỉnh Lào Cai, Yên Bái ...": the names start after "các tỉnh".
        let head = body.folded.slice(listStart..<min(body.count, listStart + 80))
        if let found = Self.countedNoun.firstRange(in: head) {
            let offset = head.distance(from: head.startIndex, to: found.upperBound)
            // Not past a "và" that joins another unit ("A và các tỉnh B"); one inside a name may stand ("Giáo dục và Đào tạo").
            let joins = head[found].ranges(of: " va ").contains { joint in
                !body.characters[listStart + head.distance(from: head.startIndex, to: joint.upperBound)].isUppercase
            }
            if offset < head.count, body.characters[listStart + offset].isUppercase, !joins {
                descriptor += " " + String(head[found])
                listStart += offset
            }
        }
        let scope: UnitReader.Scope
        // "Công an 5 quận:" names districts; "5 cơ quan:" does not.
        if ["huyen", " xa", "phuong", "thi tran"].contains(where: { ByteSearch.contains($0, in: descriptor) })
            || ByteSearch.contains(" quan", in: descriptor.replacingOccurrences(of: "co quan", with: "")) {
            scope = .localities
        } else if ["tinh", "thanh pho", "provincia"].contains(where: { ByteSearch.contains($0, in: descriptor) }) {
            scope = .provinces
        } else {
            scope = .units
        }
        let reader = UnitReader(context: context, date: date)
        // "gồm:" ending its line, then one member a line.
        let colon = nameStart > start ? nameStart : body.characters[start - 1] == ":" ? start : nil
        if let colon, let lines = Self.lineItems(after: colon, in: body), let first = lines.first, let last = lines.last {
            return (lines.compactMap { reader.member($0, in: body, scope: scope) }, first.lowerBound..<last.upperBound)
        }
        // "gồm 7 đơn vị (A, B, ...)": the names are in brackets.
        var bracketed = ByteSearch.contains("(", in: body.text(max(0, introStart - 2)..<introStart))
        while listStart < body.count, body.characters[listStart] == " " || body.characters[listStart] == "(" {
            if body.characters[listStart] == "(" { bracketed = true }
            listStart += 1
        }
        var end = listEnd(from: listStart, in: body, inBrackets: bracketed)
        // "gồm 5 xã: A, B, C và D; xã A là Cụm trưởng": a list parted by commas ends at a semicolon.
        if let semicolon = body.characters[listStart..<end].firstIndex(of: ";"),
           Self.topLevelCommas(in: listStart..<semicolon, of: body) >= 2 {
            end = semicolon
        }
        let range = body.trimmed(listStart..<end)
        // "Tham dự hội nghị gồm có Ông A, Ủy viên …": people, not members.
        guard !range.isEmpty, !Self.opensWithPerson(range, in: body) else { return nil }
        var members: [Found<Member>] = []
        for piece in Self.fieldRuns(in: range, of: body, descriptor: descriptor) {
            // "các Sở: Tư pháp, Nội vụ": each field with the head word printed once.
            for field in piece.fields ?? [] {
                guard var member = reader.member(field.range, in: body) else { continue }
                if let head = field.head { member.value.text = head + " " + member.value.text }
                members.append(member)
            }
            guard piece.fields == nil else { continue }
            // "… và 5 công ty khác": the others counted, not named.
            let items = Self.split(piece.range, in: body, scope: scope).compactMap { item -> Range<Int>? in
                let words = Array(body.tokens(in: item))
                guard words.last?.lower == "khác",
                      let count = words.firstIndex(where: body.isArabic) else { return item }
                guard count > 0, words[count - 1].lower == "và" else { return nil }
                return body.trimmed(item.lowerBound..<words[count - 1].range.lowerBound)
            }
            // "Hải đoàn 18, 28 và 38": a bare number takes the words before the number of the item before it.
            for (item, shared) in Self.sharingNumberedHead(items, in: body) {
                for part in Self.nested(in: item, of: body, scope: scope) {
                    guard var member = reader.member(part.item, in: body, scope: part.scope) else { continue }
                    if let head = part.head ?? shared { member.value.text = head + " " + member.value.text }
                    members.append(member)
                }
            }
        }
        return (members, range)
    }

    /// "LĐLĐ 4 huyện (Quỳnh Lưu, Diễn Châu, Yên Thành)": an item that counts
    /// units of one kind and names them in brackets stands for those names.
    static let nestedCount = TextPattern(#"(?<![a-z])(?:\d{1,2}|cac|hai|ba|bon|nam|sau|bay|tam|chin|muoi) (tinh|huyen|xa|phuong|quan|thi xa|thanh pho|don vi|chi nhanh|truong|so)(?![a-z])[^()]{0,30}\($"#)

    /// "Agribank (các chi nhánh: Bắc Hà Tĩnh, Nam Hà Tĩnh)": a unit, then its
    /// branches named in its bracket; each branch is a member under the unit's name.
    static let branchList = TextPattern(#"^\(\s*(?:gom\s+)?(?:cac\s+|\d{1,2}\s+)?(?:chi nhanh|phong giao dich)\s*:?\s*(?=\S)"#)

    static func nested(in item: Range<Int>, of body: Passage, scope: UnitReader.Scope)
        -> [(item: Range<Int>, scope: UnitReader.Scope, head: String?)] {
        guard let open = body.characters[item].firstIndex(of: "("), let close = body.characters[item].lastIndex(of: ")"), open < close
        else { return [(item, scope, nil)] }
        let inside = body.alignedText(open..<close)
        if open > item.lowerBound, let marker = branchList.firstRange(in: inside) {
            let names = split(body.trimmed((open + inside.distance(from: inside.startIndex, to: marker.upperBound))..<close), in: body, scope: .units)
            let head = body.text(body.trimmed(item.lowerBound..<open))
            if names.count >= 2, !head.isEmpty { return names.map { ($0, .units, head) } }
        }
        guard case let before = body.alignedText(max(item.lowerBound, open - 45)..<(open + 1)),
              let found = nestedCount.firstRange(in: before) else { return [(item, scope, nil)] }
        let kind = before[found].split(separator: " ").dropFirst().prefix(2).map(String.init)
        let inner: UnitReader.Scope = ["huyen", "xa", "phuong", "quan"].contains(kind.first ?? "") || kind == ["thi", "xa"] ? .localities
            : kind.first == "tinh" ? .provinces : scope
        let names = split(body.trimmed((open + 1)..<close), in: body, scope: inner)
        guard names.count >= 2 else { return [(item, scope, nil)] }
        return names.map { ($0, inner, nil) }
    }

    /// The commas outside brackets.
    static func topLevelCommas(in range: Range<Int>, of body: Passage) -> Int {
        var depth = 0
        var commas = 0
        for character in body.characters[range] {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if character == ",", depth == 0 { commas += 1 }
        }
        return commas
    }

    /// Where the list stops: the sentence's end, a closing bracket, or the verb after it.
    func listEnd(from start: Int, in body: Passage, inBrackets: Bool) -> Int {
        var depth = 0
        var index = start
        let sentence = body.sentence(containing: start)
        let limit = min(body.count, max(sentence.upperBound, start + 1), start + 700)
        var tokenIndex = body.tokenIndex(atOrAfter: start)
        var sawName = false
        while index < limit {
            let character = body.characters[index]
            if character == "(" { depth += 1 }
            let isNumbering = (character == ")" || character == ".") && Passage.closesNumbering(body.characters, at: index)
            if character == ")", !isNumbering {
                if depth == 0 { return index }
                depth -= 1
            }
            if depth == 0, character == "\n" || character == "." && !isNumbering && index + 1 < body.count
                && (body.characters[index + 1] == " " || body.characters[index + 1] == "\n") {
                return index
            }
            while tokenIndex < body.tokens.count, body.tokens[tokenIndex].range.upperBound <= index { tokenIndex += 1 }
            if depth == 0, tokenIndex < body.tokens.count, body.tokens[tokenIndex].range.lowerBound == index {
                let token = body.tokens[tokenIndex]
                if token.isCapitalized { sawName = true }
                // "… Cà Mau cùng Hội Chữ thập đỏ thành phố Cần Thơ": "cùng" before a unit joins it to the list.
                if sawName, !token.isCapitalized, Self.stops.contains(token.lower), !Self.joinsUnit(at: tokenIndex, in: body) {
                    let next = tokenIndex + 1 < body.tokens.count ? body.tokens[tokenIndex + 1].lower : ""
                    // "tổ chức" ends it; "Cục thống kê" does not.
                    let previous = tokenIndex > 0 ? body.tokens[tokenIndex - 1].lower : ""
                    let isNoun = token.lower == "tổ" && (previous == "các" || previous == "những")
                        // "doanh nghiệp nhỏ và vừa": small and medium, no verb.
                        || token.lower == "vừa" && previous == "và" && tokenIndex > 1 && body.tokens[tokenIndex - 2].lower == "nhỏ"
                    if !isNoun, Self.stopPairs[token.lower].map({ $0.contains(next) }) ?? true { return index }
                }
            }
            index += 1
        }
        return index
    }
}
