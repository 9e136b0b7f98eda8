import Foundation
import PostgresNIO

extension PostgresStore {
    /// Creates an empty database `name` on the server of `url` (whose user
    /// needs the CREATEDB privilege), unless it exists: for benchmarks and
    /// tests, which want a record of their own.
    /// - Returns: the address of the new database.
    public static func createDatabase(_ name: String, server url: String) throws(StoreError) -> String {
        var location = try PostgresLocation(url: url)
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }), !name.isEmpty else {
            throw StoreError(path: name, reason: "a database name of ASCII letters, digits and _ only")
        }
        let pool = PostgresPool(location: location, size: 1)
        try pool.withConnection { connection in
            var arguments = PostgresArguments()
            let exists = try connection.run("SELECT 1 FROM pg_database WHERE datname = \(arguments.bind(name))", arguments.binds)
            if exists.isEmpty { _ = try connection.run("CREATE DATABASE \(name)") }
        }
        location.database = name
        let password = location.password.map { ":" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? ""
        let user = location.user.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? location.user
        return "postgres://\(user)\(password)@\(location.host):\(location.port)/\(name)"
    }

    /// Drops database `name` on the server of `url`, if it exists.
    public static func dropDatabase(_ name: String, server url: String) throws(StoreError) {
        let pool = PostgresPool(location: try PostgresLocation(url: url), size: 1)
        try pool.withConnection { connection in
            _ = try connection.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }
}
