import Foundation
import Hummingbird
import HummingbirdTesting
import PactoRecord
import Testing
@testable import PactoWeb

/// `/check` and `/api/check` over a real pair from Fixtures/check/.
@Suite struct CheckRoutesTests {
    let store: Store
    let original: String
    let translation: String

    init() throws {
        store = try Store.inMemory()
        let folder = WebFixtures.root.appendingPathComponent("check")
        original = try String(contentsOf: folder.appendingPathComponent("503-baothanhhoa.vi.txt"), encoding: .utf8)
        translation = try String(contentsOf: folder.appendingPathComponent("503-baothanhhoa.es.txt"), encoding: .utf8)
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\($0.0)=\(QueryString.encode($0.1))" }.joined(separator: "&"))
    }

    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func apiGivesTheReportAsJSON() async throws {
        let body = Self.form([("original", original), ("translation", translation)])
        let (status, text) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: Self.formType, body: body) { ($0.status, $0.text) }
        }
        #expect(status == .ok)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["facts"] is [Any])
    }

    @Test func apiTakesJSONToo() async throws {
        let body = ByteBuffer(bytes: try JSONEncoder().encode(["original": original, "translation": translation]))
        let status = try await WebFixtures.withClient(store) { client in
            try await client.execute(
                uri: "/api/check", method: .post, headers: [.contentType: "application/json"], body: body) { $0.status }
        }
        #expect(status == .ok)
    }

    /// Keys besides the two texts are let be (the description allows them);
    /// a text that is not a string is refused.
    @Test(arguments: [(true, HTTPResponse.Status.ok), (false, .badRequest)])
    func apiJSONWithOtherKeys(textsAreStrings: Bool, expected: HTTPResponse.Status) async throws {
        var object: [String: Any] = ["extra": [1, 2], "note": NSNull()]
        object["original"] = original
        object["translation"] = textsAreStrings ? translation as Any : 12 as Any
        let body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
        let status = try await WebFixtures.withClient(store) { client in
            try await client.execute(
                uri: "/api/check", method: .post, headers: [.contentType: "application/json"], body: body) { $0.status }
        }
        #expect(status == expected)
    }

    @Test func pageShowsBothSidesWithArticleTextEscaped() async throws {
        let hostile = translation.replacingOccurrences(of: "\n", with: "\n<script>alert(1)</script>\n", options: [], range: translation.range(of: "\n"))
        let body = Self.form([("original", original), ("translation", hostile)])
        let (status, text) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/check", method: .post, headers: Self.formType, body: body) { ($0.status, $0.text) }
        }
        #expect(status == .ok)
        #expect(text.contains("Side by side"))
        #expect(!text.contains("<script>"))
    }

    @Test(arguments: [
        ([("original", "Xin chào")], "give both texts"),
        ([("original", "Cụm thi đua số VIII ký kết giao ước thi đua năm 2024 tại Long An."),
          ("translation", "Cụm thi đua số VIII ký kết giao ước thi đua năm 2024 tại Long An.")], "cannot check"),
    ])
    func unusablePairsAre400WithAMessage(fields: [(String, String)], message: String) async throws {
        let (api, page) = try await WebFixtures.withClient(store) { client in
            let api = try await client.execute(uri: "/api/check", method: .post, headers: Self.formType, body: Self.form(fields)) { ($0.status, $0.text) }
            let page = try await client.execute(uri: "/check", method: .post, headers: Self.formType, body: Self.form(fields)) { ($0.status, $0.text) }
            return (api, page)
        }
        #expect(api.0 == .badRequest)
        #expect(api.1.contains(message))
        #expect(page.0 == .badRequest)
        #expect(page.1.contains(message))
    }

    @Test func bodyWithoutLengthIsCutAtTheLimit() async throws {
        // Given a body larger than the limit, sent without Content-Length (the router test client sends none)
        let body = Self.form([("original", String(repeating: "a", count: WebConfiguration.maximumBodySize)), ("translation", "b")])
        let (status, text) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/api/check", method: .post, headers: Self.formType, body: body) { ($0.status, $0.text) }
        }
        #expect(status == .contentTooLarge)
        #expect(text.contains("too large"))
    }

    @Test func formIsServed() async throws {
        let text = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/check", method: .get) { $0.text }
        }
        #expect(text.contains("<textarea name=\"original\""))
    }
}

extension CheckRoutesTests {
    static func multipart(_ parts: [(name: String, filename: String?, bytes: [UInt8])], boundary: String = "----pactoBoundary7") -> ByteBuffer {
        var body: [UInt8] = []
        for part in parts {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\"".utf8)
            if let filename = part.filename { body += Array("; filename=\"\(filename)\"\r\nContent-Type: text/plain".utf8) }
            body += Array("\r\n\r\n".utf8) + part.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: body)
    }

    @Test func uploadedFilesAreChecked() async throws {
        // Given the pair uploaded as files (empty text areas beside them), as the page's form sends it
        let body = Self.multipart([
            ("original", nil, []), ("originalFile", "503.vi.txt", Array(original.utf8)),
            ("translation", nil, []), ("translationFile", "503.es.txt", Array(translation.utf8)),
        ])
        let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=----pactoBoundary7"]
        let (status, text) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/check", method: .post, headers: headers, body: body) { ($0.status, $0.text) }
        }
        #expect(status == .ok)
        #expect(text.contains("Side by side"))
    }

    @Test func multipartParsing() throws {
        let body = Array(Self.multipart([("a", nil, Array("x\r\ny".utf8)), ("f", "n.txt", [0xE1, 0xBB])]).readableBytesView)
        let form = try #require(MultipartForm(body: body, boundary: "----pactoBoundary7"))
        #expect(form["a"] == .init(name: "a", filename: nil, bytes: Array("x\r\ny".utf8)))
        #expect(form["f"] == .init(name: "f", filename: "n.txt", bytes: [0xE1, 0xBB]))
        #expect(MultipartForm(body: body, boundary: "other") == nil)
        #expect(MultipartForm.boundary(in: "multipart/form-data; boundary=\"abc\"") == "abc")
        #expect(MultipartForm.boundary(in: "text/plain; boundary=abc") == nil)
    }
}
