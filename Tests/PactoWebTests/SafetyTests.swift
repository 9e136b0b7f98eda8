import Foundation
import Hummingbird
import HummingbirdTesting
import PactoRecord
import Testing
@testable import PactoWeb

/// Markup in articles shows as text; bad requests get a 4xx with a message;
/// nothing writes.
@Suite struct SafetyTests {
    let store: Store

    init() throws {
        store = try WebFixtures.store()
    }

    @Test func scriptInAnArticleShowsAsText() async throws {
        // Given an article whose title and body hold <script>, an onerror and a javascript: link
        let page = try store.search(SearchQuery(text: WebFixtures.hostileWord))
        let hit = try #require(page.results.first)
        let (results, event, api) = try await WebFixtures.withClient(store) { client in
            let results = try await client.execute(uri: "/?q=\(WebFixtures.hostileWord)", method: .get) { $0.text }
            let event = try await client.execute(uri: "/events/\(hit.event)", method: .get) { $0.text }
            let api = try await client.execute(uri: "/api/search?q=\(WebFixtures.hostileWord)", method: .get) { $0.text }
            return (results, event, api)
        }
        // Then no page holds a tag from the article, only its escaped text
        for html in [results, event] {
            #expect(!html.contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("href=\"javascript:"))
            #expect(html.contains("&lt;script&gt;"))
        }
        #expect(event.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(results.contains("<mark>\(WebFixtures.hostileWord)</mark>"))
        // And the API gives the text as it is, for a program to escape
        #expect(api.contains("<script>alert"))
    }

    @Test func quoteWithACombiningMarkStaysInItsAttribute() async throws {
        // Given a query that opens with a quote carrying a combining acute (one Character)
        let query = "%22%CC%81%20autofocus%20onfocus%3Dalert(1)%20x%3D"
        let html = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/?q=\(query)", method: .get) { $0.text }
        }
        // Then the quote is escaped where the query is echoed, so no attribute is added
        let raw = "\"" + "\u{301}" + " autofocus"
        let escaped = "&quot;" + "\u{301}" + " autofocus onfocus=alert(1) x="
        let unescapedFound = html.contains(raw)
        let escapedFound = html.contains(escaped)
        #expect(!unescapedFound)
        #expect(escapedFound)
    }

    @Test func everyTemplateEscapesWithPactosContentType() throws {
        // A template (or partial) without the pragma would fall back to Mustache's own escaping
        #expect(WebResources.templates.count >= 5)
        for (name, bytes) in WebResources.templates {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("{{% CONTENT_TYPE: \(EscapingHTML.name)}}"), "\(name)")
        }
    }

    @Test func everyTemplateOfTheFolderIsCompiledIn() throws {
        // A template added to Sources/PactoWeb/Templates but not to the table would never render
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/PactoWeb/Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
        #expect(Set(files) == Set(WebResources.templates.map(\.name)))
        #expect(files.count == WebResources.templates.count)
    }

    @Test func pagesForbidScripts() async throws {
        let policy = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/", method: .get) { $0.headers[.contentSecurityPolicy] }
        }
        #expect(policy?.contains("default-src 'none'") == true)
        #expect(policy?.contains("script-src") == false)
    }

    @Test func oversizedBodyIs413() async throws {
        let body = ByteBuffer(repeating: UInt8(ascii: "a"), count: WebConfiguration.maximumBodySize + 1)
        let (status, text) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/api/search?q=x", method: .post, body: body) { ($0.status, $0.text) }
        }
        #expect(status == .contentTooLarge)
        #expect(text.contains("too large"))
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch])
    func nothingWrites(method: HTTPRequest.Method) async throws {
        // Given an event, when a method that would change it is sent, then it is refused with a 4xx
        let status = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/api/events/1", method: method, body: ByteBuffer(string: "{}")) { $0.status }
        }
        #expect((400..<500).contains(status.code))
    }

    @Test func servesAReadOnlyFileDatabase() async throws {
        // Given a record on disk opened read-only, as `pacto serve` opens it
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-web-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let writable = try Store(path: path)
        _ = try Importer(store: writable).run([WebFixtures.root.appendingPathComponent("seeds").path])
        let store = try Store(path: path, readOnly: true)
        // When it is searched and its facets counted (the only place a query builds SQL)
        let (status, facets) = try await WebFixtures.withClient(store) { client in
            let status = try await client.execute(uri: "/?q=long+an", method: .get) { $0.status }
            return (status, try store.facets(for: SearchQuery(text: "long an")))
        }
        // Then it answers
        #expect(status == .ok)
        #expect(!facets.years.isEmpty)
    }
}

extension SafetyTests {
    @Test func headAnswersLikeGetWithoutBody() async throws {
        let (status, type, body) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/?q=long+an", method: .head) { ($0.status, $0.headers[.contentType], $0.body.readableBytes) }
        }
        #expect(status == .ok)
        #expect(type == "text/html; charset=utf-8")
        #expect(body == 0)
    }
}
