import Foundation
import GRDB
import PactoExtraction
import PactoModel
import PactoReading
import Testing
@testable import PactoRecord

/// Fixtures live in the repository's Fixtures/ folder.
enum RecordFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A fresh folder holding copies of the seed texts and HTML pages.
    static func corpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-record-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for sub in ["seeds", "html"] {
            let source = root.appendingPathComponent(sub)
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
            where name.hasSuffix(".txt") || name.hasSuffix(".html") {
                try FileManager.default.copyItem(
                    at: source.appendingPathComponent(name), to: folder.appendingPathComponent(sub + "-" + name))
            }
        }
        return folder
    }

    static func importedStore() async throws -> (Store, URL, Importer.Summary) {
        let folder = try corpus()
        let store = try Store.inMemory()
        let summary = try Importer(store: store).run([folder.path])
        return (store, folder, summary)
    }
}

struct ImportTests {
    @Test func importingTwiceChangesNothing() async throws {
        let (store, folder, first) = try await RecordFixtures.importedStore()
        #expect(first.failed.isEmpty)
        #expect(first.imported == 15)
        let counts = try store.counts()
        let second = try Importer(store: store).run([folder.path])
        #expect(second.imported == 0)
        #expect(second.updated == 0)
        #expect(second.unchanged == 15)
        #expect(try store.counts() == counts)
    }

    @Test func changedFileReplacesItsOldVersion() async throws {
        let (store, folder, _) = try await RecordFixtures.importedStore()
        let file = folder.appendingPathComponent("seeds-000_2a09207ccd449688.txt")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "Chiều 29/3", with: "Sáng 28/3")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let before = try store.counts()
        let summary = try Importer(store: store).run([folder.path])
        #expect(summary.updated == 1)
        #expect(summary.unchanged == 14)
        #expect(try store.counts() == before)
        let page = try store.search(SearchQuery(text: "Long An", organizer: "Cụm VIII", year: 2024))
        let dates = try page.results.compactMap { try store.event(id: $0.event) }
            .filter { $0.path == file.path }.map { $0.event.date?.description }
        #expect(dates == ["2024-03-28"])
    }

    @Test func brokenFilesAreReportedAndTheRestImported() async throws {
        let folder = try RecordFixtures.corpus()
        try Data().write(to: folder.appendingPathComponent("empty.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(to: folder.appendingPathComponent("photo.html"))
        try Data(repeating: 0x01, count: 4096).write(to: folder.appendingPathComponent("junk.txt"))
        let store = try Store.inMemory()
        let summary = try Importer(store: store).run([folder.path, folder.appendingPathComponent("missing.html").path])
        #expect(summary.imported == 15)
        let reasons = Dictionary(uniqueKeysWithValues: summary.failed.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) })
        #expect(reasons["empty.html"]?.contains("empty") == true)
        #expect(reasons["photo.html"]?.contains("PNG") == true)
        #expect(reasons["junk.txt"]?.contains("binary") == true)
        #expect(reasons["missing.html"]?.contains("no such file") == true)
    }

    @Test func aFailingBatchLeavesNothingHalfWritten() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        let before = try store.counts()
        let article = try Reader().read(path: RecordFixtures.root.appendingPathComponent("seeds/004_9c688b58a9f2314e.txt").path)
        let document = Document(file: "x", sha256: article.sha256, language: article.language,
                                events: Extractors.extract(from: article).events)
        // The database refuses the third document of the batch (as a full
        // disk or a kill would stop it): the whole transaction rolls back.
        try await store.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON document WHEN NEW.path = '/new/bad.txt'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """)
        }
        let good = Imported(path: "/new/one.txt", article: article, document: document)
        let other = Imported(path: "/new/two.txt", article: article, document: document)
        let bad = Imported(path: "/new/bad.txt", article: article, document: document)
        #expect(throws: (any Error).self) { try store.write([good, other, bad]) }
        #expect(try store.counts() == before)
        #expect(try store.storedFiles()["/new/one.txt"] == nil)
    }

    /// The importer's workers make a document's row text (JSON columns, folded
    /// body, places, search head); the writer stores the same rows as when
    /// it makes that text itself.
    @Test func rowsMadeByTheWorkersAreTheRowsTheWriterWouldMake() async throws {
        let store = try Store.inMemory()
        let article = try Reader().read(path: RecordFixtures.root.appendingPathComponent("seeds/004_9c688b58a9f2314e.txt").path)
        let document = Extractors.document(from: article)
        #expect(!document.events.isEmpty)
        let plain = Imported(path: "/plain.txt", article: article, document: document)
        let prepared = Imported(path: "/prepared.txt", article: article, document: document).preparingRows()
        #expect(plain.prepared == nil)
        #expect(prepared.prepared != nil)
        try store.write([plain, prepared])
        let rows = try await store.writer.read { db in
            try ["/plain.txt", "/prepared.txt"].map { path in
                try String.fetchAll(db, sql: """
                    SELECT d.authors || d.body || d.blocks || d.warnings || e.json || s.body || s.head
                        || (SELECT coalesce(group_concat(province, ','), '') FROM eventPlace WHERE eventId = e.id)
                        || (SELECT count(*) FROM member WHERE eventId = e.id)
                    FROM document d JOIN event e ON e.documentId = d.id JOIN search s ON s.rowid = e.id
                    WHERE d.path = ? ORDER BY e.ordinal
                    """, arguments: [path])
            }
        }
        #expect(rows[0].count == document.events.count)
        #expect(rows[0] == rows[1])
    }
}

struct SearchTests {
    @Test(arguments: [["ky cuong", "Kỷ cương", "KỶ CƯƠNG", "kỷ   CƯƠNG"], ["dong thap", "Đồng Tháp", "ĐỒNG THÁP"], ["vo minh thanh", "Võ Minh Thành"]])
    func accentInsensitive(variants: [String]) async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        let results = try variants.map { try Set(store.search(SearchQuery(text: $0)).results.map(\.event)) }
        #expect(!results[0].isEmpty)
        for result in results { #expect(result == results[0]) }
    }

    @Test func snippetsMarkTheMatchAsPrinted() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        let page = try store.search(SearchQuery(text: "ky cuong trach nhiem"))
        #expect(page.results.first?.snippet.contains("**Kỷ** **cương** **trách** **nhiệm**") == true)
    }

    @Test(arguments: ["Cụm VIII", "cluster 8", "Cụm thi đua số 8", "cum viii"])
    func organizerFilter(organizer: String) async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        let page = try store.search(SearchQuery(text: "", organizer: organizer))
        #expect(page.total >= 2)
        // One readable label for the organizer, whatever the report printed ("Cụm thi đua số VIII", "Clúster ... n.º VIII").
        for hit in page.results { #expect(hit.organizer?.hasPrefix("Cụm thi đua số 8") == true) }
    }

    @Test func provinceByItsNameThenAndNow() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        let then = try store.search(SearchQuery(text: "", year: 2024, province: "Long An"))
        let now = try store.search(SearchQuery(text: "", year: 2024, province: "Tây Ninh"))
        #expect(!then.results.isEmpty)
        #expect(Set(then.results.map(\.event)).isSubset(of: Set(now.results.map(\.event))))
        #expect(now.results.contains { $0.note?.contains("Long An") == true })
    }

    @Test func yearActivityAndLanguageFilters() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        let signed2018 = try store.search(SearchQuery(text: "", year: 2018, activity: .pactSigning))
        #expect(!signed2018.results.isEmpty)
        for hit in signed2018.results { #expect(hit.date?.hasPrefix("2018") == true) }
        let spanish = try store.search(SearchQuery(text: "", language: .spanish))
        for hit in spanish.results { #expect(try store.event(id: hit.event)?.language == "es") }
    }

    @Test(arguments: [
        SearchQuery(text: ""), SearchQuery(text: "  ,;  "), SearchQuery(text: "x", limit: 0),
        SearchQuery(text: "", province: "Atlantis"), SearchQuery(text: "", organizer: "số"),
    ])
    func malformedQueriesGetAMessage(query: SearchQuery) async throws {
        let store = try Store.inMemory()
        #expect(throws: SearchError.self) { try store.search(query) }
    }

    @Test func wordsNotInTheRecordFindNothing() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        #expect(try store.search(SearchQuery(text: "xyzzy thi đua")).total == 0)
        // FTS syntax typed by a person is taken as words.
        #expect(try store.search(SearchQuery(text: "\"thi đua\" (* ^")).total > 0)
    }
}

struct RecordReadTests {
    @Test func pactsTimeline() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        let timelines = try store.pacts(organizer: "Cụm VIII")
        let year = try #require(timelines.first?.years.first { $0.year == 2024 })
        #expect(year.theme == "Kỷ cương trách nhiệm, chủ động kịp thời, tăng tốc sáng tạo")
        #expect(year.members.contains("Tiền Giang"))
        #expect(year.head?.contains("Long An") == true)
    }

    @Test func exportGivesTheExtractContract() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        var documents: [Document] = []
        try store.documents { documents.append($0) }
        #expect(documents.count == 15)
        let seed = try #require(documents.first { $0.file.hasSuffix("seeds-000_2a09207ccd449688.txt") })
        let article = try Reader().read(path: seed.file)
        #expect(seed.events == Extractors.extract(from: article).events)
        #expect(seed.sha256 == article.sha256)
    }

    @Test func showKeepsEvidenceInTheBody() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        let hit = try #require(try store.search(SearchQuery(text: "", organizer: "Cụm VIII")).results.first)
        let stored = try #require(try store.event(id: hit.event))
        let body = Array(stored.body)
        for (_, evidence) in stored.event.evidence {
            #expect(String(body[evidence.start..<evidence.end]) == evidence.text)
        }
    }
}

/// A timeline shows its owner once: beside a label that does not name it, not after one that does.
struct PactTimelineLabelTests {
    @Test(arguments: [
        ("Cụm thi đua số 8 – Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường", nil as String?),
        ("Cụm thi đua số 8", "Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường"),
        ("Khối thi đua số 6", nil, nil),
    ] as [(String, String?, String?)])
    func ownerShownOnce(label: String, parent: String?, note: String?) {
        let timeline = PactTimeline(organizer: label, kind: "cluster", number: 8, parent: parent, years: [])
        #expect(timeline.parentNote == note)
    }
}
