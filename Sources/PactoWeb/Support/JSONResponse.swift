import Foundation
import Hummingbird

/// A JSON answer encoded as the CLI's `--json` prints it: keys sorted,
/// slashes not escaped, so `/api/…` and `pacto … --json` give the same bytes.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTMLResponse.headers(contentType: "application/json; charset=utf-8")
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: try Self.encoded(value)))
    }

    /// `value` as the CLI's `--json` prints it.
    static func encoded(_ value: some Encodable) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ByteBuffer(bytes: try encoder.encode(value))
    }
}

/// The body of every error the API returns: `{"error": {"status": 400, "message": "…"}}`.
struct APIErrorBody: Encodable, Sendable {
    struct Detail: Encodable, Sendable {
        var status: Int
        var message: String
    }
    var error: Detail
}
