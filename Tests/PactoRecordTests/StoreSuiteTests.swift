import Foundation
import PactoExtraction
import PactoModel
import PactoReading
import Testing
@testable import PactoRecord

/// The store's behaviour, run on every store at hand: SQLite always,
/// PostgreSQL when `PACTO_TEST_POSTGRES` names a server.
struct StoreSuiteTests {
    @Test(arguments: StoreKind.available)
    func importingTwiceChangesNothing(kind: StoreKind) async throws {
        let (store, folder, first) = try await kind.importedStore()
        #expect(first.failed.isEmpty)
        #expect(first.imported == 15)
        let counts = try store.counts()
        let second = try Importer(store: store).run([folder.path])
        #expect(second.imported == 0)
        #expect(second.updated == 0)
        #expect(second.unchanged == 15)
        #expect(try store.counts() == counts)
    }

    @Test(arguments: StoreKind.available)
    func changedFileReplacesItsOldVersion(kind: StoreKind) async throws {
        let (store, folder, _) = try await kind.importedStore()
        let file = folder.appendingPathComponent("seeds-000_2a09207ccd449688.txt")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "Chiều 29/3", with: "Sáng 28/3")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let before = try store.counts()
        let summary = try Importer(store: store).run([folder.path])
        #expect(summary.updated == 1)
        #expect(summary.unchanged == 14)
        #expect(try store.counts() == before)
        let page = try store.search(SearchQuery(text: "Long An", organizer: "Cụm VIII", year: 2024))
        let dates = try page.results.compactMap { try store.event(id: $0.event) }
            .filter { $0.path == file.path }.map { $0.event.date?.description }
        #expect(dates == ["2024-03-28"])
    }

    @Test(arguments: StoreKind.available)
    func accentInsensitive(kind: StoreKind) async throws {
        let (store, _, _) = try await kind.importedStore()
        for variants in [["ky cuong", "Kỷ cương", "KỶ CƯƠNG", "kỷ   CƯƠNG"], ["dong thap", "Đồng Tháp", "ĐỒNG THÁP"]] {
            let results = try variants.map { try Set(store.search(SearchQuery(text: $0)).results.map(\.event)) }
            #expect(!results[0].isEmpty)
            for result in results { #expect(result == results[0]) }
        }
    }

    @Test(arguments: StoreKind.available)
    func snippetsMarkTheMatchAsPrinted(kind: StoreKind) async throws {
        let (store, _, _) = try await kind.importedStore()
        let page = try store.search(SearchQuery(text: "ky cuong trach nhiem"))
        #expect(page.results.first?.snippet.contains("**Kỷ** **cương** **trách** **nhiệm**") == true)
    }

    @Test(arguments: StoreKind.available)
    func filters(kind: StoreKind) async throws {
        let (store, _, _) = try await kind.importedStore()
        let cluster = try store.search(SearchQuery(text: "", organizer: "cum viii"))
        #expect(cluster.total >= 2)
        for hit in cluster.results { #expect(hit.organizer?.hasPrefix("Cụm thi đua số 8") == true) }
        let then = try store.search(SearchQuery(text: "", year: 2024, province: "Long An"))
        let now = try store.search(SearchQuery(text: "", year: 2024, province: "Tây Ninh"))
        #expect(!then.results.isEmpty)
        #expect(Set(then.results.map(\.event)).isSubset(of: Set(now.results.map(\.event))))
        #expect(now.results.contains { $0.note?.contains("Long An") == true })
        let signed2018 = try store.search(SearchQuery(text: "", year: 2018, activity: .pactSigning))
        #expect(!signed2018.results.isEmpty)
        for hit in signed2018.results { #expect(hit.date?.hasPrefix("2018") == true) }
        let spanish = try store.search(SearchQuery(text: "", language: .spanish))
        for hit in spanish.results { #expect(try store.event(id: hit.event)?.language == "es") }
    }

    @Test(arguments: StoreKind.available)
    func wordsNotInTheRecordFindNothing(kind: StoreKind) async throws {
        let (store, _, _) = try await kind.importedStore()
        #expect(try store.search(SearchQuery(text: "xyzzy thi đua")).total == 0)
        #expect(try store.search(SearchQuery(text: "\"thi đua\" (* ^ ' & | !")).total > 0)
    }

    @Test(arguments: StoreKind.available)
    func pactsAndEvidence(kind: StoreKind) async throws {
        let (store, _, _) = try await kind.importedStore()
        let timelines = try store.pacts(organizer: "Cụm VIII")
        let year = try #require(timelines.first?.years.first { $0.year == 2024 })
        #expect(year.theme == "Kỷ cương trách nhiệm, chủ động kịp thời, tăng tốc sáng tạo")
        #expect(year.members.contains("Tiền Giang"))
        let hit = try #require(try store.search(SearchQuery(text: "", organizer: "Cụm VIII")).results.first)
        let stored = try #require(try store.event(id: hit.event))
        let body = Array(stored.body)
        for (_, evidence) in stored.event.evidence {
            #expect(String(body[evidence.start..<evidence.end]) == evidence.text)
        }
        #expect(!(try store.organizers()).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func versionGrowsWithEachBatch(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let empty = try store.version()
        _ = try Importer(store: store).run([try RecordFixtures.corpus().path])
        #expect(try store.version() > empty)
    }
}
