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
        tokens = Self.tokenize(characters, classes: classes, utf8: utf8, utf8Offsets: utf8Offsets,
                               bytesTellWords: scalars != nil)
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

    func evidence(_ range: Range<Int>) -> Evidence {
        Evidence(text: text(range), start: range.lowerBound, end: range.upperBound)
    }

    /// Matches of a pattern over the folded text (or part of it), as
    /// character ranges: the whole match and each group (nil when unmatched).
    ///
    /// Over the whole text, a pattern with anchors is run only over windows
    /// around its anchors' occurrences (merged where they overlap), with transparent bounds, so
    /// that look-behind and look-ahead still see the text around a window:
    /// the same matches as a run over the whole range, for a fraction of it.
    func matches(_ pattern: Pattern, in range: Range<Int>? = nil) -> [[Range<Int>?]] {
        Array(matchSequence(pattern, in: range))
    }

    /// ``matches(_:in:)``, searched for as they are asked for: a rule that
    /// stops at the first match it wants leaves the windows after it unsearched.
    func matchSequence(_ pattern: Pattern, in range: Range<Int>? = nil) -> MatchSequence {
        MatchSequence(passage: self, pattern: pattern, range: range)
    }

    /// The matches of an anchored pattern in some of its windows over the
    /// whole text: the first of ``windows(of:in:)``, found once for patterns
    /// that share their anchors and reach. Matches starting before the end
    /// of the last window given are those of ``matches(_:in:)``.
    func matchSequence(_ pattern: Pattern, windows: ArraySlice<Range<Int>>) -> MatchSequence {
        MatchSequence(passage: self, pattern: pattern, windows: windows)
    }

    /// The matches of `pattern` in one stretch of the text.
    ///
    /// A window around anchors is searched in a short copy of the text
    /// around it (Foundation converts the whole string it is given to UTF-16
    /// on every call): ``Pattern/context`` characters on either side let
    /// look-behind and look-ahead see what they would see in the text. Any
    /// other stretch is searched as a text of its own (opaque bounds: "^"
    /// matches at its start, look-behind does not see before it), so a copy
    /// of just that stretch is searched.
    func search(_ pattern: Pattern, in window: Range<Int>, transparent: Bool) -> [[Range<Int>?]] {
        if transparent {
            let lower = max(0, window.lowerBound - Pattern.context)
            let upper = min(count, window.upperBound + Pattern.context)
            let results = pattern.regex.matches(
                in: piece(lower..<upper), options: [.withTransparentBounds, .withoutAnchoringBounds],
                range: NSRange(location: window.lowerBound - lower, length: window.count))
            return collect(results, shift: lower)
        }
        let text = window == 0..<count ? folded : piece(window)
        return collect(pattern.regex.matches(in: text, range: NSRange(location: 0, length: window.count)), shift: window.lowerBound)
    }

    /// Where each lower-case ASCII letter stands in ``units``, for finding
    /// anchors: the positions of "a", then those of "b" and so on;
    /// ``letterStarts`` says where each letter's begin (27 offsets).
    let letterPositions: [Int32]
    let letterStarts: [Int]

    /// The positions of one lower-case ASCII letter.
    private func positions(ofLetter unit: UInt16) -> ArraySlice<Int32> {
        letterPositions[letterStarts[Int(unit - 97)]..<letterStarts[Int(unit - 96)]]
    }

    /// Where in `anchor` the unit stands that the text holds least often
    /// (the first, unless a letter further on is rarer).
    private func rarestUnit(of anchor: [UInt16]) -> Int {
        func frequency(_ unit: UInt16) -> Int { unit >= 97 && unit <= 122 ? positions(ofLetter: unit).count : Int.max }
        var best = 0
        for (offset, unit) in anchor.enumerated() where frequency(unit) < frequency(anchor[best]) { best = offset }
        return best
    }

    /// Positions of a unit: from ``letterPositions`` for a letter, by a scan otherwise.
    private func starts(of unit: UInt16) -> ArraySlice<Int32> {
        if unit >= 97 && unit <= 122 { return positions(ofLetter: unit) }
        return units.indices.filter { units[$0] == unit }.map { Int32($0) }[...]
    }

    /// The runs of ASCII digits in ``units``, for finding digit anchors.
    let digitRuns: [Range<Int32>]

    static func digitRuns(_ units: [UInt16]) -> [Range<Int32>] {
        var runs: [Range<Int32>] = []
        var index = 0
        while index < units.count {
            guard units[index] >= 48 && units[index] <= 57 else { index += 1; continue }
            var end = index + 1
            while end < units.count, units[end] >= 48 && units[end] <= 57 { end += 1 }
            runs.append(Int32(index)..<Int32(end))
            index = end
        }
        return runs
    }

    /// ``letterPositions`` and ``letterStarts``: the letters counted, then placed.
    static func letterPositions(_ units: [UInt16]) -> (positions: [Int32], starts: [Int]) {
        var starts = [Int](repeating: 0, count: 27)
        starts.withUnsafeMutableBufferPointer { starts in
            for unit in units where unit >= 97 && unit <= 122 { starts[Int(unit - 96)] += 1 }
            for letter in 1...26 { starts[letter] += starts[letter - 1] }
        }
        var next = starts
        let positions = [Int32](unsafeUninitializedCapacity: starts[26]) { buffer, count in
            next.withUnsafeMutableBufferPointer { next in
                units.withUnsafeBufferPointer { units in
                    for index in units.indices where units[index] >= 97 && units[index] <= 122 {
                        let letter = Int(units[index] - 97)
                        buffer[next[letter]] = Int32(index)
                        next[letter] += 1
                    }
                }
            }
            count = starts[26]
        }
        return (positions, starts)
    }

    /// ``folded`` as UTF-16 units; widened from its bytes when it is ASCII.
    static func units(of folded: String) -> [UInt16] {
        var folded = folded
        let ascii: [UInt16]? = folded.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return [UInt16](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for (index, byte) in bytes.enumerated() { buffer[index] = UInt16(byte) }
                count = bytes.count
            }
        }
        return ascii ?? Array(folded.utf16)
    }

    /// A copy of part of ``folded``.
    private func piece(_ range: Range<Int>) -> String {
        if isASCII {
            var folded = folded
            return folded.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
        return units.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF16.self) }
    }

    /// The scan of the whole folded text (over `range`, or all of it), for
    /// comparing against ``matches(_:in:)`` in tests and debug builds.
    func matchesScanningAll(_ pattern: Pattern, in range: Range<Int>? = nil) -> [[Range<Int>?]] {
        let search = range.map { $0.clamped(to: 0..<count) } ?? 0..<count
        guard isAligned, !search.isEmpty else { return [] }
        return collect(pattern.regex.matches(in: folded, range: NSRange(location: search.lowerBound, length: search.count)))
    }

    private func collect(_ results: [NSTextCheckingResult], shift: Int = 0) -> [[Range<Int>?]] {
        results.map { result in
            (0..<result.numberOfRanges).map { index in
                let r = result.range(at: index)
                return r.location == NSNotFound ? nil : (shift + r.location)..<(shift + r.location + r.length)
            }
        }
    }

    /// The stretches of `search` where a match of `pattern` can be: each
    /// occurrence of an anchor widened by the pattern's reach, merged.
    func windows(of pattern: Pattern, in search: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        func add(_ start: Int, _ length: Int, before: Int, after: Int) {
            let lower = max(search.lowerBound, start - before)
            let upper = min(search.upperBound, start + length + after)
            if lower < upper { spans.append(lower..<upper) }
        }
        units.withUnsafeBufferPointer { text in
            func isWordUnit(_ unit: UInt16) -> Bool {
                (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || unit > 127
            }
            // White space as ICU's "\s" sees it, and the rest of the
            // Unicode spaces: more than "\s" holds is safe here.
            func isSpace(_ unit: UInt16) -> Bool {
                (unit >= 9 && unit <= 13) || unit == 32 || unit == 0x85 || unit == 0xA0 || unit == 0x1680
                    || (unit >= 0x2000 && unit <= 0x200A) || unit == 0x2028 || unit == 0x2029 || unit == 0x202F
                    || unit == 0x205F || unit == 0x3000
            }
            // White space, then one of the anchor's followers, at `end`.
            func isFollowed(_ anchor: Pattern.Anchor, at end: Int) -> Bool {
                guard !anchor.followers.isEmpty else { return true }
                var index = end
                while index < text.count, isSpace(text[index]) { index += 1 }
                guard index > end || !anchor.spaced else { return false }
                return anchor.followers.contains { word in
                    index + word.count <= text.count && word.indices.allSatisfy { text[index + $0] == word[$0] }
                }
            }
            // One of the anchor's predecessors, then white space, before `start`.
            func isPreceded(_ anchor: Pattern.Anchor, at start: Int) -> Bool {
                guard !anchor.predecessors.isEmpty else { return true }
                var end = start
                while end > 0, isSpace(text[end - 1]) { end -= 1 }
                guard end < start, end > 0 else { return false }
                return anchor.predecessors.contains { word in
                    if word == [48] { return text[end - 1] >= 48 && text[end - 1] <= 57 }
                    return end >= word.count && word.indices.allSatisfy { text[end - word.count + $0] == word[$0] }
                }
            }
            if let digitRun = pattern.digitRun {
                for run in digitRuns where run.upperBound > search.lowerBound && run.lowerBound < search.upperBound {
                    let lower = max(Int(run.lowerBound), search.lowerBound)
                    let upper = min(Int(run.upperBound), search.upperBound)
                    guard isFollowed(digitRun, at: upper) else { continue }
                    add(lower, upper - lower, before: digitRun.before, after: digitRun.after)
                }
            }
            for anchor in pattern.anchors {
                guard !anchor.text.isEmpty, anchor.text.count <= search.count else { continue }
                let end = search.upperBound - anchor.text.count
                // Found by the anchor's rarest letter in the text: fewer places to compare.
                let key = rarestUnit(of: anchor.text)
                for position in starts(of: anchor.text[key]) {
                    let index = Int(position) - key
                    guard index >= search.lowerBound, index <= end else { continue }
                    var offset = 0
                    while offset < anchor.text.count, text[index + offset] == anchor.text[offset] { offset += 1 }
                    guard offset == anchor.text.count else { continue }
                    if anchor.isWord {
                        if index > 0, isWordUnit(text[index - 1]) { continue }
                        let after = index + anchor.text.count
                        if after < text.count, isWordUnit(text[after]) { continue }
                    }
                    guard isFollowed(anchor, at: index + anchor.text.count), isPreceded(anchor, at: index) else { continue }
                    add(index, anchor.text.count, before: anchor.before, after: anchor.after)
                }
            }
        }
        guard spans.count > 1 else { return spans }
        spans.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = [spans[0]]
        for span in spans.dropFirst() {
            if span.lowerBound <= merged[merged.count - 1].upperBound {
                merged[merged.count - 1] = merged[merged.count - 1].lowerBound..<max(merged[merged.count - 1].upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    func firstMatch(_ pattern: Pattern, in range: Range<Int>? = nil) -> [Range<Int>?]? {
        var matches = matchSequence(pattern, in: range).makeIterator()
        return matches.next()
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
}

// MARK: - Building

extension Passage {
    /// Words of the passage; `utf8` and `utf8Offsets` are its UTF-8 and
    /// where each character starts in it.
    ///
    /// - Parameter bytesTellWords: every character is a scalar that stands
    ///   alone (``Folding/standsAlone(_:)``): two words are the same string
    ///   when their bytes are the same, so words are told apart by bytes.
    static func tokenize(_ characters: [Character], classes: CharacterClasses, utf8: [UInt8], utf8Offsets: [Int32],
                         bytesTellWords: Bool = false) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(characters.count / 4)
        // Articles repeat their syllables: fold each distinct word once.
        var forms: [String: (key: String, lower: String)] = [:]
        // The same by bytes, for short words (a String key is hashed and
        // compared through Unicode normalisation).
        var shortForms = ShortWordTable<(key: String, lower: String)>()
        let flags = classes.flags
        var index = 0
        while index < characters.count {
            guard flags[index] & (CharacterClasses.letter | CharacterClasses.number) != 0 else { index += 1; continue }
            let start = index
            var letters = 0
            var capitals = 0
            while index < characters.count {
                let flag = flags[index]
                if flag & (CharacterClasses.letter | CharacterClasses.number | CharacterClasses.mark) != 0 {
                    if flag & CharacterClasses.letter != 0 {
                        letters += 1
                        if flag & CharacterClasses.upper != 0 { capitals += 1 }
                    }
                    index += 1
                } else if flag & CharacterClasses.joiner != 0, index + 1 < characters.count,
                          flags[index + 1] & CharacterClasses.letter != 0, index > start {
                    index += 1
                } else {
                    break
                }
            }
            // An ASCII word folds and lower-cases to its lower case alone.
            let bytes = Int(utf8Offsets[start])..<Int(utf8Offsets[index])
            let lowered: String? = utf8.withUnsafeBufferPointer { all in
                let slice = UnsafeBufferPointer(rebasing: all[bytes])
                guard slice.allSatisfy({ $0 < 0x80 }) else { return nil }
                return String(unsafeUninitializedCapacity: slice.count) { buffer in
                    for (offset, byte) in slice.enumerated() { buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
                    return slice.count
                }
            }
            if let lowered {
                tokens.append(Token(
                    range: start..<index, key: lowered, lower: lowered,
                    isCapitalized: flags[start] & (CharacterClasses.upper | CharacterClasses.number) != 0,
                    isAllCaps: letters >= 2 && capitals == letters))
                continue
            }
            let short = bytesTellWords ? utf8.withUnsafeBufferPointer { ShortWord(UnsafeBufferPointer(rebasing: $0[bytes])) } : nil
            let form: (key: String, lower: String)
            if let short, let known = shortForms[short] {
                form = known
            } else {
                let word = utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self) }
                if let short {
                    form = (Folding.fold(word), TonePlacement.normalized(word))
                    shortForms[short] = form
                } else if let known = forms[word] {
                    form = known
                } else {
                    form = (Folding.fold(word), TonePlacement.normalized(word))
                    forms[word] = form
                }
            }
            tokens.append(Token(
                range: start..<index, key: form.key, lower: form.lower,
                isCapitalized: flags[start] & (CharacterClasses.upper | CharacterClasses.number) != 0,
                isAllCaps: letters >= 2 && capitals == letters))
        }
        return tokens
    }

    /// A word of at most 16 UTF-8 bytes, packed into two integers (no
    /// word holds a zero byte): hashed and compared without a String.
    struct ShortWord: Hashable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        /// An ASCII word of at most 16 bytes; nil for any other.
        init?(ascii word: String) {
            var word = word
            guard let packed = word.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? ShortWord($0) : nil }) else { return nil }
            self = packed
        }

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= 16 else { return nil }
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            low = UInt64(littleEndian: words.0)
            high = UInt64(littleEndian: words.1)
        }
    }

    /// A table from short words to values, by open addressing on the packed
    /// bytes: a Dictionary would hash each key with SipHash, which costs
    /// more than the whole lookup here (a passage looks up every word).
    struct ShortWordTable<Value: Sendable>: Sendable {
        private var lows: [UInt64]
        private var highs: [UInt64]
        private var values: [Value?]
        private var count = 0

        init(capacity: Int = 1024) {
            lows = [UInt64](repeating: 0, count: capacity)
            highs = [UInt64](repeating: 0, count: capacity)
            values = [Value?](repeating: nil, count: capacity)
        }

        /// Where `word` is, or the free place where it would go (a word is
        /// never zero: its first byte is not).
        private func slot(of word: ShortWord) -> Int {
            let mask = lows.count - 1
            var index = Int(truncatingIfNeeded: (word.low &* 0x9E37_79B9_7F4A_7C15 ^ word.high &* 0xC2B2_AE3D_27D4_EB4F) >> 40) & mask
            while lows[index] != 0 && (lows[index] != word.low || highs[index] != word.high) { index = (index + 1) & mask }
            return index
        }

        subscript(word: ShortWord) -> Value? {
            get { values[slot(of: word)] }
            set {
                guard let newValue else { return }
                var index = slot(of: word)
                if lows[index] == 0 {
                    if (count + 1) * 2 > lows.count {
                        grow()
                        index = slot(of: word)
                    }
                    lows[index] = word.low
                    highs[index] = word.high
                    count += 1
                }
                values[index] = newValue
            }
        }

        private mutating func grow() {
            var larger = ShortWordTable(capacity: lows.count * 2)
            for index in lows.indices where lows[index] != 0 {
                larger[ShortWord(low: lows[index], high: highs[index])] = values[index]
            }
            self = larger
        }
    }

    static func splitSentences(_ characters: [Character], classes: CharacterClasses, blocks: [Segment]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        let ascii = classes.ascii
        let flags = classes.flags
        for block in blocks {
            var start = block.range.lowerBound
            var index = start
            while index < block.range.upperBound {
                let byte = ascii[index]
                var ends = false
                if byte == 10 {
                    ends = true
                } else if byte == 46 || byte == 33 || byte == 63 || (byte == 0 && flags[index] & CharacterClasses.ellipsis != 0) {
                    // The next character: a space, a line or a closing quote (a space past the end).
                    let next = index + 1 < block.range.upperBound ? ascii[index + 1] : 32
                    let spaceAfter = next == 32 || next == 10 || next == 34
                        || next == 0 && characters[index + 1] == "”"
                    // "TP. Hồ Chí Minh", "Tp. Bang Lung", "n.º", "No.": an abbreviation, not an
                    // end (the one, two or three characters of the sentence before the mark).
                    let available = min(3, index - start)
                    let last = available >= 1 ? ascii[index - 1] : 0
                    let second = available >= 2 ? ascii[index - 2] : 0
                    let abbreviation = second == 84 && (last == 80 || last == 112) || second == 116 && last == 112
                        || second == 32 && last == 80 || second == 78 && last == 111
                        || available == 3 && ascii[index - 3] == 110 && second == 46 && characters[index - 1] == "º"
                    // After next: a capital, a digit, an opening quote or bracket, a dash ("A" past the end).
                    var capitalAfter = true
                    if index + 2 < block.range.upperBound {
                        let afterNext = ascii[index + 2]
                        capitalAfter = flags[index + 2] & (CharacterClasses.upper | CharacterClasses.number) != 0
                            || afterNext == 34 || afterNext == 40 || afterNext == 45 || afterNext == 0 && characters[index + 2] == "“"
                    }
                    ends = !abbreviation && spaceAfter && capitalAfter
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
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, Folding.hasAtMost(219, charactersIn: trimmed) else { return false }
        let folded = Folding.fold(trimmed)
        if ByteSearch.contains("anh:", in: folded) || ByteSearch.contains("foto:", in: folded) || folded.hasPrefix("anh ") { return true }
        for opening in Lexicon.sceneOpenings where folded.hasPrefix(opening) { return true }
        // One sentence only.
        guard !ByteSearch.contains(". ", in: String(trimmed.dropLast())) else { return false }
        for opening in Lexicon.reportOpenings where folded.hasPrefix(opening) { return false }
        // "<Title> <Name> phát biểu tại hội nghị.": the verb near the end, nothing reported after it.
        if let verb = folded.range(of: "phat bieu", options: .backwards),
           folded.distance(from: verb.upperBound, to: folded.endIndex) < 45,
           !["cho biet", "nhan manh", "de nghi", "khang dinh", "yeu cau"].contains(where: { ByteSearch.contains($0, in: folded) }) {
            return true
        }
        guard !trimmed.hasSuffix(".") else { return false }
        return Lexicon.captionVerbs.contains { ByteSearch.contains($0, in: folded) }
    }

    /// A byline: a short line of names, with no sentence in it.
    static func looksLikeByline(_ text: String) -> Bool {
        guard text.utf8.count < 300 else { return false }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 60, !trimmed.hasSuffix(".") else { return false }
        let words = trimmed.split { !$0.isLetter }
        guard words.count <= 8 else { return false }
        let capitalized = words.filter { $0.first?.isUppercase ?? false }.count
        return capitalized * 3 >= words.count * 2
    }
}

extension String {
    /// The text without white space at either end (Unicode's White_Space
    /// property: the same set as Foundation's whitespacesAndNewlines),
    /// without a round trip through NSString.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        while lower < upper, scalars[lower].properties.isWhitespace { lower = scalars.index(after: lower) }
        while upper > lower, scalars[scalars.index(before: upper)].properties.isWhitespace { upper = scalars.index(before: upper) }
        return String(scalars[lower..<upper])
    }
}

/// The characters of a passage's blocks (``Folding/charactersAndScalars(of:)``
/// of each, joined), and their scalars while every character is a scalar
/// that stands alone: then only the scalars are collected, and each
/// character is taken from a table rather than made anew.
struct CharacterRun {
    private(set) var scalars: [UInt32] = []
    /// The characters, once a block holds one that is not a scalar standing alone.
    private var mixed: [Character]?

    init(capacity: Int) {
        scalars.reserveCapacity(capacity)
    }

    /// Every character is a scalar that stands alone: ``scalars`` are the characters.
    var standAlone: Bool { mixed == nil }

    var count: Int { mixed?.count ?? scalars.count }

    var characters: [Character] {
        if let mixed { return mixed }
        let table = Self.table
        return [Character](unsafeUninitializedCapacity: scalars.count) { buffer, count in
            for (index, value) in scalars.enumerated() { (buffer.baseAddress! + index).initialize(to: table[Self.slot(value)]) }
            count = scalars.count
        }
    }

    mutating func append(_ text: String) {
        if mixed == nil {
            if let decoded = Self.scalarsStandingAlone(text) {
                scalars += decoded
                return
            }
            mixed = characters
        }
        for character in text { mixed!.append(character) }
    }

    /// The scalars of `text`, decoded from its UTF-8 (which a String always
    /// holds valid); nil when one does not stand alone.
    static func scalarsStandingAlone(_ text: String) -> [UInt32]? {
        var text = text
        return text.withUTF8 { bytes in
            var standAlone = true
            let scalars = [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var index = 0
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    var value: UInt32
                    if lead < 0x80 {
                        value = lead
                        index += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    }
                    guard Folding.standsAlone(value) else { standAlone = false; break }
                    buffer[count] = value
                    count += 1
                }
            }
            return standAlone ? scalars : nil
        }
    }

    /// Where a scalar that stands alone is in ``table``.
    @inline(__always)
    static func slot(_ value: UInt32) -> Int {
        value < 0x300 ? Int(value) : value < 0x2000 ? Int(value - 0x1E00) + 0x300 : Int(value - 0x2000) + 0x400
    }

    /// The character of each scalar that stands alone (U+0000–U+02FF,
    /// U+1E00–U+1EFF, U+2000–U+2027; the others in those ranges are never read).
    static let table: [Character] = {
        var table = [Character](repeating: " ", count: 0x428)
        for value in Array(0..<0x300) + Array(0x1E00...0x1EFF) + Array(0x2000...0x2027) {
            if let scalar = Unicode.Scalar(UInt32(value)) { table[slot(UInt32(value))] = Character(scalar) }
        }
        return table
    }()
}

/// What the rules ask of each character, worked out once per passage: its
/// byte when it is a one-byte ASCII character (0 otherwise) and its class
/// (the `Character` properties, each distinct character asked once).
struct CharacterClasses: Sendable {
    static let letter: UInt8 = 1
    static let number: UInt8 = 2
    /// Its first scalar is a non-spacing mark.
    static let mark: UInt8 = 4
    static let upper: UInt8 = 8
    /// An apostrophe or "&", which may join two parts of a word.
    static let joiner: UInt8 = 16
    /// "…", which may end a sentence.
    static let ellipsis: UInt8 = 32

    let ascii: [UInt8]
    let flags: [UInt8]

    init(_ characters: [Character]) {
        var ascii = [UInt8](repeating: 0, count: characters.count)
        var flags = [UInt8](repeating: 0, count: characters.count)
        // One-scalar characters, asked once each.
        var known: [UInt32: UInt8] = [:]
        for (index, character) in characters.enumerated() {
            if let value = character.asciiValue, character.utf8.count == 1 {
                ascii[index] = value
                flags[index] = Self.asciiFlags[Int(value)]
                continue
            }
            let scalars = character.unicodeScalars
            if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
                if let flag = known[first.value] {
                    flags[index] = flag
                } else {
                    let flag = Self.flags(of: character)
                    known[first.value] = flag
                    flags[index] = flag
                }
            } else {
                flags[index] = Self.flags(of: character)
            }
        }
        self.ascii = ascii
        self.flags = flags
    }

    /// Classes of characters that are each one scalar standing alone.
    init(scalars: [UInt32], characters: [Character]) {
        var ascii = [UInt8](repeating: 0, count: scalars.count)
        var flags = [UInt8](repeating: 0, count: scalars.count)
        let (asciiFlags, latinFlags) = (Self.asciiFlags, Self.latinFlags)
        let (extendedFlags, punctuationFlags) = (Self.extendedFlags, Self.punctuationFlags)
        ascii.withUnsafeMutableBufferPointer { ascii in
            flags.withUnsafeMutableBufferPointer { flags in
                for (index, value) in scalars.enumerated() {
                    if value < 0x80 {
                        ascii[index] = UInt8(value)
                        flags[index] = asciiFlags[Int(value)]
                    } else if value < 0x300 {
                        flags[index] = latinFlags[Int(value)]
                    } else if value >= 0x1E00 && value <= 0x1EFF {
                        flags[index] = extendedFlags[Int(value - 0x1E00)]
                    } else if value >= 0x2000 && value <= 0x206F {
                        flags[index] = punctuationFlags[Int(value - 0x2000)]
                    } else {
                        flags[index] = Self.flags(of: characters[index])
                    }
                }
            }
        }
        self.ascii = ascii
        self.flags = flags
    }

    static let latinFlags: [UInt8] = (0..<0x300).map { value in
        Unicode.Scalar(UInt32(value)).map { flags(of: Character($0)) } ?? 0
    }
    static let punctuationFlags: [UInt8] = (0x2000...0x206F).map { value in
        Unicode.Scalar(UInt32(value)).map { flags(of: Character($0)) } ?? 0
    }
    static let extendedFlags: [UInt8] = (0x1E00...0x1EFF).map { value in
        Unicode.Scalar(UInt32(value)).map { flags(of: Character($0)) } ?? 0
    }

    static func flags(of character: Character) -> UInt8 {
        var flag: UInt8 = 0
        if character.isLetter { flag |= letter }
        if character.isNumber { flag |= number }
        if character.isUppercase { flag |= upper }
        if character.unicodeScalars.first?.properties.generalCategory == .nonspacingMark { flag |= mark }
        if character == "’" || character == "'" || character == "&" { flag |= joiner }
        if character == "…" { flag |= ellipsis }
        return flag
    }

    static let asciiFlags: [UInt8] = (0..<128).map { flags(of: Character(Unicode.Scalar(UInt8($0)))) }
}

/// `lower..<upper`, empty when upper is below lower.
func clampedRange(_ lower: Int, _ upper: Int) -> Range<Int> {
    lower..<max(lower, upper)
}
