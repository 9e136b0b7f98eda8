import Foundation

/// Vietnamese tone marks sit on different vowels in the old and new
/// spelling conventions: "hoà" / "hòa", "thuỷ" / "thủy", "khoẻ" / "khỏe".
/// ``normalized(_:)`` puts them in one place (the new one, on the first
/// vowel of an open "oa", "oe", "uy"), keeping every other diacritic.
public enum TonePlacement {
    /// The combining tone marks: grave, acute, hook above, tilde, dot below.
    static let tones: Set<UInt32> = [0x0300, 0x0301, 0x0309, 0x0303, 0x0323]

    /// Nothing to do for lower-case text of precomposed Latin letters (no
    /// combining mark, so it is already NFC) where no "o" or "u" is followed
    /// by an accented letter (no "oà", "uý" whose tone could move).
    static func isSettled(_ lower: String) -> Bool {
        var previous: UInt32 = 0
        for scalar in lower.unicodeScalars {
            let value = scalar.value
            guard value < 0x300 || (0x1E00...0x1EFF).contains(value) else { return false }
            if value >= 0x80, previous == 0x6F || previous == 0x75 { return false }
            previous = value
        }
        return true
    }

    /// Lower-case, composed (NFC) text with tone marks in the new place.
    public static func normalized(_ text: String) -> String {
        // No diacritic, no tone to move.
        if !text.utf8.contains(where: { $0 >= 0x80 }) { return text.lowercased() }
        let lower = text.lowercased()
        return isSettled(lower) ? lower : movingTones(lower)
    }

    /// Lower-case text with tone marks moved, composed: the whole work.
    static func movingTones(_ lower: String) -> String {
        let scalars = Array(lower.decomposedStringWithCanonicalMapping.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            // "o" / "u" + second vowel + tone, at the end of the word: move the tone back.
            // In "qu" the u is part of the consonant: "quý" keeps its tone on the y.
            let afterQ = index > 0 && scalars[index - 1] == "q"
            if (scalar == "o" || scalar == "u"), !afterQ, index + 1 < scalars.count {
                let second = scalars[index + 1]
                let pairs: Bool = scalar == "o" ? (second == "a" || second == "e") : second == "y"
                if pairs, index + 2 < scalars.count, tones.contains(scalars[index + 2].value) {
                    let after = index + 3 < scalars.count ? scalars[index + 3] : " "
                    if !after.properties.isAlphabetic {
                        out.append(scalar)
                        out.append(scalars[index + 2])
                        out.append(second)
                        index += 3
                        continue
                    }
                }
            }
            out.append(scalar)
            index += 1
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: out)
        return result.precomposedStringWithCanonicalMapping
    }
}
