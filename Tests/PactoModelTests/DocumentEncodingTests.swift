import Foundation
import PactoModel
import Testing

/// The JSON contract of `pacto extract --json`: every key present, null or
/// [] when the text says nothing.
struct DocumentEncodingTests {
    static func object(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func emptyEventHasEveryKey() throws {
        let json = try Self.object(Event())
        let keys: Set<String> = [
            "activities", "date", "dayPart", "location", "organizer", "year", "memberCount", "members", "head",
            "deputyHead", "theme", "people", "awards", "criteriaCount", "evidence",
        ]
        #expect(Set(json.keys) == keys)
        #expect(json["date"] is NSNull)
        #expect((json["members"] as? [Any])?.isEmpty == true)
    }

    @Test func documentHasEveryKey() throws {
        let json = try Self.object(Document(file: "a.txt", sha256: "00", language: .spanish))
        #expect(Set(json.keys) == ["file", "sha256", "language", "title", "published", "authors", "events", "warnings"])
        #expect(json["title"] is NSNull)
        #expect(json["language"] as? String == "es")
    }

    @Test func valuesUseTheContractsVocabulary() throws {
        var event = Event(activities: [.pactSigning, .awardPresentation], date: Stamp(year: 2024, month: 3, day: 29, hour: 14),
                          dayPart: .afternoon)
        event.organizer = Organizer(kind: .cluster, number: 8, label: "Cụm thi đua số VIII")
        event.people = [Person(name: "Võ Minh Thành")]
        event.awards = [Award(kind: .certificateOfMerit)]
        event.head = Member(text: "Sở TN&MT tỉnh Long An", province: "Long An")
        let json = try Self.object(event)
        #expect(json["activities"] as? [String] == ["pact-signing", "award-presentation"])
        #expect(json["date"] as? String == "2024-03-29")
        #expect(json["dayPart"] as? String == "afternoon")
        let organizer = try #require(json["organizer"] as? [String: Any])
        #expect(organizer["parent"] is NSNull && organizer["number"] as? Int == 8 && organizer["kind"] as? String == "cluster")
        let person = try #require((json["people"] as? [[String: Any]])?.first)
        #expect(person["title"] is NSNull && person["role"] is NSNull)
        let award = try #require((json["awards"] as? [[String: Any]])?.first)
        #expect(award["kind"] as? String == "certificate-of-merit" && award["issuer"] is NSNull)
    }

    @Test func documentRoundTrips() throws {
        let document = Document(file: "a.txt", sha256: "ab", language: .vietnamese, title: "T",
                                published: Stamp(iso: "2024-03-30T06:17"), authors: ["Thanh Mỹ"],
                                events: [Event(activities: [.annualReview], year: 2024)], warnings: ["w"])
        let decoded = try JSONDecoder().decode(Document.self, from: try JSONEncoder().encode(document))
        #expect(decoded == document)
    }
}
