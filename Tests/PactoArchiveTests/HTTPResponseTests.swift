import Testing
@testable import PactoArchives

struct HTTPResponseTests {
    @Test(arguments: [
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\nbody", 200, "text/html", "UTF-8", "body"),
        ("HTTP/1.0 404 Not Found\nContent-Type: TEXT/HTML\n\nbody", 404, "text/html", nil, "body"),
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=\"windows-1258\"\r\n\r\n", 200, "text/html", "windows-1258", ""),
        ("HTTP/2 200\r\ncontent-type: application/xhtml+xml\r\n\r\n<x/>", 200, "application/xhtml+xml", nil, "<x/>"),
    ] as [(String, Int, String?, String?, String)])
    func parse(text: String, status: Int, mediaType: String?, charset: String?, body: String) throws {
        let response = try #require(HTTPResponse.parse(Array(text.utf8)))
        #expect(response.status == status)
        #expect(response.mediaType == mediaType)
        #expect(response.charset == charset)
        #expect(String(decoding: response.body, as: UTF8.self) == body)
    }

    @Test(arguments: ["", "GET / HTTP/1.1\r\n\r\n", "HTTP/1.1 abc OK\r\n\r\n", "HTTP/1.1\r\n\r\n"])
    func notAResponse(text: String) {
        #expect(HTTPResponse.parse(Array(text.utf8)) == nil)
    }

    @Test(arguments: [
        ("4\r\nthi \r\n4\r\nđua\r\n0\r\n\r\n", "thi đua" as String?),
        ("4;ext=1\r\nthi \r\n0\r\n\r\n", "thi "),
        ("5\r\nabc", nil),               // chunk longer than the body
        ("zz\r\nabc\r\n0\r\n\r\n", nil),  // not hexadecimal
        ("3\r\nabc\r\n", "abc"),          // last chunk missing: what came is kept
    ])
    func dechunk(body: String, expected: String?) {
        let result = HTTPResponse.dechunked(Array(body.utf8)[...], limit: 1 << 20)
        #expect(result.map { String(decoding: $0, as: UTF8.self) } == expected)
    }

    @Test func dechunkRespectsTheLimit() {
        #expect(HTTPResponse.dechunked(Array("a\r\n0123456789\r\n0\r\n\r\n".utf8)[...], limit: 5) == nil)
    }
}
