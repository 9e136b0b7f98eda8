import Foundation
import PactoExtraction
import PactoModel

/// Compares, field by field of the extraction contract, what the original
/// says with what the translation says, by meaning: dates as dates, numbers
/// as numbers, provinces and ministries through the gazetteer, people by
/// folded name, activities and awards by the glossary's vocabulary.
///
/// The facts come from the Vietnamese extractor; each is looked for in the
/// translation first where the alignment puts its sentence, then anywhere.
/// A value the translation replaces by another is an error; a value it
/// drops is an error for the facts a reader relies on (date, members,
/// people, awards) and a warning for the rest.
struct FactComparer: Sendable {
    let context: CheckContext

    func compare() -> [FactComparison] {
        var facts = documentFacts()
        let events = context.document.events
        for (number, event) in events.enumerated() {
            let prefix = events.count > 1 ? "events[\(number)]." : ""
            facts += eventFacts(event).map { fact in
                var copy = fact
                copy.field = prefix + fact.field
                return copy
            }
        }
        return facts
    }

    // MARK: Title, stamp, byline

    func documentFacts() -> [FactComparison] {
        var facts: [FactComparison] = []
        let source = context.source
        let target = context.target
        if let title = source.title {
            let segment = context.sourceSegments.first { $0.kind == .title }
            if let scope = context.scope(of: segment) {
                let text = scope.map(\.text).joined(separator: " ")
                facts.append(FactComparison(
                    field: "title", original: title, translation: text, verdict: .match, severity: .info,
                    originalEvidence: Span(text: title, start: 0, end: title.count),
                    translationEvidence: Span(text: text, start: 0, end: text.count)))
            } else {
                facts.append(FactComparison(
                    field: "title", original: title, translation: target.title, verdict: .missing, severity: .warning,
                    note: "the title has no counterpart in the translation"))
            }
        }
        if let published = source.published {
            if let translated = target.published {
                let same = translated.date == published.date
                // Day and month swapped is a CMS's month-first stamp read another way.
                let swapped = translated.year == published.year && translated.day == published.month
                    && translated.month == published.day
                facts.append(FactComparison(
                    field: "published", original: published.description, translation: translated.description,
                    verdict: same ? .match : .mismatch, severity: same ? .info : swapped ? .warning : .error,
                    note: same ? nil : swapped ? "day and month swapped" : "the page stamps differ"))
            } else {
                facts.append(FactComparison(
                    field: "published", original: published.description, translation: nil, verdict: .missing,
                    severity: .info, note: "the translation carries no publication stamp"))
            }
        }
        if !source.authors.isEmpty {
            facts.append(authorsFact())
        }
        return facts
    }

    func authorsFact() -> FactComparison {
        let original = context.source.authors
        let translated = context.target.authors
        let joined = original.joined(separator: "; ")
        guard !translated.isEmpty else {
            let body = Folding.key(context.target.body)
            let found = original.allSatisfy { body.contains(Folding.key($0)) }
            return FactComparison(
                field: "authors", original: joined, translation: found ? joined : nil,
                verdict: found ? .match : .missing, severity: .info,
                note: found ? nil : "the translation names no author")
        }
        let targetKeys = translated.map(Folding.key)
        let missing = original.map(Folding.key).filter { key in
            !targetKeys.contains { $0 == key || $0.contains(key) || key.contains($0) }
        }
        if missing.isEmpty {
            return FactComparison(
                field: "authors", original: joined, translation: translated.joined(separator: "; "),
                verdict: .match, severity: .info)
        }
        // A different name in the byline is a changed fact; an office or a
        // reworded credit is not.
        let looksLikeName = translated.contains { author in
            let words = Folding.key(author).split(separator: " ").map(String.init)
            return words.count >= 2 && words.allSatisfy(AnchorFinder.isSyllable)
        }
        return FactComparison(
            field: "authors", original: joined, translation: translated.joined(separator: "; "),
            verdict: .mismatch, severity: looksLikeName ? .error : .warning,
            note: "byline differs: \(missing.joined(separator: ", ")) not found")
    }

    // MARK: Comparing one anchored value

    /// Compares one value the original states through an anchor (a date, a
    /// number, a province, a ministry): found in the aligned segment or
    /// anywhere → match; replaced by another value of the same kind in the
    /// aligned segment → mismatch; absent → missing.
    func compareAnchored(
        field: String, kind: Anchor.Kind, key: String, original: String, evidence: Evidence?,
        sourceSegment explicit: Segment? = nil, missing: Severity, mismatch: Severity = .error,
        equivalent: (String) -> Bool = { _ in false }
    ) -> FactComparison {
        let plausible = Self.plausible(field)
        let segment = explicit ?? context.sourceSegment(for: evidence)
        let originalSpan = context.span(of: evidence)
        let scope = context.scope(of: segment)
        func accept(_ anchor: Anchor) -> Bool { anchor.key == key || equivalent(anchor.key) }
        func matched(_ found: Segment, _ anchor: Anchor) -> FactComparison {
            FactComparison(
                field: field, original: original, translation: context.text(found, anchor), verdict: .match,
                severity: .info, originalEvidence: originalSpan, translationEvidence: context.span(found, anchor))
        }
        func contradicted(_ found: Segment, _ anchor: Anchor) -> FactComparison {
            FactComparison(
                field: field, original: original, translation: context.text(found, anchor), verdict: .mismatch,
                severity: mismatch, note: "the translation gives another value",
                originalEvidence: originalSpan, translationEvidence: context.span(found, anchor))
        }
        // The aligned sentence: the value, or another one in its place.
        if let segment, let evidence, let bodyRange = segment.bodyRange,
           let sentence = context.sentenceScope(of: segment, at: evidence.start - bodyRange.lowerBound) {
            if let (found, anchor) = context.targetAnchors(kind, in: sentence.target).first(where: { accept($0.1) }) {
                return matched(found, anchor)
            }
            let sourceKeys = sentence.source.anchors.keys(kind)
            if sourceKeys.contains(key), let (found, anchor) = context.targetAnchors(kind, in: sentence.target).first(where: {
                !sourceKeys.contains($0.1.key) && !accept($0.1) && plausible($0.1.key)
            }) {
                return contradicted(found, anchor)
            }
        }
        // The aligned passage.
        if let scope, let (found, anchor) = context.targetAnchors(kind, in: scope).first(where: { accept($0.1) }) {
            return matched(found, anchor)
        }
        let sourceKeys = (segment.map { [$0] } ?? context.sourceSegments).reduce(Set<String>()) {
            $0.union($1.anchors.keys(kind))
        }
        let everywhere = context.allSourceAnchors.keys(kind)
        if let scope, let (found, anchor) = context.targetAnchors(kind, in: scope).first(where: {
            !sourceKeys.contains($0.1.key) && !everywhere.contains($0.1.key) && !accept($0.1) && plausible($0.1.key)
        }) {
            return contradicted(found, anchor)
        }
        if let (found, anchor) = context.targetAnchors(kind).first(where: { accept($0.1) }) {
            return matched(found, anchor)
        }
        let note = segment != nil && scope == nil
            ? "its passage is missing from the translation" : "not found in the translation"
        return FactComparison(
            field: field, original: original, translation: nil, verdict: .missing, severity: missing, note: note,
            originalEvidence: originalSpan)
    }

    /// Which values of the translation can stand in for a field's value: a
    /// year for the year, a small count for a count.
    static func plausible(_ field: String) -> (String) -> Bool {
        switch field {
        case "year": return { key in Int(key).map { (1945...2100).contains($0) } ?? false }
        case "memberCount", "criteriaCount": return { key in Int(key).map { $0 < 1000 && !(1945...2100).contains($0) } ?? false }
        case "organizer.number": return { key in Int(key).map { $0 < 100 } ?? false }
        default: return { _ in true }
        }
    }

    /// Province anchors inside a phrase ("Sở TN&MT tỉnh Long An" → Long An).
    func provinces(in text: String) -> [String] {
        context.finder.provinces(in: ScannedText(text)).map(\.0)
    }

    /// Names of people, communes, districts and units inside a phrase ("Mang Yang").
    func names(in text: String) -> [String] {
        context.finder.anchors(of: ScannedText(text), language: .vietnamese).anchors(.name).map(\.key)
    }

    /// Ministry fields inside a phrase.
    func fields(in text: String) -> [String] {
        context.finder.fields.mentions(in: ScannedText(text), language: .vietnamese).map(\.entry)
    }
}
