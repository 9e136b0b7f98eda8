/// The anchors of a pattern, derived from its regular expression: literals
/// that every match holds, with how far a match may run before and after
/// them, so that ``Passage`` runs the pattern only around their occurrences.
///
/// Each top-level alternative gives the literal of its own that costs
/// least to search around (a long, rare literal, close to the match's
/// ends), or a set of literals when the alternative holds a group of
/// them; a run of digits is an anchor too. Where white space and a known
/// word follow a literal (or come before it), the anchor says so, which
/// makes it rarer. An alternative without a literal leaves the whole
/// pattern unanchored, as does syntax outside ``RegexSyntax``.
///
/// One assumption: an unbounded repetition (`\s+`, `[a-z]+`, `(…)*`) is
/// taken to be short (``RegexPieces/maxLength(_:)``): white space at most
/// ``spaceRunLength`` characters (Reading collapses runs of spaces, and
/// blocks are joined by one blank line), a word or number at most
/// ``runLength``, a phrase at most ``phraseRepetitions`` times. A match
/// that runs longer is not found. A repeated character that may be white
/// space (`.*`) may run over the whole text: no window holds it.
struct PatternAnchors: Equatable {
    var anchors: [Pattern.Anchor]
    /// Every match holds digits: the anchor of their runs.
    var digitRun: Pattern.Anchor?

    /// How long an unbounded repetition is taken to be: of white space, of
    /// another character, of a longer item (in repetitions).
    static let spaceRunLength = 4
    static let runLength = 30
    static let phraseRepetitions = 4

    /// The anchors of `pattern`; nil when it is to be run over the whole text.
    init?(_ pattern: String) {
        guard let node = RegexSyntax.parse(pattern), Self.looksFit(node),
              let cover = Self.cover(node, follow: nil, precede: nil),
              AnchorCost.of(cover) < AnchorCost.wholeScan
        else { return nil }
        var anchors: [Candidate] = []
        var digitRun: Candidate?
        for candidate in cover {
            if candidate.text.isEmpty {
                digitRun = digitRun.map { $0.merged(with: candidate) } ?? candidate
            } else if let same = anchors.firstIndex(where: { $0.text == candidate.text }) {
                anchors[same] = anchors[same].merged(with: candidate)
            } else {
                anchors.append(candidate)
            }
        }
        self.anchors = anchors.map(\.anchor)
        self.digitRun = digitRun?.anchor
    }

    /// A literal every match holds (empty: a run of digits), and what the
    /// match may hold around it.
    struct Candidate {
        var text: [UInt16]
        var before: Int
        var after: Int
        /// After the literal and any white space, one of these (any when empty).
        var followers: [[UInt16]] = []
        /// Before the literal, one of these and then white space (any when empty).
        var predecessors: [[UInt16]] = []

        func merged(with other: Candidate) -> Candidate {
            func either(_ lhs: [[UInt16]], _ rhs: [[UInt16]]) -> [[UInt16]] {
                lhs.isEmpty || rhs.isEmpty ? [] : lhs + rhs.filter { !lhs.contains($0) }
            }
            return Candidate(text: text, before: max(before, other.before), after: max(after, other.after),
                             followers: either(followers, other.followers),
                             predecessors: either(predecessors, other.predecessors))
        }

        /// The anchor, without words that say no more than others: a
        /// follower that starts with another, a predecessor that ends with
        /// another or with a digit when "0" (any digit) is one.
        var anchor: Pattern.Anchor {
            var anchor = Pattern.Anchor("", before: before, after: after, spaced: false)
            anchor.text = text
            anchor.followers = followers.filter { word in
                !followers.contains { $0 != word && word.starts(with: $0) }
            }
            let anyDigit: [UInt16] = [48]
            anchor.predecessors = predecessors.filter { word in
                !predecessors.contains { $0 != word && word.reversed().starts(with: $0.reversed()) }
                    && !(word != anyDigit && predecessors.contains(anyDigit) && RegexPieces.digits.contains(word[word.count - 1]))
            }
            return anchor
        }
    }
}

// MARK: - Covers

extension PatternAnchors {
    /// Candidates one of which every match of `node` holds, nil when there
    /// are none. `follow`: words one of which comes after the node (past
    /// white space); `precede`: words one of which comes before it, then
    /// white space.
    static func cover(_ node: RegexNode, follow: [[UInt16]]?, precede: [[UInt16]]?) -> [Candidate]? {
        switch node {
        case .text, .sequence:
            return cover(of: RegexPieces.pieces(of: node), follow: follow, precede: precede)
        case .characters(.units(let set)) where set.isSubset(of: RegexPieces.digits):
            return [digitCandidate(follow: follow)]
        case .repeated(.characters(.units(let set)), let min, _) where min >= 1 && set.isSubset(of: RegexPieces.digits):
            return [digitCandidate(follow: follow)]
        case .alternation(let branches):
            var all: [Candidate] = []
            for branch in branches {
                guard let found = cover(branch, follow: follow, precede: precede) else { return nil }
                all += found
            }
            return all
        case .repeated(let item, let min, let max) where min >= 1:
            // The first repetition holds a literal; the others follow it.
            let more = RegexPieces.maxLength(node) - RegexPieces.maxLength(item)
            return cover(item, follow: max == 1 ? follow : nil, precede: precede)?.map { candidate in
                var candidate = candidate
                candidate.after += more
                return candidate
            }
        default:
            return nil
        }
    }

    /// A run of digits: it holds the item's digits (and may hold more
    /// around them), so the window counts from the run's ends. The words
    /// that follow count only when none begins with a digit: then the item
    /// ends where the run ends.
    static func digitCandidate(follow: [[UInt16]]?) -> Candidate {
        let followers = follow.flatMap { words in
            words.contains { RegexPieces.digits.contains($0[0]) } ? nil : words
        }
        return Candidate(text: [], before: 0, after: 0, followers: followers ?? [])
    }

    /// The cheapest cover of one of the pieces, widened by what the others may match.
    static func cover(of pieces: [RegexNode], follow: [[UInt16]]?, precede: [[UInt16]]?) -> [Candidate]? {
        let lengths = pieces.map(RegexPieces.maxLength)
        var best: (cover: [Candidate], cost: Double)?
        var before = 0
        let total = lengths.reduce(0, +)
        for (index, piece) in pieces.enumerated() {
            defer { before += lengths[index] }
            // A piece that may match nothing holds no literal.
            guard RegexPieces.minLength(piece) > 0 else { continue }
            let after = total - before - lengths[index]
            let next = RegexPieces.starts(of: pieces[(index + 1)...], then: follow)
            let found: [Candidate]?
            if case .text(let text) = piece {
                let lead = text.prefix(while: isSpaceUnit).count
                let trail = text.reversed().prefix(while: isSpaceUnit).count
                guard lead < text.count else { continue }
                let previous = RegexPieces.ends(of: pieces[..<index], spaced: lead > 0, then: precede)
                found = [Candidate(text: Array(text[lead..<(text.count - trail)]), before: lead, after: trail,
                                   followers: next ?? [], predecessors: previous ?? [])]
            } else {
                let previous = RegexPieces.ends(of: pieces[..<index], spaced: false, then: precede)
                found = cover(piece, follow: next, precede: previous)
            }
            guard let found else { continue }
            let widened = found.map { candidate in
                var candidate = candidate
                candidate.before += before
                candidate.after += after
                return candidate
            }
            let cost = AnchorCost.of(widened)
            if best.map({ cost < $0.cost }) ?? true { best = (widened, cost) }
        }
        return best?.cover
    }

    /// Every look-behind and look-ahead sees fewer than ``Pattern/context``
    /// − 1 characters: a window searched with ``Pattern/context`` characters
    /// around it shows them what the whole text shows (and a "$" they hold
    /// never meets the copy's end, or a line break just before it).
    static func looksFit(_ node: RegexNode) -> Bool {
        switch node {
        case .look(let body, _, _): return RegexPieces.maxLength(body) < Pattern.context - 1 && looksFit(body)
        case .sequence(let nodes), .alternation(let nodes): return nodes.allSatisfy(looksFit)
        case .repeated(let item, _, _): return looksFit(item)
        case .text, .characters, .assertion, .textEnd: return true
        }
    }
}
