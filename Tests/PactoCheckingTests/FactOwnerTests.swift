import Foundation
import PactoModel
import Testing
@testable import PactoChecking

/// Which extracted fact a changed value is the evidence of.
struct FactOwnerTests {
    /// "Cụm thi đua số 8 gồm Công an 8 tỉnh: Long An, Tây Ninh … do Công an
    /// tỉnh Long An làm Cụm trưởng", as an extraction would give it.
    static let event: Event = {
        var event = Event()
        event.organizer = Organizer(kind: .cluster, number: 8, label: "Cụm thi đua số 8", parent: nil)
        event.memberCount = 8
        event.members = [Member(text: "Công an tỉnh Long An", province: "Long An"), Member(text: "Công an tỉnh Tây Ninh", province: "Tây Ninh")]
        event.head = Member(text: "Công an tỉnh Long An", province: "Long An")
        event.criteriaCount = 5
        event.evidence = [
            "organizer": Evidence(text: "Cụm thi đua số 8", start: 0, end: 16),
            "memberCount": Evidence(text: "8 tỉnh", start: 30, end: 36),
            "members": Evidence(text: "Long An, Tây Ninh", start: 38, end: 55),
            "head": Evidence(text: "Công an tỉnh Long An làm Cụm trưởng", start: 60, end: 95),
        ]
        return event
    }()

    @Test(arguments: [
        // (kind, key, text, span start, before, field)
        (Anchor.Kind.number, "8", "8", 15, "", "organizer.number"),
        (.number, "8", "8", 30, "", "memberCount"),
        (.number, "8", "8", nil, "Cụm thi đua số ", "organizer.number"),
        (.number, "8", "8", nil, "", "memberCount"),
        (.number, "5", "năm", nil, "", "criteriaCount"),
        (.province, "Long An", "Long An", 38, "", "members"),
        (.province, "Long An", "Long An", 73, "", "head"),
        (.province, "Tây Ninh", "Tây Ninh", 47, "", "members"),
        (.province, "Cà Mau", "Cà Mau", 200, "", nil),
        (.number, "12", "12", 200, "", nil),
    ] as [(Anchor.Kind, String, String, Int?, String, String?)])
    func names(kind: Anchor.Kind, key: String, text: String, start: Int?, before: String, field: String?) {
        let span = start.map { Span(text: text, start: $0, end: $0 + text.count) }
        #expect(FactOwner(events: [Self.event]).field(of: kind, key: key, text: text, span: span, before: before) == field)
    }

    @Test func severalEventsArePrefixed() {
        let owner = FactOwner(events: [Event(), Self.event])
        #expect(owner.field(of: .province, key: "Tây Ninh", text: "Tây Ninh", span: nil) == "events[1].members")
    }
}
