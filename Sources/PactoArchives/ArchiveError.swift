/// Why an archive, or a part of it, could not be read.
enum ArchiveError: Error, Sendable, Equatable {
    /// The file could not be opened or read.
    case unreadable(String)
    /// The gzip stream is damaged; `offset` is in the compressed file.
    case corruptGzip(offset: Int)
    /// The gzip stream ends in the middle of a member.
    case truncatedGzip
    /// A gzip member expands beyond the allowed ratio.
    case gzipBomb(ratio: Int, limit: Int)
    /// A header line longer than any real one.
    case lineTooLong(limit: Int)

    var reason: String {
        switch self {
        case .unreadable(let why): return "cannot be read (\(why))"
        case .corruptGzip(let offset):
            return "damaged gzip data at byte \(offset) of the file: what it held is lost; reading resumed at the next gzip member"
        case .truncatedGzip: return "the gzip data ends too early: the file is truncated"
        case .gzipBomb(let ratio, let limit):
            return "refused: gzip data expands more than \(ratio) times (the limit is \(limit), see --max-ratio): a gzip bomb?"
        case .lineTooLong(let limit): return "a header line is longer than \(limit) bytes: not a WARC file?"
        }
    }
}
