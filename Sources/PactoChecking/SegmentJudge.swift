import Foundation
import PactoModel

/// Turns the alignment into the lists of omitted and added segments, with
/// a severity: a paragraph that carries facts or a real sentence is an
/// error, a caption, a title or a short line a warning; inside aligned
/// paragraphs, sentences without counterpart are warnings.
struct SegmentJudge: Sendable {
    let context: CheckContext
    let segmenter: Segmenter
    /// Words from which a paragraph is a real passage, not a label.
    var substantialWords = 8

    func judge(leftovers: Set<String>) -> (omitted: [UnmatchedSegment], added: [UnmatchedSegment]) {
        var omitted: [UnmatchedSegment] = []
        var added: [UnmatchedSegment] = []
        for group in context.groups {
            if group.translation.isEmpty {
                for index in group.original {
                    let segment = context.sourceSegments[index]
                    omitted.append(unmatched(segment, side: "original", leftovers: leftovers))
                }
            } else if group.original.isEmpty {
                for index in group.translation {
                    let segment = context.targetSegments[index]
                    if leftovers.contains(Folding.key(segment.text)) { continue }  // reported as a term
                    added.append(unmatched(segment, side: "translation", leftovers: leftovers))
                }
            } else if group.original.count == 1 && group.translation.count == 1 {
                let sentences = sentenceGaps(context.sourceSegments[group.original[0]], context.targetSegments[group.translation[0]])
                omitted += sentences.omitted
                added += sentences.added
            }
        }
        return Self.pairingCaptions(omitted: omitted, added: added)
    }

    /// A caption one reader set apart and the other left at the end of a
    /// paragraph: the omitted caption and the added sentence are one passage.
    static func pairingCaptions(omitted: [UnmatchedSegment], added: [UnmatchedSegment]) -> (omitted: [UnmatchedSegment], added: [UnmatchedSegment]) {
        var omitted = omitted
        var added = added
        for side in [true, false] {
            let captions = (side ? omitted : added).indices.filter { (side ? omitted : added)[$0].kind == "caption" }
            for index in captions.reversed() {
                let caption = (side ? omitted : added)[index]
                let candidates = side ? added : omitted
                guard let match = candidates.firstIndex(where: { $0.kind == "sentence" && Self.sameLength(caption.text, $0.text) })
                else { continue }
                if side {
                    omitted.remove(at: index)
                    added.remove(at: match)
                } else {
                    added.remove(at: index)
                    omitted.remove(at: match)
                }
            }
        }
        return (omitted, added)
    }

    /// Lengths of a passage and its translation (either way round).
    static func sameLength(_ lhs: String, _ rhs: String) -> Bool {
        let ratio = Double(max(lhs.count, rhs.count)) / Double(max(1, min(lhs.count, rhs.count)))
        return ratio < 2.2
    }

    func unmatched(_ segment: Segment, side: String, leftovers: Set<String>) -> UnmatchedSegment {
        let substantial = segment.wordCount >= substantialWords
        let facts = segment.anchors.factualCount
        let severity: Severity
        let reason: String
        // Facts of the segment the other text states nowhere.
        let otherSide = side == "original" ? context.targetSegments : context.sourceSegments
        let elsewhere = otherSide.reduce(Anchors()) { $0 + $1.anchors }
        // A byline's names are the page's, not facts of the event.
        let authors = Set((context.source.authors + context.target.authors).map(Folding.key))
        let lost = segment.anchors.list.filter { anchor in
            Anchor.factual.contains(anchor.kind) && !elsewhere.keys(anchor.kind).contains(anchor.key)
                && !(anchor.kind == .name && authors.contains { $0.contains(anchor.key) || anchor.key.contains($0) })
        }
        let lostText = lost.map { anchor in
            String(Array(segment.text)[max(0, anchor.range.lowerBound)..<min(segment.text.count, anchor.range.upperBound)])
        }
        // A title the page repeats as its first paragraph (one reader kept
        // both, the other one) says nothing new.
        let sameSide = side == "original" ? context.sourceSegments : context.targetSegments
        let key = String(Folding.key(segment.text).prefix(60))
        let repeated = segment.kind == .title && key.count >= 20
            && sameSide.contains { $0.index != segment.index && Folding.key($0.text).contains(key) }
        switch segment.kind {
        case .title, .caption:
            // A real sentence, or one stating what the other text does not.
            severity = repeated || (lost.isEmpty && !substantial) ? .warning : .error
            let what = segment.kind == .title ? "the title has no counterpart" : "photo caption without counterpart"
            reason = lost.isEmpty ? what : what + "; states what the other text does not: " + lostText.joined(separator: ", ")
        default:
            // A short line whose only facts are the page's own stamp ("Actualizado: 31/07/2020").
            let stamps = [context.source.published, context.target.published].compactMap { $0 }
            let onlyStamp = !substantial && !segment.anchors.anchors(.date).isEmpty
                && segment.anchors.anchors(.date).allSatisfy { date in stamps.contains { "\($0.day)-\($0.month)" == date.key } }
            let onlyByline = !substantial && !authors.isEmpty && authors.contains { Folding.key(segment.text).contains($0) }
            let cutOff = Self.isCutOff(segment, among: sameSide)
            severity = onlyStamp || onlyByline || cutOff ? .warning : substantial || facts > 0 ? .error : .warning
            let what = side == "original" ? "not in the translation" : "not in the original"
            reason = cutOff ? what + "; the capture cuts it off mid-sentence"
                : facts > 0 ? "\(what); carries \(facts) fact\(facts == 1 ? "" : "s") (numbers, dates, places, names)" : what
        }
        return UnmatchedSegment(kind: segment.kind.rawValue, index: segment.index, text: segment.text, severity: severity, reason: reason)
    }

    /// The last paragraph of a capture that stops mid-sentence ("… phát
    /// động phong trào thi"): the page was captured cut, and a translator
    /// leaves out what cannot be read whole.
    static func isCutOff(_ segment: Segment, among segments: [Segment]) -> Bool {
        guard segment.kind == .paragraph,
              segments.last(where: { $0.kind == .paragraph })?.index == segment.index
        else { return false }
        let text = segment.text.trimmingCharacters(in: .whitespaces)
        guard var last = text.last else { return false }
        if "\"”’»)]".contains(last), let previous = text.dropLast().last { last = previous }
        return !".!?…;:".contains(last)
    }

    /// Sentences of one aligned paragraph pair without counterpart.
    func sentenceGaps(_ source: Segment, _ target: Segment) -> (omitted: [UnmatchedSegment], added: [UnmatchedSegment]) {
        let left = segmenter.sentences(of: source, language: .vietnamese)
        let right = segmenter.sentences(of: target, language: .spanish)
        guard left.count > 1 || right.count > 1 else { return ([], []) }
        var aligner = Aligner()
        aligner.skipCost = 2.8
        let groups = aligner.align(left, right)
        var omitted: [UnmatchedSegment] = []
        var added: [UnmatchedSegment] = []
        for group in groups {
            for index in group.original where group.translation.isEmpty {
                let sentence = left[index]
                guard sentence.wordCount >= 6 else { continue }
                omitted.append(UnmatchedSegment(
                    kind: "sentence", index: source.index, text: sentence.text, severity: .warning,
                    reason: "sentence of paragraph \(source.index) not in the translation"))
            }
            for index in group.translation where group.original.isEmpty {
                let sentence = right[index]
                guard sentence.wordCount >= 6 else { continue }
                added.append(UnmatchedSegment(
                    kind: "sentence", index: target.index, text: sentence.text, severity: .warning,
                    reason: "sentence of paragraph \(target.index) not in the original"))
            }
        }
        return (omitted, added)
    }
}
