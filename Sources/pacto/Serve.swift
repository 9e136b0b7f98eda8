import ArgumentParser
import Dispatch
import Logging
import PactoRecord
import PactoWeb
import Synchronization

extension Pacto {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the record in a browser: search, events with their evidence, pacts, and a JSON API.",
            discussion: """
            The database is opened read-only; nothing the server receives can change it. It listens on \
            127.0.0.1 (this machine only) unless --host says otherwise, and stops cleanly on Ctrl-C or SIGTERM. \
            --port 0 picks a free port; the address is printed once the server listens.
            """
        )

        @Option(help: "The address to listen on; 0.0.0.0 opens the server to the network.")
        var host = "127.0.0.1"
        @Option(help: "The port to listen on (0: any free port).")
        var port = 8080
        @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
        var logLevel = "info"
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port \(port): 0 to 65535") }
            guard Logger.Level(rawValue: logLevel) != nil else {
                throw ValidationError("--log-level \(logLevel): trace, debug, info, notice, warning, error or critical")
            }
        }

        func run() throws {
            let store = try database.open(readOnly: true)
            LoggingSystem.bootstrap(StreamLogHandler.standardError)
            var logger = Logger(label: "pacto.serve")
            logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            let configuration = WebConfiguration(host: host, port: port)
            let path = database.shownPath
            // The root command is synchronous: the server runs in a task and
            // this thread waits for it to end (on SIGINT or SIGTERM).
            let failure = Failure()
            let finished = DispatchSemaphore(value: 0)
            let serverLogger = logger
            Task {
                do {
                    try await runServer(store: store, configuration: configuration, logger: serverLogger) { port in
                        Output.line("pacto: serving \(path) on http://\(configuration.host):\(port) (read-only; Ctrl-C stops)")
                    }
                } catch {
                    failure.record("\(error)")
                }
                finished.signal()
            }
            finished.wait()
            if let message = failure.message {
                Output.error("serve: \(message)")
                throw ExitCode(1)
            }
        }
    }

    /// The server task's error, handed to the waiting thread.
    final class Failure: Sendable {
        private let storage = Mutex<String?>(nil)
        func record(_ message: String) { storage.withLock { $0 = message } }
        var message: String? { storage.withLock { $0 } }
    }
}
