/// Why a file could not be read into an ``Article``: the path and the reason.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case notFound
        case isDirectory
        case unreadable(String)
        case empty
        case binary(String)
        case tooLarge(size: Int, limit: Int)
        case unparsable(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "\(path): \(reasonText)"
    }

    public var reasonText: String {
        switch reason {
        case .notFound: return "no such file"
        case .isDirectory: return "is a directory, not a file"
        case .unreadable(let why): return "cannot be read (\(why))"
        case .empty: return "is empty: there is no text to read"
        case .binary(let kind): return "is not text or HTML (looks like \(kind))"
        case .tooLarge(let size, let limit):
            return "is too large (\(size) bytes; the limit is \(limit) bytes, see --max-bytes)"
        case .unparsable(let why): return "could not be parsed (\(why))"
        }
    }
}
