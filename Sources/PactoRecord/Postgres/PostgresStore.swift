import Foundation
import PostgresNIO

/// The record on a PostgreSQL server: the same tables and answers as
/// ``Store``, shared by a team. Many importers write into it at once (a
/// document's SHA-256 is unique, a batch is one transaction) and many
/// servers read it.
///
/// Reads run in one read-only snapshot each, so a page never mixes two
/// states of the record; writes retry when they lose a race to another
/// importer.
public struct PostgresStore: RecordStore {
    let pool: PostgresPool

    /// Connects to `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME`)
    /// and, unless `readOnly`, creates or upgrades the schema.
    /// - Parameter readOnly: the server's access: SELECT is all it needs.
    /// - Throws: ``StoreError`` with a one-line reason (unreachable server,
    ///   refused credentials, missing database, no record yet).
    public init(url: String, readOnly: Bool = false, connections: Int = 2 * ProcessInfo.processInfo.activeProcessorCount)
        throws(StoreError)
    {
        let location = try PostgresLocation(url: url)
        pool = PostgresPool(location: location, size: max(2, connections), readOnly: readOnly)
        if readOnly {
            try PostgresSchema.check(pool)
        } else {
            try PostgresSchema.migrate(pool)
        }
    }

    /// The address without its password: for messages.
    public var name: String { pool.location.description }

    public func version() throws -> RecordVersion {
        try pool.withConnection { connection in
            let value = try connection.run("SELECT value FROM recordRevision").first?.value(0, as: Int64.self) ?? 0
            return RecordVersion(generation: UInt64(max(0, value)))
        }
    }

    public func counts() throws -> (documents: Int, events: Int) {
        try pool.transaction(readOnly: true) { connection in
            let documents = try connection.run("SELECT count(*) FROM document").first?.value(0, as: Int.self) ?? 0
            let events = try connection.run("SELECT count(*) FROM event").first?.value(0, as: Int.self) ?? 0
            return (documents, events)
        }
    }

    public func storedFiles() throws -> [String: String] {
        try pool.withConnection { connection in
            var files: [String: String] = [:]
            for row in try connection.run("SELECT path, sha256 FROM document") {
                files[try row.value(0)] = try row.value(1, as: String.self)
            }
            return files
        }
    }
}
