import Foundation

/// Pairs the segments of an original with those of its translation, in
/// order, by length (a translation is about as long as its original, times
/// a ratio measured on the two texts) and by anchors they share (numbers,
/// dates, places, names, glossary terms). Dynamic programming over the moves
/// 1–1, 1–0 (omitted), 0–1 (added), 2–1 and 1–2 (merged or split), in the
/// manner of Gale and Church.
///
/// Complexity: O(*m* × *n*) for *m* original and *n* translation segments.
struct Aligner: Sendable {
    /// One step of the alignment: positions of original segments and of the
    /// translation segments they correspond to; one side empty for an
    /// omission or addition.
    struct Group: Sendable, Hashable {
        var original: [Int]
        var translation: [Int]
        var cost: Double
        /// Shared anchors over all anchors, 0...1.
        var similarity: Double
    }

    /// Cost of leaving a segment without counterpart.
    var skipCost = 2.4
    /// Extra cost of a merge or split.
    var mergePenalty = 0.9

    func align(_ original: [Segment], _ translation: [Segment]) -> [Group] {
        let originalLength = Double(original.reduce(0) { $0 + $1.length })
        let translationLength = Double(translation.reduce(0) { $0 + $1.length })
        let global = min(2.2, max(0.7, translationLength / max(1, originalLength)))
        // An omitted or added paragraph skews the texts' ratio: measure it
        // again on the paragraphs the first pass pairs one to one (weighted
        // by length, so that long paragraphs count most).
        let first = align(original, translation, ratio: global)
        var left = 0.0
        var right = 0.0
        for group in first where group.original.count == 1 && group.translation.count == 1 {
            let a = Double(original[group.original[0]].length)
            let b = Double(translation[group.translation[0]].length)
            if a >= 25 && b >= 25 {
                left += a
                right += b
            }
        }
        guard left > 0 else { return first }
        let measured = min(2.2, max(0.7, right / left))
        return abs(measured - global) < 0.05 ? first : align(original, translation, ratio: measured)
    }

    func align(_ original: [Segment], _ translation: [Segment], ratio: Double) -> [Group] {
        let m = original.count
        let n = translation.count
        if m == 0 || n == 0 {
            return original.indices.map { Group(original: [$0], translation: [], cost: skipCost, similarity: 0) }
                + translation.indices.map { Group(original: [], translation: [$0], cost: skipCost, similarity: 0) }
        }
        let weights = ConceptWeights(original + translation)

        var best = Array(repeating: Array(repeating: Double.infinity, count: n + 1), count: m + 1)
        var move = Array(repeating: Array(repeating: (0, 0), count: n + 1), count: m + 1)
        best[0][0] = 0
        let moves = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)]
        for i in 0...m {
            for j in 0...n where best[i][j] < .infinity {
                for (di, dj) in moves where i + di <= m && j + dj <= n {
                    let cost: Double
                    if di == 0 || dj == 0 {
                        let segment = di == 0 ? translation[j] : original[i]
                        cost = skip(segment)
                    } else {
                        let left = Array(original[i..<(i + di)])
                        let right = Array(translation[j..<(j + dj)])
                        cost = match(left, right, ratio: ratio, weights: weights).cost
                            + (di + dj > 2 ? mergePenalty + splitPenalty(left, right, ratio: ratio, weights: weights) : 0)
                    }
                    if best[i][j] + cost < best[i + di][j + dj] {
                        best[i + di][j + dj] = best[i][j] + cost
                        move[i + di][j + dj] = (di, dj)
                    }
                }
            }
        }
        var groups: [Group] = []
        var i = m
        var j = n
        while i > 0 || j > 0 {
            let (di, dj) = move[i][j]
            guard di + dj > 0 else { break }
            let left = Array(original[(i - di)..<i])
            let right = Array(translation[(j - dj)..<j])
            let scored = di > 0 && dj > 0 ? match(left, right, ratio: ratio, weights: weights) : (cost: skipCost, similarity: 0)
            groups.append(Group(original: Array((i - di)..<i), translation: Array((j - dj)..<j), cost: scored.cost, similarity: scored.similarity))
            i -= di
            j -= dj
        }
        return groups.reversed()
    }

    /// Skipping costs a little more for long segments: a whole paragraph
    /// rarely disappears in a faithful translation.
    func skip(_ segment: Segment) -> Double {
        skipCost + min(0.8, Double(segment.wordCount) / 60)
    }

    func match(_ left: [Segment], _ right: [Segment], ratio: Double, weights: ConceptWeights) -> (cost: Double, similarity: Double) {
        let leftLength = Double(left.reduce(0) { $0 + $1.length })
        let rightLength = Double(right.reduce(0) { $0 + $1.length })
        let lengthCost = abs(log((rightLength + 25) / (ratio * leftLength + 25))) * 2.5
        let leftAnchors = left.reduce(Anchors()) { $0 + $1.anchors }
        let rightAnchors = right.reduce(Anchors()) { $0 + $1.anchors }
        guard let similarity = weights.similarity(leftAnchors, rightAnchors) else {
            return (lengthCost + 1.2, 0)
        }
        // Facts that mostly disagree: not a translation of each other.
        var sharedFacts = 0
        var unionFacts = 0
        for kind in Anchor.factual {
            let a = leftAnchors.keys(kind)
            let b = rightAnchors.keys(kind)
            sharedFacts += a.intersection(b).count
            unionFacts += a.union(b).count
        }
        let disagreement = unionFacts >= 3 && Double(sharedFacts) < 0.3 * Double(unionFacts) ? 1.5 : 0
        return (lengthCost + 3.0 * (1 - similarity) + disagreement, similarity)
    }

    /// A merge or split where one piece shares nothing with the other side
    /// hides an omission or addition: make it dear.
    func splitPenalty(_ left: [Segment], _ right: [Segment], ratio: Double, weights: ConceptWeights) -> Double {
        let pieces = left.count > 1 ? left : right
        let others = left.count > 1 ? right : left
        let other = others.reduce(Anchors()) { $0 + $1.anchors }
        var penalty = 0.0
        // One piece alone fits the other side's length and shares more with
        // it than the rest: the rest is an omission or an addition.
        let otherLength = Double(others.reduce(0) { $0 + $1.length })
        let similarities = pieces.map { weights.similarity($0.anchors, other) ?? 0 }
        for (index, piece) in pieces.enumerated() {
            let expected = left.count > 1 ? Double(piece.length) * ratio : Double(piece.length) / ratio
            let fit = abs(log((otherLength + 25) / (expected + 25)))
            let rest = similarities.enumerated().filter { $0.offset != index }.map(\.element).max() ?? 0
            if fit < 0.3, rest < 0.7 * similarities[index] { penalty += 2.0 }
        }
        for piece in pieces {
            let similarity = weights.similarity(piece.anchors, other) ?? 0
            if similarity < 0.05 { penalty += 2.0 }
            // Most of the piece's facts missing on the other side.
            let facts = piece.anchors.list.filter { Anchor.factual.contains($0.kind) }
            if facts.count >= 2 {
                let found = facts.filter { other.keys($0.kind).contains($0.key) }.count
                if found * 2 < facts.count { penalty += 2.0 }
            }
            // A date or a name of the piece that the other side lacks.
            for kind in [Anchor.Kind.date, .month, .name] {
                let keys = piece.anchors.keys(kind)
                if !keys.isEmpty, keys.isDisjoint(with: other.keys(kind)) { penalty += 2.5 }
            }
        }
        return penalty
    }
}

/// Weights of anchors for similarity: facts weigh 1, a glossary term
/// weighs less the more segments use it ("thi đua" is everywhere).
struct ConceptWeights: Sendable {
    var weights: [String: Double]

    init(_ segments: [Segment]) {
        var frequency: [String: Int] = [:]
        for segment in segments {
            for key in segment.anchors.keys(.concept) { frequency[key, default: 0] += 1 }
        }
        let total = Double(max(2, segments.count))
        weights = frequency.mapValues { count in max(0.05, log(1 + total / Double(count)) / log(1 + total)) * 0.8 }
    }

    /// Weighted Jaccard similarity of two anchor sets; nil when both are empty.
    func similarity(_ left: Anchors, _ right: Anchors) -> Double? {
        var shared = 0.0
        var union = 0.0
        for kind in Anchor.Kind.allCases {
            let a = left.keys(kind)
            let b = right.keys(kind)
            for key in a.union(b) {
                let weight = kind == .concept ? (weights[key] ?? 0.3) : (kind == .time ? 0.5 : 1.0)
                union += weight
                if a.contains(key) && b.contains(key) { shared += weight }
            }
        }
        guard union > 0 else { return nil }
        return shared / union
    }
}
