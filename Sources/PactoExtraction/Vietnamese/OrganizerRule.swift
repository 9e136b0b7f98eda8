import Foundation
import PactoModel

/// Finds the cluster (Cụm thi đua số VIII) or bloc (Khối thi đua ...) that
/// holds the meeting: its kind, number (Roman or Arabic), label as printed
/// and the owner the text names ("-Bộ Tài nguyên và Môi trường", "thuộc Sở
/// ...", "tỉnh Thanh Hóa"), abbreviations written out.
struct OrganizerRule: Sendable {
    struct Mention: Sendable {
        var kind: Organizer.Kind
        var range: Range<Int>
        /// From the end of "cụm thi đua" to where the name stops.
        var window: Range<Int>
    }

    func organizer(in context: Context) -> Found<Organizer>? {
        let mentions = Self.mentions(in: context.body)
        let titleMentions = Self.mentions(in: context.title)
        guard let first = mentions.first ?? titleMentions.first else { return nil }
        let fromTitle = mentions.isEmpty
        var number: Int?
        var numberMention: Mention?
        for mention in mentions {
            if let value = Self.number(in: mention.window, of: context.body) {
                number = value.value
                numberMention = mention
                break
            }
        }
        if number == nil {
            for mention in titleMentions {
                if let value = Self.number(in: mention.window, of: context.title) { number = value.value; break }
            }
        }
        var parent: String?
        var parentRange: Range<Int>?
        for mention in mentions {
            if let found = parentPhrase(in: mention, of: context.body, context: context) {
                parent = found.value
                parentRange = found.range
                break
            }
        }
        if parent == nil {
            for mention in titleMentions {
                if let found = parentPhrase(in: mention, of: context.title, context: context) {
                    parent = found.value
                    break
                }
            }
        }
        if parent == nil, let found = bracketedOwner(after: mentions, in: context) {
            parent = found.value
            parentRange = found.range
        }
        if parent == nil, let found = nationalAfterComma(mentions, in: context) {
            parent = found.value
            parentRange = found.range
        }
        if parent == nil, let found = ownerAfterMembers(in: context) {
            parent = found.value
            parentRange = found.range
        }
        // The body that set the cluster up, also when the name gave its owner with a bare
        // "tỉnh" ("Liên đoàn Lao động tỉnh") and the decision names it in full.
        if let found = establishingBody(in: context), parent.map({ Self.namesItsPlace(found.value, for: $0) }) ?? true {
            parent = found.value
            parentRange = found.range
        }
        if parent == nil, let found = ownerBefore(mentions, in: context) {
            parent = found.value
            parentRange = found.range
        }
        if parent == nil, let found = centralSubject(in: context.body, context: context) {
            parent = found.value
            parentRange = found.range
        }
        if parent == nil, let found = districtsProvince(of: mentions, in: context) {
            parent = found.value
            parentRange = found.range
        }
        if parent == nil, let found = subjectOwner(in: context.body, context: context) {
            parent = found.value
            parentRange = found.range
        } else if parent == nil, let found = subjectOwner(in: context.title, context: context) {
            parent = found.value
        }
        let labelMention = numberMention ?? first
        let passage = fromTitle ? context.title : context.body
        let labelEnd = Self.labelEnd(of: labelMention, in: passage)
        let label = passage.text(passage.trimmed(labelMention.range.lowerBound..<labelEnd))
        let organizer = Organizer(kind: first.kind, number: number, label: label, parent: parent)
        let evidenceRange = fromTitle ? nil : labelMention.range.lowerBound..<max(labelEnd, parentRange?.upperBound ?? labelEnd)
        return Found(organizer, evidenceRange)
    }
}

// MARK: - Mentions

extension OrganizerRule {
    static let strong = Pattern(#"(?<![a-z])(cum|khoi|khu vuc)\s+(thi dua|td\b|so\s|ii?i?\b|iv\b|vi{0,3}\b|ix\b|xi{0,3}v?\b|\d{1,2}\b)"#)
    static let weak = Pattern(#"(?<![a-z])cum\s+(?=[^\s,.])"#)
    static let weakBloc = Pattern(#"(?<![a-z])khoi\s+(?=[^\s,.])"#)

    static func mentions(in passage: Passage) -> [Mention] {
        var found: [Mention] = []
        for match in passage.matches(strong) {
            guard let whole = match[0], let keyword = match[1] else { continue }
            let word = passage.foldedCharacters(keyword)
            let kind: Organizer.Kind = word == "khoi" ? .bloc : .cluster
            // "các cụm, khối thi đua", "cụm, khối thi đua": any cluster, not one.
            let before = passage.folded.slice(max(0, keyword.lowerBound - 6)..<keyword.lowerBound)
            if before.hasSuffix("cac ") || before.hasSuffix("cum, ") || before.hasSuffix("nhung ")
                || passage.folded.slice(keyword.upperBound..<min(passage.count, keyword.upperBound + 6)).hasPrefix(", khoi") { continue }
            // "cụm, khối thi đua" (any cluster or bloc), "Cụm trưởng" are not names.
            let start = keyword.lowerBound
            var end = whole.upperBound
            // "Cụm TĐ số 4": the abbreviation is the name's "thi đua".
            if passage.foldedCharacters(whole).hasSuffix("thi dua") == false && passage.foldedCharacters(whole).hasSuffix(" td") == false {
                end = keyword.upperBound
            }
            found.append(Mention(kind: kind, range: start..<end, window: end..<windowEnd(from: end, in: passage)))
        }
        if found.isEmpty {
            // Only the roles name it: "trưởng khối", "Cụm phó".
            if let match = passage.firstMatch(HeadRule.role), let whole = match[0] {
                let word = passage.folded.slice(whole)
                let kind: Organizer.Kind = word.contains("khoi") ? .bloc : .cluster
                let start = word.hasPrefix("pho") || word.hasPrefix("truong") ? whole.upperBound - (word.contains("khoi") ? 4 : 3) : whole.lowerBound
                let end = start + (word.contains("khoi") ? 4 : 3)
                if word.contains("khoi") || word.contains("cum") {
                    found.append(Mention(kind: kind, range: start..<end, window: end..<end))
                    return found
                }
            }
            for match in passage.matches(weak) {
                guard let whole = match[0], passage.characters[whole.lowerBound].isUppercase
                        || followsEmulation(whole.lowerBound, in: passage) || countsPlaces(after: whole.lowerBound + 3, in: passage)
                else { continue }
                let end = whole.lowerBound + 3
                let next = passage.tokenIndex(atOrAfter: end)
                guard next < passage.tokens.count, passage.tokens[next].isCapitalized || countsPlaces(after: end, in: passage),
                      !["truong", "pho"].contains(passage.tokens[next].key) else { continue }
                found.append(Mention(kind: .cluster, range: whole.lowerBound..<end,
                                     window: end..<windowEnd(from: end, in: passage)))
            }
            // "Khối các cơ quan Đảng tỉnh", "Khối Văn hóa – Xã hội": a bloc named without "thi đua",
            // not the bloc of a party committee or union ("Đảng ủy Khối", "Công đoàn Khối").
            for match in passage.matches(weakBloc) where found.isEmpty {
                guard let whole = match[0], passage.characters[whole.lowerBound].isUppercase
                        || followsEmulation(whole.lowerBound, in: passage) else { continue }
                let end = whole.lowerBound + 4
                let next = passage.tokenIndex(atOrAfter: end)
                let previous = next - 2
                // "Khối cơ quan Nội chính tỉnh": the units it groups, then their capitalised field.
                let groupsUnits = next + 2 < passage.tokens.count && passage.tokens[next].key == "co"
                    && passage.tokens[next + 1].key == "quan" && passage.tokens[next + 2].isCapitalized
                guard next < passage.tokens.count, passage.tokens[next].isCapitalized || passage.tokens[next].key == "cac" || groupsUnits,
                      !["truong", "pho"].contains(passage.tokens[next].key),
                      previous < 0 || !(passage.tokens[previous].isCapitalized && passage.tokens[previous].key.first?.isLetter == true)
                        && !["uy", "bo", "doan"].contains(passage.tokens[previous].key)
                else { continue }
                found.append(Mention(kind: .bloc, range: whole.lowerBound..<end, window: end..<windowEnd(from: end, in: passage)))
            }
        }
        if found.isEmpty, let match = passage.firstMatch(peerPact), let units = match[1] {
            // No cluster named, but peers sign a pact among themselves: a bloc, named by its members.
            let end = windowEnd(from: units.lowerBound, in: passage)
            if end > units.lowerBound {
                found.append(Mention(kind: .bloc, range: units.lowerBound..<end, window: end..<end))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A cluster or bloc word in lower case right after "thi đua" (and its year) names one when a
    /// capitalized name follows: "ký kết giao ước thi đua khối Nội chính", "giao ước thi đua năm
    /// 2022 khối Văn hóa – Xã hội", "thi đua cụm Tây Nguyên"; "thi đua khối lượng" has no name.
    static func followsEmulation(_ start: Int, in passage: Passage) -> Bool {
        let index = passage.tokenIndex(atOrAfter: start)
        guard index >= 2 else { return false }
        var previous = index - 1
        if Numerals.arabic(passage.tokens[previous].key).map({ (1990...2100).contains($0) }) == true, previous >= 2,
           passage.tokens[previous - 1].key == "nam" {
            previous -= 2
        }
        return previous >= 1 && passage.tokens[previous].key == "dua" && passage.tokens[previous - 1].key == "thi"
            && passage.tokens[previous].range.upperBound + 1 == passage.tokens[previous + 1].range.lowerBound
    }

    /// "cụm bảy tỉnh biên giới", "cụm năm tỉnh Tây Nguyên": a cluster named by how many provinces
    /// it groups, the count spelled out (a numeral is read by ``strong``).
    static func countsPlaces(after end: Int, in passage: Passage) -> Bool {
        let index = passage.tokenIndex(atOrAfter: end)
        guard index + 1 < passage.tokens.count, spelledCounts.contains(passage.tokens[index].key) else { return false }
        return ["tinh", "huyen"].contains(passage.tokens[index + 1].key)
    }
    static let spelledCounts: Set<String> = ["hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"]

    /// Units that sign an emulation pact among themselves, no cluster named:
    /// "ký kết (giao ước) thi đua giữa 12 đơn vị …", "giữa các bệnh viện …". A unit
    /// registering its pact items with its own sections ("đăng ký giao ước") is not one.
    static let peerPact = Pattern(#"(?<![a-z])(?<!dang )k[yi](?: ket)?\s+(?:giao uoc\s+)?thi dua\s+giua\s+((?:cac|\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+\S)"#)

    /// Words that end an organizer's name: the verb or preposition that follows it.
    static let stopWords: Set<String> = [
        "tổ", "đã", "vừa", "ký", "kí", "tổng", "sơ", "triển", "phát", "gồm", "có", "là", "do", "tại", "hội",
        "được", "năm", "đóng", "cùng", "thực", "bao", "làm", "chủ", "về", "trong", "với", "tiến", "đang", "đăng",
        "giữa", "họp", "thông", "thống", "nhận", "quyết", "ở", "sau", "đạt", "từ", "tham", "chính", "diễn", "lên",
        "mới", "bàn", "để", "đề", "đánh", "như", "theo", "điều", "hiện", "bầu", "tiếp", "nhằm", "đi", "đến",
        "đồng", "ông", "bà", "ngày", "tháng", "sáng", "chiều", "tối", "trưa", "hôm", "cho", "sẽ",
    ]
    /// Stop words that stop only before their second word ("tham dự", not "tham mưu").
    static let stopPairs: [String: Set<String>] = [
        "tham": ["gia", "dự"], "đồng": ["chí", "thời", "ý"], "tổ": ["chức"], "thực": ["hiện"], "tổng": ["kết"],
        "sơ": ["kết"], "triển": ["khai"], "phát": ["động", "biểu"], "chủ": ["trì", "động"], "tiến": ["hành"], "bàn": ["giao", "bạc"],
        "thông": ["qua"], "đăng": ["cai", "ký"], "về": ["dự", "việc", "thăm", "tham"], "hội": ["nghị"],
        // "chính thức ký" stops; "Bộ Tài chính", "Cục Hành chính" go on.
        "chính": ["thức", "là"],
    ]
    /// Stop words that go on with the name before these words: "Khối thi đua các Hội có tính chất
    /// đặc thù số 1" ("có tính chất" describes the members; "có 8 đơn vị" still stops).
    static let nounPairs: [String: Set<String>] = ["có": ["tính"]]

    static func windowEnd(from start: Int, in passage: Passage) -> Int {
        let limit = min(passage.count, start + 110)
        var index = passage.tokenIndex(atOrAfter: start)
        var lastEnd = start
        while index < passage.tokens.count {
            let token = passage.tokens[index]
            if token.range.lowerBound >= limit { break }
            let gap = passage.characters[lastEnd..<token.range.lowerBound]
            // A full stop inside a word ("TP.HCM", "T.Ư") goes on.
            let inWord = gap.count == 1 && gap.first == "." && lastEnd > start
            if !inWord, gap.contains(where: { ".;:(\n)\"“”".contains($0) }) { break }
            // "số" followed by a numeral is the number, not a stop.
            if token.key == "so", index + 1 < passage.tokens.count,
               isNumeral(passage.tokens[index + 1], in: passage) {
                lastEnd = token.range.upperBound
                index += 1
                continue
            }
            if stopWords.contains(token.lower) && !token.isCapitalized {
                // "các tổ chức" (organisations) is a name; "tổ chức" after it is the verb.
                let previous = index > 0 ? passage.tokens[index - 1].lower : ""
                let next = index + 1 < passage.tokens.count ? passage.tokens[index + 1].lower : ""
                let isNoun = token.lower == "tổ" && (previous == "các" || previous == "những")
                    || nounPairs[token.lower]?.contains(next) == true
                if !isNoun, stopPairs[token.lower].map({ $0.contains(next) }) ?? true { break }
            }
            lastEnd = token.range.upperBound
            index += 1
        }
        return lastEnd
    }

    static func isNumeral(_ token: Passage.Token, in passage: Passage) -> Bool {
        let text = passage.text(token.range)
        return Numerals.arabic(text) != nil || (token.isAllCaps || text.count == 1) && text == text.uppercased()
            && Numerals.roman(text) != nil
    }

    /// Words of a region's name before "Bộ" ("Đông Nam Bộ", "Bắc Trung Bộ").
    static let regionWords: Set<String> = ["nam", "bac", "trung", "dong", "tay"]

    /// Nouns after a number that make it a count ("Cụm thi đua 7 tỉnh").
    static let countNouns: Set<String> = [
        "tỉnh", "huyện", "xã", "phường", "đơn", "thành", "cơ", "trường", "công", "sở", "ngành", "quận", "tp", "hội",
        "doanh", "bệnh", "địa", "thị", "ban", "bộ", "đảng", "chi", "liên",
        // "sơ kết hoạt động Cụm thi đua 6 tháng đầu năm": a period, not a number.
        "tháng",
    ]
    /// Place words a numeral names a place after ("Khối thi đua 5 – Quận 1", "Phường 3").
    static let numberedPlaces: Set<String> = ["quan", "phuong"]

    static func number(in window: Range<Int>, of passage: Passage) -> Found<Int>? {
        let tokens = Array(passage.tokens(in: window))
        for (index, token) in tokens.enumerated() {
            let text = passage.text(token.range)
            let explicit = index > 0 && tokens[index - 1].key == "so"
            var value: Int?
            if let arabic = Numerals.arabic(text), arabic > 0, arabic < 100 {
                value = arabic
            } else if text == text.uppercased(), let roman = Numerals.roman(text) {
                value = roman
            }
            guard let value else { continue }
            // A bare number after a comma belongs to another phrase.
            if !explicit, passage.text(window.lowerBound..<token.range.lowerBound).contains(",") { continue }
            // "Quận 1", "Phường 3": the numeral names a place, not the cluster.
            if !explicit, index > 0, numberedPlaces.contains(tokens[index - 1].key) { continue }
            // "7 tỉnh" counts; "5 – Quận 1" is a number and the owner after a dash.
            if !explicit, index + 1 < tokens.count, countNouns.contains(tokens[index + 1].lower),
               passage.text(token.range.upperBound..<tokens[index + 1].range.lowerBound).allSatisfy(\.isWhitespace) { continue }
            if !explicit, index + 1 == tokens.count, window.upperBound < passage.count {
                // A count whose noun was cut off by the window ("7 tỉnh" after a stop word) stays out.
                let next = passage.tokenIndex(atOrAfter: token.range.upperBound)
                if next < passage.tokens.count, countNouns.contains(passage.tokens[next].lower),
                   passage.tokens[next].range.lowerBound - token.range.upperBound <= 1 { continue }
            }
            return Found(value, token.range)
        }
        return nil
    }

    static func labelEnd(of mention: Mention, in passage: Passage) -> Int {
        let tokens = Array(passage.tokens(in: mention.window))
        var end = mention.range.upperBound
        for (index, token) in tokens.enumerated() {
            if index == 0 && token.key == "so" { end = token.range.upperBound; continue }
            let text = passage.text(token.range)
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if Numerals.arabic(text) != nil || (text == text.uppercased() && Numerals.roman(text) != nil) {
                end = token.range.upperBound
                // "Cụm thi đua 6 tỉnh Bắc Trung Bộ": a count goes on with the name.
                if let next, Self.countNouns.contains(next.lower) { continue }
                break
            }
            // An owner's head opens the owner ("Khối thi đua số 7 Bộ Tài chính"), but not where the name
            // describes its members ("Khối thi đua các Ban xây dựng Đảng", "các Sở, ngành") or a region
            // ends in "Bộ" ("các tỉnh Đông Nam Bộ").
            let previous = index > 0 ? tokens[index - 1] : nil
            let describesMembers = previous.map { ["cac", "nhung"].contains($0.key) || Self.regionWords.contains($0.key) } ?? false
            // "Đảng" alone is the Party the agencies serve ("các cơ quan Đảng"); "Đảng ủy" owns.
            let partyAlone = token.key == "dang" && !["uy", "bo"].contains(next?.key ?? "")
            if OrganizerRule.ownerHeads.contains(token.key) && token.isCapitalized && !describesMembers && !partyAlone { break }
            if ["thuoc", "cua"].contains(token.key) { break }
            if token.key == "tinh", index + 1 < tokens.count,
               passage.text(tokens[index + 1].range).first?.isUppercase == true,
               !(index > 0 && (tokens[index - 1].key == "cac" || Numerals.arabic(passage.text(tokens[index - 1].range)) != nil)) { break }
            end = token.range.upperBound
        }
        return end
    }
}

// MARK: - Provinces in the name

extension OrganizerRule {
    /// Provinces the organizer's name joins ("Khối thi đua các Chi cục Thi
    /// hành án dân sự Long An – Vĩnh Long"): members when two or more.
    func provincesInName(of organizer: Found<Organizer>, in context: Context) -> [Member] {
        guard let range = organizer.range else { return [] }
        let window = range.lowerBound..<OrganizerRule.windowEnd(from: range.lowerBound + 3, in: context.body)
        let places = context.places(in: window).filter { !$0.isCity }
        guard places.count >= 2 else { return [] }
        let date = context.published?.date
        return places.map { Member(text: context.body.text($0.range), province: context.gazetteer.canonical($0.province, on: date)) }
    }
}
