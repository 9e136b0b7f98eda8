import Dispatch
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// A few connections to one PostgreSQL database, lent to one caller at a
/// time. Used from ordinary threads (the importer's writer, a command) and
/// from the server's tasks alike: a caller waits on a future that the
/// connection's event loop completes, never on a Swift concurrency thread.
final class PostgresPool: Sendable {
    let location: PostgresLocation
    let readOnly: Bool
    private let idle = Mutex<[PostgresConnection]>([])
    private let slots: DispatchSemaphore
    private let nextID = Atomic<Int>(0)

    /// Postgres-nio logs nothing of ours: errors come back as values.
    static let logger = Logger(label: "pacto.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    init(location: PostgresLocation, size: Int, readOnly: Bool = false) {
        self.location = location
        self.readOnly = readOnly
        slots = DispatchSemaphore(value: max(1, size))
    }

    deinit {
        for connection in idle.withLock({ $0 }) { Self.close(connection) }
    }

    /// Closes `connection`, keeping it alive until it is closed (postgres-nio
    /// checks that a connection is closed before it goes).
    private static func close(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in _ = connection }
    }

    /// Runs `body` with a connection of the pool (a new one when none is idle).
    /// - Throws: ``StoreError`` with a one-line reason for anything PostgreSQL reports.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws(StoreError) -> T {
        slots.wait()
        defer { slots.signal() }
        do {
            // An idle connection the server has closed meanwhile is left behind.
            let kept = idle.withLock { idle in
                idle.removeAll { $0.isClosed }
                return idle.popLast()
            }
            let connection = try kept ?? connect()
            do {
                let result = try body(connection)
                idle.withLock { $0.append(connection) }
                return result
            } catch {
                // A server's refusal leaves the connection usable; anything else may not.
                if (error as? PSQLError)?.code == .server, !connection.isClosed {
                    idle.withLock { $0.append(connection) }
                } else {
                    Self.close(connection)
                }
                throw error
            }
        } catch let error as StoreError {
            throw error
        } catch {
            var failure = StoreError(path: location.description, reason: PostgresFailure.reason(for: error, at: location))
            failure.retryable = error.isRetryable
            throw failure
        }
    }

    /// `body` inside one transaction, committed when it returns, rolled back
    /// when it throws. A write that lost a deadlock or a serialisation
    /// conflict to another importer is run again from the start.
    func transaction<T>(readOnly: Bool = false, _ body: (PostgresConnection) throws -> T) throws(StoreError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try withConnection { connection in
                    _ = try connection.run(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN")
                    do {
                        let result = try body(connection)
                        _ = try connection.run("COMMIT")
                        return result
                    } catch {
                        _ = try? connection.run("ROLLBACK")
                        throw error
                    }
                }
            } catch {
                guard !readOnly, attempt < 8, error.isRetryable else { throw error }
                usleep(UInt32(20_000 * attempt))
            }
        }
    }

    private func connect() throws -> PostgresConnection {
        let id = nextID.add(1, ordering: .relaxed).newValue
        return try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: location.configuration(readOnly: readOnly), id: id,
            logger: Self.logger
        ).wait()
    }
}

extension PostgresConnection {
    /// Runs one statement and collects its rows.
    func run(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> PostgresQueryResult {
        try query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PostgresPool.logger).wait()
    }
}

extension PostgresRow {
    /// The value of column `index`.
    func value<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        try makeRandomAccess()[index].decode(T.self)
    }
}
