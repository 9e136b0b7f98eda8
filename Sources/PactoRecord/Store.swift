import Foundation
import GRDB
import PactoModel

/// The record: one SQLite database (through GRDB) holding documents, their
/// Article bodies and the events extracted from them, with a full-text index.
///
/// A `Sendable` struct around a GRDB writer: GRDB serialises writes and
/// runs reads concurrently, so no actor is needed on top.
public struct Store: Sendable {
    let writer: any DatabaseWriter
    /// A connection of its own for ``version()`` on a read-only record (the
    /// server's), so that asking never waits for a pooled reader.
    let versionReader: DatabaseQueue?
    let changes = ChangeTracker()

    /// Opens (creating and migrating if needed) the database at `path`.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        do {
            var configuration = Configuration()
            configuration.readonly = readOnly
            if readOnly {
                // Two readers per core: while one waits to hand its rows over, the
                // other searches. On 2 cores, 4 readers served 15-25 % more distinct
                // searches a second than 2 (paired runs, small and 100k records);
                // a record's page cache is per connection, so not many more.
                configuration.maximumReaderCount = max(4, 2 * ProcessInfo.processInfo.activeProcessorCount)
            }
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA foreign_keys = ON")
                // 64 MB of page cache per connection: searches touch the same index pages.
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
            if readOnly {
                guard FileManager.default.fileExists(atPath: path) else {
                    throw StoreError(path: path, reason: "no database here (run `pacto import` first)")
                }
                writer = try DatabasePool(path: path, configuration: configuration)
                var plain = Configuration()
                plain.readonly = true
                versionReader = try DatabaseQueue(path: path, configuration: plain)
            } else {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try Schema.migrator.migrate(pool)
                writer = pool
                versionReader = nil
            }
            if readOnly { try Self.checkSchema(writer, path: path) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, reason: "\(error)")
        }
    }

    /// An empty in-memory record, migrated: for tests.
    public static func inMemory() throws -> Store {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return Store(writer: queue)
    }

    init(writer: any DatabaseWriter) {
        self.writer = writer
        versionReader = nil
    }

    private static func checkSchema(_ writer: any DatabaseWriter, path: String) throws {
        let applied = try writer.read { db in try Schema.migrator.appliedMigrations(db) }
        guard Set(applied) == Set(Schema.migrator.migrations) else {
            throw StoreError(path: path, reason: "the database was made by another version of Pacto; run `pacto import` once to upgrade it")
        }
    }

    /// The default database path: `PACTO_DB`, else `pacto.sqlite` here.
    public static var defaultPath: String {
        ProcessInfo.processInfo.environment["PACTO_DB"] ?? "pacto.sqlite"
    }
}

/// A store that could not be opened or used: the database path and why.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// A write that lost a race with another importer (PostgreSQL's deadlock
    /// or serialisation failure): running it again succeeds.
    var retryable = false

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
