import Foundation
import PactoModel

/// Where things are in a passage: its sentences, segments and tokens.
extension Passage {
    /// The sentence around an offset (the last one starting before it, between sentences). O(log n).
    func sentence(containing offset: Int) -> Range<Int> {
        guard let index = Self.lastIndex(in: sentences, startingAtOrBefore: offset) else { return sentences.first ?? 0..<count }
        return sentences[index]
    }
    /// The block around an offset. O(log n).
    func segment(containing offset: Int) -> Segment? {
        guard let index = Self.lastIndex(in: blockRanges, startingAtOrBefore: offset) else { return nil }
        let block = blocks[index]
        return block.range.contains(offset) || block.range.upperBound == offset ? block : nil
    }
    /// Binary search over ranges sorted by their start.
    static func lastIndex(in ranges: [Range<Int>], startingAtOrBefore offset: Int) -> Int? {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }
    /// The offset is in a block Reading marked as a photo caption.
    func isCaption(_ offset: Int) -> Bool { segment(containing: offset)?.kind == .caption }
    /// The offset is in a block Reading marked as a byline.
    func isByline(_ offset: Int) -> Bool { segment(containing: offset)?.kind == .byline }
    /// Index of the first token starting at or after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
    /// A token is an Arabic number (``Numerals/arabic(_:)`` of its text is
    /// not nil), told by its bytes: a token holds no space and no "/".
    func isArabic(_ token: Token) -> Bool {
        let bytes = utf8[Int(utf8Offsets[token.range.lowerBound])..<Int(utf8Offsets[token.range.upperBound])]
        return !bytes.isEmpty && bytes.count <= 9 && bytes.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
    /// Tokens inside a range.
    func tokens(in range: Range<Int>) -> ArraySlice<Token> {
        let start = tokenIndex(atOrAfter: range.lowerBound)
        var end = start
        while end < tokens.count, tokens[end].range.upperBound <= range.upperBound { end += 1 }
        return tokens[start..<end]
    }

    /// The words of the sentence after `sentence` that follow its opening,
    /// when one of `openings` opens it ("Đó là A, B", "Se trata del X, …"):
    /// the names an award's or a list's sentence announces. Nil otherwise.
    func afterOpening(ofSentenceAfter sentence: Range<Int>, openings: [TextPattern]) -> Range<Int>? {
        var cursor = sentence.upperBound
        while cursor < count, characters[cursor] == " " || characters[cursor] == "\n" { cursor += 1 }
        guard cursor < count else { return nil }
        let next = self.sentence(containing: cursor)
        let text = alignedText(cursor..<next.upperBound)
        guard let naming = openings.lazy.compactMap({ $0.firstRange(in: text) }).first else { return nil }
        return (cursor + text.distance(from: text.startIndex, to: naming.upperBound))..<next.upperBound
    }

    /// "Name (role …), title …": for a role that opens a bracket in `sentence`, where the bracket
    /// opens, and the clause after the comma that follows its close, up to the next ",;.()".
    func noteAfterName(_ role: Range<Int>, in sentence: Range<Int>) -> (open: Int, title: Range<Int>)? {
        var open = role.lowerBound
        while open > sentence.lowerBound, characters[open - 1] == " " { open -= 1 }
        guard open > sentence.lowerBound, characters[open - 1] == "(" else { return nil }
        open -= 1
        guard let close = characters[role.upperBound..<sentence.upperBound].firstIndex(of: ")") else { return nil }
        var comma = close + 1
        while comma < sentence.upperBound, characters[comma] == " " { comma += 1 }
        guard comma < sentence.upperBound, characters[comma] == "," else { return nil }
        var end = comma + 1
        while end < sentence.upperBound, !",;.()".contains(characters[end]) { end += 1 }
        return (open, (comma + 1)..<end)
    }
}
