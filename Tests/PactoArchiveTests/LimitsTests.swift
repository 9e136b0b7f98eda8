import CompressNIO
import Foundation
import NIOCore
import Testing
@testable import PactoArchives

struct LimitsTests {
    /// The committed bombs (32 MB of spaces each) are refused at the default limits.
    @Test(arguments: [
        ("bombs/gzip-bomb.warc.gz", "bombs/gzip-bomb.warc.gz!https://bomb.example/", "refused: the gzip body expands more than"),
        ("bombs/stream-bomb.warc.gz", "bombs/stream-bomb.warc.gz", "refused: gzip data expands more than"),
        ("bombs/zip-bomb.zip", "bombs/zip-bomb.zip!bomb.html", "refused: it expands more than"),
    ])
    func bombsAreRefused(name: String, failedName: String, reason: String) {
        let tally = ArchiveFixtures.tally(name)
        #expect(tally.entries.isEmpty)
        #expect(tally.failed.count == 1)
        #expect(tally.failed.first?.name == failedName)
        #expect(tally.failed.first?.reason.contains(reason) == true, "\(tally.failed)")
        #expect(tally.failed.first?.reason.contains("--max-ratio") == true)
    }

    /// With a generous ratio the bombs are then too large (the size limit holds too).
    @Test(arguments: ["bombs/gzip-bomb.warc.gz", "bombs/zip-bomb.zip"])
    func sizeLimitHoldsWhenTheRatioIsRaised(name: String) {
        let limits = ArchiveLimits(maxEntryBytes: 8 * 1024 * 1024, maxRatio: 100_000)
        let tally = ArchiveFixtures.tally(name, limits: limits)
        #expect(tally.entries.isEmpty)
        #expect(tally.failed.first?.reason.contains("too large") == true, "\(tally.failed)")
    }

    /// Entries past the limit are not read, and the archive says so.
    @Test(arguments: [("crawl.warc.gz", 3), ("site.zip", 2), ("crawl.warc", 1)])
    func entryLimit(name: String, limit: Int) {
        let tally = ArchiveFixtures.tally(name, limits: ArchiveLimits(maxEntries: limit))
        let seen = tally.entries.count + tally.skipped.values.reduce(0, +) + tally.failed.count - 1
        #expect(seen == limit)
        #expect(tally.failed.last?.name == name)
        #expect(tally.failed.last?.reason.contains("more than \(limit)") == true)
        #expect(tally.failed.last?.reason.contains("--max-entries") == true)
    }

    /// The size limit applies to the decoded body.
    @Test func documentSizeLimit() {
        let tally = ArchiveFixtures.tally("crawl.warc", limits: ArchiveLimits(maxEntryBytes: 30_000))
        // The two pages over 30,000 bytes fail, the others are read.
        #expect(tally.entries.allSatisfy { $0.bytes.count <= 30_000 })
        #expect(tally.failed.allSatisfy { $0.reason.contains("too large") && $0.reason.contains("--max-bytes") })
        #expect(tally.entries.count + tally.failed.count == 4)
    }

    /// Ratio checks leave small and ordinary compressed pages alone.
    @Test(arguments: [
        (1000, 10, false), (2 * 1024 * 1024, 10_000, true), (2 * 1024 * 1024, 100_000, false), (500_000, 1, false),
    ])
    func ratio(output: Int, input: Int, isBomb: Bool) {
        #expect(ArchiveLimits().isBomb(output: output, input: input) == isBomb)
    }

    /// A gzip body of repeated bytes is refused by ratio, in 64 KB steps (never inflated whole).
    @Test func inflaterStopsEarly() throws {
        var buffer = ByteBuffer(bytes: [UInt8](repeating: 0x20, count: 16 * 1024 * 1024))
        let compressed = try buffer.compress(with: .gzip())
        let bytes = Array(compressed.readableBytesView)
        #expect(throws: Inflater.Failure.self) {
            try Inflater.inflate(bytes, algorithm: .gzip, limits: ArchiveLimits())
        }
        let generous = ArchiveLimits(maxRatio: 1_000_000)
        #expect(try Inflater.inflate(bytes, algorithm: .gzip, limits: generous).count == 16 * 1024 * 1024)
    }
}
