import Foundation
import Testing
@testable import PactoChecking

/// Faithful paraphrases of a pair's slogan (`Fixtures/pairs/paraphrased`,
/// listed in `paraphrases.json`): other renderings of the same words, other
/// order, other punctuation. Each checks with no error and its theme matches.
/// (The planted theme variants, a word dropped or replaced, are in
/// `plants.json` with the others: ``SharedPairsTests``.)
struct ThemeParaphraseTests {
    struct Paraphrase: Decodable, Sendable, CustomStringConvertible {
        var variant: String
        var pair: String
        var changed: String
        var to: String
        var description: String { variant }
    }

    static let paraphrases: [Paraphrase] = {
        guard let data = try? Fixtures.data("pairs/paraphrased/paraphrases.json"),
              let list = try? JSONDecoder().decode([Paraphrase].self, from: data)
        else { return [] }
        return list
    }()

    @Test func fiveParaphrasesAreListed() {
        #expect(Self.paraphrases.map(\.pair) == ["609-baophutho", "621-cand", "622-cand", "623-bocongan", "605-quochoi"])
    }

    @Test(arguments: paraphrases)
    func paraphraseHasNoError(paraphrase: Paraphrase) throws {
        let faithful = try Fixtures.text("pairs/es-\(paraphrase.pair).txt")
        let variant = try Fixtures.text("pairs/paraphrased/\(paraphrase.variant)")
        let range = try #require(faithful.range(of: paraphrase.changed))
        #expect(faithful.replacingCharacters(in: range, with: paraphrase.to) == variant)
        let report = try Fixtures.check("pairs/vi-\(paraphrase.pair).txt", "pairs/paraphrased/\(paraphrase.variant)")
        #expect(SharedPairsTests.errors(report).isEmpty, "\(paraphrase): \(report.text())")
        let theme = try #require(report.facts.first { $0.field.hasSuffix("theme") })
        #expect(theme.verdict == .match, "\(theme.note ?? "")")
        #expect(theme.translation?.contains(paraphrase.to) == true, "\(theme.translation ?? "—")")
    }
}
