/// The fields of a `multipart/form-data` body (RFC 7578), as a browser sends
/// a form with file inputs: each part's name, file name if any, and bytes.
///
/// Only what the check form needs: no nested multipart, no
/// `Content-Transfer-Encoding` (browsers send none).
struct MultipartForm: Sendable {
    struct Part: Sendable, Equatable {
        var name: String
        var filename: String?
        var bytes: [UInt8]
    }

    var parts: [Part]

    /// The first part named `name`.
    subscript(name: String) -> Part? { parts.first { $0.name == name } }

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header.
    static func boundary(in contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2
                ? String(pair[1].dropFirst().dropLast()) : pair[1]
            return value.isEmpty || value.count > 200 ? nil : value
        }
        return nil
    }

    /// Splits `body` at `--boundary` lines.
    /// - Returns: nil when the body is not multipart with that boundary.
    /// - Complexity: O(n · m) for n bytes and a boundary of m bytes.
    init?(body: [UInt8], boundary: String) {
        let delimiter = Array("--\(boundary)".utf8)
        var positions: [Int] = []
        var index = 0
        while let found = Self.find(delimiter, in: body, from: index) {
            positions.append(found)
            index = found + delimiter.count
        }
        guard positions.count >= 2 else { return nil }
        var parts: [Part] = []
        for (start, end) in zip(positions, positions.dropFirst()) {
            // A part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
            var lower = start + delimiter.count
            if body[lower...].starts(with: [13, 10]) { lower += 2 }
            var upper = end
            if upper - 2 >= lower, body[upper - 2] == 13, body[upper - 1] == 10 { upper -= 2 }
            let part = Array(body[lower..<upper])
            guard let split = Self.find([13, 10, 13, 10], in: part, from: 0) else { continue }
            let headers = String(decoding: part[..<split], as: UTF8.self)
            guard let (name, filename) = Self.disposition(in: headers) else { continue }
            parts.append(Part(name: name, filename: filename, bytes: Array(part[(split + 4)...])))
        }
        self.parts = parts
    }

    /// The `name` and `filename` of a part's `Content-Disposition: form-data` header.
    private static func disposition(in headers: String) -> (String, String?)? {
        for line in headers.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
            guard line.lowercased().hasPrefix("content-disposition:") else { continue }
            var name: String?
            var filename: String?
            for parameter in line.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
                guard pair.count == 2 else { continue }
                let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2
                    ? String(pair[1].dropFirst().dropLast()) : pair[1]
                switch pair[0].lowercased() {
                case "name": name = value
                case "filename": filename = value
                default: break
                }
            }
            return name.map { ($0, filename) }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
