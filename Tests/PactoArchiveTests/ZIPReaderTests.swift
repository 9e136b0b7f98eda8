import Foundation
import Testing
@testable import PactoArchives

struct ZIPReaderTests {
    static let pages = [
        "000_2a09207ccd449688.txt", "tin-tuc/wordpress-es.html", "tin-tuc/newspaper-sapo-vi.html", "tin-tuc/portal-joomla-vi.html",
    ]

    @Test func siteExport() throws {
        let tally = ArchiveFixtures.tally("site.zip")
        #expect(tally.failed.isEmpty)
        #expect(Set(tally.names) == Set(Self.pages))
        #expect(tally.skipped == [.folder: 2, .nestedArchive: 1, .notDocument: 1])
        let entry = try #require(tally.entries.first { $0.name == "site.zip!tin-tuc/wordpress-es.html" })
        let original = try Data(contentsOf: ArchiveFixtures.root.appendingPathComponent("html/wordpress-es.html"))
        #expect(entry.bytes == [UInt8](original))
    }

    @Test(arguments: [
        ("damaged/bad-entry.zip", 3, "damaged/bad-entry.zip!tin-tuc/portal-joomla-vi.html", "compressed data is damaged"),
        ("damaged/not-a.zip", 0, "damaged/not-a.zip", "is not a readable ZIP file"),
        // One changed byte that still reads (stored) or still inflates
        // (deflated): only the CRC-32 tells.
        ("damaged/crc-stored.zip", 3, "damaged/crc-stored.zip!tin-tuc/newspaper-sapo-vi.html", "CRC-32 does not match"),
        ("damaged/crc-deflated.zip", 3, "damaged/crc-deflated.zip!tin-tuc/portal-joomla-vi.html", "CRC-32 does not match"),
    ])
    func damaged(name: String, readable: Int, failedName: String, reason: String) {
        let tally = ArchiveFixtures.tally(name)
        #expect(tally.entries.count == readable)
        #expect(tally.failed.count == 1)
        #expect(tally.failed.first?.name == failedName)
        #expect(tally.failed.first?.reason.contains(reason) == true, "\(tally.failed)")
    }

    /// The same archive from memory reads the same as from disk.
    @Test func fromMemory() throws {
        let tally = ArchiveFixtures.tally(ArchiveFormat.zip.open(bytes: try ArchiveFixtures.bytes("site.zip"), name: "m.zip"))
        #expect(Set(tally.names) == Set(Self.pages))
    }

    @Test(arguments: [
        ([UInt8](), "not a readable ZIP"), (Array("PK\u{5}\u{6}".utf8), "not a readable ZIP"),
        ([UInt8](repeating: 0, count: 4096), "not a readable ZIP"),
    ])
    func notZIP(bytes: [UInt8], reason: String) {
        let tally = ArchiveFixtures.tally(ArchiveFormat.zip.open(bytes: bytes, name: "x.zip"))
        #expect(tally.entries.isEmpty)
        #expect(tally.failed.first?.reason.contains(reason) == true, "\(tally.failed)")
    }
}
