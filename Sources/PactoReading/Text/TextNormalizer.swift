import Foundation

/// Unicode and space normalisation applied to every text Pacto reads:
/// NFC, no-break and other odd spaces to plain spaces, invisible characters
/// removed, runs of spaces collapsed.
enum TextNormalizer {
    /// Characters that are spaces for a reader.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Characters dropped without a trace: zero-width spaces and joiners,
    /// byte-order marks, soft hyphens, other controls except line breaks.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD: return true
        case 0x00...0x08, 0x0E...0x1F, 0x7F, 0x80...0x9F: return true
        default: return false
        }
    }

    /// One line of text: NFC, every space run to one space, trimmed.
    /// Line breaks count as spaces.
    static func line(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) || scalar == "\n" || scalar == "\r" || scalar.value == 0x2028 || scalar.value == 0x2029
                || scalar.value == 0x85 {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if isInvisible(scalar) { continue }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return nfc(String(scalars))
    }

    /// Lines of a text, each normalised with ``line(_:)``; empty lines kept
    /// as "" so that paragraph breaks stay visible.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = Substring(text)
        while let breakIndex = current.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2029}" }) {
            result.append(line(current[..<breakIndex]))
            current = current[current.index(after: breakIndex)...]
        }
        result.append(line(current))
        return result
    }

    /// Canonical composition (NFC). ASCII text is returned as it is.
    static func nfc(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }
}
