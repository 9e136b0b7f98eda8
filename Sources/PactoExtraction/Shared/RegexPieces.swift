/// What can be known of the text a part of a parsed pattern (``RegexNode``)
/// matches, for ``PatternAnchors``: its length, and the words it starts
/// or ends with. A sequence is read as its pieces: its items, texts
/// joined (``RegexSyntax`` joins the literals that follow each other).
enum RegexPieces {
    /// The items of a sequence, or the node alone.
    static func pieces(of node: RegexNode) -> [RegexNode] {
        if case .sequence(let items) = node { return items }
        return [node]
    }

    static let digits = Set((48...57).map { UInt16($0) })
    /// Word lists longer than this say too little to be worth checking.
    static let maxWords = 32
    /// Lengths are counted up to this (no window is this wide).
    static let maxCounted = 1_000_000
}

// MARK: - Lengths

extension RegexPieces {
    /// The most characters a match of `node` may take. An unbounded
    /// repetition of white space counts as ``PatternAnchors/spaceRunLength``
    /// characters, one of a character that is never white space (a word, a
    /// number) as ``PatternAnchors/runLength``, one of a phrase as
    /// ``PatternAnchors/phraseRepetitions`` of it; one of a character that
    /// may be white space (`.*`, `[^:]+`) may run over the whole text.
    static func maxLength(_ node: RegexNode) -> Int {
        switch node {
        case .text(let text): return text.count
        case .characters: return 1
        case .assertion, .textEnd, .look: return 0
        case .sequence(let items): return min(maxCounted, items.reduce(0) { $0 + maxLength($1) })
        case .alternation(let branches): return branches.map(maxLength).max() ?? 0
        case .repeated(let item, _, let max?):
            return min(maxCounted, min(max, maxCounted) * maxLength(item))
        case .repeated(let item, _, nil):
            switch item {
            case _ where isSpace(item): return PatternAnchors.spaceRunLength
            case .text(let text) where text.count == 1: return PatternAnchors.runLength
            case .characters(.units), .characters(.word): return PatternAnchors.runLength
            case .characters: return maxCounted
            default: return min(maxCounted, PatternAnchors.phraseRepetitions * maxLength(item))
            }
        }
    }

    /// The fewest characters a match of `node` takes.
    static func minLength(_ node: RegexNode) -> Int {
        switch node {
        case .text(let text): return text.count
        case .characters: return 1
        case .assertion, .textEnd, .look: return 0
        case .sequence(let items): return min(maxCounted, items.reduce(0) { $0 + minLength($1) })
        case .alternation(let branches): return branches.map(minLength).min() ?? 0
        case .repeated(let item, let min, _): return Swift.min(maxCounted, min * minLength(item))
        }
    }

    /// The node matches white space only (or nothing).
    static func isSpace(_ node: RegexNode) -> Bool {
        switch node {
        case .characters(.whitespace): true
        case .text(let text): text.allSatisfy(isSpaceUnit)
        case .repeated(let item, _, _): isSpace(item)
        default: false
        }
    }
}

// MARK: - Words at either end

extension RegexPieces {
    /// Words one of which the text starts with where `pieces` begin, once
    /// white space is skipped; `then`: those after the pieces. Nil when unknown.
    static func starts(of pieces: ArraySlice<RegexNode>, then rest: [[UInt16]]?) -> [[UInt16]]? {
        guard let first = pieces.first else { return rest }
        return starts(of: first, then: once { starts(of: pieces.dropFirst(), then: rest) })
    }

    static func starts(of node: RegexNode, then rest: @escaping () -> [[UInt16]]?) -> [[UInt16]]? {
        switch node {
        case .text(let text):
            let word = text.drop(while: isSpaceUnit)
            return word.isEmpty ? rest() : [Array(word)]
        case .sequence(let items):
            return starts(of: items[...], then: rest())
        case .characters(.units(let set)):
            return set.contains(where: isSpaceUnit) ? nil : limited(set.sorted().map { [$0] })
        case .characters(.whitespace), .assertion, .look(_, isAhead: true, isNegative: true), .look(_, isAhead: false, _):
            return rest()
        case .look(let body, isAhead: true, isNegative: false):
            // What is looked at comes next in the text.
            return starts(of: body) { nil } ?? rest()
        case .characters(.wide), .characters(.word), .textEnd:
            return nil
        case .alternation(let branches):
            return union(branches.map { starts(of: $0, then: rest) })
        case .repeated(let item, let min, _):
            if isSpace(item) { return rest() }
            let first = starts(of: item) { nil }
            return min >= 1 ? first : union([first, rest()])
        }
    }

    /// Words one of which ends the text where `pieces` end, once white
    /// space is skipped back (and some must be, unless `spaced` says some
    /// was); `then`: those before the pieces. Nil when unknown.
    static func ends(of pieces: ArraySlice<RegexNode>, spaced: Bool, then before: [[UInt16]]?) -> [[UInt16]]? {
        guard let last = pieces.last else { return before }
        let head = pieces.dropLast()
        switch last {
        case .text(let text):
            let word = Array(text.reversed().drop(while: isSpaceUnit).reversed())
            let isSpaced = spaced || word.count < text.count
            if word.isEmpty { return ends(of: head, spaced: isSpaced, then: before) }
            return isSpaced ? [word] : nil
        case let node where isSpace(node):
            return ends(of: head, spaced: spaced || minLength(node) > 0, then: before)
        case .look:
            return ends(of: head, spaced: spaced, then: before)
        case .assertion, .textEnd:
            // "^" has nothing before it.
            return nil
        default:
            guard spaced else { return nil }
            return wordEnds(of: last, then: once { ends(of: head, spaced: true, then: before) })
        }
    }

    /// Words one of which ends every match of `node` (no white space after
    /// them); `then`: those before the node, when it may be empty.
    static func wordEnds(of node: RegexNode, then before: @escaping () -> [[UInt16]]?) -> [[UInt16]]? {
        switch node {
        case .text(let text):
            return text.last.map(isSpaceUnit) ?? true ? nil : [text]
        case .sequence(let items):
            return wordEnds(of: items[...], then: before)
        case .characters(.units(let set)):
            return set.contains(where: isSpaceUnit) ? nil : limited(set.sorted().map { [$0] })
        case .alternation(let branches):
            return union(branches.map { wordEnds(of: $0, then: before) })
        case .repeated(let item, let min, _):
            let last = wordEnds(of: item) { nil }
            return min >= 1 ? last : union([last, before()])
        case .characters, .assertion, .textEnd, .look:
            return nil
        }
    }

    static func wordEnds(of pieces: ArraySlice<RegexNode>, then before: @escaping () -> [[UInt16]]?) -> [[UInt16]]? {
        guard let last = pieces.last else { return before() }
        return wordEnds(of: last, then: once { wordEnds(of: pieces.dropLast(), then: before) })
    }

    /// `words`, worked out the first time they are asked for: alternatives
    /// ask again for what follows them (or comes before them), which would
    /// otherwise be worked out again for each, at each level of nesting.
    static func once(_ words: @escaping () -> [[UInt16]]?) -> () -> [[UInt16]]? {
        var found: [[UInt16]]??
        return {
            if let found { return found }
            let value = words()
            found = value
            return value
        }
    }

    /// All the lists' words, or nil when one is unknown or there are too many.
    static func union(_ lists: [[[UInt16]]?]) -> [[UInt16]]? {
        var words: [[UInt16]] = []
        for list in lists {
            guard let list else { return nil }
            for word in list where !words.contains(word) { words.append(word) }
        }
        return limited(words)
    }

    static func limited(_ words: [[UInt16]]) -> [[UInt16]]? {
        words.count <= maxWords && !words.contains(where: \.isEmpty) ? words : nil
    }
}
