import Foundation
import PactoExtraction
import PactoModel
import Testing

/// Every seed against its golden extraction (`Fixtures/seeds-gold/`): all
/// fields of the JSON contract, evidence spans included. Set
/// `PACTO_RECORD=1` to rewrite the golden files (the test then fails, so a
/// person reviews the new baseline).
struct SeedGoldenTests {
    static let seeds = Fixtures.files(in: "seeds", ending: ".txt")

    @Test func everySeedHasAGoldenFile() {
        #expect(Self.seeds.count == 5)
        for seed in Self.seeds {
            let golden = "seeds-gold/" + seed.replacingOccurrences(of: ".txt", with: ".json")
            #expect(FileManager.default.fileExists(atPath: Fixtures.path(golden)), "missing \(golden)")
        }
    }

    @Test(arguments: seeds)
    func seedMatchesGolden(seed: String) throws {
        // Given a seed and its reviewed extraction
        let golden = "seeds-gold/" + seed.replacingOccurrences(of: ".txt", with: ".json")
        // When it is extracted
        let actual = try Fixtures.json(try Fixtures.document("seeds/" + seed))
        if ProcessInfo.processInfo.environment["PACTO_RECORD"] != nil {
            try actual.write(toFile: Fixtures.path(golden), atomically: true, encoding: .utf8)
            Issue.record("recorded \(golden); review it and run again without PACTO_RECORD")
            return
        }
        // Then it is exactly the golden file
        let expected = try String(contentsOfFile: Fixtures.path(golden), encoding: .utf8)
        #expect(actual == expected)
    }

    @Test func evidencePointsAtTheBody() throws {
        for seed in Self.seeds {
            let article = try PactoReadingAccess.article("seeds/" + seed)
            let body = Array(article.body)
            for event in Extractors.extract(from: article).events {
                for (field, evidence) in event.evidence {
                    #expect(evidence.start >= 0 && evidence.end <= body.count && evidence.start < evidence.end, "\(seed) \(field)")
                    #expect(String(body[evidence.start..<evidence.end]) == evidence.text, "\(seed) \(field)")
                }
            }
        }
    }
}

import PactoReading

enum PactoReadingAccess {
    static func article(_ relative: String) throws -> Article {
        try Reader().read(path: Fixtures.path(relative))
    }
}
