import Foundation
import PactoExtraction
import PactoModel
import PactoReading
import Testing
@testable import PactoArchives

/// Inputs made to hurt: deep nesting, huge pages, binary junk. Each is read
/// or refused with a reason, never a crash.
struct HostileInputTests {
    static func nested(_ depth: Int) -> [UInt8] {
        Array(("<html><body>" + String(repeating: "<div>", count: depth) + "<p>Cụm thi đua số 8 ký kết giao ước thi đua năm 2024.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>").utf8)
    }

    @Test(arguments: [(100_000, 256), (100_000, 8), (5_000, 4096), (50, 1)])
    func deepNestingKeepsTheText(depth: Int, maxDepth: Int) throws {
        let reader = Reader(options: .init(maxDepth: maxDepth))
        let article = try reader.read(bytes: Self.nested(depth), name: "deep.html")
        #expect(article.body.contains("giao ước thi đua"))
    }

    @Test func hugePageIsRefusedBySize() {
        let reader = Reader(options: .init(maxBytes: 1024))
        #expect(throws: ReadError.self) { try reader.read(bytes: [UInt8](repeating: 0x61, count: 4096), name: "big.html") }
    }

    /// Junk named like each archive kind ends in failures, never a crash.
    @Test(arguments: [
        [UInt8](repeating: 0xFF, count: 10_000), [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 3, 0xFF, 0xFF],
        Array("WARC/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n".utf8),
        Array("WARC/1.1\r\nContent-Length: -5\r\n\r\n".utf8),
        Array("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 4\r\n\r\nHTTP".utf8),
        Array(("WARC/1.1\r\n" + String(repeating: "X", count: 200_000)).utf8),
        Array("PK\u{3}\u{4}".utf8) + [UInt8](repeating: 0, count: 100),
    ])
    func junk(bytes: [UInt8]) {
        for format in ArchiveFormat.allCases {
            let tally = ArchiveFixtures.tally(format.open(bytes: bytes, name: "junk.\(format.rawValue)"))
            #expect(tally.entries.isEmpty)
        }
    }

    /// Replays every saved fuzzer input (Fixtures/fuzz/): each once crashed
    /// or hung Pacto and must now read to the end.
    @Test func fuzzRegressions() throws {
        let folder = ArchiveFixtures.root.appendingPathComponent("fuzz")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let reader = Reader(options: .init(maxBytes: 1 << 20))
        let limits = ArchiveLimits(maxEntryBytes: 1 << 20, maxEntries: 64, maxRatio: 100, ratioSlack: 64 * 1024)
        for name in names.sorted() where !name.hasSuffix(".md") {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            for file in ["\(name).html", "\(name).txt"] {
                if let article = try? reader.read(bytes: bytes, name: file) { _ = Extractors.extract(from: article) }
            }
            for format in ArchiveFormat.allCases {
                var archive = format.open(bytes: bytes, name: name, limits: limits)
                while let item = archive.next() {
                    if case .entry(let entry) = item, let article = try? reader.read(bytes: entry.bytes, name: entry.name) {
                        _ = Extractors.extract(from: article)
                    }
                }
            }
        }
    }
}

/// A page of megabytes is read and extracted in bounded time: extraction
/// reads the first ``Extractors/maxBodyCharacters`` of the body.
struct HugePageTests {
    @Test func extractionReadsABoundedPrefix() throws {
        let paragraph = "<p>Chiều 29/3, tại Long An, Cụm thi đua số VIII tổ chức Hội nghị ký kết giao ước thi đua năm 2024.</p>\n"
        let page = Array(("<html><body><div>" + String(repeating: paragraph, count: 3000) + "</div></body></html>").utf8)
        let article = try Reader().read(bytes: page, name: "huge.html")
        #expect(article.body.count > Extractors.maxBodyCharacters)
        let extraction = Extractors.extract(from: article)
        #expect(extraction.warnings.contains { $0.contains("longer than \(Extractors.maxBodyCharacters)") })
        let body = Array(article.body)
        for event in extraction.events {
            for (_, evidence) in event.evidence {
                #expect(evidence.end <= Extractors.maxBodyCharacters)
                #expect(String(body[evidence.start..<evidence.end]) == evidence.text)
            }
        }
    }
}
