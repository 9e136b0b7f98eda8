import PostgresNIO

/// PostgreSQL's errors as one line for a person: what went wrong, never
/// the statement or a stack.
enum PostgresFailure {
    /// SQLSTATE codes a write may meet when importers race: run it again.
    static let retryable: Set<String> = ["40001", "40P01"]

    static func reason(for error: any Error, at location: PostgresLocation) -> String {
        guard let error = error as? PSQLError else {
            return "\(error)"
        }
        let server = "the PostgreSQL server at \(location.host):\(location.port)"
        switch error.code {
        case .connectionError:
            return "cannot reach \(server) (is it running, and does it accept connections from here?)"
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return "the connection to \(server) was closed"
        case .unsupportedAuthMechanism:
            return "\(server) asks for an authentication method Pacto does not support"
        case .authMechanismRequiresPassword:
            return "\(server) asks for a password: give it in the address (postgres://\(location.user):PASSWORD@…)"
        case .sslUnsupported:
            return "\(server) does not accept this connection's encryption settings"
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "refused the request"
            switch state {
            case "28P01", "28000":
                return "\(server) refused the credentials of user \(location.user) (\(message))"
            case "3D000":
                return "no database named \(location.database) on \(server) (create it first: createdb \(location.database))"
            case "42501":
                return "user \(location.user) lacks a privilege: \(message)"
            case "42P01":
                return "no Pacto record in database \(location.database) (run `pacto import` first)"
            case "57P03":
                return "\(server) is starting up or shutting down; try again"
            case "53300":
                return "\(server) has too many connections; try again later"
            default:
                return "PostgreSQL: \(message)"
            }
        default:
            return "PostgreSQL: \(error.code)"
        }
    }
}

extension Error {
    /// A deadlock or serialisation failure between importers.
    var isRetryable: Bool {
        if let store = self as? StoreError { return store.retryable }
        guard let error = self as? PSQLError, let state = error.serverInfo?[.sqlState] else { return false }
        return PostgresFailure.retryable.contains(state)
    }
}
