import PactoModel

/// Tells which extracted fact a value of a text is the evidence of, so that
/// a value an aligned passage changes is reported under that fact's name
/// (`head`, `members`, `location`, `awards`, `people.title`,
/// `criteriaCount`, `organizer.number` …) and not as a bare `body.*`
/// difference.
///
/// A value belongs to a fact when it lies inside the fact's evidence span,
/// or when its words are part of the fact's value (a province inside the
/// head's unit, a name among an award's recipients): an extraction records
/// one evidence span per field, and a member list's third member or an
/// award's second recipient lie outside it.
struct FactOwner: Sendable {
    /// The events extracted from one side of the pair.
    let events: [Event]

    /// The fact an anchor of this side is the evidence of, prefixed with
    /// `events[n].` when the side has several events; nil when it is no
    /// fact's evidence.
    /// - Parameters:
    ///   - key: the anchor's value as compared ("29-3", "6", "long an").
    ///   - text: the anchor as printed.
    ///   - span: where it stands in the article body, when it is in the body.
    ///   - before: the words just before it ("Cụm thi đua số", "n.º").
    func field(of kind: Anchor.Kind, key: String, text: String, span: Span?, before: String = "") -> String? {
        for (number, event) in events.enumerated() {
            guard let field = Self.field(of: kind, key: key, text: text, span: span, before: before, in: event) else { continue }
            return events.count > 1 ? "events[\(number)].\(field)" : field
        }
        return nil
    }

    static func field(of kind: Anchor.Kind, key: String, text: String, span: Span?, before: String = "", in event: Event) -> String? {
        if let span, let field = fieldByEvidence(kind, span: span, in: event) { return field }
        // A number after "số" / "n.º" / "número" numbers the cluster or bloc.
        if kind == .number, Int(key) == event.organizer?.number, Self.numbersOrganizer(before) { return "organizer.number" }
        // Of the facts whose value holds the words, the one whose evidence
        // stands nearest (a province both head and member, changed in the
        // head's sentence, is the head's; a school both member and award
        // recipient, changed where the award is, the award's).
        let holders = fieldsByValue(kind, key: key, text: text, in: event)
        guard let span, holders.count > 1 else { return holders.first }
        return holders.min { distance(event.evidence[evidenceKey(of: $0)], span) < distance(event.evidence[evidenceKey(of: $1)], span) }
    }

    /// The field of a value that lies inside its evidence span: counts,
    /// dates, the organizer's number, a person's title, the theme. (Units
    /// and places are told by value: their fields' spans hold other names.)
    static func fieldByEvidence(_ kind: Anchor.Kind, span: Span, in event: Event) -> String? {
        let holding = event.evidence.filter { overlaps($0.value, span) }
            .sorted { ($0.value.end - $0.value.start, $0.key) < ($1.value.end - $1.value.start, $1.key) }
        for (key, _) in holding {
            switch (key, kind) {
            case ("organizer", .number) where event.organizer?.number != nil: return "organizer.number"
            case ("date", .date), ("date", .month), ("date", .time), ("dayPart", .time): return "date"
            case ("year", .number), ("memberCount", .number), ("criteriaCount", .number): return key
            case ("people", .title): return "people.title"
            case ("theme", _): return "theme"
            default: continue
            }
        }
        return nil
    }

    /// The fields whose value holds the anchor's words, in the order a
    /// reader would name them.
    static func fieldsByValue(_ kind: Anchor.Kind, key: String, text: String, in event: Event) -> [String] {
        let folded = Folding.key(text)
        guard !folded.isEmpty else { return [] }
        func holds(_ value: String?) -> Bool {
            guard let value else { return false }
            return " \(Folding.key(value)) ".contains(" \(folded) ")
        }
        var fields: [String] = []
        switch kind {
        case .province, .name, .field, .issuer:
            if holds(event.head?.text) || holds(event.head?.province) { fields.append("head") }
            if holds(event.deputyHead?.text) || holds(event.deputyHead?.province) { fields.append("deputyHead") }
            if holds(event.location?.text) || holds(event.location?.province) { fields.append("location") }
            if event.members.contains(where: { holds($0.text) || holds($0.province) }) { fields.append("members") }
            if event.awards.contains(where: { award in award.recipients.contains(where: holds) || holds(award.issuer) }) {
                fields.append("awards")
            }
            if event.people.contains(where: { holds($0.name) }) { fields.append("people") }
            if holds(event.organizer?.parent) { fields.append("organizer.parent") }
        case .title:
            if event.people.contains(where: { holds($0.title) }) { fields.append("people.title") }
        case .award:
            if !event.awards.isEmpty { fields.append("awards") }
        case .number:
            guard let value = Int(key) else { return [] }
            if event.criteriaCount == value { fields.append("criteriaCount") }
            if event.memberCount == value { fields.append("memberCount") }
            if event.organizer?.number == value { fields.append("organizer.number") }
        case .date:
            if event.date.map({ "\($0.day)-\($0.month)" }) == key { fields.append("date") }
        default:
            break
        }
        return fields
    }

    /// Words that put a cluster's or bloc's number after them.
    static func numbersOrganizer(_ before: String) -> Bool {
        let words = Folding.key(before).split(separator: " ")
        guard let last = words.last else { return false }
        return ["so", "no", "n", "numero", "nro"].contains(last) || (last == "o" && words.dropLast().last == "n")
    }

    /// The evidence key a field's span is recorded under.
    static func evidenceKey(of field: String) -> String {
        switch field {
        case "organizer.parent", "organizer.number": "organizer"
        case "people.title": "people"
        default: field
        }
    }

    /// Characters between an evidence span and a span (0 when they
    /// overlap); no evidence is farthest.
    static func distance(_ evidence: Evidence?, _ span: Span) -> Int {
        guard let evidence else { return .max }
        if overlaps(evidence, span) { return 0 }
        return evidence.end <= span.start ? span.start - evidence.end : evidence.start - span.end
    }

    static func overlaps(_ evidence: Evidence, _ span: Span) -> Bool {
        evidence.start < span.end && span.start < evidence.end
    }
}
