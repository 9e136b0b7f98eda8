import Foundation

/// Abbreviations an article defines for itself — "Bộ Tài nguyên và Môi
/// trường (TN&MT)" — and the well-known ones of the gazetteer (UBND, MTTQ),
/// expanded wherever they are used later ("Sở TN&MT tỉnh Long An" →
/// "Sở Tài nguyên và Môi trường tỉnh Long An").
public struct Abbreviations: Sendable, Hashable {
    /// Folded abbreviation (``Folding/key(_:)``) → the words it stands for, as printed.
    public var expansions: [String: String]

    public init(expansions: [String: String] = [:]) {
        self.expansions = expansions
    }

    /// The abbreviations `text` defines in parentheses after the words whose
    /// initials they spell, on top of `known`.
    public init(definedIn text: String, known: Abbreviations = Abbreviations()) {
        self.expansions = known.expansions
        // Only the parentheses matter: find them as bytes, then look at
        // the characters around each.
        let utf8 = text.utf8
        let isOpen = { (byte: UInt8) in byte == UInt8(ascii: "(") }
        let opens = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.filter { isOpen(bytes[$0]) }.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        } ?? utf8.indices.filter { isOpen(utf8[$0]) }
        for open in opens {
            let start = String.Index(open, within: text) ?? open
            let window = text[start...].prefix(16)
            guard let close = window.firstIndex(of: ")") else { continue }
            let inner = String(text[text.index(after: start)..<close])
            guard Self.looksLikeAbbreviation(inner) else { continue }
            let before = String(text[..<start].suffix(120))
            if let words = Self.words(spelling: inner, before: before) {
                expansions[Folding.key(inner)] = words
            }
        }
    }

    /// The well-known abbreviations of the gazetteer: field parts of ministry
    /// names ("TN&MT" → "Tài nguyên và Môi trường") and bodies ("UBND").
    public static func known(from gazetteer: Gazetteer) -> Abbreviations {
        known(ministries: gazetteer.ministries, bodies: gazetteer.bodies, provinces: gazetteer.provinces)
    }

    static func known(ministries: [Gazetteer.Ministry], bodies: [Gazetteer.Body], provinces: [Gazetteer.Province]) -> Abbreviations {
        var table: [String: String] = [:]
        // "TN&MT" spells only the field of "Bộ Tài nguyên và Môi trường",
        // "MTTQ" only "Mặt trận Tổ quốc" of "Mặt trận Tổ quốc Việt Nam".
        let named = ministries.map { ($0.name, $0.abbreviations) } + bodies.map { ($0.name, $0.abbreviations) }
        for (name, abbreviations) in named {
            for abbreviation in abbreviations where !abbreviation.contains(" ") && (looksLikeAbbreviation(abbreviation) || isBrand(abbreviation)) {
                let key = Folding.key(abbreviation)
                guard table[key] == nil else { continue }
                // One that spells no words of the name is a brand for the whole name ("TKV", "VNPT").
                table[key] = spelledWords(abbreviation, in: name) ?? name
            }
        }
        for province in provinces {
            let kind = ["city", "thành phố"].contains(province.kind ?? "") ? "Thành phố" : "tỉnh"
            for alias in province.aliases where looksLikeAbbreviation(alias) {
                let key = Folding.key(alias).replacingOccurrences(of: " ", with: "")
                if table[key] == nil { table[key] = kind + " " + province.name }
                if table[Folding.key(alias)] == nil { table[Folding.key(alias)] = kind + " " + province.name }
            }
        }
        return Abbreviations(expansions: table)
    }

    /// The expansion of one abbreviation, or nil.
    public func expansion(of abbreviation: String) -> String? {
        expansions[Folding.key(abbreviation)]
    }

    /// `phrase` with every abbreviation it contains written out.
    public func expanded(_ phrase: String) -> String {
        guard !expansions.isEmpty else { return phrase }
        var out: [String] = []
        for word in phrase.split(separator: " ", omittingEmptySubsequences: false) {
            let token = String(word)
            let trimmed = token.trimmingCharacters(in: Self.edgePunctuation)
            if Self.looksLikeAbbreviation(trimmed), let full = expansions[Folding.key(trimmed)] {
                out.append(token.replacingOccurrences(of: trimmed, with: full))
            } else {
                out.append(token)
            }
        }
        return out.joined(separator: " ")
    }

    /// One capitalised word the gazetteer lists for a whole name ("Agribank", "Vinacomin").
    static func isBrand(_ text: String) -> Bool {
        text.count >= 4 && text.first?.isUppercase == true && text.allSatisfy(\.isLetter)
    }

    /// Two to eight capitals, with "&", "-" or "." between them ("TN&MT", "HĐTĐKT").
    public static func looksLikeAbbreviation(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        guard letters.count >= 2, letters.count <= 9, text.count <= 12 else { return false }
        guard text.allSatisfy({ $0.isLetter || $0 == "&" || $0 == "-" || $0 == "." }) else { return false }
        let upper = letters.filter(\.isUppercase).count
        return upper >= 2 && upper * 3 >= letters.count * 2
    }

    /// The run of words of `name` whose initials spell `abbreviation`
    /// (linking "và", "-" skipped), or nil.
    static func spelledWords(_ abbreviation: String, in name: String) -> String? {
        let initials = Array(Folding.key(abbreviation).filter { $0 != " " })
        let words = name.split(separator: " ")
        for start in words.indices {
            var need = 0
            var index = start
            while index < words.count, need < initials.count {
                let folded = Folding.key(String(words[index]))
                if linkingWords.contains(folded) || folded.isEmpty {
                    if index == start { break }
                    index += 1
                    continue
                }
                guard folded.first == initials[need] else { break }
                need += 1
                index += 1
            }
            if need == initials.count { return words[start..<index].joined(separator: " ") }
        }
        return nil
    }

    /// The shortest run of words just before the parenthesis whose initials
    /// spell the abbreviation (linking "và", "&", "-" may be skipped).
    static func words(spelling abbreviation: String, before text: String) -> String? {
        let initials = Array(Folding.key(abbreviation).filter { $0 != " " })
        guard !initials.isEmpty else { return nil }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard !words.isEmpty else { return nil }
        var need = initials.count - 1
        var taken = 0
        for word in words.reversed() {
            taken += 1
            let folded = Folding.key(String(word))
            if Self.linkingWords.contains(folded) { continue }
            guard let first = folded.first else { continue }
            if need < 0 { break }
            if first == initials[need] {
                need -= 1
                if need < 0 {
                    return words.suffix(taken).joined(separator: " ")
                }
            } else {
                return nil
            }
        }
        return nil
    }

    static let linkingWords: Set<String> = ["va", "&", "-", "y", "de", "del", "la"]
    static let edgePunctuation: Set<Character> = [",", ";", ":", ".", "(", ")", "\"", "“", "”"]
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
