import CompressNIO

/// Turns the block of a `response` (or `resource`) record into an entry,
/// or says why it is skipped or failed.
enum WARCPayload {
    static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml", "application/xml+xhtml"]

    static func item(block: [UInt8], header: WARCHeader, name: String, limits: ArchiveLimits) -> ArchiveItem {
        let recordType = header.fields["content-type"]?.lowercased() ?? ""
        let date = header.fields["warc-date"]
        if header.type == "resource" {
            // A stored file, no HTTP: only HTML ones are pages.
            let media = recordType.split(separator: ";").first.map { $0.trimmingSpaces } ?? ""
            guard htmlTypes.contains(media) else { return .skipped(.otherRecord) }
            return .entry(ArchiveEntry(name: name, bytes: block, sourceURL: header.targetURI, capturedAt: date, isHTML: true))
        }
        guard recordType.isEmpty || recordType.hasPrefix("application/http") else {
            return .skipped(.notHTML)  // DNS and other non-HTTP responses
        }
        guard let response = HTTPResponse.parse(block) else {
            return .failed(name: name, reason: "the response record holds no HTTP status line")
        }
        switch response.status {
        case 200..<300: break
        case 300..<400: return .skipped(.redirect)
        default: return .skipped(.httpError)
        }
        if let media = response.mediaType, !htmlTypes.contains(media) { return .skipped(.notHTML) }
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
