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
        // The body that set the cluster up, also when the name gave its owner with a bare
        // "tỉnh" ("Liên đoàn Lao động tỉnh") and the decision names it in full.
        if let found = establishingBody(in: context), parent.map({ Self.namesItsPlace(found.value, for: $0) }) ?? true {
            parent = found.value
            parentRange = found.range
        }
        if parent == nil, let found = districtsProvince(of: mentions, in: context) {
            parent = found.value
            parentRange = found.range
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
    static let strong = Pattern(#"(?<![a-z])(cum|khoi|khu vuc)\s+(thi dua|so\s|ii?i?\b|iv\b|vi{0,3}\b|ix\b|xi{0,3}v?\b|\d{1,2}\b)"#)
    static let weak = Pattern(#"(?<![a-z])cum\s+(?=[^\s,.])"#)

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
            if passage.foldedCharacters(whole).hasSuffix("thi dua") == false {
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
                guard let whole = match[0], passage.characters[whole.lowerBound].isUppercase else { continue }
                let end = whole.lowerBound + 3
                let next = passage.tokenIndex(atOrAfter: end)
                guard next < passage.tokens.count, passage.tokens[next].isCapitalized,
                      !["truong", "pho"].contains(passage.tokens[next].key) else { continue }
                found.append(Mention(kind: .cluster, range: whole.lowerBound..<end,
                                     window: end..<windowEnd(from: end, in: passage)))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Words that end an organizer's name: the verb or preposition that follows it.
    static let stopWords: Set<String> = [
        "tổ", "đã", "vừa", "ký", "kí", "tổng", "sơ", "triển", "phát", "gồm", "có", "là", "do", "tại", "hội",
        "được", "năm", "đóng", "cùng", "thực", "bao", "làm", "chủ", "về", "trong", "với", "tiến", "đang", "đăng",
        "giữa", "họp", "thông", "thống", "nhận", "quyết", "ở", "sau", "đạt", "từ", "tham", "chính", "diễn", "lên",
        "mới", "bàn", "để", "đề", "đánh", "như", "theo", "điều", "hiện", "bầu", "tiếp", "nhằm", "đi", "đến",
        "đồng", "ông", "bà", "ngày", "tháng", "sáng", "chiều", "tối", "trưa", "hôm",
    ]
    /// Stop words that stop only before their second word ("tham dự", not "tham mưu").
    static let stopPairs: [String: Set<String>] = [
        "tham": ["gia", "dự"], "đồng": ["chí", "thời", "ý"], "tổ": ["chức"], "thực": ["hiện"], "tổng": ["kết"],
        "sơ": ["kết"], "phát": ["động", "biểu"], "chủ": ["trì", "động"], "tiến": ["hành"], "bàn": ["giao", "bạc"],
        "thông": ["qua"], "đăng": ["cai", "ký"], "về": ["dự", "việc", "thăm", "tham"], "hội": ["nghị"],
        // "chính thức ký" stops; "Bộ Tài chính", "Cục Hành chính" go on.
        "chính": ["thức", "là"],
    ]

    static func windowEnd(from start: Int, in passage: Passage) -> Int {
        let limit = min(passage.count, start + 110)
        var index = passage.tokenIndex(atOrAfter: start)
        var lastEnd = start
        while index < passage.tokens.count {
            let token = passage.tokens[index]
            if token.range.lowerBound >= limit { break }
            let gap = passage.characters[lastEnd..<token.range.lowerBound]
            if gap.contains(where: { ".;:(\n)\"“”".contains($0) }) { break }
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

    /// Nouns after a number that make it a count ("Cụm thi đua 7 tỉnh").
    static let countNouns: Set<String> = [
        "tỉnh", "huyện", "xã", "phường", "đơn", "thành", "cơ", "trường", "công", "sở", "ngành", "quận", "tp", "hội",
        "doanh", "bệnh", "địa", "thị", "ban", "bộ", "đảng", "chi",
    ]

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
            if !explicit, index + 1 < tokens.count, countNouns.contains(tokens[index + 1].lower) { continue }
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
            if Numerals.arabic(text) != nil || (text == text.uppercased() && Numerals.roman(text) != nil) {
                end = token.range.upperBound
                break
            }
            if OrganizerRule.ownerHeads.contains(token.key) && token.isCapitalized { break }
            if ["thuoc", "cua"].contains(token.key) { break }
            if token.key == "tinh", index + 1 < tokens.count,
               passage.text(tokens[index + 1].range).first?.isUppercase == true,
               !(index > 0 && tokens[index - 1].key == "cac") { break }
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

// MARK: - Parent

extension OrganizerRule {
    /// Words that open the name of an owner (folded; capitalised in the text).
    static let ownerHeads: Set<String> = [
        "bo", "so", "tap", "tong", "uy", "ubnd", "ban", "hoi", "cong", "lien", "ldld", "doan", "tinh", "thanh",
        "vien", "cuc", "ngan", "dang", "mat", "ubmttq", "ubmttqvn", "mttq",
    ]
    /// Two-word owner openings for heads that alone are too common.
    static let ownerOpenings: [String] = [
        "bo ", "so ", "tap doan", "tong cong ty", "uy ban", "ubnd", "ban ", "hoi ", "cong doan", "lien doan",
        "lien hiep", "ldld", "doan ", "tinh doan", "thanh doan", "vien ", "cuc ", "tong cuc", "ngan hang",
        "dang uy", "mat tran", "ubmttq", "mttq", "tinh uy", "thanh uy", "cong an",
    ]

    func parentPhrase(in mention: Mention, of passage: Passage, context: Context) -> Found<String>? {
        let tokens = Array(passage.tokens(in: mention.window))
        guard !tokens.isEmpty else { return nil }
        var numberSeen = false
        var allowed = false
        for (index, token) in tokens.enumerated() {
            let text = passage.text(token.range)
            if Numerals.arabic(text) != nil || (text == text.uppercased() && Numerals.roman(text) != nil) {
                numberSeen = true
                allowed = true
                continue
            }
            if token.key == "thuoc" || token.key == "cua" { allowed = true; continue }
            if index == 0 || numberSeen && index > 0 && Numerals.arabic(passage.text(tokens[index - 1].range)) != nil
                || numberSeen && index > 0 && Numerals.roman(passage.text(tokens[index - 1].range)) != nil {
                // "Cụm thi đua số VIII-Bộ ...", "số 5, Bộ Công an": the owner right after.
                let from = index == 0 ? mention.range.upperBound : tokens[index - 1].range.upperBound
                let gap = passage.text(from..<token.range.lowerBound)
                if gap.contains("-") || gap.contains("–") || gap.contains(",") { allowed = true }
            } else if !numberSeen && !["thuoc", "cua"].contains(tokens[index - 1].key) && !token.isCapitalized {
                allowed = false
            }
            // "tỉnh Thanh Hóa": the province owns the cluster wherever it stands.
            if token.key == "tinh" || token.key == "thanh" {
                let start = token.range.lowerBound
                let rest = passage.foldedText(start..<mention.window.upperBound)
                let offset = token.key == "thanh" ? (rest.hasPrefix("thanh pho ") ? 2 : 0) : 1
                if offset > 0, index + offset < tokens.count {
                    let placeStart = tokens[index + offset].range.lowerBound
                    if let place = context.places.first(where: { $0.range.lowerBound == placeStart && !$0.isCity })
                        ?? (passage.characters.count == context.title.characters.count
                            ? context.titlePlaces.first(where: { $0.range.lowerBound == placeStart }) : nil) {
                        let range = start..<place.range.upperBound
                        return Found(passage.text(range), range)
                    }
                }
                if token.isCapitalized == false { continue }
            }
            guard allowed || numberSeen, token.isCapitalized else { continue }
            let rest = passage.foldedText(token.range.lowerBound..<mention.window.upperBound) + " "
            let phrase = passage.text(token.range.lowerBound..<min(passage.count, token.range.lowerBound + 120))
            let opensOwner = Self.ownerOpenings.contains(where: { rest.hasPrefix($0) })
            // After "thuộc" / "của" or the number, any body the gazetteer knows ("thuộc Kho bạc Nhà nước",
            // "thuộc VKSND tỉnh X", "Cụm thi đua số 1 Kiểm toán Nhà nước").
            let previous = index > 0 ? passage.text(tokens[index - 1].range) : ""
            let afterOf = !opensOwner && index > 0 && (["thuoc", "cua"].contains(tokens[index - 1].key)
                || Numerals.arabic(previous) != nil || previous == previous.uppercased() && Numerals.roman(previous) != nil)
            let known = opensOwner || afterOf ? context.gazetteer.body(opening: phrase, on: context.published?.date) : nil
            guard opensOwner || afterOf
                && (known ?? context.gazetteer.body(opening: context.abbreviations.expanded(phrase), on: context.published?.date)) != nil
            else { continue }
            // "các tỉnh Nam Trung Bộ": a lone head word ending a name is no owner.
            var range = passage.trimmed(token.range.lowerBound..<mention.window.upperBound)
            // A body the gazetteer knows ends where its name (and place) ends: "thuộc Cục Thuế đều đạt".
            if let known {
                let printed = String(phrase.prefix(known.length)).trimmingCharacters(in: CharacterSet(charactersIn: " ,.;"))
                let end = token.range.lowerBound + printed.count
                // Only where a plain word follows (a verb: "đều", "được"); a place or a
                // capitalised word goes on with the name ("Công đoàn Viên chức tỉnh", "Ban Tuyên giáo Thành ủy").
                let next = passage.tokenIndex(atOrAfter: end)
                if end < range.upperBound, next < passage.tokens.count, !passage.tokens[next].isCapitalized,
                   !["tinh", "thanh", "huyen", "xa", "phuong", "quan", "thi", "tp"].contains(passage.tokens[next].key) {
                    range = token.range.lowerBound..<end
                }
            }
            guard passage.tokens(in: range).count >= 2 else { continue }
            let printed = passage.text(range)
            // A bare "tỉnh" / "UBND tỉnh" without the province's name is no owner.
            if ["ubnd tinh", "uy ban nhan dan tinh", "tinh"].contains(Folding.fold(printed)) { return nil }
            return Found(Self.fullName(printed, context: context), range)
        }
        return nil
    }

    /// "Khối thi đua số 7 (Bộ Tài chính)": a body the gazetteer knows, in
    /// brackets right after the organizer's name.
    func bracketedOwner(after mentions: [Mention], in context: Context) -> Found<String>? {
        let body = context.body
        for mention in mentions {
            var open = mention.window.upperBound
            while open < body.count, body.characters[open] == " " { open += 1 }
            guard open < body.count, body.characters[open] == "(" else { continue }
            guard let close = body.characters[open...].prefix(80).firstIndex(of: ")") else { continue }
            let inside = body.text((open + 1)..<close).trimmingCharacters(in: .whitespaces)
            guard let known = context.gazetteer.body(opening: inside, on: context.published?.date),
                  known.length >= Folding.fold(inside).count else { continue }
            return Found(Self.fullName(inside, context: context), (open + 1)..<close)
        }
        return nil
    }

    /// "Quyết định ... của Bộ Tài chính về việc thành lập các Cụm thi đua".
    /// The head of the body may sign it: "của Bộ trưởng Bộ Tư pháp về thành lập các cụm thi đua".
    static let establishing = Pattern(#"cua\s+(?:(?:bo truong|chu tich|thu truong|giam doc|truong ban)\s+)?((?:bo|uy ban|ubnd|ban|hoi dong|tong cuc|tap doan)\s[^.;,]{2,60}?)\s+ve (?:viec )?thanh lap\s+(?:cac\s+)?(?:cum|khoi)"#)

    /// "Cụm thi đua số 2 được thành lập theo Quyết định số 737/QĐ-LĐLĐ ngày
    /// 10/7/2025 của Liên đoàn Lao động Thanh Hóa": the body that set it up.
    static let establishedBy = Pattern(#"(?:cum|khoi)(?: thi dua)?[^.;]{0,25}? duoc thanh lap theo quyet dinh[^.;]{0,60}? cua\s+((?:bo|uy ban|ubnd|ban|hoi dong|tong cuc|tap doan|lien doan|ldld|hoi|cong an|so|cuc|tinh uy|thanh uy|dang uy)\s[^.;,()]{2,60}?)(?=\s*[,.;(]|\s+(?:ve|gom|voi|nham)\s)"#)

    /// "Liên đoàn Lao động Thanh Hóa" for "Liên đoàn Lao động tỉnh": the same body, its place named.
    static func namesItsPlace(_ full: String, for bare: String) -> Bool {
        let bareKey = Folding.fold(bare)
        for suffix in [" tinh", " thanh pho"] where bareKey.hasSuffix(suffix) {
            let stem = String(bareKey.dropLast(suffix.count))
            return Folding.fold(full).hasPrefix(stem + " ") && Folding.fold(full) != bareKey
        }
        return false
    }

    func establishingBody(in context: Context) -> Found<String>? {
        guard let match = context.body.firstMatch(Self.establishing) ?? context.body.firstMatch(Self.establishedBy),
              let range = match[1] else { return nil }
        return Found(Self.fullName(context.body.text(range), context: context), range)
    }

    /// A bloc of a province's districts ("Khối thi đua các huyện, thành
    /// phố") belongs to the province the text names for them ("10 huyện,
    /// thành phố của tỉnh Kon Tum").
    static let districtsOf = Pattern(#"(?:cac|\d{1,2}) huyen(?:, (?:thi xa|thanh pho))*(?:,? (?:thi xa|thanh pho))? (?:cua |thuoc |trong )?(tinh) (?=\S)"#)

    func districtsProvince(of mentions: [Mention], in context: Context) -> Found<String>? {
        let body = context.body
        guard mentions.contains(where: { body.foldedText($0.range.lowerBound..<$0.window.upperBound).contains("cac huyen") })
        else { return nil }
        for match in body.matches(Self.districtsOf) {
            guard let keyword = match[1],
                  let place = context.places.first(where: { $0.range.lowerBound == keyword.upperBound + 1 && !$0.isCity })
            else { continue }
            let range = keyword.lowerBound..<place.range.upperBound
            return Found(body.text(range), range)
        }
        return nil
    }

    /// The owner written out: abbreviations expanded, a ministry under its
    /// gazetteer name ("Bộ Tài Nguyên & Môi trường" → "Bộ Tài nguyên và Môi trường").
    static func fullName(_ printed: String, context: Context) -> String {
        let expanded = context.abbreviations.expanded(printed)
        let key = Folding.key(expanded).replacingASCII(" va ", with: " ")
        for ministry in context.gazetteer.ministries {
            if Folding.key(ministry.name).replacingASCII(" va ", with: " ") == key { return ministry.name }
        }
        return expanded
    }
}
