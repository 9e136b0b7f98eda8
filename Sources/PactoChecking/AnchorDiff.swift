import Foundation
import PactoExtraction
import PactoModel

/// Compares the anchors of every aligned pair of passages, beyond the
/// contract's fields: a number, date, province, name or award the
/// translation replaces by another (the original's is gone from the
/// passage, and the new one is nowhere near in the original) is an error,
/// wherever it stands in the text. It is reported under the fact it is the
/// evidence of on either side (``FactOwner``), else as `body.*`.
struct AnchorDiff: Sendable {
    let context: CheckContext

    /// Kinds compared, with the field a change is reported under.
    static let kinds: [(Anchor.Kind, String)] = [
        (.date, "body.date"), (.month, "body.date"), (.number, "body.number"), (.province, "body.province"),
        (.name, "body.name"), (.award, "body.award"), (.issuer, "body.issuer"), (.field, "body.ministry"),
        (.time, "body.time"), (.title, "people.title"),
    ]

    /// - Parameter known: (kind, key) pairs of the original already
    ///   reported by a field comparison, not reported twice.
    func differences(known: Set<String>) -> [FactComparison] {
        var facts: [FactComparison] = []
        var seen = known
        for group in context.groups where !group.original.isEmpty && !group.translation.isEmpty {
            let source = group.original.map { context.sourceSegments[$0] }
            let target = group.translation.map { context.targetSegments[$0] }
            for (kind, field) in Self.kinds {
                let sourceCounts = Self.counts(source, kind)
                let targetCounts = Self.counts(target, kind)
                // Values the passage lost (fewer times in the translation)
                // and values it gained.
                let rawLost = Set(sourceCounts.filter { $0.value > targetCounts[$0.key, default: 0] }.map(\.key))
                let rawNew = Set(targetCounts.filter { $0.value > sourceCounts[$0.key, default: 0] }.map(\.key))
                // A lost value and a new one that are the same thing said
                // another way (a shortened name, a kindred certificate) cancel.
                let lost = rawLost.filter { !compatible($0, among: rawNew, kind: kind) }
                let new = rawNew.filter { !compatible($0, among: rawLost, kind: kind) }
                guard !lost.isEmpty, !new.isEmpty else { continue }
                let lostKey = lost.sorted()[0]
                // The new value that stands in for it: the one sharing most words.
                let newKey = new.sorted().max { Self.sharedWords(lostKey, $0) < Self.sharedWords(lostKey, $1) } ?? new.sorted()[0]
                let tag = "\(kind.rawValue):\(lostKey)"
                guard !seen.contains(tag) else { continue }
                seen.insert(tag)
                let targetHit = target.lazy.compactMap { segment in
                    segment.anchors.anchors(kind).last { $0.key == newKey }.map { (segment, $0) }
                }.first
                // Of the lost value's places, the one where the new value
                // stands in the translation's passage ("gồm Đăk Hà, … do Đăk Hà
                // làm Cụm trưởng": the second, when the head was changed).
                let positionInTranslation = targetHit.map { Self.position(of: $0.1, in: $0.0, among: target) } ?? 0
                let sourceHit = source.flatMap { segment in
                    segment.anchors.anchors(kind).filter { $0.key == lostKey }.map { (segment, $0) }
                }.min { abs(Self.position(of: $0.1, in: $0.0, among: source) - positionInTranslation) < abs(Self.position(of: $1.1, in: $1.0, among: source) - positionInTranslation) }
                let originalText = sourceHit.map { context.text($0.0, $0.1) } ?? lostKey
                let translationText = targetHit.map { context.text($0.0, $0.1) } ?? newKey
                let originalSpan = sourceHit.map { context.span($0.0, $0.1) }
                let translationSpan = targetHit.map { context.span($0.0, $0.1) }
                // The fact the value is the evidence of, on either side.
                let fact = FactOwner(events: context.document.events)
                    .field(of: kind, key: lostKey, text: originalText, span: sourceHit?.0.bodyRange == nil ? nil : originalSpan,
                           before: sourceHit.map { Self.words(before: $0.1, in: $0.0) } ?? "")
                    ?? FactOwner(events: context.targetDocument.events)
                    .field(of: kind, key: newKey, text: translationText, span: targetHit?.0.bodyRange == nil ? nil : translationSpan,
                           before: targetHit.map { Self.words(before: $0.1, in: $0.0) } ?? "")
                facts.append(FactComparison(
                    field: fact ?? field,
                    original: originalText,
                    translation: translationText,
                    verdict: .mismatch, severity: kind == .title && !Self.rankChanged(lostKey, newKey) ? .warning : .error,
                    note: "the aligned passage says something else",
                    originalEvidence: originalSpan,
                    translationEvidence: translationSpan))
            }
        }
        return facts
    }

    /// Where an anchor stands in a passage of several segments, from 0 (its
    /// start) to 1 (its end).
    static func position(of anchor: Anchor, in segment: Segment, among segments: [Segment]) -> Double {
        let total = segments.reduce(0) { $0 + $1.length }
        guard total > 0 else { return 0 }
        let before = segments.prefix { $0.index != segment.index }.reduce(0) { $0 + $1.length }
        return Double(before + anchor.range.lowerBound) / Double(total)
    }

    /// The few characters before an anchor in its segment.
    static func words(before anchor: Anchor, in segment: Segment) -> String {
        let characters = Array(segment.text)
        let end = max(0, min(anchor.range.lowerBound, characters.count))
        return String(characters[max(0, end - 16)..<end])
    }

    /// How many words two keys share ("quach thi tuoi", "quach thi tuyet": 2).
    static func sharedWords(_ a: String, _ b: String) -> Int {
        Set(a.split(separator: " ")).intersection(b.split(separator: " ")).count
    }

    /// Titles by rank: a deputy made a head (or the other way) is a changed fact.
    static let ranks: [String: String] = [
        "deputy-director": "deputy", "vice-chair": "deputy", "deputy-head-department": "deputy", "secretary": "deputy",
        "director": "head", "chair": "head", "head-department": "head", "general-director": "head", "principal": "head",
        "party-secretary": "head",
    ]

    static func rankChanged(_ lost: String, _ new: String) -> Bool {
        guard let a = ranks[lost], let b = ranks[new] else { return false }
        return a != b
    }

    /// How many times each value of a kind occurs in some segments.
    static func counts(_ segments: [Segment], _ kind: Anchor.Kind) -> [String: Int] {
        var counts: [String: Int] = [:]
        for segment in segments {
            for anchor in segment.anchors.anchors(kind) { counts[anchor.key, default: 0] += 1 }
        }
        return counts
    }

    /// Award kinds of one family (two kinds of certificate) are a wording
    /// question; names that differ only by a dropped middle name too.
    func compatible(_ key: String, among others: Set<String>, kind: Anchor.Kind) -> Bool {
        switch kind {
        case .award:
            let family = FactComparer.awardFamilies[key]
            return others.contains { FactComparer.awardFamilies[$0] == family }
        case .title:
            // Kindred titles ("Vụ trưởng" as "director del departamento").
            let family = FactComparer.titleFamilies[key] ?? key
            return others.contains { (FactComparer.titleFamilies[$0] ?? $0) == family }
        case .name:
            return others.contains {
                FactComparer.sameName($0, key) || $0.hasSuffix(key) || key.hasSuffix($0) || $0.hasPrefix(key) || key.hasPrefix($0)
            }
        case .number:
            // The same amount rounded, or with its scale word read on one side only.
            guard let value = Double(key) else { return false }
            return others.compactMap(Double.init).contains { other in
                guard value > 0, other > 0 else { return false }
                let ratio = max(value, other) / min(value, other)
                if [1e3, 1e6, 1e9, 1e12].contains(where: { abs(ratio / $0 - 1) < 0.005 }) { return true }
                // "gần 88.000" for 87.960: one side rounded, the other not.
                let round = [value, other].filter { $0.truncatingRemainder(dividingBy: 100) == 0 }.count == 1
                return round && min(value, other) >= 1000 && ratio < 1.005
            }
        case .date:
            // "el día 29" and "29/3".
            let day = key.split(separator: "-").first
            return others.contains { other in
                other.split(separator: "-").first == day && (other.hasSuffix("-0") || key.hasSuffix("-0"))
            }
        default:
            return false
        }
    }
}
