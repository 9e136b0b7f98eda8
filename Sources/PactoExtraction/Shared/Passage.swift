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
        var run = CharacterRun(capacity: ordered.reduce(0) { $0 + $1.text.utf8.count + Article.blockSeparator.utf8.count })
        var segments: [Segment] = []
        var bodyCount = 0
        for (index, block) in ordered.enumerated() {
            if index > 0 { run.append(Article.blockSeparator) }
            let start = run.count
            run.append(block.text)
            segments.append(Segment(
                range: start..<run.count, kind: block.kind,
                isCaption: block.kind == .caption || Self.looksLikeCaption(block.text),
                isByline: Self.looksLikeByline(block.text)))
            if block.kind != .caption { bodyCount = run.count }
        }
        self.init(characters: run.characters, scalars: run.standAlone ? run.scalars : nil, segments: segments, bodyCount: bodyCount)
    }

    init(text: String) {
        let run = Folding.charactersAndScalars(of: text)
        self.init(characters: run.characters, scalars: run.scalars,
                  segments: [Segment(range: 0..<run.characters.count, kind: .paragraph, isCaption: false, isByline: false)],
                  bodyCount: run.characters.count)
    }

    /// - Parameter scalars: the characters as scalars when each is one that
    ///   stands alone (``Folding/standsAlone(_:)``): then the folding, the
    ///   classes and the UTF-8 are worked out from numbers.
    private init(characters: [Character], scalars: [UInt32]?, segments: [Segment], bodyCount: Int) {
        self.bodyCount = bodyCount
        self.characters = characters
        var utf8: [UInt8] = []
        utf8.reserveCapacity(characters.count * 2)
        var utf8Offsets: [Int32] = []
        utf8Offsets.reserveCapacity(characters.count + 1)
        let classes: CharacterClasses
        if let scalars {
            for value in scalars {
                utf8Offsets.append(Int32(utf8.count))
                // Scalars that stand alone are below U+2028: one to three bytes.
                if value < 0x80 {
                    utf8.append(UInt8(value))
                } else if value < 0x800 {
                    utf8.append(0xC0 | UInt8(value >> 6))
                    utf8.append(0x80 | UInt8(value & 0x3F))
                } else {
                    utf8.append(0xE0 | UInt8(value >> 12))
                    utf8.append(0x80 | UInt8((value >> 6) & 0x3F))
                    utf8.append(0x80 | UInt8(value & 0x3F))
                }
            }
            classes = CharacterClasses(scalars: scalars, characters: characters)
            folded = Folding.aligned(scalars: scalars)
        } else {
            for character in characters {
                utf8Offsets.append(Int32(utf8.count))
                utf8 += character.utf8
            }
            classes = CharacterClasses(characters)
            folded = Folding.aligned(characters)
        }
        utf8Offsets.append(Int32(utf8.count))
        self.utf8 = utf8
        self.utf8Offsets = utf8Offsets
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
