import HTTPTypes
import Hummingbird

/// A rendered page: UTF-8 HTML with headers that keep the browser from
/// running or loading anything the page did not bring itself.
struct HTMLResponse: ResponseGenerator {
    var html: String
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status,
            headers: Self.headers(contentType: "text/html; charset=utf-8"),
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// No scripts at all, styles and images from this server only (inline
    /// `style` attributes and SVG allowed), no framing, no sniffing.
    static func headers(contentType: String) -> HTTPFields {
        var fields: HTTPFields = [
            .contentType: contentType,
            .contentSecurityPolicy: "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ]
        for (name, value) in [("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer")] {
            if let name = HTTPField.Name(name) { fields[name] = value }
        }
        return fields
    }
}
