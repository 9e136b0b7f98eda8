import Foundation

/// The matches of a pattern in a passage (``Passage/matches(_:in:)``),
/// searched window by window as they are asked for.
struct MatchSequence: Sequence {
    let passage: Passage
    let pattern: Pattern
    let range: Range<Int>?
    /// Windows given by the caller (``Passage/matchSequence(_:windows:)``).
    var windows: ArraySlice<Range<Int>>?

    init(passage: Passage, pattern: Pattern, range: Range<Int>?) {
        self.passage = passage
        self.pattern = pattern
        self.range = range
    }

    init(passage: Passage, pattern: Pattern, windows: ArraySlice<Range<Int>>) {
        self.init(passage: passage, pattern: pattern, range: nil)
        self.windows = windows
    }

    func makeIterator() -> Iterator {
        Iterator(passage: passage, pattern: pattern, range: range, windows: windows)
    }

    struct Iterator: IteratorProtocol {
        let passage: Passage
        let pattern: Pattern
        /// The stretches to search: windows around the anchors (searched
        /// with transparent bounds), or the one range asked for.
        private let windows: ArraySlice<Range<Int>>
        private let transparent: Bool
        /// The windows stop before the pattern's last one: matches after
        /// them are not looked for.
        private let isPartial: Bool
        private var nextWindow: Int
        private var found: [[Range<Int>?]] = []
        private var nextFound = 0
        /// Debug builds (the tests): what a scan of the whole folded text
        /// finds, which every match given out is checked against — wrong
        /// anchors or too short a reach trap here.
        private var expected: [[Range<Int>?]]?
        private var given = 0

        init(passage: Passage, pattern: Pattern, range: Range<Int>?, windows given: ArraySlice<Range<Int>>? = nil) {
            self.passage = passage
            self.pattern = pattern
            let search = range.map { $0.clamped(to: 0..<passage.count) } ?? 0..<passage.count
            var isPartial = false
            if !passage.isAligned || search.isEmpty {
                windows = []
                transparent = false
            } else if pattern.isAnchored && search == 0..<passage.count {
                if let given {
                    windows = given
                    assert({
                        let all = passage.windows(of: pattern, in: search)
                        isPartial = given.count < all.count
                        return all.starts(with: given)
                    }(), "windows that are not the pattern's own")
                } else {
                    windows = passage.windows(of: pattern, in: search)[...]
                }
                transparent = true
            } else {
                precondition(given == nil, "windows given for a pattern that is searched without them")
                windows = [search]
                transparent = false
            }
            self.isPartial = isPartial
            nextWindow = windows.startIndex
            var expected: [[Range<Int>?]]?
            assert({ expected = passage.matchesScanningAll(pattern, in: search); return true }())
            self.expected = expected
        }

        mutating func next() -> [Range<Int>?]? {
            while nextFound == found.count {
                guard nextWindow < windows.endIndex else {
                    assert(expected.map { expected in
                        isPartial ? expected.count == given || windows.last.map { last in
                            expected[given][0].map { $0.lowerBound >= last.upperBound } ?? false
                        } ?? true
                            : expected.count == given
                    } ?? true, mismatch)
                    return nil
                }
                found = passage.search(pattern, in: windows[nextWindow], transparent: transparent)
                nextFound = 0
                nextWindow += 1
            }
            let match = found[nextFound]
            nextFound += 1
            assert(expected.map { given < $0.count && $0[given] == match } ?? true, mismatch)
            given += 1
            return match
        }

        private var mismatch: String {
            "pattern \(pattern.regex.pattern.prefix(60)) finds other matches than a whole scan: check its anchors and reach"
        }
    }
}

/// A compiled regular expression over folded text.
///
/// Its anchors make it fast: folded literals that every match holds, each
/// with how far a match may run before and after it, so that the pattern
/// is run only around their occurrences. ``PatternAnchors`` derives them
/// from the regular expression; a pattern whose matches hold no literal
/// it can find is run over the whole text. Debug builds check every
/// anchored search against a scan of the whole text.
struct Pattern: @unchecked Sendable {
    let regex: NSRegularExpression
    private(set) var anchors: [Anchor]
    /// Every match holds a run of digits (an anchor too): how far from it
    /// the match may run, and what must follow it. Nil when some match holds none.
    private(set) var digitRun: Anchor?

    /// A folded literal, anywhere or as a whole word, and how far a match
    /// holding it may run before its start and after its end.
    struct Anchor: Sendable, Equatable {
        var text: [UInt16]
        var isWord: Bool
        var before: Int
        var after: Int
        /// When not empty, the anchor counts only where white space and one
        /// of these follow it (every match has them after the anchor); the
        /// white space may be missing when not `spaced`.
        var followers: [[UInt16]]
        var spaced: Bool
        /// When not empty, the anchor counts only where one of these (digits
        /// for "0") and then white space come right before it.
        var predecessors: [[UInt16]] = []

        init(_ text: String, word: Bool = false, before: Int, after: Int, followedBy followers: [String] = [],
             spaced: Bool = true) {
            self.text = Array(text.utf16)
            isWord = word
            self.before = before
            self.after = after
            self.followers = followers.map { Array($0.utf16) }
            self.spaced = spaced
        }

        /// Runs of digits, as an anchor.
        static func digits(before: Int, after: Int, followedBy followers: [String] = [], spaced: Bool = true) -> Anchor {
            Anchor("", before: before, after: after, followedBy: followers, spaced: spaced)
        }
    }

    static func === (lhs: Pattern, rhs: Pattern) -> Bool { lhs.regex === rhs.regex }

    /// A pattern with the anchors ``PatternAnchors`` derives from it.
    init(_ pattern: String) {
        self.init(compiling: pattern)
        if let derived = PatternAnchors(pattern) {
            anchors = derived.anchors
            digitRun = derived.digitRun
        }
    }

    /// A pattern with anchors given as data, for patterns that must share
    /// their windows (``MemberCountRule``) or whose anchors say more than
    /// the regular expression shows.
    init(_ pattern: String, anchors: [Anchor], digits: Anchor? = nil) {
        self.init(compiling: pattern)
        self.anchors = anchors.filter { !$0.text.isEmpty }
        digitRun = digits
    }

    private init(compiling pattern: String) {
        // The patterns are constants of this module: a bad one is a programmer error.
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [])
        } catch {
            preconditionFailure("bad pattern \(pattern): \(error)")
        }
        anchors = []
        digitRun = nil
    }

    /// How far look-behind and look-ahead of an anchored pattern may look
    /// outside its match: a window is searched with this much text around it.
    static let context = 64

    /// Run only around anchors.
    var isAnchored: Bool { digitRun != nil || !anchors.isEmpty }
}
