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
