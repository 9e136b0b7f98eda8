import Foundation
import PactoModel

/// Compares the anchors of every aligned pair of passages, beyond the
/// contract's fields: a number, date, province, name or award the
/// translation replaces by another (the original's is gone from the
/// passage, and the new one is nowhere near in the original) is an error,
/// wherever it stands in the text.
struct AnchorDiff: Sendable {
    let context: CheckContext

    /// Kinds compared, with the field a change is reported under.
    static let kinds: [(Anchor.Kind, String)] = [
        (.date, "body.date"), (.month, "body.date"), (.number, "body.number"), (.province, "body.province"),
        (.name, "body.name"), (.award, "body.award"), (.issuer, "body.issuer"), (.field, "body.ministry"),
        (.time, "body.time"),
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
                let newKey = new.sorted()[0]
                let tag = "\(kind.rawValue):\(lostKey)"
                guard !seen.contains(tag) else { continue }
                seen.insert(tag)
                let sourceHit = source.lazy.compactMap { segment in
                    segment.anchors.anchors(kind).first { $0.key == lostKey }.map { (segment, $0) }
                }.first
                let targetHit = target.lazy.compactMap { segment in
                    segment.anchors.anchors(kind).last { $0.key == newKey }.map { (segment, $0) }
                }.first
                facts.append(FactComparison(
                    field: field,
                    original: sourceHit.map { context.text($0.0, $0.1) } ?? lostKey,
                    translation: targetHit.map { context.text($0.0, $0.1) } ?? newKey,
                    verdict: .mismatch, severity: .error,
                    note: "the aligned passage says something else",
                    originalEvidence: sourceHit.map { context.span($0.0, $0.1) },
                    translationEvidence: targetHit.map { context.span($0.0, $0.1) }))
            }
        }
        return facts
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
        case .name:
            return others.contains {
                FactComparer.sameName($0, key) || $0.hasSuffix(key) || key.hasSuffix($0) || $0.hasPrefix(key) || key.hasPrefix($0)
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
