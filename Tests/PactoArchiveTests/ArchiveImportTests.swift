import Foundation
import PactoModel
import PactoReading
import PactoRecord
import Testing
@testable import PactoArchives

/// `Importer` over folders and files that hold archives.
struct ArchiveImportTests {
    /// A fresh folder with copies of the named archive fixtures.
    static func folder(_ names: [String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-archives-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in names {
            let target = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: ArchiveFixtures.path(name)), to: target)
        }
        return folder
    }

    @Test func foldersOfArchivesImportOnceAndOnlyOnce() throws {
        let folder = try Self.folder(["crawl.warc.gz", "site.zip"])
        let store = try Store.inMemory()
        let first = try Importer(store: store).run([folder.path])
        #expect(first.failed.isEmpty, "\(first.failed)")
        #expect(first.imported == 8)
        #expect(first.skipped["request"] == 1)
        #expect(first.skipped["nested-archive"] == 1)
        #expect(first.skipped["not-html"] == 2)
        let stored = try store.storedFiles()
        #expect(stored["\(folder.path)/crawl.warc.gz!\(ArchiveFixtures.sapo)"] != nil)
        #expect(stored["\(folder.path)/site.zip!tin-tuc/wordpress-es.html"] != nil)
        // The same bytes give the same identity as the page read alone.
        let page = try Reader().read(path: ArchiveFixtures.root.appendingPathComponent("html/wordpress-es.html").path)
        #expect(stored["\(folder.path)/site.zip!tin-tuc/wordpress-es.html"] == page.sha256)

        let second = try Importer(store: store).run([folder.path])
        #expect(second.imported == 0)
        #expect(second.updated == 0)
        #expect(second.unchanged == 8)
        #expect(second.failed.isEmpty)
    }

    @Test func damagedArchivesImportWhatIsReadable() throws {
        let names = ["damaged/truncated.warc", "damaged/bad-gzip.warc.gz", "damaged/bad-entry.zip", "damaged/not-a.zip",
                     "bombs/zip-bomb.zip", "bombs/stream-bomb.warc.gz"]
        let folder = try Self.folder(names)
        let store = try Store.inMemory()
        let summary = try Importer(store: store).run([folder.path])
        #expect(summary.imported == 3 + 3 + 3)
        let failed = summary.failed.map { ($0.path.replacingOccurrences(of: folder.path + "/", with: ""), $0.reason) }
        #expect(failed.contains { $0.0 == "damaged/truncated.warc!\(ArchiveFixtures.sapoAgain)" && $0.1.contains("truncated") })
        #expect(failed.contains { $0.0 == "damaged/bad-gzip.warc.gz" && $0.1.contains("damaged gzip data") })
        #expect(failed.contains { $0.0 == "damaged/bad-entry.zip!tin-tuc/portal-joomla-vi.html" })
        #expect(failed.contains { $0.0 == "damaged/not-a.zip" })
        #expect(failed.contains { $0.0 == "bombs/zip-bomb.zip!bomb.html" && $0.1.contains("zip bomb") })
        #expect(failed.contains { $0.0 == "bombs/stream-bomb.warc.gz" && $0.1.contains("gzip bomb") })
        #expect(failed.count == 6, "\(failed)")
    }

    /// An entry or member whose CRC-32 does not match is a failure named
    /// `archive!entry`, never a document; the others are imported.
    @Test func checksumMismatchesAreFailuresNotDocuments() throws {
        let names = ["damaged/crc-stored.zip", "damaged/crc-deflated.zip", "damaged/crc-member.warc.gz"]
        let folder = try Self.folder(names)
        let store = try Store.inMemory()
        let summary = try Importer(store: store).run([folder.path])
        let failed = summary.failed.map { $0.path.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(Set(failed) == [
            "damaged/crc-stored.zip!tin-tuc/newspaper-sapo-vi.html", "damaged/crc-deflated.zip!tin-tuc/portal-joomla-vi.html",
            "damaged/crc-member.warc.gz!\(ArchiveFixtures.sapo)",
        ])
        #expect(summary.imported == 3 + 3 + 3)
        let stored = try store.storedFiles().keys.map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
        for name in failed { #expect(!stored.contains(name)) }
    }

    /// The archive's URL and date stand in when the page gives none.
    @Test func warcURLAndDateAreFallbacks() throws {
        let block = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + "<html><body><h1>Hội nghị ký kết giao ước thi đua</h1><p>Sáng nay, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024 tại Hà Nội.</p></body></html>"
        var warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/tin/1\r\n"
        warc += "WARC-Date: 2024-05-06T07:08:09Z\r\nContent-Type: application/http;msgtype=response\r\n"
        warc += "Content-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
        let folder = try Self.folder([])
        let file = folder.appendingPathComponent("one.warc")
        try Data(warc.utf8).write(to: file)
        let store = try Store.inMemory()
        let summary = try Importer(store: store).run([file.path])
        #expect(summary.imported == 1, "\(summary.failed)")
        var documents: [Document] = []
        try store.documents { documents.append($0) }
        let document = try #require(documents.first)
        #expect(document.file == file.path + "!https://a.example/tin/1")
        #expect(document.published?.description == "2024-05-06")
        #expect(document.warnings.contains { $0.contains("WARC-Date") })
    }

    /// Plain files keep working beside archives, as before.
    @Test func plainFilesBesideArchives() throws {
        let folder = try Self.folder(["site.zip"])
        try FileManager.default.copyItem(
            at: ArchiveFixtures.root.appendingPathComponent("html/latin1-es.html"), to: folder.appendingPathComponent("latin1-es.html"))
        let summary = try Importer(store: try Store.inMemory(), options: .init(workers: 1)).run([folder.path])
        #expect(summary.imported == 5)
        #expect(summary.failed.isEmpty)
    }
}

/// The charset of the archived HTTP header decodes a page that names none.
struct ArchiveCharsetTests {
    /// (charset, the words' bytes in it, the words): KOI8-R is one no guess
    /// would reach, so the header is what decodes it.
    @Test(arguments: [
        ("iso-8859-1", [0x61, 0xF1, 0x6F, 0x73] as [UInt8], "años"),
        ("koi8-r", [0xCD, 0xC9, 0xD2], "мир"),
    ])
    func httpCharsetDecodesThePage(charset: String, words: [UInt8], text: String) throws {
        let page = Array("<html><body><h1>Conferencia</h1><p>Diez ".utf8) + words
            + Array(" de emulación en Vietnam, con la firma del pacto.</p></body></html>".unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        let head = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\(charset)\r\n\r\n".utf8)
        let block = head + page
        var warc = Array("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://es.example/1\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n".utf8)
        warc += block + Array("\r\n\r\n".utf8)
        let tally = ArchiveFixtures.tally(ArchiveFormat.warc.open(bytes: warc, name: "es.warc"))
        let entry = try #require(tally.entries.first)
        #expect(entry.charset == charset)
        let article = try Reader().read(bytes: entry.bytes, name: entry.name, format: .html, charset: entry.charset)
        #expect(article.body.contains("Diez \(text) de"))
    }
}
