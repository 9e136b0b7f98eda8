import Foundation
import PactoModel

/// Turns a phrase naming a unit ("Sở TN&MT tỉnh Long An", "huyện Đăk Hà",
/// "Công ty Xăng dầu Thừa Thiên Huế (Trưởng khối)") into a ``Member``:
/// bracketed notes dropped, a district or commune body given by its
/// locality's name, the province when the unit is identified by one.
struct UnitReader: Sendable {
    let context: Context
    let date: Stamp?

    enum Scope: Sendable {
        /// The list names provinces or their departments.
        case provinces
        /// The list names districts, communes or wards.
        case localities
        /// Anything else.
        case units
    }

    /// A role note after a dash ("- Cụm trưởng").
    static let roleNote = TextPattern(#"\s[-–]\s*(?:la |don vi )?(?:cum|khoi|pho|truong)[a-z ]{0,20}$"#)
    /// A title before the unit ("presidido por el director del").
    static let leadingTitle = TextPattern(#"^(?:presidid[oa] por |encabezad[oa] por |dirigid[oa] por )?(?:el |la )?(?:director|directora|presidente|presidenta|jefe|jefa)(?: interin[oa])? del? (?:la )?(?=\S)"#)

    func member(_ range: Range<Int>, in passage: Passage, scope: Scope = .units) -> Found<Member>? {
        var range = passage.trimmed(range, also: ["(", ")", "“", "”", "\""])
        // Drop bracketed notes: "(Trưởng khối)", "(TN&MT)"; an abbreviation inside the name
        // ("Trung cấp (TC) Kinh tế Khánh Hòa") leaves the name around it.
        var inner: Range<Int>?
        if let open = passage.characters[range].firstIndex(of: "(") {
            if let close = passage.characters[open..<range.upperBound].firstIndex(of: ")"), close - open <= 12,
               case let rest = passage.trimmed((close + 1)..<range.upperBound), !rest.isEmpty,
               passage.characters[rest.lowerBound].isUppercase || Self.startsWithLocality(passage.foldedText(rest) + " ")
                || passage.foldedText(rest).hasPrefix("tinh "),
               !passage.characters[rest].contains("("), open > range.lowerBound {
                inner = open..<(close + 1)
            } else {
                range = passage.trimmed(range.lowerBound..<open)
            }
        }
        guard !range.isEmpty else { return nil }
        // Drop a role note after a dash: "Liên hiệp Hội Hà Nội – Cụm trưởng".
        let lowered = passage.folded.slice(range)
        if let note = Self.roleNote.firstRange(in: lowered) {
            range = passage.trimmed(range.lowerBound..<(range.lowerBound + lowered.distance(from: lowered.startIndex, to: note.lowerBound)))
        }
        range = droppingLeadingWords(range, in: passage)
        // "cho lãnh đạo Công an tỉnh X", "đại diện UBND huyện Y": the unit, not its people.
        for lead in Self.representatives where passage.alignedText(range).hasPrefix(lead) {
            range = passage.trimmed((range.lowerBound + lead.count)..<range.upperBound)
            break
        }
        // "presidido por el director del Departamento de ...": the unit after the title.
        let lead = passage.folded.slice(range)
        if let title = Self.leadingTitle.firstRange(in: lead) {
            range = passage.trimmed((range.lowerBound + lead.distance(from: lead.startIndex, to: title.upperBound))..<range.upperBound)
        }
        guard !range.isEmpty, passage.characters[range.lowerBound].isUppercase
            || passage.characters[range.lowerBound].isNumber || Self.startsWithLocality(passage.foldedText(range))
            || passage.foldedText(range).hasPrefix("tinh ") || passage.foldedText(range).hasPrefix("provincia de ")
            || MemberCues.spanish.lowercaseUnits.contains(where: passage.foldedText(range).hasPrefix)
        else { return nil }
        var text = passage.text(range)
        if let inner, range.contains(inner.lowerBound), inner.upperBound <= range.upperBound {
            text = passage.text(passage.trimmed(range.lowerBound..<inner.lowerBound)) + " "
                + passage.text(passage.trimmed(inner.upperBound..<range.upperBound))
        }
        let folded = Folding.fold(text)
        if let locality = Self.localityName(folded: folded, text: text), scope != .provinces {
            text = locality
            if scope == .localities || !Self.isProvinceLevel(text, context: context) {
                return Found(Member(text: text, province: nil), range)
            }
        }
        if scope == .localities { return Found(Member(text: text, province: nil), range) }
        var province: String?
        if let whole = context.gazetteer.province(named: text, on: date),
           context.gazetteer.places[Self.strippedKey(text)]?.isCity == false {
            province = whole
            // "thành phố Hà Nội", "tỉnh Long An": the province's name as printed.
            let words = text.split(separator: " ")
            for length in [2, 1] where words.count > length {
                let prefix = Folding.key(words.prefix(length).joined(separator: " "))
                if ["tinh", "thanh pho", "tp"].contains(prefix) {
                    text = words.dropFirst(length).joined(separator: " ")
                    break
                }
            }
        } else if let last = passage === context.body ? context.places(in: range).last : nil, !last.isCity,
                  last.range.upperBound >= range.upperBound - 1 {
            province = context.gazetteer.canonical(last.province, on: date)
        }
        return Found(Member(text: text, province: province), range)
    }

    /// A member's role printed before its name ("đơn vị cụm trưởng Công an tỉnh X"), folded.
    static let roles: Set<String> = ["cum truong", "khoi truong", "cum pho", "khoi pho"]

    /// Words for a unit's people before its name (folded, longest first).
    static let representatives = ["dai dien lanh dao ", "lanh dao ", "dai dien ", "tap the "]

    /// Leading words that are not part of the name: "các", "và", "cả", "đơn vị".
    func droppingLeadingWords(_ range: Range<Int>, in passage: Passage) -> Range<Int> {
        var start = range.lowerBound
        var inRole = false
        let tokens = passage.tokens(in: range)
        for token in tokens {
            if ["cac", "va", "ca", "y", "la", "el", "los", "las", "trong", "do"].contains(token.key) && !token.isCapitalized
                || ["el", "los", "las"].contains(token.lower) && token.range.lowerBound == range.lowerBound
                || token.key == "don" && passage.foldedText(clampedRange(token.range.lowerBound, min(range.upperBound, token.range.lowerBound + 6))) == "don vi" {
                start = token.range.upperBound
                continue
            }
            if token.key == "vi", start == token.range.lowerBound - 1 { start = token.range.upperBound; continue }
            // "đơn vị cụm trưởng Công an tỉnh X": the member's role before its name.
            if !token.isCapitalized, ["cum", "khoi"].contains(token.key),
               Self.roles.contains(passage.foldedText(token.range.lowerBound..<min(range.upperBound, token.range.upperBound + 8))
                   .split(separator: " ").prefix(2).joined(separator: " ")) {
                start = token.range.upperBound
                inRole = true
                continue
            }
            if inRole, ["truong", "pho"].contains(token.key) {
                start = token.range.upperBound
                inRole = false
                continue
            }
            break
        }
        return passage.trimmed(start..<range.upperBound)
    }

    static let localityPrefixes = ["huyen ", "xa ", "phuong ", "thi xa ", "thi tran ", "quan ", "thanh pho ", "tp. ", "tp ",
                                   "distrito de ", "comuna de ", "barrio de ", "municipio de "]

    static func startsWithLocality(_ folded: String) -> Bool {
        localityPrefixes.contains { folded.hasPrefix($0) }
    }

    /// "UBND huyện Kon Plông" → "Kon Plông"; "Phường Bến Cát" → "Bến Cát".
    static func localityName(folded: String, text: String) -> String? {
        let words = text.split(separator: " ")
        let foldedWords = folded.split(separator: " ")
        guard words.count == foldedWords.count else { return nil }
        for (index, word) in foldedWords.enumerated() {
            let two = index + 1 < foldedWords.count ? word + " " + foldedWords[index + 1] : ""
            var nameStart: Int?
            if ["huyện", "xã", "phường", "quận"].contains(TonePlacement.normalized(String(words[index]))),
               !(word == "xa" && index > 0 && Self.wordsBeforeXa.contains(String(foldedWords[index - 1]))) { nameStart = index + 1 }
            if ["thi xa", "thi tran", "thanh pho"].contains(two) { nameStart = index + 2 }
            // Spanish: "del distrito de Krong Buk", "de la comuna de Hoa Tien".
            if ["distrito de", "comuna de", "barrio de", "municipio de", "pueblo de", "distritos de", "comunas de", "barrios de", "municipios de"].contains(two) { nameStart = index + 2 }
            guard let start = nameStart, start < words.count else { continue }
            // "xã Thị trấn Hữu Lũng": the kind printed twice; the name follows the second.
            if localityPrefixes.contains(where: { (foldedWords[start...].joined(separator: " ") + " ").hasPrefix($0) }) { continue }
            var name = words[start...]
            // "xã Bảo Lâm 1", "phường Tân Hòa 2": a number that ends the text after the name is part of it.
            let numbered = words.count - 1 > start && words[words.count - 1].allSatisfy(\.isNumber)
            if let stop = name.firstIndex(where: { !($0.first?.isUppercase ?? false) && !(numbered && $0 == words.last) }) { name = name[..<stop] }
            if let last = name.last, last.hasSuffix(",") {
                name = name.dropLast() + [last.dropLast()]
            } else if let comma = name.firstIndex(where: { $0.hasSuffix(",") }) {
                name = name[...comma]
                if let last = name.last { name = name.dropLast() + [last.dropLast()] }
            }
            guard !name.isEmpty, name.allSatisfy({ $0.first?.isUppercase ?? false || $0.allSatisfy(\.isNumber) }), name.count <= (numbered ? 5 : 4) else { continue }
            // "Sở Tài chính thành phố", a body of the city: keep it whole.
            return name.joined(separator: " ")
        }
        return nil
    }

    /// Words before "xã" that make it part of a name, not a commune: "Hợp tác xã", "Thông tấn xã" (folded).
    static let wordsBeforeXa: Set<String> = ["tac", "tan"]

    static func isProvinceLevel(_ name: String, context: Context) -> Bool {
        context.gazetteer.places[Folding.key(name)].map { !$0.isCity } ?? false
    }

    static func strippedKey(_ text: String) -> String {
        var key = Folding.key(text)
        for prefix in Gazetteer.prefixes where key.hasPrefix(prefix + " ") {
            key = String(key.dropFirst(prefix.count + 1))
        }
        return key
    }
}

extension Passage {
    /// Two passages are the same text (used to tell body from title).
    static func === (lhs: Passage, rhs: Passage) -> Bool {
        lhs.characters.count == rhs.characters.count && lhs.folded == rhs.folded
    }
}
