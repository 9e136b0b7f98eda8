import GRDB
import Synchronization

/// Which state of the record an answer was computed from: it grows each
/// time the record's content changes, through this store or another
/// process (an import running beside the server). Compare them to know
/// whether a kept answer is still right.
public struct RecordVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    let generation: UInt64

    public static func < (lhs: RecordVersion, rhs: RecordVersion) -> Bool { lhs.generation < rhs.generation }
    public var description: String { "v\(generation)" }
}

extension Store {
    /// The record's version now.
    ///
    /// Cheap (one `PRAGMA data_version` on a connection kept for it, no
    /// pool): callers may ask it before every cached answer. An answer read
    /// after this call is at least as new as the version it returns.
    ///
    /// Related SQLite documentation: <https://sqlite.org/pragma.html#pragma_data_version>
    public func version() throws -> RecordVersion {
        // One connection always: data_version values of two connections do not compare.
        if let versionReader { return try versionReader.read { db in try changes.observe(db) } }
        return try writer.writeWithoutTransaction { db in try changes.observe(db) }
    }
}

/// Turns SQLite's per-connection `data_version` into one number that only
/// grows: `data_version` changes when another connection committed, and
/// writes through this store (which that number does not show on their
/// own connection) move it too.
final class ChangeTracker: Sendable {
    private struct State {
        var generation: UInt64 = 0
        var dataVersion: Int?
    }
    private let state = Mutex(State())

    /// Reads `PRAGMA data_version` on `db` (always the same connection).
    func observe(_ db: Database) throws -> RecordVersion {
        let dataVersion = try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
        return state.withLock { state in
            if state.dataVersion != dataVersion {
                if state.dataVersion != nil { state.generation += 1 }
                state.dataVersion = dataVersion
            }
            return RecordVersion(generation: state.generation)
        }
    }

    /// A write through this store has committed.
    func recordWrite() {
        state.withLock { $0.generation += 1 }
    }
}
