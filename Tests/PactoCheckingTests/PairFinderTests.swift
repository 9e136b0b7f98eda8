import Foundation
import PactoModel
import Testing
@testable import PactoChecking

/// `--pairs`: originals and translations found by their facts.
struct PairFinderTests {
    @Test func pairsTheCheckFixtures() throws {
        let folder = Fixtures.root.appendingPathComponent("check")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let articles = try names.map { try Fixtures.article("check/\($0)") }
        let result = PairFinder(glossary: Fixtures.checker.glossary).pairs(of: articles)
        #expect(result.unpaired.isEmpty)
        #expect(result.pairs.count == names.count / 2)
        for pair in result.pairs {
            let original = names[pair.original]
            let translation = names[pair.translation]
            #expect(original.replacingOccurrences(of: ".vi.txt", with: "") == translation.replacingOccurrences(of: ".es.txt", with: ""))
        }
    }

    @Test func lonelyDocumentsAreListed() throws {
        let articles = try ["seeds/000_2a09207ccd449688.txt", "seeds/003_192d8a868eb9459a.txt", "seeds/004_9c688b58a9f2314e.txt"]
            .map { try Fixtures.article($0) }
        let result = PairFinder(glossary: Fixtures.checker.glossary).pairs(of: articles)
        #expect(result.pairs.map { [$0.original, $0.translation] } == [[0, 1]])
        #expect(result.unpaired == [2])
    }
}
