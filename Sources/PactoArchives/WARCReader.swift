/// Reads a WARC 1.0 or 1.1 file (plain, or gzip with one member per record
/// or one for the whole file) record by record, and yields the HTML pages
/// of its `response` records as entries.
///
/// Everything else is counted as skipped by kind. A damaged record (bad
/// gzip, truncated, wrong `Content-Length`) is reported and reading goes on
/// at the next record header. Memory holds one record at a time; a record
/// larger than the size limit is skipped without being held.
///
/// See the WARC 1.1 specification (ISO 28500:2017),
/// https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/
struct WARCReader: ArchiveStream {
    let archive: String
    let limits: ArchiveLimits
    private var stream: ByteStream
    private var records = 0
    private var finished = false
    private var names: [String: Int] = [:]
    /// The name of the response record being read (also when it fails).
    private var currentName: String?

    static let maxLine = 64 * 1024
    /// The first bytes of a block read to tell a page from an image.
    static let headBytes = 16 * 1024
    static let maxHeaderFields = 1024
    /// A record header at the start of a line: where reading resumes after damage.
    static let recordStart: [UInt8] = Array("\nWARC/".utf8)
    /// What ends a block and starts the next record.
    static let blockEnd: [UInt8] = Array("\r\n\r\nWARC/".utf8)

    init(archive: String, chunks: any ChunkStream, limits: ArchiveLimits) {
        self.archive = archive
        self.limits = limits
        self.stream = ByteStream(chunks)
    }

    mutating func next() -> ArchiveItem? {
        guard !finished else { return nil }
        do {
            return try nextItem()
        } catch {
            finished = true
            return .failed(name: archive, reason: error.reason)
        }
    }
}

/// One WARC record header: the named fields, lower-cased names.
struct WARCHeader {
    var version: String
    var fields: [String: String]

    var type: String { fields["warc-type"]?.lowercased() ?? "" }
    var contentLength: Int? { fields["content-length"].flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil } }
    /// `WARC-Target-URI`, without the angle brackets WARC 1.0 examples show.
    var targetURI: String? {
        guard var uri = fields["warc-target-uri"], !uri.isEmpty else { return nil }
        if uri.hasPrefix("<"), uri.hasSuffix(">") { uri = String(uri.dropFirst().dropLast()) }
        return uri
    }
}

private extension WARCReader {
    mutating func nextItem() throws(ArchiveError) -> ArchiveItem? {
        while true {
            guard let line = try stream.readLine(limit: Self.maxLine) else {
                if let gap = stream.resume() { return .failed(name: archive, reason: gap.reason) }
                finished = true
                return nil
            }
            if line.isEmpty { continue }
            guard line.starts(with: Array("WARC/".utf8)) else {
                let at = stream.offset
                try resync()
                // What a damaged gzip member let through before its gap.
                if let gap = stream.resume() { return .failed(name: archive, reason: gap.reason) }
                return .failed(name: archive, reason: "no WARC record header at byte \(at) (of the uncompressed data); skipped to the next record")
            }
            records += 1
            if records > limits.maxEntries {
                finished = true
                return .failed(name: archive, reason: "has more than \(limits.maxEntries) records; the rest is not read (see --max-entries)")
            }
            return try record(version: String(decoding: line, as: UTF8.self))
        }
    }

    /// Reads the record whose version line was just read.
    mutating func record(version: String) throws(ArchiveError) -> ArchiveItem {
        let start = stream.offset
        var header = WARCHeader(version: version, fields: [:])
        while true {
            guard let line = try stream.readLine(limit: Self.maxLine) else {
                let lost = stream.resume().map { " (\($0.reason))" } ?? ""
                return failure(at: start, header: header, "the record ends inside its header (truncated)\(lost)")
            }
            if line.isEmpty { break }
            guard header.fields.count < Self.maxHeaderFields else {
                try resync()
                return failure(at: start, header: header, "more than \(Self.maxHeaderFields) header fields")
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { continue }
            header.fields[text[..<colon].trimmingSpaces.lowercased()] = text[text.index(after: colon)...].trimmingSpaces
        }
        guard let length = header.contentLength else {
            try resync()
            return failure(at: start, header: header, "no valid Content-Length")
        }
        let kind: Skip?
        switch header.type {
        case "response", "resource": kind = nil
        case "warcinfo": kind = .warcinfo
        case "request": kind = .request
        case "metadata": kind = .metadata
        case "revisit": kind = .revisit
        default: kind = .otherRecord
        }
        if kind == nil { currentName = uniqueName(header, at: start) }
        defer { currentName = nil }
        if let kind {
            let skipped = try stream.skip(length)
            if skipped < length { return truncated(at: start, header: header, length: length, got: skipped) }
            if let problem = try endOfBlock() { return failure(at: start, header: header, problem) }
            return .skipped(kind)
        }
        // The HTTP head first: images and videos are skipped unread.
        var block = try stream.read(min(length, Self.headBytes))
        if block.count == min(length, Self.headBytes), let kind = WARCPayload.skip(head: block, header: header) {
            let rest = length - block.count
            let skipped = try stream.skip(rest)
            if skipped < rest { return truncated(at: start, header: header, length: length, got: block.count + skipped) }
            if let problem = try endOfBlock() { return failure(at: start, header: header, problem) }
            return .skipped(kind)
        }
        // Room for the HTTP header on top of the largest document.
        if length > limits.maxEntryBytes + HTTPResponse.maxHeaderBytes {
            let rest = length - block.count
            let skipped = try stream.skip(rest)
            if skipped < rest { return truncated(at: start, header: header, length: length, got: block.count + skipped) }
            _ = try endOfBlock()
            return failure(at: start, header: header,
                           "is too large (\(length) bytes; the limit is \(limits.maxEntryBytes) bytes, see --max-bytes)")
        }
        if block.count < length { block += try stream.read(length - block.count) }
        if block.count < length {
            // A later record inside the short block is read on its own.
            if let next = ByteStream.firstRange(of: Self.blockEnd, in: block[...]) {
                stream.unread(Array(block[(next + 4)...]))
                block.removeSubrange(next...)
                return failure(at: start, header: header, "its Content-Length (\(length)) runs into the next record")
            }
            return truncated(at: start, header: header, length: length, got: block.count)
        }
        // A Content-Length that runs past the next record's header: give the
        // next record back and report this one.
        if let next = ByteStream.firstRange(of: Self.blockEnd, in: block[...]) {
            stream.unread(Array(block[(next + 4)...]))
            return failure(at: start, header: header, "its Content-Length (\(length)) runs into the next record")
        }
        if let problem = try endOfBlock() { return failure(at: start, header: header, problem) }
        if try stream.integrity() == .damaged {
            let why = stream.resume()?.reason ?? "damaged gzip data"
            return failure(at: start, header: header, "its gzip member fails its CRC-32 check or is damaged: not imported (\(why))")
        }
        return WARCPayload.item(block: block, header: header, name: currentName ?? uniqueName(header, at: start), limits: limits)
    }

    /// After a block: the two CRLFs, then the next record or the end.
    /// - Returns: what is wrong, or nil.
    mutating func endOfBlock() throws(ArchiveError) -> String? {
        for _ in 0..<4 {
            let carriageReturn = try stream.hasPrefix([0x0D])
            let lineFeed = try stream.hasPrefix([0x0A])
            guard carriageReturn || lineFeed else { break }
            try stream.skip(1)
        }
        if try stream.isAtStop() { return nil }
        if try stream.hasPrefix(Array("WARC/".utf8)) { return nil }
        try resync()
        return "its Content-Length does not match the record (no record header after it)"
    }

    /// Skips to the next line that starts a WARC record.
    mutating func resync() throws(ArchiveError) {
        if try stream.skip(until: Self.recordStart) { try stream.skip(1) }
    }

    /// `archive!uri`; a URI captured again gets `@date`, then `#n`, so that
    /// every record keeps the same name on every import.
    mutating func uniqueName(_ header: WARCHeader, at offset: Int) -> String {
        let base = "\(archive)!\(header.targetURI ?? "record@\(offset)")"
        var name = base
        if names[name] != nil, let date = header.fields["warc-date"] { name = "\(base)@\(date)" }
        let seen = names[name, default: 0]
        names[name] = seen + 1
        return seen == 0 ? name : "\(name)#\(seen + 1)"
    }

    func failure(at offset: Int, header: WARCHeader, _ reason: String) -> ArchiveItem {
        .failed(name: currentName ?? "\(archive)!\(header.targetURI ?? "record@\(offset)")", reason: reason)
    }

    mutating func truncated(at offset: Int, header: WARCHeader, length: Int, got: Int) -> ArchiveItem {
        let lost = stream.resume().map { " (\($0.reason))" } ?? ""
        return failure(at: offset, header: header,
                       "the record is truncated: Content-Length \(length), \(got) bytes present\(lost)")
    }
}
