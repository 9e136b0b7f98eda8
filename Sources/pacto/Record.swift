import ArgumentParser
import Foundation
import PactoRecord

/// The database option every record command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: """
            The record: a SQLite file, or a PostgreSQL database as postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME \
            (default: $PACTO_DB, else pacto.sqlite here).
            """)
    var path: String?

    var resolvedPath: String { path ?? Store.defaultPath }

    /// The record as messages name it: a PostgreSQL address without its password.
    var shownPath: String { RecordStores.shown(resolvedPath) }

    func open(readOnly: Bool) throws -> any RecordStore {
        do {
            return try RecordStores.open(resolvedPath, readOnly: readOnly)
        } catch {
            Output.error(error.description)
            throw ExitCode(2)
        }
    }
}
