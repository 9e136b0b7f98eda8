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
    /// Line breaks count as spaces. Works on UTF-8 bytes: it runs over every
    /// text node of every page.
    static func line(_ text: some StringProtocol) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable({ line(bytes: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { line(bytes: $0) }
    }

    private static func line(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        // Only text with combining marks and the like needs NFC (see ``nfc(_:)``).
        var needsComposition = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                    pendingSpace = !output.isEmpty
                case 0x00...0x1F, 0x7F:
                    continue
                default:
                    if pendingSpace { output.append(0x20); pendingSpace = false }
                    output.append(byte)
                }
                continue
            }
            // A multi-byte sequence: read it whole (as far as it goes).
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var end = index + 1
            while end - index < length, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let sequence = UnsafeBufferPointer(rebasing: bytes[index..<end])
            index = end
            switch classify(sequence) {
            case .space:
                pendingSpace = !output.isEmpty
            case .invisible:
                continue
            case .other:
                if pendingSpace { output.append(0x20); pendingSpace = false }
                output.append(contentsOf: sequence)
                if !needsComposition, sequence.count == length, mayNeedComposition(Unicode.Scalar(decoding(sequence)) ?? "\u{FFFD}") {
                    needsComposition = true
                }
            }
        }
        let result = String(decoding: output, as: UTF8.self)
        return needsComposition ? result.precomposedStringWithCanonicalMapping : result
    }

    /// The scalar value a complete multi-byte UTF-8 sequence spells.
    private static func decoding(_ sequence: UnsafeBufferPointer<UInt8>) -> UInt32 {
        switch sequence.count {
        case 2: return (UInt32(sequence[0] & 0x1F) << 6) | UInt32(sequence[1] & 0x3F)
        case 3: return (UInt32(sequence[0] & 0x0F) << 12) | (UInt32(sequence[1] & 0x3F) << 6) | UInt32(sequence[2] & 0x3F)
        default:
            return (UInt32(sequence[0] & 0x07) << 18) | (UInt32(sequence[1] & 0x3F) << 12) | (UInt32(sequence[2] & 0x3F) << 6)
                | UInt32(sequence[3] & 0x3F)
        }
    }

    private enum ByteClass { case space, invisible, other }

    /// Spaces and invisible characters among the multi-byte sequences.
    private static func classify(_ sequence: UnsafeBufferPointer<UInt8>) -> ByteClass {
        switch sequence.count {
        case 2 where sequence[0] == 0xC2:
            switch sequence[1] {
            case 0xA0, 0x85: return .space  // no-break space, next line
            case 0xAD: return .invisible  // soft hyphen
            case 0x80...0x9F: return .invisible  // C1 controls
            default: return .other
            }
        case 3:
            let scalar = (UInt32(sequence[0] & 0x0F) << 12) | (UInt32(sequence[1] & 0x3F) << 6) | UInt32(sequence[2] & 0x3F)
            guard let unicode = Unicode.Scalar(scalar) else { return .other }
            if isSpace(unicode) || scalar == 0x2028 || scalar == 0x2029 { return .space }
            if isInvisible(unicode) { return .invisible }
            return .other
        default:
            return .other
        }
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

    /// Canonical composition (NFC). Text without combining marks or other
    /// decomposed forms is already NFC and is returned as it is.
    static func nfc(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: mayNeedComposition) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Scalars that NFC may change: combining marks, Hangul jamo, and the
    /// few singletons with canonical decompositions.
    private static func mayNeedComposition(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x0340...0x0344, 0x0483...0x0489, 0x0591...0x05C7, 0x0610...0x061A, 0x064B...0x065F,
             0x0670, 0x06D6...0x06ED, 0x0900...0x0DFF, 0x0F00...0x0FFF, 0x1100...0x11FF, 0x1AB0...0x1AFF,
             0x1DC0...0x1DFF, 0x1F00...0x1FFF, 0x2000...0x2001, 0x20D0...0x20FF, 0x2126, 0x212A...0x212B,
             0x2329...0x232A, 0x3099...0x309A, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE20...0xFE2F, 0x1D15E...0x1D1C0,
             0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
