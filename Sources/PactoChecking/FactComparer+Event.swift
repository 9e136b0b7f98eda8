import Foundation
import PactoModel

extension FactComparer {
    /// The fields of one event, in the contract's order.
    func eventFacts(_ event: Event) -> [FactComparison] {
        var facts: [FactComparison] = []
        let evidence = event.evidence
        if !event.activities.isEmpty { facts.append(activitiesFact(event)) }
        if let date = event.date {
            var fact = compareAnchored(
                field: "date", kind: .date, key: "\(date.day)-\(date.month)", original: date.description,
                evidence: evidence["date"], missing: .error, equivalent: { $0 == "\(date.day)-0" })
            // The same day of another year ("29 de marzo de 2023").
            if fact.verdict == .match, let text = fact.translation, let year = Self.year(in: text), year != date.year {
                // An error unless the original names that year too (its date's
                // year may be the extractor's guess).
                let known = context.allSourceAnchors.keys(.number).contains(String(year))
                fact.verdict = .mismatch
                fact.severity = known ? .warning : .error
                fact.note = "another year"
            }
            facts.append(fact)
        }
        if let dayPart = event.dayPart { facts.append(dayPartFact(dayPart, evidence: evidence["dayPart"] ?? evidence["date"])) }
        if let location = event.location { facts.append(placeFact("location", location, evidence: evidence["location"], missing: .warning)) }
        if let organizer = event.organizer { facts += organizerFacts(organizer, evidence: evidence["organizer"]) }
        if let year = event.year {
            facts.append(compareAnchored(
                field: "year", kind: .number, key: String(year), original: String(year), evidence: evidence["year"],
                missing: .warning))
        }
        if let count = event.memberCount {
            facts.append(compareAnchored(
                field: "memberCount", kind: .number, key: String(count), original: String(count),
                evidence: evidence["memberCount"], missing: .warning))
        }
        if !event.members.isEmpty { facts.append(membersFact(event.members, evidence: evidence["members"])) }
        if let head = event.head { facts.append(placeFact("head", head, evidence: evidence["head"], missing: .warning)) }
        if let deputy = event.deputyHead {
            facts.append(placeFact("deputyHead", deputy, evidence: evidence["deputyHead"], missing: .warning))
        }
        if let theme = event.theme { facts.append(ThemeComparer(context: context).fact(theme, evidence: evidence["theme"])) }
        for person in event.people { facts += personFacts(person) }
        for award in event.awards { facts.append(awardFact(award, evidence: evidence["awards"])) }
        if let criteria = event.criteriaCount {
            facts.append(compareAnchored(
                field: "criteriaCount", kind: .number, key: String(criteria), original: String(criteria),
                evidence: evidence["criteriaCount"], missing: .warning))
        }
        return facts
    }

    /// A four-digit year written in a date.
    static func year(in text: String) -> Int? {
        let digits = text.split(whereSeparator: { !$0.isNumber }).map(String.init).filter { $0.count == 4 }
        return digits.first.flatMap { Int($0) }
    }

    // MARK: Activities and day part

    func activitiesFact(_ event: Event) -> FactComparison {
        let mentions = context.glossary.mentions(in: ScannedText(context.target.body), language: .spanish, kinds: [.activity])
        let found = Set(mentions.map(\.entry))
        let missing = event.activities.filter { !found.contains($0.rawValue) }
        let original = event.activities.map(\.rawValue).joined(separator: ", ")
        let rendered = event.activities.filter { found.contains($0.rawValue) }.map(\.rawValue).joined(separator: ", ")
        return FactComparison(
            field: "activities", original: original, translation: rendered.isEmpty ? nil : rendered,
            verdict: missing.isEmpty ? .match : .missing, severity: missing.isEmpty ? .info : .warning,
            note: missing.isEmpty ? nil : "no wording found for " + missing.map(\.rawValue).joined(separator: ", "),
            originalEvidence: context.span(of: event.evidence["activities"]))
    }

    static let dayParts: [DayPart: [String]] = [
        .morning: ["manana", "matutina", "matinal"], .noon: ["mediodia"], .afternoon: ["tarde", "vespertina"],
        .evening: ["noche", "nocturna"],
    ]

    func dayPartFact(_ dayPart: DayPart, evidence: Evidence?) -> FactComparison {
        let segment = context.sourceSegment(for: evidence)
        let scope = context.scope(of: segment)
        func parts(in segments: [Segment]) -> [DayPart] {
            let words = Set(segments.flatMap { ScannedText($0.text).tokens.map(\.key) })
            return DayPart.allCases.filter { part in (Self.dayParts[part] ?? []).contains { words.contains($0) } }
        }
        let local = scope.map(parts) ?? []
        let anywhere = parts(in: context.targetSegments)
        let span = context.span(of: evidence)
        if local.contains(dayPart) || (local.isEmpty && anywhere.contains(dayPart)) {
            return FactComparison(field: "dayPart", original: dayPart.rawValue, translation: dayPart.rawValue,
                                  verdict: .match, severity: .info, originalEvidence: span)
        }
        if let other = local.first {
            return FactComparison(field: "dayPart", original: dayPart.rawValue, translation: other.rawValue,
                                  verdict: .mismatch, severity: .error, note: "another part of the day", originalEvidence: span)
        }
        return FactComparison(field: "dayPart", original: dayPart.rawValue, translation: nil, verdict: .missing,
                              severity: .warning, originalEvidence: span)
    }

    // MARK: Places, organizer, members

    /// A unit or venue identified by its province (or a ministry's field).
    func placeFact(_ field: String, _ member: Member, evidence: Evidence?, missing: Severity) -> FactComparison {
        let display = member.province.map { $0 == member.text ? $0 : "\(member.text) [\($0)]" } ?? member.text
        if let province = provinces(in: member.text).last ?? member.province.flatMap({ gazetteerName($0) }) {
            return compareAnchored(field: field, kind: .province, key: province, original: display, evidence: evidence, missing: missing)
        }
        if let ministry = fields(in: member.text).first {
            return compareAnchored(field: field, kind: .field, key: ministry, original: display, evidence: evidence, missing: missing)
        }
        if let name = names(in: member.text).last {
            return compareAnchored(field: field, kind: .name, key: name, original: display, evidence: evidence, missing: missing)
        }
        return FactComparison(
            field: field, original: display, translation: nil, verdict: .missing, severity: .info,
            note: "not verified: named without a province", originalEvidence: context.span(of: evidence))
    }

    /// A member key without its "field:" or "name:" tag.
    static func bare(_ key: String) -> String {
        for tag in ["field:", "name:"] where key.hasPrefix(tag) { return String(key.dropFirst(tag.count)) }
        return key
    }

    /// The gazetteer's own name of a canonical province ("Tây Ninh" after 2025 stays itself).
    func gazetteerName(_ province: String) -> String? {
        context.gazetteer.places[Folding.key(province)]?.province
    }

    func organizerFacts(_ organizer: Organizer, evidence: Evidence?) -> [FactComparison] {
        var facts: [FactComparison] = []
        let segment = context.sourceSegment(for: evidence)
        let kinds = context.glossary.mentions(in: ScannedText(context.target.body), language: .spanish, kinds: [.term])
            .map(\.entry)
        let wanted = organizer.kind == .cluster ? "cum-thi-dua" : "khoi-thi-dua"
        let other = organizer.kind == .cluster ? "khoi-thi-dua" : "cum-thi-dua"
        let kindVerdict: Verdict = kinds.contains(wanted) ? .match : kinds.contains(other) ? .mismatch : .missing
        facts.append(FactComparison(
            field: "organizer.kind", original: organizer.kind.rawValue,
            translation: kindVerdict == .match ? organizer.kind.rawValue : kindVerdict == .mismatch ? (organizer.kind == .cluster ? "bloc" : "cluster") : nil,
            verdict: kindVerdict, severity: kindVerdict == .match ? .info : .warning,
            originalEvidence: context.span(of: evidence)))
        if let number = organizer.number {
            facts.append(compareAnchored(
                field: "organizer.number", kind: .number, key: String(number), original: String(number),
                evidence: evidence, sourceSegment: segment, missing: .warning))
        }
        if let parent = organizer.parent {
            if let ministry = fields(in: parent).first {
                facts.append(compareAnchored(
                    field: "organizer.parent", kind: .field, key: ministry, original: parent, evidence: evidence,
                    sourceSegment: segment, missing: .warning))
            } else if let province = provinces(in: parent).first {
                facts.append(compareAnchored(
                    field: "organizer.parent", kind: .province, key: province, original: parent, evidence: evidence,
                    sourceSegment: segment, missing: .warning))
            }
        }
        return facts
    }

    func membersFact(_ members: [Member], evidence: Evidence?) -> FactComparison {
        let segment = context.sourceSegment(for: evidence)
        let scope = context.scope(of: segment)
        let original = members.map { $0.province ?? $0.text }.joined(separator: "; ")
        var wanted: [String] = []
        var unverified: [String] = []
        for member in members {
            if let province = provinces(in: member.text).last ?? member.province.flatMap({ gazetteerName($0) }) {
                wanted.append(province)
            } else if let field = fields(in: member.text).first {
                wanted.append("field:" + field)
            } else if let name = names(in: member.text).last {
                wanted.append("name:" + name)
            } else {
                unverified.append(member.text)
            }
        }
        let targetProvinces = Set(context.targetAnchors(.province).map(\.1.key))
        let targetFields = Set(context.targetAnchors(.field).map(\.1.key))
        let targetNames = Set(context.targetAnchors(.name).map(\.1.key))
        func present(_ key: String) -> Bool {
            if key.hasPrefix("field:") { return targetFields.contains(String(key.dropFirst(6))) }
            if key.hasPrefix("name:") { return targetNames.contains(String(key.dropFirst(5))) }
            return targetProvinces.contains(key)
        }
        let missing = wanted.filter { !present($0) }
        let sourceProvinces = context.allSourceAnchors.keys(.province)
        let added = (scope ?? []).flatMap { $0.anchors.anchors(.province) }.map(\.key)
            .filter { !sourceProvinces.contains($0) }
        let found = wanted.filter(present).map(Self.bare)
        let translation = (found + added).isEmpty ? nil : (found + added).joined(separator: "; ")
        let span = context.span(of: evidence)
        let translationSpan = scope?.first.map { Span(text: $0.text, start: $0.bodyRange?.lowerBound ?? 0, end: ($0.bodyRange?.lowerBound ?? 0) + $0.length) }
        if wanted.isEmpty {
            return FactComparison(
                field: "members", original: original, translation: nil, verdict: .missing, severity: .info,
                note: "not verified: members named without a province", originalEvidence: span)
        }
        if missing.isEmpty && added.isEmpty {
            return FactComparison(
                field: "members", original: original, translation: translation, verdict: .match, severity: .info,
                note: unverified.isEmpty ? nil : "not verified: " + unverified.joined(separator: "; "),
                originalEvidence: span, translationEvidence: translationSpan)
        }
        if !missing.isEmpty && !added.isEmpty {
            return FactComparison(
                field: "members", original: original, translation: translation, verdict: .mismatch, severity: .error,
                note: "\(missing.joined(separator: ", ")) replaced by \(added.joined(separator: ", "))",
                originalEvidence: span, translationEvidence: translationSpan)
        }
        if !missing.isEmpty {
            // A province is named the same in both languages; a unit's field
            // may be worded otherwise ("Công an" / "Policía").
            let provinceMissing = missing.contains { !$0.hasPrefix("field:") && !$0.hasPrefix("name:") }
            return FactComparison(
                field: "members", original: original, translation: translation, verdict: .missing,
                severity: provinceMissing ? .error : .warning,
                note: "members not in the translation: " + missing.map(Self.bare).joined(separator: ", "),
                originalEvidence: span, translationEvidence: translationSpan)
        }
        return FactComparison(
            field: "members", original: original, translation: translation, verdict: .added, severity: .warning,
            note: "provinces only in the translation: " + added.joined(separator: ", "),
            originalEvidence: span, translationEvidence: translationSpan)
    }
}
