import PactoModel

/// A few words of the original text around the first match of the query's
/// folded words, matches marked `**…**`, diacritics as printed.
///
/// The words side by side, as typed, are the centre when the text has them,
/// else the first word found. Works on the text's UTF-8 bytes through
/// ``FoldedWords``: the text is read up to the centre, then the window around
/// it once more to mark the words; nothing is copied but the snippet.
enum Snippet {
    /// Characters kept after the centre; half as many before it.
    static let radius = 90
    /// Characters a cut may move to reach a space (text without spaces,
    /// such as a long link, is cut where it is).
    static let slack = 40

    /// The snippet of `text` around `terms` (folded words as
    /// ``SearchQuery/terms``), nil when no term occurs in it.
    /// - Parameter truncated: `text` is the beginning of a longer text, so
    ///   the snippet says that more follows even when it reaches the end.
    /// - Complexity: O(n) in the bytes before the centre (the whole text
    ///   when the words are never side by side), plus the window.
    static func make(from text: String, terms: [String], truncated: Bool = false) -> String? {
        guard !terms.isEmpty, !text.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { make(from: $0, needles: terms.map(FoldedWords.scalars(of:)), truncated: truncated) }
    }

    /// The first `radius * 2` characters, newlines as spaces.
    static func opening(of text: String, truncated: Bool = false) -> String {
        let end = text.index(text.startIndex, offsetBy: radius * 2, limitedBy: text.endIndex) ?? text.endIndex
        return String(text[..<end]).replacingNewlines() + (end < text.endIndex || truncated ? "…" : "")
    }
}

private extension Snippet {
    static func make(from bytes: UnsafeBufferPointer<UInt8>, needles: [[UInt32]], truncated: Bool) -> String? {
        guard let centre = centre(in: bytes, needles: needles) else { return nil }
        let start = cut(bytes, from: centre.lowerBound, characters: radius / 2, forward: false)
        let end = cut(bytes, from: centre.upperBound, characters: radius, forward: true)
        var output: [UInt8] = []
        output.reserveCapacity(end - start + 32)
        if start > 0 { output.append(contentsOf: "…".utf8) }
        var position = start
        FoldedWords.forEach(in: bytes, range: start..<end) { word, range in
            if needles.contains(where: { $0.count == word.count && $0.elementsEqual(word) }) {
                appendReplacingNewlines(bytes, position..<range.lowerBound, to: &output)
                output.append(contentsOf: "**".utf8)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
                output.append(contentsOf: "**".utf8)
                position = range.upperBound
            }
            return true
        }
        appendReplacingNewlines(bytes, position..<end, to: &output)
        if end < bytes.count || truncated { output.append(contentsOf: "…".utf8) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `bytes[range]` with each line or paragraph break (those of
    /// `Character.isNewline`, CR LF as one) turned into a space.
    static func appendReplacingNewlines(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to output: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case 0x0D where index + 1 < range.upperBound && bytes[index + 1] == 0x0A:
                output.append(0x20)
                index += 2
                continue
            case 0x0A...0x0D:
                output.append(0x20)
            case 0xC2 where index + 1 < range.upperBound && bytes[index + 1] == 0x85:  // U+0085
                output.append(0x20)
                index += 2
                continue
            case 0xE2 where index + 2 < range.upperBound && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):  // U+2028, U+2029
                output.append(0x20)
                index += 3
                continue
            default:
                output.append(byte)
            }
            index += 1
        }
    }

    /// The byte range of the words side by side as typed, else of the first word found.
    static func centre(in bytes: UnsafeBufferPointer<UInt8>, needles: [[UInt32]]) -> Range<Int>? {
        var first: Range<Int>?
        var phrase: Range<Int>?
        // The last needles.count words: which needles each equals, and where it starts.
        let count = needles.count
        let wantsPhrase = count > 1 && count <= 64
        var recent = [(mask: UInt64, start: Int)](repeating: (0, 0), count: wantsPhrase ? count : 0)
        var seen = 0
        FoldedWords.forEach(in: bytes, range: 0..<bytes.count) { word, range in
            var mask: UInt64 = 0
            for (index, needle) in needles.enumerated() where needle.count == word.count && needle.elementsEqual(word) {
                mask |= index < 64 ? 1 << UInt64(index) : 0
                if first == nil { first = range }
            }
            guard wantsPhrase else { return first == nil }
            recent[seen % count] = (mask, range.lowerBound)
            seen += 1
            guard mask & (1 << UInt64(count - 1)) != 0, seen >= count else { return true }
            // Word seen - count + k must equal needle k.
            for k in 0..<count where recent[(seen - count + k) % count].mask & (1 << UInt64(k)) == 0 { return true }
            phrase = recent[(seen - count) % count].start..<range.upperBound
            return false
        }
        return phrase ?? first
    }

    /// The byte offset `characters` characters away from `offset` (scalars,
    /// combining marks not counted), then on to the nearest space within
    /// ``slack`` characters; the start or end of the text when it is nearer.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, characters: Int, forward: Bool) -> Int {
        var index = offset
        var counted = 0
        var extra = 0
        while true {
            if forward ? index >= bytes.count : index <= 0 { return forward ? bytes.count : 0 }
            // The scalar just after (forward) or just before (backward) `index`.
            var start = index
            if !forward {
                start -= 1
                while bytes[start] & 0xC0 == 0x80 { start -= 1 }
            }
            let (scalar, length) = FoldedWords.decode(bytes, at: start)
            if counted >= characters {
                if isSpace(scalar) || extra >= slack { return index }
                extra += 1
            } else if !(0x300...0x36F).contains(scalar) {
                counted += 1
            }
            index = forward ? start + length : start
        }
    }

    static func isSpace(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar == 0x20 || (0x09...0x0D).contains(scalar) }
        return Unicode.Scalar(scalar)?.properties.isWhitespace ?? false
    }
}

extension String {
    /// Line and paragraph breaks as spaces (a CR LF pair as one).
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
