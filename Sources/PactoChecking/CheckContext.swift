import Foundation
import PactoExtraction
import PactoModel

/// Everything the comparisons look at: both articles cut into segments,
/// their anchors, the alignment between them, and the facts extracted from
/// the Vietnamese side.
struct CheckContext: Sendable {
    /// The Vietnamese text (the source of the facts).
    let source: Article
    /// The Spanish text.
    let target: Article
    let sourceSegments: [Segment]
    let targetSegments: [Segment]
    let groups: [Aligner.Group]
    /// The facts of the Vietnamese text.
    let document: Extraction
    /// The facts the Spanish rule set finds in the translation (for naming
    /// the fact a changed value is the evidence of; the comparison itself
    /// works from ``document``).
    let targetDocument: Extraction
    let finder: AnchorFinder
    let glossary: Glossary
    let gazetteer: Gazetteer

    /// For each source segment, the target segments aligned with it (empty when omitted).
    let counterparts: [Int: [Int]]
    /// For each source segment, the group it belongs to.
    let groupOfSource: [Int: Int]
    let groupOfTarget: [Int: Int]
    /// For each source paragraph aligned one to one, its sentences and the
    /// target sentences aligned with each.
    let sentencePairs: [Int: [(source: Segment, target: [Segment], similarity: Double)]]

    init(
        source: Article, target: Article, sourceSegments: [Segment], targetSegments: [Segment],
        groups: [Aligner.Group], document: Extraction, targetDocument: Extraction, finder: AnchorFinder, glossary: Glossary,
        gazetteer: Gazetteer, segmenter: Segmenter
    ) {
        self.source = source
        self.target = target
        self.sourceSegments = sourceSegments
        self.targetSegments = targetSegments
        self.groups = groups
        self.document = document
        self.targetDocument = targetDocument
        self.finder = finder
        self.glossary = glossary
        self.gazetteer = gazetteer
        var counterparts: [Int: [Int]] = [:]
        var groupOfSource: [Int: Int] = [:]
        var groupOfTarget: [Int: Int] = [:]
        for (number, group) in groups.enumerated() {
            for index in group.original {
                counterparts[index] = group.translation
                groupOfSource[index] = number
            }
            for index in group.translation { groupOfTarget[index] = number }
        }
        self.counterparts = counterparts
        self.groupOfSource = groupOfSource
        self.groupOfTarget = groupOfTarget
        var sentencePairs: [Int: [(source: Segment, target: [Segment], similarity: Double)]] = [:]
        for group in groups where group.original.count == 1 && group.translation.count == 1 {
            let left = segmenter.sentences(of: sourceSegments[group.original[0]], language: .vietnamese)
            let right = segmenter.sentences(of: targetSegments[group.translation[0]], language: .spanish)
            guard left.count > 1 || right.count > 1 else { continue }
            var aligner = Aligner()
            aligner.skipCost = 2.8
            sentencePairs[group.original[0]] = aligner.align(left, right).flatMap { pair in
                pair.original.map { (source: left[$0], target: pair.translation.map { right[$0] }, similarity: pair.similarity) }
            }
        }
        self.sentencePairs = sentencePairs
    }

    /// The sentence of a source segment holding an offset (relative to the
    /// segment) and the target sentences aligned with it; nil when the
    /// segment was not aligned sentence by sentence.
    func sentenceScope(of segment: Segment, at offset: Int) -> (source: Segment, target: [Segment])? {
        guard let pairs = sentencePairs[segment.index] else { return nil }
        var start = 0
        for pair in pairs {
            // Sentences follow each other in the segment; find by text position.
            let text = Array(segment.text)
            let sentence = Array(pair.source.text)
            var found = start
            while found + sentence.count <= text.count, Array(text[found..<(found + sentence.count)]) != sentence { found += 1 }
            let range = found..<(found + sentence.count)
            start = range.upperBound
            if range.contains(offset) || (offset >= range.upperBound && pair.source.index == pairs.count - 1) {
                guard !pair.target.isEmpty, pair.similarity >= 0.2 else { return nil }
                return (pair.source, pair.target)
            }
        }
        return nil
    }

    // MARK: Locating

    /// The source segment holding a body offset of the Vietnamese article.
    func sourceSegment(atBodyOffset offset: Int) -> Segment? {
        sourceSegments.first { $0.bodyRange?.contains(offset) ?? false }
    }

    /// The first source segment whose folded text contains the folded needle.
    func sourceSegment(containing needle: String) -> Segment? {
        let key = Folding.key(needle)
        guard !key.isEmpty else { return nil }
        return sourceSegments.first { Folding.key($0.text).contains(key) }
    }

    /// The source segment a field's evidence points to.
    func sourceSegment(for evidence: Evidence?) -> Segment? {
        guard let evidence else { return nil }
        return sourceSegment(atBodyOffset: evidence.start) ?? sourceSegment(containing: evidence.text)
    }

    /// Where to look in the translation for what a source segment says:
    /// the aligned segments; nil when the segment was omitted or unknown.
    func scope(of segment: Segment?) -> [Segment]? {
        guard let segment, let indexes = counterparts[segment.index], !indexes.isEmpty else { return nil }
        return indexes.map { targetSegments[$0] }
    }

    /// Source segments of the same group and its neighbours: values found
    /// there are not new when they show up in the translation.
    func sourceNeighbourhood(of group: Int) -> [Segment] {
        let range = max(0, group - 1)...min(groups.count - 1, group + 1)
        return range.flatMap { groups[$0].original.map { sourceSegments[$0] } }
    }

    func targetNeighbourhood(of group: Int) -> [Segment] {
        let range = max(0, group - 1)...min(groups.count - 1, group + 1)
        return range.flatMap { groups[$0].translation.map { targetSegments[$0] } }
    }

    var allSourceAnchors: Anchors { sourceSegments.reduce(Anchors()) { $0 + $1.anchors } }

    /// Anchors of a kind anywhere in the translation, with their segment.
    func targetAnchors(_ kind: Anchor.Kind, key: String? = nil, in segments: [Segment]? = nil) -> [(Segment, Anchor)] {
        (segments ?? targetSegments).flatMap { segment in
            segment.anchors.anchors(kind).filter { key == nil || $0.key == key }.map { (segment, $0) }
        }
    }

    // MARK: Evidence

    /// A span of a segment, with offsets into the article body when the
    /// segment is in it (else into the segment).
    func span(_ segment: Segment, _ range: Range<Int>) -> Span {
        let characters = Array(segment.text)
        let lower = max(0, min(range.lowerBound, characters.count))
        let upper = max(lower, min(range.upperBound, characters.count))
        let offset = segment.bodyRange?.lowerBound ?? 0
        return Span(text: String(characters[lower..<upper]), start: offset + lower, end: offset + upper)
    }

    func span(_ segment: Segment, _ anchor: Anchor) -> Span { span(segment, anchor.range) }

    func span(of evidence: Evidence?) -> Span? {
        evidence.map { Span(text: $0.text, start: $0.start, end: $0.end) }
    }

    /// The text of an anchor in its segment.
    func text(_ segment: Segment, _ anchor: Anchor) -> String { span(segment, anchor).text }
}
