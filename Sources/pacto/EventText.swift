import Foundation
import PactoModel
import PactoRecord

/// `pacto show`: every field of an event, each with the sentence of the
/// article it came from and the words themselves marked.
enum EventText {
    static func render(_ stored: StoredEvent) -> String {
        let event = stored.event
        let body = Array(stored.body)
        var lines: [String] = []
        lines.append("event #\(stored.id) — \(stored.title ?? stored.path)")
        lines.append("source: \(stored.url ?? stored.path)\(stored.published.map { ", published \($0)" } ?? "")")
        lines.append("")
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("\(name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(value)")
            if let evidence = event.evidence[name] {
                lines.append("               ‹ \(sentence(around: evidence, in: body)) ›")
            }
        }
        field("activities", event.activities.map(\.rawValue).joined(separator: ", "))
        field("date", [event.date?.date.description, event.dayPart?.rawValue].compactMap { $0 }.joined(separator: " "))
        field("location", event.location.map { place($0) })
        field("organizer", event.organizer.map { organizer in
            [organizer.label, organizer.number.map { "number \($0)" }, organizer.parent].compactMap { $0 }.joined(separator: " · ")
        })
        field("year", event.year.map(String.init))
        field("memberCount", event.memberCount.map(String.init))
        field("members", event.members.map(place).joined(separator: "; "))
        field("head", event.head.map(place))
        field("deputyHead", event.deputyHead.map(place))
        field("theme", event.theme.map { "“\($0)”" })
        field("people", event.people.map { person in
            [person.name, person.title, person.role?.rawValue].compactMap { $0 }.joined(separator: ", ")
        }.joined(separator: "; "))
        field("awards", event.awards.map { award in
            "\(award.kind.rawValue)\(award.issuer.map { " of \($0)" } ?? ""): \(award.recipients.joined(separator: ", "))"
        }.joined(separator: "; "))
        field("criteriaCount", event.criteriaCount.map(String.init))
        return lines.joined(separator: "\n")
    }

    static func place(_ member: Member) -> String {
        guard let province = member.province, province != member.text else { return member.text }
        return "\(member.text) (\(province))"
    }

    /// The sentence holding the evidence, the evidence between » «.
    static func sentence(around evidence: Evidence, in body: [Character]) -> String {
        guard evidence.start >= 0, evidence.end <= body.count, evidence.start < evidence.end else { return evidence.text }
        var start = evidence.start
        while start > 0, !".!?\n".contains(body[start - 1]) { start -= 1 }
        var end = evidence.end
        while end < body.count, !".!?\n".contains(body[end]) { end += 1 }
        if end < body.count { end += 1 }
        let before = String(body[start..<evidence.start]).drop(while: \.isWhitespace)
        return before + "»" + String(body[evidence.start..<evidence.end]) + "«" + String(body[evidence.end..<end])
    }
}

/// `pacto export --format csv`: one row per event.
enum CSVExport {
    static let columns = [
        "file", "sha256", "language", "title", "published", "event", "activities", "date", "dayPart", "location",
        "locationProvince", "organizerKind", "organizerNumber", "organizer", "parent", "year", "memberCount",
        "members", "head", "deputyHead", "theme", "people", "awards", "criteriaCount",
    ]
    static var header: String { columns.joined(separator: ",") }

    static func rows(for document: Document) -> [String] {
        let common: [String?] = [
            document.file, document.sha256, document.language.rawValue, document.title, document.published?.description,
        ]
        guard !document.events.isEmpty else {
            return [line(common + Array(repeating: nil, count: columns.count - common.count))]
        }
        return document.events.enumerated().map { index, event in
            let fields: [String?] = [
                String(index), event.activities.map(\.rawValue).joined(separator: " "), event.date?.date.description,
                event.dayPart?.rawValue, event.location?.text, event.location?.province, event.organizer?.kind.rawValue,
                event.organizer?.number.map(String.init), event.organizer?.label, event.organizer?.parent,
                event.year.map(String.init), event.memberCount.map(String.init),
                event.members.map { $0.province ?? $0.text }.joined(separator: "; "),
                event.head.map { $0.province ?? $0.text }, event.deputyHead.map { $0.province ?? $0.text }, event.theme,
                event.people.map { [$0.name, $0.title].compactMap { $0 }.joined(separator: " – ") }.joined(separator: "; "),
                event.awards.map { "\($0.kind.rawValue): \($0.recipients.joined(separator: ", "))" }.joined(separator: "; "),
                event.criteriaCount.map(String.init),
            ]
            return line(common + fields)
        }
    }

    /// RFC 4180: fields with commas, quotes or line breaks are quoted.
    static func line(_ fields: [String?]) -> String {
        fields.map { field in
            guard let field else { return "" }
            if field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: ",")
    }
}
