/// The HTTP response stored in a WARC `response` record: status, headers
/// and the body as sent on the wire.
struct HTTPResponse {
    var status: Int
    /// Header names in lower case, values trimmed, in order.
    var headers: [(name: String, value: String)]
    var body: ArraySlice<UInt8>

    /// Longest header section accepted.
    static let maxHeaderBytes = 256 * 1024

    /// Parses `HTTP/1.x NNN reason`, the headers and the body; nil when the
    /// block does not start with an HTTP status line.
    /// - Complexity: O(header length).
    static func parse(_ block: [UInt8]) -> HTTPResponse? {
        let head = block.prefix(maxHeaderBytes)
        // End of headers: CRLF CRLF, or LF LF from sloppy writers.
        let crlf = ByteStream.firstRange(of: [0x0D, 0x0A, 0x0D, 0x0A], in: head[...])
        let lf = ByteStream.firstRange(of: [0x0A, 0x0A], in: head[...])
        let end: (index: Int, length: Int)
        switch (crlf, lf) {
        case let (c?, l?): end = c <= l ? (c, 4) : (l, 2)
        case let (c?, nil): end = (c, 4)
        case let (nil, l?): end = (l, 2)
        case (nil, nil): end = (head.count, 0)
        }
        let text = String(decoding: block[0..<end.index], as: UTF8.self)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard !lines.isEmpty else { return nil }
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]), (100...999).contains(status) else {
            return nil
        }
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            headers.append((name, value))
        }
        return HTTPResponse(status: status, headers: headers, body: block[(end.index + end.length)...])
    }

    /// The first value of header `name` (lower case).
    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// `text/html` from `text/html; charset=utf-8`, lower case.
    var mediaType: String? {
        header("content-type").map { $0.split(separator: ";").first.map { $0.trimmingSpaces.lowercased() } ?? "" }
    }

    /// The `charset` parameter of `Content-Type`.
    var charset: String? {
        guard let type = header("content-type") else { return nil }
        for parameter in type.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == "charset" else { continue }
            let value = pair[1].trimmingSpaces.trimming("\"'")
            return value.isEmpty ? nil : value
        }
        return nil
    }

    var isChunked: Bool {
        header("transfer-encoding")?.lowercased().contains("chunked") == true
    }

    /// The content codings applied, in the order they were applied.
    var contentEncodings: [String] {
        guard let value = header("content-encoding") else { return [] }
        return value.lowercased().split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty && $0 != "identity" }
    }

    /// Removes chunked transfer coding; nil when the body is not chunked
    /// after all (some crawlers store it already decoded).
    /// - Complexity: O(body length).
    static func dechunked(_ body: ArraySlice<UInt8>, limit: Int) -> [UInt8]? {
        var result: [UInt8] = []
        var index = body.startIndex
        while true {
            guard let lineEnd = body[index...].prefix(1024).firstIndex(of: 0x0A) else { return nil }
            let sizeText = String(decoding: body[index..<lineEnd], as: UTF8.self)
                .split(separator: ";").first.map { $0.trimming(" \t\r") } ?? ""
            guard !sizeText.isEmpty, sizeText.count <= 16, let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            index = lineEnd + 1
            if size == 0 { return result }
            guard size <= body.endIndex - index, result.count + size <= limit else { return nil }
            result.append(contentsOf: body[index..<(index + size)])
            index += size
            // CRLF after the chunk data.
            if index < body.endIndex, body[index] == 0x0D { index += 1 }
            if index < body.endIndex, body[index] == 0x0A { index += 1 }
            if index >= body.endIndex { return result }
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }

    func trimming(_ set: String) -> String {
        String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
