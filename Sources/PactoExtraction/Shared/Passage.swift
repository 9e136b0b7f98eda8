import Foundation
import PactoModel

/// An article body prepared for rules: the original characters, their
/// aligned folding (one character per character, so regular-expression
/// offsets are character offsets into ``Article/body``), the blocks with
/// their kind, sentences and word tokens.
struct Passage: Sendable {
    let characters: [Character]
    /// ``Folding/aligned(_:)`` of the body.
    let folded: String
    let blocks: [Segment]
    /// The ranges of ``blocks``, for binary search.
    let blockRanges: [Range<Int>]
    let sentences: [Range<Int>]
    let tokens: [Token]

    /// A block of the body and what it is.
    struct Segment: Sendable {
        var range: Range<Int>
        var kind: Block.Kind
        /// A photo caption: marked so by the reader, or a short line that
        /// describes a picture.
        var isCaption: Bool
        /// A short line standing alone that names authors or an office.
        var isByline: Bool
    }

    /// A word: letters and digits (with inner apostrophes and "&").
    struct Token: Sendable {
        var range: Range<Int>
        /// Folded text of the word.
        var key: String
        /// The word in lower case with its diacritics (``TonePlacement/normalized(_:)``).
        var lower: String
        /// The original starts with a capital letter (or a digit).
        var isCapitalized: Bool
        /// Every letter of the original is a capital ("TN&MT", "UBND").
        var isAllCaps: Bool
    }

    /// Characters that belong to ``Article/body``: evidence may point only
    /// there. Captions follow the body in the passage (rules still read
    /// them), past this count.
    let bodyCount: Int

    /// The body blocks in order, then the captions: offsets below
    /// ``bodyCount`` are offsets into ``Article/body``.
    init(blocks: [Block]) {
        let ordered = blocks.filter { $0.kind != .caption } + blocks.filter { $0.kind == .caption }
        var text = ""
        var segments: [Segment] = []
        var offset = 0
        var bodyCount = 0
        for (index, block) in ordered.enumerated() {
            if index > 0 {
                text += Article.blockSeparator
                offset += Article.blockSeparator.count
            }
            let count = block.text.count
            segments.append(Segment(
                range: offset..<(offset + count), kind: block.kind,
                isCaption: block.kind == .caption || Self.looksLikeCaption(block.text),
                isByline: Self.looksLikeByline(block.text)))
            text += block.text
            offset += count
            if block.kind != .caption { bodyCount = offset }
        }
        self.init(text: text, segments: segments, bodyCount: bodyCount)
    }

    init(text: String) {
        let count = text.count
        self.init(text: text, segments: [Segment(range: 0..<count, kind: .paragraph, isCaption: false, isByline: false)],
                  bodyCount: count)
    }

    private init(text: String, segments: [Segment], bodyCount: Int) {
        self.bodyCount = bodyCount
        characters = Array(text)
        folded = Folding.aligned(text)
        blocks = segments
        blockRanges = segments.map(\.range)
        tokens = Self.tokenize(characters)
        sentences = Self.splitSentences(characters, blocks: segments)
    }

    var count: Int { characters.count }

    func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, characters.count))
        let upper = max(lower, min(range.upperBound, characters.count))
        return String(characters[lower..<upper])
    }

    func foldedText(_ range: Range<Int>) -> String {
        Folding.fold(text(range))
    }

    /// The span with surrounding spaces and punctuation trimmed.
    func trimmed(_ range: Range<Int>, also extra: Set<Character> = []) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        let trim: Set<Character> = Set(" \n\t,;:.-–—").union(extra)
        while lower < upper, trim.contains(characters[lower]) || characters[lower].isWhitespace { lower += 1 }
        while upper > lower, trim.contains(characters[upper - 1]) || characters[upper - 1].isWhitespace { upper -= 1 }
        return lower..<upper
    }

    func evidence(_ range: Range<Int>) -> Evidence {
        Evidence(text: text(range), start: range.lowerBound, end: range.upperBound)
    }

    /// Matches of a pattern over the folded text (or part of it), as
    /// character ranges: the whole match and each group (nil when unmatched).
    func matches(_ pattern: Pattern, in range: Range<Int>? = nil) -> [[Range<Int>?]] {
        let search = range ?? 0..<count
        let ns = folded as NSString
        let nsRange = NSRange(location: search.lowerBound, length: search.count)
        return pattern.regex.matches(in: folded, range: nsRange).map { result in
            (0..<result.numberOfRanges).map { index in
                let r = result.range(at: index)
                return r.location == NSNotFound ? nil : r.location..<(r.location + r.length)
            }
        }
        .filter { _ in ns.length == characters.count }
    }

    func firstMatch(_ pattern: Pattern, in range: Range<Int>? = nil) -> [Range<Int>?]? {
        matches(pattern, in: range).first
    }

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

    func isCaption(_ offset: Int) -> Bool { segment(containing: offset)?.isCaption ?? false }

    func isByline(_ offset: Int) -> Bool { segment(containing: offset)?.isByline ?? false }

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

    /// Tokens inside a range.
    func tokens(in range: Range<Int>) -> ArraySlice<Token> {
        let start = tokenIndex(atOrAfter: range.lowerBound)
        var end = start
        while end < tokens.count, tokens[end].range.upperBound <= range.upperBound { end += 1 }
        return tokens[start..<end]
    }
}

// MARK: - Building

extension Passage {
    static func tokenize(_ characters: [Character]) -> [Token] {
        var tokens: [Token] = []
        // Articles repeat their syllables: fold each distinct word once.
        var forms: [String: (key: String, lower: String)] = [:]
        var index = 0
        while index < characters.count {
            guard characters[index].isLetter || characters[index].isNumber else { index += 1; continue }
            let start = index
            while index < characters.count {
                let character = characters[index]
                if character.isLetter || character.isNumber || character.unicodeScalars.first.map({
                    $0.properties.generalCategory == .nonspacingMark }) == true {
                    index += 1
                } else if (character == "’" || character == "'" || character == "&"), index + 1 < characters.count,
                          characters[index + 1].isLetter, index > start {
                    index += 1
                } else {
                    break
                }
            }
            let word = String(characters[start..<index])
            let letters = word.filter(\.isLetter)
            let form: (key: String, lower: String)
            if let known = forms[word] {
                form = known
            } else {
                form = (Folding.fold(word), TonePlacement.normalized(word))
                forms[word] = form
            }
            tokens.append(Token(
                range: start..<index, key: form.key, lower: form.lower,
                isCapitalized: word.first.map { $0.isUppercase || $0.isNumber } ?? false,
                isAllCaps: letters.count >= 2 && letters.allSatisfy(\.isUppercase)))
        }
        return tokens
    }

    static func splitSentences(_ characters: [Character], blocks: [Segment]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        for block in blocks {
            var start = block.range.lowerBound
            var index = start
            while index < block.range.upperBound {
                let character = characters[index]
                var ends = false
                if character == "\n" {
                    ends = true
                } else if character == "." || character == "!" || character == "?" || character == "…" {
                    let next = index + 1 < block.range.upperBound ? characters[index + 1] : " "
                    let afterNext = index + 2 < block.range.upperBound ? characters[index + 2] : "A"
                    // "TP. Hồ Chí Minh", "Tp. Bang Lung": an abbreviation, not an end.
                    let before = index > start ? String(characters[max(start, index - 3)..<index]) : ""
                    let abbreviation = before.hasSuffix("TP") || before.hasSuffix("Tp") || before.hasSuffix("tp")
                        || before.hasSuffix(" P") || before.hasSuffix("n.º") || before.hasSuffix("No")
                    ends = !abbreviation && (next == " " || next == "\n" || next == "\"" || next == "”")
                        && (afterNext.isUppercase || afterNext == "\"" || afterNext == "“" || afterNext.isNumber
                            || afterNext == "(" || afterNext == "-")
                }
                if ends {
                    if index + 1 > start { sentences.append(start..<(index + 1)) }
                    start = index + 1
                }
                index += 1
            }
            if block.range.upperBound > start { sentences.append(start..<block.range.upperBound) }
        }
        return sentences
    }

    /// A short line describing a picture ("... phát biểu khai mạc hội nghị.",
    /// "Quang cảnh hội nghị", "... Foto: VPCTN").
    static func looksLikeCaption(_ text: String) -> Bool {
        guard text.utf8.count < 1000 else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count < 220 else { return false }
        let folded = Folding.fold(trimmed)
        if folded.contains("anh:") || folded.contains("foto:") || folded.hasPrefix("anh ") { return true }
        for opening in Lexicon.sceneOpenings where folded.hasPrefix(opening) { return true }
        // One sentence only.
        guard !trimmed.dropLast().contains(". ") else { return false }
        for opening in Lexicon.reportOpenings where folded.hasPrefix(opening) { return false }
        // "<Title> <Name> phát biểu tại hội nghị.": the verb near the end, nothing reported after it.
        if let verb = folded.range(of: "phat bieu", options: .backwards),
           folded.distance(from: verb.upperBound, to: folded.endIndex) < 45,
           !["cho biet", "nhan manh", "de nghi", "khang dinh", "yeu cau"].contains(where: { folded.contains($0) }) {
            return true
        }
        guard !trimmed.hasSuffix(".") else { return false }
        return Lexicon.captionVerbs.contains { folded.contains($0) }
    }

    /// A byline: a short line of names, with no sentence in it.
    static func looksLikeByline(_ text: String) -> Bool {
        guard text.utf8.count < 300 else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 60, !trimmed.hasSuffix(".") else { return false }
        let words = trimmed.split { !$0.isLetter }
        guard words.count <= 8 else { return false }
        let capitalized = words.filter { $0.first?.isUppercase ?? false }.count
        return capitalized * 3 >= words.count * 2
    }
}

/// A compiled regular expression over folded text.
struct Pattern: @unchecked Sendable {
    let regex: NSRegularExpression

    static func === (lhs: Pattern, rhs: Pattern) -> Bool { lhs.regex === rhs.regex }

    init(_ pattern: String) {
        // The patterns are constants of this module: a bad one is a programmer error.
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [])
        } catch {
            preconditionFailure("bad pattern \(pattern): \(error)")
        }
    }
}

/// `lower..<upper`, empty when upper is below lower.
func clampedRange(_ lower: Int, _ upper: Int) -> Range<Int> {
    lower..<max(lower, upper)
}
