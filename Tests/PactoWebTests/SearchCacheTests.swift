import Foundation
import Hummingbird
import HummingbirdTesting
import PactoModel
import PactoRecord
import Testing
@testable import PactoWeb

/// Search answers kept by the server (SearchRoutes + ResponseCache) are
/// dropped when the record changes, as when an import runs beside it.
struct SearchCacheTests {
    /// A document whose body holds `word`.
    func document(_ name: String, word: String) -> Imported {
        let title = "Cụm thi đua số 8 ký kết giao ước năm 2024"
        let article = Article(
            file: name, title: title, language: .vietnamese,
            blocks: [Block(.paragraph, "Chiều 29/3, tại Long An, Cụm thi đua số 8 ký kết giao ước về \(word).")])
        let document = Document(file: name, sha256: name, language: .vietnamese, title: title,
                                events: [Event(activities: [.pactSigning], year: 2024, theme: "Kỷ cương")])
        return Imported(path: name, article: article, document: document)
    }

    @Test func anImportBesideTheServerIsSeenAtOnce() async throws {
        // Given a record file, written by one store (the import) and served
        // read-only by another (the server), as `pacto serve` opens it
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("record.sqlite").path
        let importer = try Store(path: path)
        try importer.write([document("one.txt", word: "xanhlacay")])
        let served = try Store(path: path, readOnly: true)

        let answers = try await WebFixtures.withClient(served) { client in
            func ask(_ uri: String) async throws -> (cache: String?, text: String) {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    return (response.headers[SearchRoutes.cacheHeader], response.text)
                }
            }
            var answers: [(cache: String?, text: String)] = []
            // When the same searches are asked twice
            answers.append(try await ask("/api/search?q=xanhlacay"))
            answers.append(try await ask("/api/search?q=xanhlacay"))
            answers.append(try await ask("/?q=xanhlacay"))
            answers.append(try await ask("/?q=xanhlacay"))
            // And a second document with the word is imported, then asked again
            try importer.write([self.document("two.txt", word: "xanhlacay")])
            answers.append(try await ask("/api/search?q=xanhlacay"))
            answers.append(try await ask("/?q=xanhlacay"))
            answers.append(try await ask("/api/search?q=xanhlacay"))
            return answers
        }
        // Then the second asking is kept, and the import makes new answers
        #expect(answers.map(\.cache) == ["miss", "hit", "miss", "hit", "miss", "miss", "hit"])
        #expect(answers[0].text.contains("\"total\":1,"))
        #expect(answers[1].text == answers[0].text)
        #expect(answers[4].text.contains("\"total\":2,"))
        #expect(answers[4].text.contains("two.txt"))
        #expect(answers[2].text.contains("1 sự kiện") && answers[5].text.contains("2 sự kiện"))
    }

    @Test func aWriteThroughTheSameStoreIsSeenToo() async throws {
        // Given an in-memory record (one connection: no data_version change)
        let store = try Store.inMemory()
        try store.write([document("one.txt", word: "xanhlacay")])
        let totals = try await WebFixtures.withClient(store) { client in
            let first = try await client.execute(uri: "/api/search?q=xanhlacay", method: .get) { $0.text }
            try store.write([self.document("two.txt", word: "xanhlacay")])
            let second = try await client.execute(uri: "/api/search?q=xanhlacay", method: .get) { $0.text }
            return [first, second]
        }
        #expect(totals[0].contains("\"total\":1,"))
        #expect(totals[1].contains("\"total\":2,"))
    }
}
