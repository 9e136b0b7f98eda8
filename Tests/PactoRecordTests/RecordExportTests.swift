import CSV
import Foundation
import PactoModel
import Testing
@testable import PactoRecord

/// `pacto export`: the same bytes every time for the same record, and for
/// two records imported from the same files.
struct RecordExportTests {
    static func export(_ store: Store, _ format: RecordExport.Format) throws -> String {
        var lines: [String] = []
        try RecordExport.write(store, format: format) { lines.append($0) }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: RecordExport.Format.allCases)
    func twoRecordsOfTheSameFilesExportTheSameBytes(format: RecordExport.Format) async throws {
        let folder = try RecordFixtures.corpus()
        let first = try Store.inMemory()
        let second = try Store.inMemory()
        _ = try Importer(store: first).run([folder.path])
        // The second the other way round: paths named in another order.
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().reversed()
        _ = try Importer(store: second).run(files.map { folder.appendingPathComponent($0).path })
        let exported = try Self.export(first, format)
        #expect(exported.utf8.count > 10_000)
        #expect(Array(exported.utf8) == Array(try Self.export(second, format).utf8))
        #expect(Array(exported.utf8) == Array(try Self.export(first, format).utf8))
    }

    /// Each JSON line is its own value written again with sorted keys: no
    /// key order left to the dictionary of the moment.
    @Test func jsonKeysAreSorted() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        let lines = try Self.export(store, .jsonl).split(separator: "\n")
        #expect(lines.count == 15)
        var withEvidence = 0
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let sorted = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(String(decoding: sorted, as: UTF8.self) == String(line))
            if line.contains("\"evidence\":{\"") { withEvidence += 1 }
        }
        #expect(withEvidence > 5)
    }

    /// Documents come in the order of their paths, whatever the import order.
    @Test func documentsComeInPathOrder() async throws {
        let (store, _, _) = try await RecordFixtures.importedStore()
        var paths: [String] = []
        try store.documents { paths.append($0.file) }
        #expect(paths.count == 15)
        #expect(paths == paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    /// Fields with commas, quotes and line breaks come back whole through a
    /// CSV reader; one row per event, the header first.
    @Test func csvReadsBack() throws {
        var event = Event()
        event.theme = "Đoàn kết, \"kỷ cương\"\nsáng tạo"
        event.year = 2024
        let document = Document(
            file: "a,b.html", sha256: "00", language: .vietnamese, title: "Hội nghị \"Cụm VIII\"", published: nil,
            authors: [], events: [event, Event()], warnings: [])
        let text = try CSVRows.text(of: [CSVRows.columns] + CSVRows.rows(for: document))
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(reader.headerRow == CSVRows.columns)
        #expect(rows.count == 2)
        #expect(rows.first?.count == CSVRows.columns.count)
        #expect(rows.first?[0] == "a,b.html")
        #expect(rows.first?[3] == "Hội nghị \"Cụm VIII\"")
        #expect(rows.first?[CSVRows.columns.firstIndex(of: "theme")!] == "Đoàn kết, \"kỷ cương\"\nsáng tạo")
        #expect(rows.first?[CSVRows.columns.firstIndex(of: "year")!] == "2024")
        #expect(rows.last?[5] == "1")
    }
}

/// The search index's places: the same row on every import, whatever order
/// a set hands them in.
struct SearchTextPlacesTests {
    @Test func placesAreListedOnceInSortedOrder() {
        var event = Event()
        event.members = ["Sơn La", "Điện Biên", "Lai Châu", "Hòa Bình", "Yên Bái", "Lào Cai", "Sơn La"]
            .map { Member(text: "Sở Tư pháp tỉnh " + $0, province: $0) }
        event.head = Member(text: "Sở Tư pháp tỉnh Lai Châu", province: "Lai Châu")
        #expect(SearchText.places(of: event) == ["Hòa Bình", "Lai Châu", "Lào Cai", "Sơn La", "Yên Bái", "Điện Biên"])
        let document = Document(file: "a.txt", sha256: "00", language: .vietnamese, title: nil, events: [event])
        let head = SearchText.head(of: event, document: document, places: SearchText.places(of: event))
        // Each place, then its name since the 2025 merger (Hòa Bình → Phú Thọ, Yên Bái → Lào Cai), in that order.
        #expect(head.contains("hoa binh phu tho lai chau lai chau lao cai lao cai son la son la yen bai lao cai dien bien dien bien"))
    }
}
