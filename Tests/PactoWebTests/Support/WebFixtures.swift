import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PactoRecord
import PactoWeb
import Testing

/// A record filled from the repository's Fixtures/ folder, plus one article
/// carrying markup meant to run in a browser, and the app built over it.
enum WebFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The name of the hostile article in the record.
    static let hostileFile = "zz-hostile.txt"
    /// A word only the hostile article holds, to find it by.
    static let hostileWord = "xsskhongduocchay"

    /// An in-memory record of the seed texts, the HTML pages and the hostile article.
    static func store() throws -> Store {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["seeds", "html"] {
            let source = root.appendingPathComponent(sub)
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
            where name.hasSuffix(".txt") || name.hasSuffix(".html") {
                try FileManager.default.copyItem(
                    at: source.appendingPathComponent(name), to: folder.appendingPathComponent(sub + "-" + name))
            }
        }
        try hostileArticle().write(to: folder.appendingPathComponent(hostileFile), atomically: true, encoding: .utf8)
        let store = try Store.inMemory()
        let summary = try Importer(store: store).run([folder.path])
        #expect(summary.failed.isEmpty)
        return store
    }

    /// The first seed with script, an event handler and a `javascript:` link
    /// in its title and body.
    static func hostileArticle() throws -> String {
        let seed = try String(contentsOf: root.appendingPathComponent("seeds/000_2a09207ccd449688.txt"), encoding: .utf8)
        return seed
            .replacingOccurrences(
                of: "Cụm thi đua số VIII-Bộ Tài nguyên và Môi trường ký kết giao ước thi đua năm 2024\n",
                with: "Cụm thi đua số VIII-Bộ Tài nguyên và Môi trường ký kết giao ước <script>alert('title')</script> năm 2024\n")
            .replacingOccurrences(
                of: "Chiều 29/3, tại Long An,",
                with: "<script>alert(\"\(hostileWord)\")</script> <img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">x</a> Chiều 29/3, tại Long An,")
    }

    /// Builds the router over `store` and runs `body` with an in-process client.
    static func withClient<Value: Sendable>(
        _ store: Store, _ body: @Sendable @escaping (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let router = try await buildRouter(store: store)
        let app = Application(router: router, logger: Logger(label: "pacto.web.tests"))
        return try await app.test(.router, body)
    }
}

extension TestResponse {
    /// The body as UTF-8 text.
    var text: String { String(decoding: body.readableBytesView, as: UTF8.self) }
}
