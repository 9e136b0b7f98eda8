import PactoModel
import PactoRecord

/// What the event template shows: every field of the event with a link to
/// its evidence, the article with the evidence marked, the source, and other
/// events of the same organizer.
struct EventView {
    struct Field {
        var name: String
        var vi: String
        var es: String
        var en: String
        var value: String
        var evidenceHref: String?
        var evidenceText: String?
    }

    struct Related {
        var href: String
        var title: String
        var date: String?
    }

    var title: String
    var id: Int64
    var articleTitle: String
    var path: String
    var sourceLink: String?
    var sourceText: String?
    var published: String?
    var language: String
    var fields: [Field]
    var emptyFields: [String]
    /// The body as escaped paragraphs with `<mark>` on each evidence span.
    var articleHTML: String
    /// CSS rules lighting up the field whose anchor is the target.
    var targetStyle: String
    var related: [Related]
    var pactsHref: String?
    var organizerName: String?
    var jsonHref: String
}

extension EventView {
    init(stored: StoredEvent, related: [SearchHit]) {
        let event = stored.event
        id = stored.id
        articleTitle = stored.title ?? stored.path
        title = "Sự kiện #\(stored.id) – \(articleTitle)"
        path = stored.path
        sourceLink = HTMLText.safeLink(stored.url)
        sourceText = stored.url
        published = stored.published
        language = Language(rawValue: stored.language).map { Labels.language($0).vi } ?? stored.language
        let values = Self.values(of: event)
        var fields: [Field] = []
        var empty: [String] = []
        for (name, label) in Labels.fields {
            guard let value = values[name], !value.isEmpty else {
                empty.append(label.vi)
                continue
            }
            let evidence = event.evidence[name]
            fields.append(Field(
                name: name, vi: label.vi, es: label.es, en: label.en, value: value,
                evidenceHref: evidence != nil ? "#ev-\(name)" : nil, evidenceText: evidence?.text))
        }
        self.fields = fields
        emptyFields = empty
        articleHTML = ArticleMarkup.html(body: stored.body, evidence: event.evidence)
        targetStyle = ArticleMarkup.targetStyle(fields: event.evidence.keys.sorted())
        self.related = related.map { hit in
            Related(href: "/events/\(hit.event)", title: hit.title ?? hit.file, date: hit.date)
        }
        organizerName = event.organizer?.label
        if let organizer = event.organizer {
            let word = organizer.kind == .bloc ? "Khối" : "Cụm"
            let filter = organizer.number.map { "\(word) \($0)" } ?? organizer.label
            pactsHref = "/pacts" + QueryString([("organizer", filter), ("ministry", organizer.parent)]).string
        } else {
            pactsHref = nil
        }
        jsonHref = "/api/events/\(stored.id)"
    }

    /// Each field of the contract as one line of text (escaped by the template).
    static func values(of event: Event) -> [String: String] {
        func place(_ member: Member) -> String {
            guard let province = member.province, province != member.text else { return member.text }
            return "\(member.text) (\(province))"
        }
        var values: [String: String] = [:]
        values["activities"] = event.activities.map { Labels.activity($0).vi + " (" + $0.rawValue + ")" }.joined(separator: "; ")
        values["date"] = event.date?.date.description
        values["dayPart"] = event.dayPart.map { Labels.dayPart($0) + " (" + $0.rawValue + ")" }
        values["location"] = event.location.map(place)
        values["organizer"] = event.organizer.map { organizer in
            [organizer.label, organizer.number.map { "số \($0)" }, organizer.parent].compactMap { $0 }.joined(separator: " · ")
        }
        values["year"] = event.year.map(String.init)
        values["memberCount"] = event.memberCount.map(String.init)
        values["members"] = event.members.map(place).joined(separator: "; ")
        values["head"] = event.head.map(place)
        values["deputyHead"] = event.deputyHead.map(place)
        values["theme"] = event.theme.map { "“\($0)”" }
        values["people"] = event.people.map { person in
            [person.name, person.title, person.role.map(Labels.role)].compactMap { $0 }.joined(separator: ", ")
        }.joined(separator: "; ")
        values["awards"] = event.awards.map { award in
            "\(Labels.award(award.kind))\(award.issuer.map { " – \($0)" } ?? ""): \(award.recipients.joined(separator: ", "))"
        }.joined(separator: "; ")
        values["criteriaCount"] = event.criteriaCount.map(String.init)
        return values
    }
}
