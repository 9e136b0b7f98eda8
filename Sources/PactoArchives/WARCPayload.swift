import CompressNIO

/// Turns the block of a `response` (or `resource`) record into an entry,
/// or says why it is skipped or failed.
enum WARCPayload {
    static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml", "application/xml+xhtml"]

    /// Why a record is passed over, told from the first bytes of its block
    /// (the HTTP status line and headers), so that images and videos are
    /// skipped without being held in memory; nil when it may be a page.
    static func skip(head: [UInt8], header: WARCHeader) -> Skip? {
        let recordType = header.fields["content-type"]?.lowercased() ?? ""
        if header.type == "resource" {
            let media = recordType.split(separator: ";").first.map { $0.trimmingSpaces } ?? ""
            return htmlTypes.contains(media) ? nil : .otherRecord
        }
        guard recordType.isEmpty || recordType.hasPrefix("application/http") else {
            return .notHTML  // DNS and other non-HTTP responses
        }
        guard let response = HTTPResponse.parse(head) else { return nil }
        switch response.status {
        case 200..<300: break
        case 300..<400: return .redirect
        default: return .httpError
        }
        // Headers are trusted only when they end inside `head`.
        let complete = ByteStream.firstRange(of: [0x0D, 0x0A, 0x0D, 0x0A], in: head[...]) != nil
            || ByteStream.firstRange(of: [0x0A, 0x0A], in: head[...]) != nil
        if complete, let media = response.mediaType, !htmlTypes.contains(media) { return .notHTML }
        return nil
    }

    static func item(block: [UInt8], header: WARCHeader, name: String, limits: ArchiveLimits) -> ArchiveItem {
        let date = header.fields["warc-date"]
        if let kind = skip(head: block, header: header) { return .skipped(kind) }
        if header.type == "resource" {
            // A stored file, no HTTP.
            return .entry(ArchiveEntry(name: name, bytes: block, sourceURL: header.targetURI, capturedAt: date, isHTML: true))
        }
        guard let response = HTTPResponse.parse(block) else {
            return .failed(name: name, reason: "the response record holds no HTTP status line")
        }
        var body = Array(response.body)
        if response.isChunked, let dechunked = HTTPResponse.dechunked(response.body, limit: limits.maxEntryBytes) {
            body = dechunked
        }
        for coding in response.contentEncodings.reversed() {
            let algorithm: ZlibAlgorithm
            switch coding {
            case "gzip", "x-gzip": algorithm = .gzip
            case "deflate": algorithm = body.first.map { $0 & 0x0F == 8 } == true ? .zlib : .deflate
            default: return .failed(name: name, reason: "unsupported Content-Encoding \(coding)")
            }
            do {
                body = try Inflater.inflate(body, algorithm: algorithm, limits: limits)
            } catch {
                switch error {
                case .tooLarge(let limit):
                    return .failed(name: name, reason: "is too large once decompressed (the limit is \(limit) bytes, see --max-bytes)")
                case .bomb(let ratio, let limit):
                    return .failed(name: name, reason: "refused: the \(coding) body expands more than \(ratio) times (the limit is \(limit), see --max-ratio): a compression bomb?")
                case .damaged(let why):
                    return .failed(name: name, reason: "its \(coding) body cannot be decompressed (\(why))")
                }
            }
        }
        if body.count > limits.maxEntryBytes {
            return .failed(name: name, reason: "is too large (\(body.count) bytes; the limit is \(limits.maxEntryBytes) bytes, see --max-bytes)")
        }
        return .entry(ArchiveEntry(
            name: name, bytes: body, sourceURL: header.targetURI, capturedAt: date, charset: response.charset,
            isHTML: response.mediaType.map { htmlTypes.contains($0) }))
    }
}
