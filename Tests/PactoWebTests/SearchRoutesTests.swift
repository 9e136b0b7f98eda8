import Foundation
import Hummingbird
import HummingbirdTesting
import PactoRecord
import Testing
@testable import PactoWeb

@Suite struct SearchRoutesTests {
    let store: Store

    init() throws {
        store = try WebFixtures.store()
    }

    @Test func searchWithoutDiacriticsFindsAndMarks() async throws {
        // Given the record, when "ky cuong" is searched without diacritics
        let text = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/?q=ky+cuong", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                return response.text
            }
        }
        // Then the results show the printed words marked, and facets with counts
        #expect(text.contains("<mark>Kỷ cương</mark>") || text.contains("<mark>kỷ cương</mark>") || text.contains("<mark>Kỷ</mark>"))
        #expect(text.contains("href=\"/events/"))
        #expect(text.contains("Năm · año · year"))
        #expect(text.contains("value=\"ky cuong\""))
    }

    @Test func emptyPageShowsFormAndFacets() async throws {
        let text = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                return response.text
            }
        }
        #expect(text.contains("<form class=\"search\""))
        #expect(text.contains("Tỉnh · provincia · province"))
        #expect(!text.contains("<ol class=\"hits\">\n  \n  <li"))
    }

    @Test func filtersAndPaging() async throws {
        let (first, second) = try await WebFixtures.withClient(store) { client in
            let first = try await client.execute(uri: "/?organizer=C%E1%BB%A5m+VIII&limit=1", method: .get) { $0.text }
            let second = try await client.execute(uri: "/?organizer=C%E1%BB%A5m+VIII&limit=1&page=2", method: .get) { $0.text }
            return (first, second)
        }
        #expect(first.contains("aria-current=\"page\">1<"))
        #expect(first.contains("page=2"))
        #expect(second.contains("aria-current=\"page\">2<"))
        #expect(first.contains("Cụm/Khối: Cụm VIII"))
    }

    @Test func apiHasTheCLIShape() async throws {
        // Given the same query asked of the record and of the API
        let expected = try store.search(SearchQuery(text: "Long An", year: 2024))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let cli = String(decoding: try encoder.encode(expected), as: UTF8.self)
        let api = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/api/search?q=long+an&year=2024", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                return response.text
            }
        }
        // Then the bytes are those `pacto search --json` prints (bar the query echoed as typed)
        #expect(api == cli.replacingOccurrences(of: "\"query\":\"Long An\"", with: "\"query\":\"long an\""))
        #expect(expected.total > 0)
    }

    @Test(arguments: [
        ("/?year=abc", "year &quot;abc&quot;: a whole number from 1945 to 2100"),
        ("/?q=x&province=Atlantis", "no province or city of that name"),
        ("/?organizer=%20thi%20dua", "say which cluster or bloc"),
        ("/?from=2024-05-01&to=2024-01-01", "is after"),
    ])
    func malformedQueriesAre400WithAMessage(uri: String, message: String) async throws {
        let (status, text) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, $0.text) }
        }
        #expect(status == .badRequest)
        #expect(text.contains(message))
    }

    @Test(arguments: ["/api/search?year=abc", "/api/search", "/api/search?q=x&lang=klingon", "/api/search?q=%ZZ%FF&page=-1"])
    func malformedAPIQueriesAre400InJSON(uri: String) async throws {
        let (status, text) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, $0.text) }
        }
        #expect(status == .badRequest)
        let body = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let error = body?["error"] as? [String: Any]
        #expect(error?["status"] as? Int == 400)
        #expect((error?["message"] as? String)?.isEmpty == false)
    }
}
