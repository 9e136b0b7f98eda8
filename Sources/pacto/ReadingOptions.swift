import ArgumentParser
import PactoArchives
import PactoReading

/// Options every command that reads files shares.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Refuse files, and archive entries once decompressed, larger than this many bytes.")
    var maxBytes: Int = Reader.Options().maxBytes

    @Option(help: "Follow HTML nesting this deep (at most 4096); deeper elements keep their text, not their nesting.")
    var maxDepth: Int = Reader.Options().maxDepth

    var readerOptions: Reader.Options { Reader.Options(maxBytes: maxBytes, maxDepth: maxDepth) }
}

/// The limits on archives (`--max-bytes`, the document size limit, is in ``ReadingOptions``).
struct ArchiveOptions: ParsableArguments {
    @Option(help: "Read at most this many records or entries from one archive.")
    var maxEntries: Int = ArchiveLimits.defaultMaxEntries

    @Option(help: "Refuse compressed data that expands more than this many times (zip and gzip bombs).")
    var maxRatio: Int = ArchiveLimits.defaultMaxRatio

    var limits: ArchiveLimits { ArchiveLimits(maxEntries: maxEntries, maxRatio: maxRatio) }
}
