import Foundation
import PactoModel

/// An article body prepared for rules: the original characters, their
/// aligned folding (one character per character, so regular-expression
/// offsets are character offsets into ``Article/body``), the blocks with
/// their kind, sentences and word tokens.
struct Passage: Sendable {
    let characters: [Character]
    /// The characters' UTF-8, and where each character starts in it (one
    /// more offset at the end): ``text(_:)`` copies bytes.
    let utf8: [UInt8]
    let utf8Offsets: [Int32]
    /// ``Folding/aligned(_:)`` of the body.
    let folded: String
    /// ``folded`` as UTF-16 units: one per character when ``isAligned``.
    let units: [UInt16]
    /// Every character folded to one UTF-16 unit, so that regular-expression
    /// offsets are character offsets (always, unless a character folds to a
    /// scalar outside the BMP).
    let isAligned: Bool
    /// ``folded`` is ASCII only (UTF-8 offsets are character offsets too).
    let isASCII: Bool
    let blocks: [Segment]
    /// The ranges of ``blocks``, for binary search.
    let blockRanges: [Range<Int>]
    let sentences: [Range<Int>]
    let tokens: [Token]

    /// A block of the body and what Reading decided it is (a caption, a
    /// byline, a paragraph or a heading).
    struct Segment: Sendable {
        var range: Range<Int>
        var kind: Block.Kind
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
        let text = Text(ordered.map(\.text).joined(separator: Article.blockSeparator))
        // Each block's length in characters: its scalars when each is a character.
        let separator = Article.blockSeparator.count
        var segments: [Segment] = []
        var start = 0
        var bodyCount = 0
        for block in ordered {
            let length = text.isOneScalarEach ? block.text.unicodeScalars.count : block.text.count
            segments.append(Segment(range: start..<(start + length), kind: block.kind))
            if block.kind != .caption { bodyCount = start + length }
            start += length + separator
        }
        self.init(text, segments: segments, bodyCount: bodyCount)
    }

    init(text: String) {
        let run = Text(text)
        self.init(run, segments: [Segment(range: 0..<run.characters.count, kind: .paragraph)], bodyCount: run.characters.count)
    }

    /// The characters of a passage, each also as its scalar (``Folding/cluster``
    /// for a character of several), and their UTF-8.
    struct Text {
        let characters: [Character]
        let scalars: [UInt32]
        let utf8: [UInt8]
        /// Every character is one scalar that stands alone.
        let isOneScalarEach: Bool

        init(_ text: String) {
            let run = Folding.charactersAndScalars(of: text)
            characters = run.characters
            isOneScalarEach = run.scalars != nil
            scalars = run.scalars ?? run.characters.map { character in
                let all = character.unicodeScalars
                return all.index(after: all.startIndex) == all.endIndex ? all[all.startIndex].value : Folding.cluster
            }
            utf8 = Array(text.utf8)
        }
    }

    private init(_ text: Text, segments: [Segment], bodyCount: Int) {
        self.bodyCount = bodyCount
        characters = text.characters
        utf8 = text.utf8
        // Where each character starts in the UTF-8: one scalar's length, or the whole character's.
        var utf8Offsets: [Int32] = []
        utf8Offsets.reserveCapacity(characters.count + 1)
        var offset: Int32 = 0
        for (index, value) in text.scalars.enumerated() {
            utf8Offsets.append(offset)
            offset += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : value == Folding.cluster
                ? Int32(characters[index].utf8.count) : 4
        }
        utf8Offsets.append(offset)
        self.utf8Offsets = utf8Offsets
        let classes = CharacterClasses(characters, scalars: text.scalars)
        folded = Folding.aligned(scalars: text.scalars, characters: characters)
        units = Self.units(of: folded)
        isAligned = units.count == characters.count
        isASCII = folded.utf8.count == units.count
        (letterPositions, letterStarts) = Self.letterPositions(units)
        digitRuns = Self.digitRuns(units)
        blocks = segments
        blockRanges = segments.map(\.range)
        tokens = Self.tokenize(characters, classes: classes, utf8: utf8, utf8Offsets: utf8Offsets)
        sentences = Self.splitSentences(characters, classes: classes, blocks: segments)
    }

    var count: Int { characters.count }

    func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, characters.count))
        let upper = max(lower, min(range.upperBound, characters.count))
        return utf8.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(utf8Offsets[lower])..<Int(utf8Offsets[upper])]), as: UTF8.self)
        }
    }

    /// The characters `range` of ``folded``, counted as characters
    /// (`dropFirst` and `prefix`): by UTF-16 offsets when the folded text is
    /// ASCII, where each character is one unit (folding leaves no CR).
    func foldedCharacters(_ range: Range<Int>) -> Substring {
        isASCII ? folded.slice(range) : folded.dropFirst(range.lowerBound).prefix(range.count)
    }

    /// The phrase folded for comparing (``Folding/fold(_:)``: trimmed,
    /// spaces collapsed, quotes dropped): not for counting offsets.
    func foldedText(_ range: Range<Int>) -> String {
        Folding.fold(text(range))
    }

    /// The range of the aligned folded text: one character for each
    /// character of the passage, so offsets counted in it are the passage's.
    func alignedText(_ range: Range<Int>) -> String {
        String(foldedCharacters(range))
    }

    /// The span with surrounding spaces and punctuation trimmed.
    func trimmed(_ range: Range<Int>, also extra: Set<Character> = []) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        let trim = Self.trimmable
        func trims(_ character: Character) -> Bool {
            trim.contains(character) || extra.contains(character) || character.isWhitespace
        }
        while lower < upper, trims(characters[lower]) { lower += 1 }
        while upper > lower, trims(characters[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// What ``trimmed(_:also:)`` always trims, besides white space.
    static let trimmable: Set<Character> = Set(" \n\t,;:.-–—")

    /// Where each lower-case ASCII letter stands in ``units``, for finding
    /// anchors: the positions of "a", then those of "b" and so on;
    /// ``letterStarts`` says where each letter's begin (27 offsets).
    let letterPositions: [Int32]
    let letterStarts: [Int]

    /// The runs of ASCII digits in ``units``, for finding digit anchors.
    let digitRuns: [Range<Int32>]
}
