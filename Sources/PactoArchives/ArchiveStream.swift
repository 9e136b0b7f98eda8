/// An archive read one item at a time. Reading never throws: a problem
/// with the archive as a whole is its last item, a `.failed` named after
/// the archive.
public protocol ArchiveStream {
    mutating func next() -> ArchiveItem?
}

/// The archive formats Pacto reads.
public enum ArchiveFormat: String, Sendable, CaseIterable {
    /// WARC 1.0 / 1.1, plain or gzip-compressed.
    case warc
    /// ZIP (stored or deflated entries).
    case zip

    /// The format a file name says: `.warc`, `.warc.gz`, `.zip`.
    public static func of(name: String) -> ArchiveFormat? {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".warc") || lowered.hasSuffix(".warc.gz") { return .warc }
        if lowered.hasSuffix(".zip") { return .zip }
        return nil
    }

    /// Opens the archive at `path`; `name` (the path as given) prefixes the entries' names.
    public func open(path: String, name: String? = nil, limits: ArchiveLimits = .init()) -> any ArchiveStream {
        let name = name ?? path
        switch self {
        case .zip:
            return ZIPReader(path: path, name: name, limits: limits)
        case .warc:
            do {
                return try Self.warc(source: FileSource(path: path), name: name, limits: limits)
            } catch {
                return FailedArchive(name: name, reason: error.reason)
            }
        }
    }

    /// Reads an archive held in memory (tests, the fuzzer).
    public func open(bytes: [UInt8], name: String, limits: ArchiveLimits = .init()) -> any ArchiveStream {
        switch self {
        case .zip:
            return ZIPReader(bytes: bytes, name: name, limits: limits)
        case .warc:
            do {
                return try Self.warc(source: MemorySource(bytes), name: name, limits: limits)
            } catch {
                return FailedArchive(name: name, reason: error.reason)
            }
        }
    }

    /// gzip or plain, told by the first bytes, not the name.
    private static func warc(source: some ByteSource, name: String, limits: ArchiveLimits) throws(ArchiveError) -> any ArchiveStream {
        var source = source
        let head = try source.read(upTo: 2)
        let rest = Rewound(head: head, rest: source)
        if head == [0x1F, 0x8B] {
            return WARCReader(archive: name, chunks: try GzipSource(rest, limits: limits), limits: limits)
        }
        return WARCReader(archive: name, chunks: PlainChunks(source: rest), limits: limits)
    }
}

/// A source with its first bytes read already and given back.
private struct Rewound<Rest: ByteSource>: ByteSource {
    var head: [UInt8]
    var rest: Rest

    mutating func read(upTo count: Int) throws(ArchiveError) -> [UInt8] {
        if !head.isEmpty {
            defer { head = [] }
            return head
        }
        return try rest.read(upTo: count)
    }
}

/// An archive that could not be opened: one failure, then the end.
struct FailedArchive: ArchiveStream {
    let name: String
    let reason: String
    var done = false

    mutating func next() -> ArchiveItem? {
        guard !done else { return nil }
        done = true
        return .failed(name: name, reason: reason)
    }
}
