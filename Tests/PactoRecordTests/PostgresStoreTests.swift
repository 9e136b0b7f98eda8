import Foundation
import PactoModel
import Testing
@testable import PactoRecord

/// PostgreSQL against SQLite: the same documents give the same export and
/// the same search answers; many importers give one copy of each document.
@Suite(.enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipped))
struct PostgresStoreTests {
    /// Both stores holding the fixture corpus.
    static func bothStores() async throws -> (sqlite: Store, postgres: PostgresStore, folder: URL) {
        let folder = try RecordFixtures.corpus()
        let sqlite = try Store.inMemory()
        let postgres = try PostgresStore(url: try await PostgresTestServer.freshDatabase())
        _ = try Importer(store: sqlite).run([folder.path])
        _ = try Importer(store: postgres).run([folder.path])
        return (sqlite, postgres, folder)
    }

    static func export(_ store: any RecordStore, _ format: RecordExport.Format) throws -> String {
        var lines: [String] = []
        try RecordExport.write(store, format: format) { lines.append($0) }
        return lines.joined(separator: "\n")
    }

    @Test func exportIsTheSameBytes() async throws {
        let (sqlite, postgres, _) = try await Self.bothStores()
        for format in RecordExport.Format.allCases {
            let expected = try Self.export(sqlite, format)
            #expect(expected.utf8.count > 10_000)
            #expect(Array(try Self.export(postgres, format).utf8) == Array(expected.utf8))
        }
    }

    /// What a hit says, less the event's id, which each store numbers itself.
    struct Found: Hashable {
        var file: String
        var date: String?
        var organizer: String?
        var snippet: String
        var note: String?
        init(_ hit: SearchHit) {
            file = hit.file
            date = hit.date
            organizer = hit.organizer
            snippet = hit.snippet
            note = hit.note
        }
    }

    static let queries: [SearchQuery] = [
        SearchQuery(text: "ky cuong"), SearchQuery(text: "Kỷ cương trách nhiệm"), SearchQuery(text: "ĐỒNG THÁP"),
        SearchQuery(text: "dong thap"), SearchQuery(text: "thi đua"), SearchQuery(text: "cụm"),
        SearchQuery(text: "Long An", organizer: "Cụm VIII", year: 2024), SearchQuery(text: "", province: "Tây Ninh"),
        SearchQuery(text: "", province: "Long An"), SearchQuery(text: "giao ước", year: 2024),
        SearchQuery(text: "", year: 2018, activity: .pactSigning), SearchQuery(text: "", language: .spanish),
        SearchQuery(text: "", ministry: "TN&MT"), SearchQuery(text: "thi dua", province: "Tây Ninh"),
        SearchQuery(text: "", from: Stamp(year: 2024, month: 1, day: 1), to: Stamp(year: 2024, month: 12, day: 31)),
        SearchQuery(text: "xyzzy"), SearchQuery(text: "clúster", language: .spanish),
    ]

    @Test func searchesFindTheSameEvents() async throws {
        let (sqlite, postgres, _) = try await Self.bothStores()
        for query in Self.queries {
            var all = query
            all.limit = 1000
            let expected = try sqlite.search(all)
            let found = try postgres.search(all)
            #expect(found.total == expected.total, "\(query.text) \(query)")
            #expect(Set(found.results.map(Found.init)) == Set(expected.results.map(Found.init)), "\(query)")
        }
    }

    @Test func facetsAndPactsAreTheSame() async throws {
        let (sqlite, postgres, _) = try await Self.bothStores()
        for query in [SearchQuery(text: ""), SearchQuery(text: "thi đua"), SearchQuery(text: "", year: 2024)] {
            let expected = try sqlite.facets(for: query)
            let found = try postgres.facets(for: query, limit: 12)
            #expect(found.years == expected.years)
            #expect(found.provinces == expected.provinces)
            #expect(Set(found.organizers) == Set(expected.organizers))
        }
        let strip: ([PactTimeline]) -> [PactTimeline] = { timelines in
            timelines.map { timeline in
                var copy = timeline
                // Reports of the same day come in import order on SQLite, in path order here.
                copy.years = copy.years.map { var year = $0; year.events = []; year.sources.sort(); return year }
                return copy
            }
        }
        #expect(strip(try postgres.pacts(organizer: nil)) == strip(try sqlite.pacts(organizer: nil)))
        #expect(Set(try postgres.organizers()) == Set(try sqlite.organizers()))
    }

    /// Two importers at once on overlapping folders (the same files under
    /// other paths too): every document once, its events indexed once.
    @Test func manyImportersOneRecord() async throws {
        let corpus = try RecordFixtures.corpus()
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        let other = corpus.deletingLastPathComponent().appendingPathComponent("pacto-other-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        for name in names.suffix(10) {
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: other.appendingPathComponent(name))
        }
        let url = try await PostgresTestServer.freshDatabase()
        let first = try PostgresStore(url: url)
        let second = try PostgresStore(url: url)
        let options = Importer.Options(batchSize: 2)
        async let a = Task.detached { try Importer(store: first, options: options).run([corpus.path, other.path]) }.value
        async let b = Task.detached { try Importer(store: second, options: options).run([other.path, corpus.path]) }.value
        let summaries = try await [a, b]
        #expect(summaries.allSatisfy { $0.failed.isEmpty })
        let counts = try first.counts()
        #expect(counts.documents == names.count)
        let expected = try Store.inMemory()
        _ = try Importer(store: expected).run([corpus.path])
        #expect(counts.events == (try expected.counts()).events)
        var shas: [String] = []
        try first.documents { shas.append($0.sha256) }
        #expect(Set(shas).count == shas.count)
    }

    @Test func unreachableServerIsOneLine() async throws {
        let url = try #require(PostgresTestServer.url)
        let location = try PostgresLocation(url: url)
        // A port nothing listens on: the test server's own, plus one, is closed more often than not.
        let error = try #require(throws: StoreError.self) {
            try PostgresStore(url: "postgres://\(location.user):x@127.0.0.1:1/\(location.database)")
        }
        #expect(error.reason.contains("cannot reach"))
        #expect(!error.description.contains("\n"))
        #expect(!error.description.contains(":x@"))
    }

    @Test func refusedCredentialsAndMissingDatabaseAreOneLine() async throws {
        let url = try #require(PostgresTestServer.url)
        let location = try PostgresLocation(url: url)
        let base = "postgres://\(location.user)"
        let refused = try #require(throws: StoreError.self) {
            try PostgresStore(url: "\(base):wrong-\(UUID().uuidString)@\(location.host):\(location.port)/\(location.database)")
        }
        #expect(refused.reason.contains("refused the credentials"))
        let missing = try #require(throws: StoreError.self) {
            try PostgresStore(url: "\(base):\(location.password ?? "")@\(location.host):\(location.port)/no_such_record_db")
        }
        #expect(missing.reason.contains("no database named no_such_record_db"))
        let fresh = try await PostgresTestServer.freshDatabase()
        let empty = try #require(throws: StoreError.self) { try PostgresStore(url: fresh, readOnly: true) }
        #expect(empty.reason.contains("pacto import"))
        for error in [refused, missing, empty] {
            #expect(!error.description.contains("\n"))
            #expect(!error.description.uppercased().contains("SELECT"))
        }
    }
}

/// Addresses read from `--db`.
struct PostgresLocationTests {
    @Test func addressesAreRead() throws {
        let location = try PostgresLocation(url: "postgresql://ann:p%40ss@db.example.org:6543/record")
        #expect(location.user == "ann")
        #expect(location.password == "p@ss")
        #expect(location.host == "db.example.org")
        #expect(location.port == 6543)
        #expect(location.database == "record")
        #expect(location.description == "postgres://ann@db.example.org:6543/record")
        #expect(try PostgresLocation(url: "postgres://ann@localhost/record").port == 5432)
        #expect(PostgresLocation.isPostgres("postgres://a@b/c"))
        #expect(!PostgresLocation.isPostgres("postgres.sqlite"))
        #expect(!PostgresLocation.isPostgres("/tmp/postgres://x"))
        #expect(RecordStores.shown("postgres://ann:secret@h/db") == "postgres://ann:***@h/db")
    }

    @Test(arguments: ["postgres://localhost/db", "postgres://ann@/db", "postgres://ann@localhost", "postgres://ann@localhost/"])
    func incompleteAddressesSayWhatIsMissing(url: String) {
        #expect(throws: StoreError.self) { try PostgresLocation(url: url) }
    }

    /// The vector holds the folded words with their weights, quoted.
    @Test func searchVectorLiteral() {
        let literal = SearchVector.literal(head: Folding.fold("Đồng Tháp"), body: Folding.fold("Tỉnh Đồng Tháp, l'été"))
        #expect(literal == "'dong':2A,6 'thap':3A,7 'tinh':5 'l':8 'ete':9")
        #expect(SearchVector.ranking(["ky", "cuong"]) == "('ky' <-> 'cuong') | ('ky' & 'cuong')")
    }
}

/// Without a server the PostgreSQL tests above are skipped: this says so in the results.
@Suite(.enabled(if: !PostgresTestServer.isAvailable, "a PostgreSQL server is given: its tests run"))
struct PostgresSkippedNotice {
    @Test(.disabled(PostgresTestServer.skipped))
    func postgresTestsSkipped() {}
}
