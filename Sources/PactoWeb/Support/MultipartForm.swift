import MultipartKit
import NIOCore

/// The fields of a `multipart/form-data` body (RFC 7578), as a browser sends
/// a form with file inputs: each part's name, file name if any, and bytes.
/// The body is parsed by multipart-kit's `MultipartParser`; this type only
/// reads the names a form gives its parts.
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
        let value = parameter("boundary", in: contentType[...])
        return value.flatMap { $0.isEmpty || $0.count > 200 ? nil : $0 }
    }

    /// Parses `body` as multipart with `boundary`; parts without a
    /// `Content-Disposition` name are skipped.
    /// - Returns: nil when the body is not multipart with that boundary.
    init?(body: [UInt8], boundary: String) {
        guard !boundary.isEmpty else { return nil }
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers: [(String, String)] = []
        var bytes: [UInt8] = []
        var completed = false
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            completed = true
            let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1
            if let disposition, let name = Self.parameter("name", in: disposition[...]) {
                parts.append(Part(name: name, filename: Self.parameter("filename", in: disposition[...]), bytes: bytes))
            }
            headers = []
            bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            return nil
        }
        guard completed else { return nil }
        self.parts = parts
    }

    /// The value of `key=value` or `key="value"` among the `;`-separated
    /// parameters of a header value (`form-data; name="original"`).
    private static func parameter(_ key: String, in header: Substring) -> String? {
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            let value = pair[1]
            return value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 ? String(value.dropFirst().dropLast()) : value
        }
        return nil
    }
}
