import Foundation
import PactoModel

/// A province or city of the gazetteer named in a passage.
struct PlaceMention: Sendable, Hashable {
    var range: Range<Int>
    /// The gazetteer's name of the province (as it was until 2025).
    var province: String
    var isCity: Bool
}

/// Finds the gazetteer's places among a passage's words: the longest run of
/// capitalised words whose folded form the gazetteer knows.
struct PlaceFinder: Sendable {
    let gazetteer: Gazetteer

    func mentions(in passage: Passage, range: Range<Int>? = nil) -> [PlaceMention] {
        let tokens = range.map { passage.tokens(in: $0) } ?? passage.tokens[...]
        var found: [PlaceMention] = []
        var index = tokens.startIndex
        let longest = max(1, gazetteer.longestPlaceName)
        while index < tokens.endIndex {
            guard tokens[index].isCapitalized else { index += 1; continue }
            var matched = false
            var length = min(longest, tokens.endIndex - index)
            while length >= 1 {
                let slice = tokens[index..<(index + length)]
                if slice.allSatisfy(\.isCapitalized), Self.isContiguous(slice, in: passage) {
                    let key = Self.key(slice.map(\.key).joined(separator: " "))
                    if let place = gazetteer.places[key], let first = slice.first, let last = slice.last,
                       length > 1 || Self.spelledAlike(passage.text(first.range), key: key, gazetteer: gazetteer),
                       !Self.namesPerson(key, at: first.range.lowerBound, in: passage) {
                        let range = first.range.lowerBound..<last.range.upperBound
                        found.append(PlaceMention(range: range, province: place.province, isCity: place.isCity))
                        index += length
                        matched = true
                        break
                    }
                }
                length -= 1
            }
            if !matched { index += 1 }
        }
        return found
    }

    /// Places named after a person, and the words before the name that make it
    /// the person's ("Lăng Chủ tịch Hồ Chí Minh", "tư tưởng, đạo đức, phong cách
    /// Hồ Chí Minh", "el Mausoleo del Presidente Ho Chi Minh"), folded.
    static let namesakes: [String: [String]] = [
        "ho chi minh": ["chu tich", "bac", "tu tuong", "dao duc", "phong cach", "cong san", "tncs", "lang", "bao tang",
                        "chinh tri quoc gia", "ctqg", "tam guong", "presidente", "tio", "pensamiento de", "estilo de", "ejemplo de",
                        "comunista", "politica"],
    ]

    /// The place's name stands for the person it is named after.
    static func namesPerson(_ key: String, at start: Int, in passage: Passage) -> Bool {
        guard let cues = namesakes[key] else { return false }
        let before = passage.alignedText(max(0, start - 32)..<start)
        return cues.contains { before.hasSuffix(" " + $0 + " ") || before == $0 + " " || before.hasSuffix(" " + $0 + ", ") }
    }

    /// ``Folding/key(_:)`` of folded words joined by spaces: themselves when
    /// they are lower-case ASCII letters and digits (as most are).
    static func key(_ words: String) -> String {
        var previous: UInt8 = 32
        let isKey = words.utf8.allSatisfy { byte in
            defer { previous = byte }
            return (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || (byte == 32 && previous != 32)
        }
        return isKey && previous != 32 ? words : Folding.key(words)
    }

    /// A one-word name matches only as the gazetteer spells it, or without
    /// any diacritics (Spanish, ASCII text).
    static func spelledAlike(_ word: String, key: String, gazetteer: Gazetteer) -> Bool {
        if word.unicodeScalars.allSatisfy({ $0.isASCII }) { return true }
        return gazetteer.spellings[key]?.contains(TonePlacement.normalized(word)) ?? true
    }

    /// The words follow each other with only spaces, dashes or a dot between
    /// them ("TP.HCM", "Bà Rịa - Vũng Tàu"), not across a comma or a line.
    static func isContiguous(_ tokens: ArraySlice<Passage.Token>, in passage: Passage) -> Bool {
        var previous: Passage.Token?
        for token in tokens {
            if let previous {
                let gap = passage.characters[previous.range.upperBound..<token.range.lowerBound]
                if gap.count > 4 || gap.contains(where: { $0 == "," || $0 == "\n" || $0 == ";" || $0 == "(" || $0 == ")" }) {
                    return false
                }
            }
            previous = token
        }
        return true
    }
}
