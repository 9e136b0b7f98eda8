import Foundation
import PactoExtraction
import PactoModel
import PactoReading
import PactoRecord
import Testing
@testable import PactoArchives

/// `Inputs`, the one walk over files and archives that `pacto import`,
/// `pacto read` and `pacto extract` share: documents in the archive's order,
/// named `archive!entry`, damaged entries named with their reason.
struct InputsTests {
    /// What the walk gives for `files`, read: each document's name and
    /// language, or `!` and the reason for a failure; skips left out.
    static func walk(_ files: [String], limits: ArchiveLimits = .init()) -> [(name: String, outcome: String)] {
        let reader = Reader()
        return Inputs(files: files, archives: limits).compactMap { item in
            switch item.article(with: reader) {
            case nil: return nil
            case .success(let article)?: return (article.file, article.language.rawValue)
            case .failure(let failure)?: return (failure.path, "! " + failure.reason)
            }
        }
    }

    @Test func aCrawlGivesItsPagesInArchiveOrder() {
        let crawl = ArchiveFixtures.path("crawl.warc.gz")
        let walked = Self.walk([crawl])
        #expect(walked.map(\.name) == [
            crawl + "!" + ArchiveFixtures.sapo, crawl + "!" + ArchiveFixtures.joomla,
            crawl + "!" + ArchiveFixtures.spanish, crawl + "!" + ArchiveFixtures.sapoAgain,
        ])
        #expect(walked.map(\.outcome) == ["vi", "vi", "es", "vi"])
    }

    @Test func skippedRecordsAreYieldedAsSkips() {
        var skipped: [Skip: Int] = [:]
        for case .skipped(let kind) in Inputs(files: [ArchiveFixtures.path("crawl.warc")]) { skipped[kind, default: 0] += 1 }
        #expect(skipped == ArchiveFixtures.crawlSkips)
    }

    @Test func filesAndArchivesKeepTheOrderGiven() {
        let page = ArchiveFixtures.root.appendingPathComponent("html/wordpress-es.html").path
        let site = ArchiveFixtures.path("site.zip")
        let walked = Self.walk([page, site, page])
        #expect(walked.map(\.name) == [
            page, site + "!000_2a09207ccd449688.txt", site + "!tin-tuc/wordpress-es.html",
            site + "!tin-tuc/newspaper-sapo-vi.html", site + "!tin-tuc/portal-joomla-vi.html", page,
        ])
    }

    @Test func damagedEntriesAreNamedAndTheRestIsRead() {
        let crc = ArchiveFixtures.path("damaged/crc-stored.zip")
        let bomb = ArchiveFixtures.path("bombs/zip-bomb.zip")
        let missing = ArchiveFixtures.path("no-such.warc.gz")
        let walked = Self.walk([crc, bomb, missing])
        #expect(walked.map(\.name) == [
            crc + "!tin-tuc/newspaper-sapo-vi.html", crc + "!tin-tuc/portal-joomla-vi.html",
            crc + "!tin-tuc/wordpress-es.html", crc + "!tin-tuc/sharepoint-vi.html", bomb + "!bomb.html", missing,
        ])
        let outcomes = walked.map(\.outcome)
        #expect(outcomes[0].hasPrefix("! ") && outcomes[0].contains("CRC-32 does not match"), "\(outcomes[0])")
        #expect(Array(outcomes[1...3]) == ["vi", "es", "vi"])
        #expect(outcomes[4].hasPrefix("! ") && outcomes[4].contains("zip bomb"), "\(outcomes[4])")
        #expect(outcomes[5].hasPrefix("! "))
    }

    @Test func anEntryOverTheReaderLimitIsRefusedAlone() {
        let site = ArchiveFixtures.path("site.zip")
        var options = Reader.Options()
        options.maxBytes = 30_000
        let reader = Reader(options: options)
        let outcomes = Inputs(files: [site], reader: options).compactMap { item -> String? in
            switch item.article(with: reader) {
            case nil: return nil
            case .success(let article)?: return "read " + article.file.split(separator: "!").last.map(String.init)!
            case .failure(let failure)?: return "failed " + failure.path.split(separator: "!").last.map(String.init)!
            }
        }
        // 3,079 and 27,935 and 24,457 bytes read; 36,689 bytes refused.
        #expect(outcomes == [
            "read 000_2a09207ccd449688.txt", "failed tin-tuc/wordpress-es.html",
            "read tin-tuc/newspaper-sapo-vi.html", "read tin-tuc/portal-joomla-vi.html",
        ])
    }

    /// `pacto extract` on an archive: the entry's Document is the page's,
    /// with the archive's name and the capture's URL.
    @Test func anArchivedPageGivesTheEventsOfThePage() throws {
        let crawl = ArchiveFixtures.path("crawl.warc.gz")
        let reader = Reader()
        let documents = Inputs(files: [crawl]).compactMap { item -> Document? in
            guard case .success(let article)? = item.article(with: reader) else { return nil }
            return Extractors.document(from: article)
        }
        #expect(documents.map(\.events.count) == [1, 1, 1, 1])
        let spanish = try #require(documents.first { $0.file == crawl + "!" + ArchiveFixtures.spanish })
        // The page's title: "Clúster de Emulación n.º VIII del Ministerio de Recursos Naturales …".
        #expect(spanish.events.first?.organizer?.label == "Clúster de Emulación n.º VIII")
        #expect(spanish.events.first?.organizer?.number == 8)
        let alone = Extractors.document(
            from: try reader.read(path: ArchiveFixtures.root.appendingPathComponent("html/wordpress-es.html").path))
        #expect(spanish.events == alone.events)
        #expect(spanish.sha256 == alone.sha256)
    }
}
