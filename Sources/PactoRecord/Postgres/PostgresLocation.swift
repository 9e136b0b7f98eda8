import Foundation
import NIOCore
import PostgresNIO

/// Where a PostgreSQL record lives, read from a `--db` value:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME` (or `postgresql://`).
/// User and password may be percent-encoded (`p%40ss` for `p@ss`).
struct PostgresLocation: Sendable, CustomStringConvertible {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String

    static let schemes: Set<String> = ["postgres", "postgresql"]

    /// Whether `location` names a PostgreSQL database rather than a SQLite file.
    static func isPostgres(_ location: String) -> Bool {
        guard let colon = location.firstIndex(of: ":") else { return false }
        return schemes.contains(location[..<colon].lowercased()) && location[colon...].hasPrefix("://")
    }

    /// - Throws: ``StoreError`` naming what is missing, the password left out.
    init(url text: String) throws(StoreError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
              Self.schemes.contains(scheme.lowercased())
        else {
            throw StoreError(path: Self.redacted(text), reason: "not a PostgreSQL address: postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError(path: Self.redacted(text), reason: "no host: postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME")
        }
        guard let user = components.percentEncodedUser?.removingPercentEncoding, !user.isEmpty else {
            throw StoreError(path: Self.redacted(text), reason: "no user: postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME")
        }
        let database = String(components.percentEncodedPath.drop(while: { $0 == "/" })).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else {
            throw StoreError(path: Self.redacted(text), reason: "no database name: postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user
        self.password = components.percentEncodedPassword?.removingPercentEncoding
        self.database = database
    }

    /// The address without the password: what messages show.
    var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// - Parameter readOnly: every transaction of the connection is read-only
    ///   (the server's and the search commands'): a write is refused by PostgreSQL itself.
    func configuration(readOnly: Bool) -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = [("application_name", "pacto")]
        if readOnly { configuration.options.additionalStartupParameters.append(("default_transaction_read_only", "on")) }
        return configuration
    }

    /// `text` with anything between `:` and `@` after the scheme masked.
    static func redacted(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://"), let at = text.range(of: "@", options: .backwards),
              at.lowerBound > schemeEnd.upperBound
        else { return text }
        let credentials = text[schemeEnd.upperBound..<at.lowerBound]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at.lowerBound...])
    }
}
