import Foundation
import Testing
@testable import PactoRecord

/// The PostgreSQL server the store tests also run against: its address in
/// `PACTO_TEST_POSTGRES` (`scripts/with-postgres.sh` starts a private one
/// and sets it; `.ci/run` does so). Without it, the PostgreSQL tests are
/// skipped and say why.
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["PACTO_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static var isAvailable: Bool { url != nil }
    static let skipped: Comment = "PACTO_TEST_POSTGRES is not set: no PostgreSQL server to test against (scripts/with-postgres.sh starts one)"

    /// A new, empty database on the test server: its address.
    static func freshDatabase() async throws -> String {
        guard let url else { throw StoreError(path: "PACTO_TEST_POSTGRES", reason: "not set") }
        let name = "pacto_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return try PostgresStore.createDatabase(name, server: url)
    }
}

/// The stores the shared suite runs on: SQLite always, PostgreSQL when a server is given.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var available: [StoreKind] { PostgresTestServer.isAvailable ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { rawValue }

    /// An empty record of this kind.
    func makeStore() async throws -> any RecordStore {
        switch self {
        case .sqlite: try Store.inMemory()
        case .postgres: try PostgresStore(url: try await PostgresTestServer.freshDatabase())
        }
    }

    /// A record of this kind holding the fixture corpus, the corpus's folder and the import's summary.
    func importedStore() async throws -> (any RecordStore, URL, Importer.Summary) {
        let folder = try RecordFixtures.corpus()
        let store = try await makeStore()
        let summary = try Importer(store: store).run([folder.path])
        return (store, folder, summary)
    }
}
