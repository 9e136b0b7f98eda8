import PactoModel

/// The words of a UTF-8 text as the search index sees them: runs of
/// letters and digits, each folded as ``Folding/key(_:)`` folds it (case,
/// diacritics and đ), with the byte range it has in the original text.
///
/// It works on Unicode scalars, not on `Character`s: grapheme breaking is
/// what made cutting snippets from whole bodies slow. A combining mark (a
/// decomposed diacritic) or a zero-width character belongs to the word it
/// sits in, as in the index, where ``Folding/fold(_:)-(String)`` drops them.
enum FoldedWords {
    /// What one scalar contributes to a word.
    enum Kind: Equatable {
        /// Ends a word (space, punctuation, symbol).
        case separator
        /// Part of the word around it, adds nothing (combining mark, zero-width).
        case transparent
        /// A letter or digit, folded.
        case letter(UInt32)
    }

    /// The folded scalars of a term as ``Folding/key(_:)`` made it.
    static func scalars(of term: String) -> [UInt32] {
        term.unicodeScalars.map(\.value)
    }

    /// Calls `body` with each word of `bytes[range]`, folded, and its byte
    /// range, until `body` returns false.
    ///
    /// `range` must start and end on scalar boundaries of valid UTF-8 (a
    /// Swift string's bytes are).
    /// - Complexity: O(n) in the bytes of `range`; a table lookup per scalar
    ///   below U+2000, a cached fold above.
    static func forEach(
        in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
        _ body: (_ word: ArraySlice<UInt32>, _ range: Range<Int>) -> Bool
    ) {
        var word: [UInt32] = []
        word.reserveCapacity(32)
        var wordStart = -1
        var wordEnd = -1
        var other: [UInt32: Kind] = [:]
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = decode(bytes, at: index)
            let kind: Kind
            if scalar < 0x80 {
                kind = asciiKind(UInt8(scalar))
            } else if scalar < UInt32(table.count) {
                kind = table[Int(scalar)]
            } else if let known = other[scalar] {
                kind = known
            } else {
                kind = Self.kind(of: scalar)
                other[scalar] = kind
            }
            switch kind {
            case .letter(let folded):
                if wordStart < 0 { wordStart = index }
                word.append(folded)
                wordEnd = index + length
            case .transparent:
                if wordStart >= 0 { wordEnd = index + length }
            case .separator:
                if wordStart >= 0 {
                    if !body(word[...], wordStart..<wordEnd) { return }
                    word.removeAll(keepingCapacity: true)
                    wordStart = -1
                }
            }
            index += length
        }
        if wordStart >= 0 { _ = body(word[...], wordStart..<wordEnd) }
    }

    /// The scalar starting at `index` and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    @inline(__always)
    private static func asciiKind(_ byte: UInt8) -> Kind {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): .letter(UInt32(byte))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter(UInt32(byte) + 32)
        default: .separator
        }
    }

    /// How `scalar` folds, as ``Folding/key(_:)`` would fold it standing alone;
    /// combining marks and zero-width characters join the word around them.
    static func kind(of scalar: UInt32) -> Kind {
        guard let value = Unicode.Scalar(scalar) else { return .separator }
        switch value.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .transparent
        default: break
        }
        let folded = Folding.fold(Character(value))
        if folded == "\u{0}" { return .transparent }
        guard folded.isLetter || folded.isNumber, let first = folded.unicodeScalars.first else { return .separator }
        return .letter(first.value)
    }

    /// The kinds of U+0000 to U+1FFF, where Latin (Vietnamese and Spanish
    /// included), Greek, Cyrillic and the combining diacritics live.
    private static let table: [Kind] = (0..<0x2000).map { kind(of: UInt32($0)) }
}
