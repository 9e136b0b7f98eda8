import ArgumentParser
import Foundation
import PactoRecord

/// The database option every record command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The record's database file (default: $PACTO_DB, else pacto.sqlite here).")
    var path: String?

    var resolvedPath: String { path ?? Store.defaultPath }

    func open(readOnly: Bool) throws -> Store {
        do {
            return try Store(path: resolvedPath, readOnly: readOnly)
        } catch {
            Output.error(error.description)
            throw ExitCode(2)
        }
    }
}
