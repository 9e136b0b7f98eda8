import Foundation
import Hummingbird
import HummingbirdTesting
import PactoModel
import PactoRecord
import Testing
@testable import PactoWeb

@Suite struct EventRoutesTests {
    let store: Store

    init() throws {
        store = try WebFixtures.store()
    }

    /// An event of Cụm VIII in 2024 with evidence.
    func someEvent() throws -> StoredEvent {
        let page = try store.search(SearchQuery(text: "Long An", organizer: "Cụm VIII", year: 2024))
        let stored = try page.results.compactMap { try store.event(id: $0.event) }.first { !$0.event.evidence.isEmpty }
        return try #require(stored)
    }

    @Test func pageShowsEveryFieldLinkedToItsEvidence() async throws {
        let stored = try someEvent()
        let text = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/events/\(stored.id)", method: .get) { response in
                #expect(response.status == .ok)
                return response.text
            }
        }
        for field in stored.event.evidence.keys {
            #expect(text.contains("href=\"#ev-\(field)\""), "link to \(field)")
            #expect(text.contains("id=\"ev-\(field)\""), "anchor of \(field)")
            #expect(text.contains("body:has(#ev-\(field):target)"))
        }
        #expect(text.contains("Cụm thi đua số VIII"))
        #expect(text.contains("Sự kiện khác của cùng cụm"))
        #expect(text.contains("href=\"/pacts?organizer="))
    }

    @Test func apiIsTheEventOfTheContract() async throws {
        let stored = try someEvent()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(stored.event), as: UTF8.self)
        let text = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/api/events/\(stored.id)", method: .get) { $0.text }
        }
        #expect(text == expected)
    }

    @Test(arguments: [
        ("/events/999999", HTTPResponse.Status.notFound, "no event #999999"),
        ("/events/abc", .badRequest, "a positive whole number"),
        ("/events/-1", .badRequest, "a positive whole number"),
        ("/events/99999999999999999999999", .badRequest, "a positive whole number"),
        ("/api/events/999999", .notFound, "no event #999999"),
        ("/api/events/%3Cscript%3E", .badRequest, "a positive whole number"),
        ("/no/such/page", .notFound, "Not Found"),
    ])
    func unknownOrMalformedIdsAre4xx(uri: String, status: HTTPResponse.Status, message: String) async throws {
        let (got, text) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, $0.text) }
        }
        #expect(got == status)
        #expect(text.contains(message))
        #expect(!text.contains("<script"))
    }
}
