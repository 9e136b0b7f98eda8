import Foundation
import PactoModel

/// A second look, sentence by sentence, at passages the paragraph
/// alignment left without counterpart: a translator who joins two
/// paragraphs (or splits one, or runs a caption into the text) has left
/// nothing out. When every sentence of such a passage finds its
/// counterpart inside the neighbouring aligned paragraphs, the passage
/// joins that group.
struct AlignmentRepair: Sendable {
    let segmenter: Segmenter

    func repaired(_ groups: [Aligner.Group], source: [Segment], target: [Segment]) -> [Aligner.Group] {
        var groups = groups
        // The length ratio of the passages aligned one to one.
        var left = 0.0
        var right = 0.0
        for group in groups where group.original.count == 1 && group.translation.count == 1 {
            left += Double(source[group.original[0]].length)
            right += Double(target[group.translation[0]].length)
        }
        let ratio = left > 0 ? min(2.2, max(0.7, right / left)) : 1.2
        var index = 0
        while index < groups.count {
            let group = groups[index]
            let lonely = group.original.isEmpty != group.translation.isEmpty
            guard lonely else {
                index += 1
                continue
            }
            var merged = false
            for neighbour in [index - 1, index + 1] where groups.indices.contains(neighbour) {
                let other = groups[neighbour]
                guard !other.original.isEmpty, !other.translation.isEmpty else { continue }
                let combined = Aligner.Group(
                    original: (other.original + group.original).sorted(),
                    translation: (other.translation + group.translation).sorted(),
                    cost: other.cost, similarity: other.similarity)
                if absorbs(combined, lonely: group, source: source, target: target, ratio: ratio) {
                    groups[neighbour] = combined
                    groups.remove(at: index)
                    merged = true
                    break
                }
            }
            if !merged { index += 1 }
        }
        return groups
    }

    /// Whether every sentence of the lonely passage has a counterpart when
    /// the combined passages are aligned sentence by sentence.
    func absorbs(
        _ combined: Aligner.Group, lonely: Aligner.Group, source: [Segment], target: [Segment], ratio: Double
    ) -> Bool {
        var left: [Segment] = []
        var leftLonely: Set<Int> = []
        for segmentIndex in combined.original {
            for sentence in segmenter.sentences(of: source[segmentIndex], language: .vietnamese) {
                if lonely.original.contains(segmentIndex) { leftLonely.insert(left.count) }
                left.append(renumbered(sentence, left.count))
            }
        }
        var right: [Segment] = []
        var rightLonely: Set<Int> = []
        for segmentIndex in combined.translation {
            for sentence in segmenter.sentences(of: target[segmentIndex], language: .spanish) {
                if lonely.translation.contains(segmentIndex) { rightLonely.insert(right.count) }
                right.append(renumbered(sentence, right.count))
            }
        }
        guard !left.isEmpty, !right.isEmpty else { return false }
        var aligner = Aligner()
        aligner.skipCost = 2.8
        // With the lonely passage the lengths must fit better than without:
        // the neighbour lacks about that much (what was joined or split off).
        let sourceLength = Double(combined.original.filter { !lonely.original.contains($0) }.reduce(0) { $0 + source[$1].length })
        let targetLength = Double(combined.translation.filter { !lonely.translation.contains($0) }.reduce(0) { $0 + target[$1].length })
        let lonelyLength = Double(lonely.original.reduce(0) { $0 + source[$1].length } + lonely.translation.reduce(0) { $0 + target[$1].length })
        func fit(_ sourceLength: Double, _ targetLength: Double) -> Double {
            abs(log((targetLength + 25) / (ratio * sourceLength + 25)))
        }
        let without = fit(sourceLength, targetLength)
        let with = lonely.original.isEmpty ? fit(sourceLength, targetLength + lonelyLength) : fit(sourceLength + lonelyLength, targetLength)
        let lengthFits = with < 0.35 && with < without - 0.1
        let pairs = aligner.align(left, right)
        let lonelyPairs = pairs.filter {
            $0.original.contains(where: leftLonely.contains) || $0.translation.contains(where: rightLonely.contains)
        }
        // Every sentence of the lonely passage has a counterpart.
        guard lonelyPairs.allSatisfy({ !$0.original.isEmpty && !$0.translation.isEmpty }) else { return false }
        if lengthFits {
            // Each pairs with one sentence, or shares facts with what it joins.
            return lonelyPairs.allSatisfy { ($0.original.count == 1 && $0.translation.count == 1) || $0.similarity >= 0.3 }
        }
        // A short passage (a caption run into the text): nothing else may be
        // left over, and it must share facts with its counterpart.
        let everythingPaired = pairs.allSatisfy { !$0.original.isEmpty && !$0.translation.isEmpty }
        return everythingPaired && lonelyPairs.allSatisfy {
            $0.original.count == 1 && $0.translation.count == 1 && $0.similarity >= 0.3
        }
    }

    func renumbered(_ sentence: Segment, _ index: Int) -> Segment {
        var copy = sentence
        copy.index = index
        return copy
    }
}
