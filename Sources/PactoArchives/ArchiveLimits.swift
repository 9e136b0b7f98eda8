/// The bounds that keep a hostile archive from exhausting memory or time.
///
/// Each has a default and a flag on `pacto import`. An entry that breaks a
/// bound is reported as a failure with the bound's name; the other entries
/// are still read, except when the archive as a whole is refused (a gzip bomb
/// in a WARC stream, too many entries).
public struct ArchiveLimits: Sendable, Hashable {
    /// Largest document, in bytes, after decompression (`--max-bytes`).
    public var maxEntryBytes: Int
    /// Most entries (ZIP entries or WARC records) read from one archive (`--max-entries`).
    public var maxEntries: Int
    /// Largest uncompressed-to-compressed ratio accepted (`--max-ratio`): zip
    /// and gzip bombs expand thousands of times, HTML rarely more than 20.
    public var maxRatio: Int
    /// Output below this many bytes is never called a bomb, whatever its
    /// ratio: a tiny page of repeated spaces compresses very well.
    public var ratioSlack: Int

    public static let defaultMaxEntryBytes = 64 * 1024 * 1024
    public static let defaultMaxEntries = 1_000_000
    public static let defaultMaxRatio = 100
    public static let defaultRatioSlack = 1024 * 1024

    public init(
        maxEntryBytes: Int = Self.defaultMaxEntryBytes, maxEntries: Int = Self.defaultMaxEntries,
        maxRatio: Int = Self.defaultMaxRatio, ratioSlack: Int = Self.defaultRatioSlack
    ) {
        self.maxEntryBytes = max(1, maxEntryBytes)
        self.maxEntries = max(1, maxEntries)
        self.maxRatio = max(1, maxRatio)
        self.ratioSlack = max(0, ratioSlack)
    }

    /// True when `output` bytes from `input` compressed bytes exceed the ratio.
    func isBomb(output: Int, input: Int) -> Bool {
        output > ratioSlack && output / max(1, input) > maxRatio
    }
}
