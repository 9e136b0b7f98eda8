import PactoExtraction
import PactoModel
import Testing

/// Seed 003 is the Spanish translation of seed 000: the same organizer,
/// members, head and people, whatever the language.
struct SpanishParityTests {
    static func events() throws -> (Event, Event) {
        let vietnamese = try #require(try Fixtures.document("seeds/000_2a09207ccd449688.txt").events.first)
        let spanish = try #require(try Fixtures.document("seeds/003_192d8a868eb9459a.txt").events.first)
        return (vietnamese, spanish)
    }

    @Test func sameOrganizer() throws {
        let (vietnamese, spanish) = try Self.events()
        #expect(spanish.organizer?.kind == vietnamese.organizer?.kind)
        #expect(spanish.organizer?.number == vietnamese.organizer?.number)
        #expect(spanish.organizer?.parent == vietnamese.organizer?.parent)
        #expect(spanish.organizer?.number == 8)
    }

    @Test func sameMembers() throws {
        let (vietnamese, spanish) = try Self.events()
        #expect(spanish.members.map(\.province) == vietnamese.members.map(\.province))
        #expect(spanish.members.count == 6)
        #expect(spanish.memberCount == vietnamese.memberCount)
    }

    @Test func sameHead() throws {
        let (vietnamese, spanish) = try Self.events()
        #expect(spanish.head?.province == vietnamese.head?.province)
        #expect(spanish.head?.province == "Long An")
    }

    @Test func samePeople() throws {
        let (vietnamese, spanish) = try Self.events()
        #expect(spanish.people.map { Folding.fold($0.name) } == vietnamese.people.map { Folding.fold($0.name) })
        #expect(spanish.people.first?.name == "Vo Minh Thanh")
    }

    @Test func sameYearThemeAndActivities() throws {
        let (vietnamese, spanish) = try Self.events()
        #expect(spanish.year == vietnamese.year)
        #expect(spanish.activities == vietnamese.activities)
        #expect(spanish.theme != nil)
    }
}
