import Foundation
import Hummingbird
import HummingbirdTesting

import Testing
@testable import PactoRecord
@testable import PactoWeb

@Suite struct PactRoutesTests {
    let store: Store

    init() throws {
        store = try WebFixtures.store()
    }

    @Test func timelineWithChart() async throws {
        let text = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/pacts?organizer=C%E1%BB%A5m+VIII", method: .get) { response in
                #expect(response.status == .ok)
                return response.text
            }
        }
        #expect(text.contains("<svg"))
        #expect(text.contains("<rect"))
        #expect(text.contains(">2024<"))
        // The organizer under its one readable label, whatever each report printed.
        #expect(text.contains("Cụm thi đua số 8"))
    }

    @Test func apiHasTheCLIShape() async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(try store.pacts(organizer: "cluster 8")), as: UTF8.self)
        let text = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/api/pacts?organizer=cluster%208", method: .get) { $0.text }
        }
        #expect(text == expected)
        #expect(text.hasPrefix("[{"))
    }

    @Test func withoutOrganizerTheDirectoryIsShown() async throws {
        let (page, api) = try await WebFixtures.withClient(store) { client in
            let page = try await client.execute(uri: "/pacts", method: .get) { $0.text }
            let api = try await client.execute(uri: "/api/pacts", method: .get) { ($0.status, $0.text) }
            return (page, api)
        }
        #expect(page.contains("Các cụm, khối trong hồ sơ"))
        #expect(page.contains("href=\"/pacts?organizer=C%E1%BB%A5m%208&amp;ministry="))
        #expect(!page.contains("<table>"))
        #expect(api.0 == .badRequest)
        #expect(api.1.contains("organizer is required"))
    }

    @Test func directoryCountsEveryOrganizer() throws {
        let directory = try store.organizers()
        let total = directory.reduce(0) { $0 + $1.count }
        #expect(total == (try store.search(SearchQuery(text: "", organizer: "cụm", limit: 1000)).total
            + store.search(SearchQuery(text: "", organizer: "khối", limit: 1000)).total))
    }

    @Test func unknownOrganizerIsAnEmptyTimeline() async throws {
        let text = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/pacts?organizer=C%E1%BB%A5m+99", method: .get) { $0.text }
        }
        #expect(text.contains("Chưa có giao ước nào"))
    }

    @Test func chartScalesBarsToTheLargestYear() throws {
        let years = [
            PactYear(year: 2023, theme: nil, head: nil, deputyHead: nil, memberCount: 3, members: [], events: [], sources: []),
            PactYear(year: 2024, theme: nil, head: nil, deputyHead: nil, memberCount: 6, members: [], events: [], sources: []),
        ]
        let svg = try #require(PactChart.svg(years: years, caption: "<Cụm>"))
        #expect(svg.contains("height=\"45\" class=\"bar\""))
        #expect(svg.contains("height=\"90\" class=\"bar\""))
        #expect(svg.contains("&lt;Cụm&gt;"))
        #expect(PactChart.svg(years: [], caption: "x") == nil)
    }
}
