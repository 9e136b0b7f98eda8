import Foundation

/// Builds the query part of a link (`?q=ky+cuong&year=2024`), each value
/// percent-encoded; empty values are left out.
struct QueryString: Sendable {
    private var pairs: [(String, String)] = []

    init(_ pairs: [(String, String?)] = []) {
        for (key, value) in pairs { set(key, value) }
    }

    mutating func set(_ key: String, _ value: String?) {
        pairs.removeAll { $0.0 == key }
        if let value, !value.isEmpty { pairs.append((key, value)) }
    }

    func setting(_ key: String, _ value: String?) -> QueryString {
        var copy = self
        copy.set(key, value)
        return copy
    }

    /// `?a=1&b=2`, or "" when empty.
    var string: String {
        guard !pairs.isEmpty else { return "" }
        return "?" + pairs.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
    }

    /// Unreserved characters (RFC 3986) stay; everything else is %XX.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
