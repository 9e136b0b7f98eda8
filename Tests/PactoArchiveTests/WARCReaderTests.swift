import Foundation
import Testing
@testable import PactoArchives

struct WARCReaderTests {
    /// The same crawl written three ways reads the same.
    @Test(arguments: ["crawl.warc", "crawl.warc.gz", "crawl-whole.warc.gz"])
    func wellFormedCrawls(name: String) throws {
        let tally = ArchiveFixtures.tally(name)
        #expect(tally.failed.isEmpty, "\(tally.failed)")
        #expect(tally.names == [ArchiveFixtures.sapo, ArchiveFixtures.joomla, ArchiveFixtures.spanish, ArchiveFixtures.sapoAgain])
        #expect(tally.skipped == ArchiveFixtures.crawlSkips)
        // Bodies come out decoded: chunked + gzip, deflate, plain.
        let original = try Data(contentsOf: ArchiveFixtures.root.appendingPathComponent("html/portal-joomla-vi.html"))
        #expect(tally.entries[1].bytes == [UInt8](original))
        let spanish = try Data(contentsOf: ArchiveFixtures.root.appendingPathComponent("html/wordpress-es.html"))
        #expect(tally.entries[2].bytes == [UInt8](spanish))
        let first = try #require(tally.entries.first)
        #expect(first.name == "\(name)!\(ArchiveFixtures.sapo)")
        #expect(first.sourceURL == ArchiveFixtures.sapo)
        #expect(first.capturedAt == "2024-03-30T08:15:00Z")
        #expect(first.charset == "utf-8")
        #expect(first.isHTML == true)
    }

    /// Damaged copies: what is readable is read, the rest is reported (by
    /// `archive!entry`, or by the archive's name when the entry is lost).
    @Test(arguments: [
        ("damaged/truncated.warc", [ArchiveFixtures.sapo, ArchiveFixtures.joomla, ArchiveFixtures.spanish],
         ["!\(ArchiveFixtures.sapoAgain)": "truncated"]),
        ("damaged/wrong-length.warc", [ArchiveFixtures.joomla, ArchiveFixtures.sapoAgain],
         ["!\(ArchiveFixtures.sapo)": "Content-Length does not match", "!\(ArchiveFixtures.spanish)": "runs into the next record"]),
        ("damaged/bad-gzip.warc.gz", [ArchiveFixtures.sapo, ArchiveFixtures.spanish, ArchiveFixtures.sapoAgain],
         ["": "damaged gzip data"]),
        ("damaged/truncated.warc.gz", [ArchiveFixtures.sapo, ArchiveFixtures.joomla],
         ["!\(ArchiveFixtures.spanish)": "truncated"]),
        ("damaged/junk.warc", [], ["": "no WARC record header"]),
        // A member whose CRC-32 trailer does not match: its record is named
        // and refused, the records around it are read.
        ("damaged/crc-member.warc.gz", [ArchiveFixtures.joomla, ArchiveFixtures.spanish, ArchiveFixtures.sapoAgain],
         ["!\(ArchiveFixtures.sapo)": "fails its CRC-32 check"]),
    ])
    func damagedCrawls(name: String, readable: [String], failures: [String: String]) {
        let tally = ArchiveFixtures.tally(name)
        #expect(tally.names == readable)
        #expect(tally.failed.count == failures.count, "\(tally.failed)")
        for (marker, reason) in failures {
            #expect(tally.failed.contains { $0.name == name + marker && $0.reason.contains(reason) },
                    "\(marker): \(reason) not in \(tally.failed)")
        }
    }

    /// One gzip member for the whole file: its CRC-32 is known only at the
    /// end, so a mismatch there is reported for the archive. (The pages,
    /// inflated before the last step, were imported unchecked: the README
    /// says so.)
    @Test func wholeFileMemberWithABadChecksum() throws {
        var bytes = try ArchiveFixtures.bytes("crawl-whole.warc.gz")
        bytes[bytes.count - 8] ^= 0xFF
        let tally = ArchiveFixtures.tally(ArchiveFormat.warc.open(bytes: bytes, name: "w.warc.gz"))
        #expect(tally.failed.count == 1, "\(tally.failed)")
        #expect(tally.failed.first?.name == "w.warc.gz")
        #expect(tally.failed.first?.reason.contains("damaged gzip data") == true)
        #expect(tally.entries.count == 4)
    }

    /// Per-record gzip members read the same whatever the read sizes.
    @Test(arguments: [1, 2, 3, 7, 100, 4096])
    func chunkBoundaries(step: Int) throws {
        let bytes = try ArchiveFixtures.bytes("crawl.warc.gz")
        let limits = ArchiveLimits()
        let stream = WARCReader(
            archive: "t", chunks: try GzipSource(Trickle(bytes: Array(bytes.dropFirst(0)), step: step), limits: limits), limits: limits)
        let tally = ArchiveFixtures.tally(stream)
        #expect(tally.failed.isEmpty)
        #expect(tally.entries.count == 4)
        #expect(tally.skipped == ArchiveFixtures.crawlSkips)
    }

    /// Records made by hand for the cases the fixtures do not show.
    @Test(arguments: [
        // (HTTP head, body, expected: entry / skip kind / failure word)
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1258\r\n", "<p>x</p>", "entry"),
        ("HTTP/1.1 200 OK\r\n", "<html><p>no type</p></html>", "entry"),
        ("HTTP/1.0 404 Not Found\r\nContent-Type: text/html\r\n", "<p>x</p>", "http-error"),
        ("HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\n", "<p>x</p>", "http-error"),
        ("HTTP/1.1 302 Found\r\nLocation: /x\r\n", "", "redirect"),
        ("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n", "%PDF", "not-html"),
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n", "xx", "unsupported Content-Encoding br"),
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n", "not gzip", "cannot be decompressed"),
        ("garbage", "", "no HTTP status line"),
    ])
    func responses(head: String, body: String, expected: String) {
        let block = Array((head + "\r\n" + body).utf8)
        let header = WARCHeader(version: "WARC/1.1", fields: [
            "warc-type": "response", "warc-target-uri": "<http://a.example/>", "content-type": "application/http; msgtype=response",
        ])
        let item = WARCPayload.item(block: block, header: header, name: "t!x", limits: ArchiveLimits())
        switch item {
        case .entry(let entry):
            #expect(expected == "entry")
            #expect(entry.sourceURL == "http://a.example/")
            #expect(entry.bytes == Array(body.utf8))
        case .skipped(let kind):
            #expect(kind.rawValue == expected)
        case .failed(let name, let reason):
            #expect(name == "t!x")
            #expect(reason.contains(expected), "\(reason)")
        }
    }

    /// A URI captured three times gets three stable names.
    @Test func repeatedCapturesGetDistinctNames() {
        var warc = ""
        for (index, date) in ["2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z", "2024-01-02T00:00:00Z"].enumerated() {
            let block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>\(index)</p>"
            warc += "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\nWARC-Date: \(date)\r\n"
            warc += "Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
        }
        let tally = ArchiveFixtures.tally(ArchiveFormat.warc.open(bytes: Array(warc.utf8), name: "w.warc"))
        #expect(tally.names == ["http://a.example/", "http://a.example/@2024-01-02T00:00:00Z", "http://a.example/@2024-01-02T00:00:00Z#2"])
    }
}

struct WARCLargeRecordTests {
    /// A large image is skipped as not HTML, not failed as too large: its
    /// HTTP head is read, its body never held.
    @Test func largeNonHTMLIsSkippedNotFailed() {
        let body = String(repeating: "x", count: 200_000)
        let block = "HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n" + body
        var warc = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/v.mp4\r\n"
        warc += "Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
        let tally = ArchiveFixtures.tally(ArchiveFormat.warc.open(bytes: Array(warc.utf8), name: "v.warc", limits: ArchiveLimits(maxEntryBytes: 1000)))
        #expect(tally.skipped == [.notHTML: 1])
        #expect(tally.failed.isEmpty)
    }
}
