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
        let lower = LatinCase.lowercased(text)
        return isSettled(lower) ? lower : movingTones(lower)
    }

    /// Lower-case text with tone marks moved, composed: the whole work.
    static func movingTones(_ lower: String) -> String {
        movingTonesByTable(lower) ?? movingTonesByNormalizing(lower)
    }

    /// ``movingTones(_:)`` on precomposed scalars, by table, without
    /// decomposing and recomposing the whole text: for text whose scalars
    /// all stand alone (``Folding/standsAlone(_:)``) and come back unchanged
    /// from decomposition and composition, where every second vowel whose
    /// tone could move carries its tone alone. Nil for any other text.
    static func movingTonesByTable(_ lower: String) -> String? {
        let table = decompositions
        let values = lower.unicodeScalars.map(\.value)
        guard values.allSatisfy({ Folding.standsAlone($0) && table.stable[slot($0)] }) else { return nil }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < values.count {
            let value = values[index]
            // "o" / "u" + second vowel + tone, at the end of the word: move the tone back.
            // In "qu" the u is part of the consonant: "quý" keeps its tone on the y.
            if value == 0x6F || value == 0x75, index == 0 || values[index - 1] != 0x71, index + 1 < values.count {
                let parts = table.parts[slot(values[index + 1])] ?? [values[index + 1]]
                let pairs = value == 0x6F ? parts[0] == 0x61 || parts[0] == 0x65 : parts[0] == 0x79
                if pairs, parts.count > 1, tones.contains(parts[1]) {
                    // A second vowel with more marks than its tone: left to the whole work.
                    guard parts.count == 2, let toned = table.toned[value == 0x6F ? 0 : 1][parts[1]] else { return nil }
                    let after = index + 2 < values.count ? table.parts[slot(values[index + 2])]?[0] ?? values[index + 2] : 0x20
                    if !(Unicode.Scalar(after)?.properties.isAlphabetic ?? false) {
                        out.append(toned)
                        out.append(Unicode.Scalar(parts[0])!)
                        index += 2
                        continue
                    }
                }
            }
            out.append(Unicode.Scalar(value)!)
            index += 1
        }
        return String(out)
    }

    /// Where a scalar that stands alone is in the ``decompositions`` tables.
    static func slot(_ value: UInt32) -> Int {
        Int(value < 0x300 ? value : value < 0x2000 ? value - 0x1E00 + 0x300 : value - 0x2000 + 0x400)
    }

    /// For each scalar that stands alone: its canonical decomposition (nil
    /// when it has none), and whether decomposing and composing it gives it
    /// back; and "o" and "u" composed with each tone mark. The scalars are
    /// decomposed and composed all in one text, each followed by U+2029 (a
    /// starter that neither decomposes nor composes, so none reaches across it).
    static let decompositions: (parts: [[UInt32]?], stable: [Bool], toned: [[UInt32: Unicode.Scalar]]) = {
        var parts = [[UInt32]?](repeating: nil, count: 0x428)
        var stable = [Bool](repeating: false, count: 0x428)
        let values = (Array(0..<0x300) + Array(0x1E00...0x1EFF) + Array(0x2000...0x2027)).map(UInt32.init)
            .filter { Folding.standsAlone($0) && Unicode.Scalar($0) != nil }
        var joined = String.UnicodeScalarView()
        for value in values {
            joined.append(Unicode.Scalar(value)!)
            joined.append("\u{2029}")
        }
        let decomposed = String(joined).decomposedStringWithCanonicalMapping
        let recomposed = decomposed.precomposedStringWithCanonicalMapping
        let pieces = decomposed.unicodeScalars.split(separator: "\u{2029}", omittingEmptySubsequences: false)
        let back = recomposed.unicodeScalars.split(separator: "\u{2029}", omittingEmptySubsequences: false)
        precondition(pieces.count == values.count + 1 && back.count == values.count + 1, "a scalar reached across U+2029")
        for (offset, value) in values.enumerated() {
            let index = slot(value)
            if pieces[offset].count > 1 { parts[index] = pieces[offset].map(\.value) }
            stable[index] = back[offset].map(\.value) == [value]
        }
        let toned = ["o", "u"].map { vowel in
            var composed: [UInt32: Unicode.Scalar] = [:]
            for tone in tones {
                let text = (vowel + String(Character(Unicode.Scalar(tone)!))).precomposedStringWithCanonicalMapping
                if text.unicodeScalars.count == 1, let only = text.unicodeScalars.first { composed[tone] = only }
            }
            return composed
        }
        return (parts, stable, toned)
    }()

    /// ``movingTones(_:)`` through Foundation's decomposition and composition: any text.
    static func movingTonesByNormalizing(_ lower: String) -> String {
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
