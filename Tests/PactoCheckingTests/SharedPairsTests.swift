import Foundation
import PactoModel
import PactoReading
import Testing
@testable import PactoChecking

/// The team's 26 faithful pairs (`Fixtures/pairs`, copied from the shared
/// set) check without an error, and the variants planted in them
/// (`Fixtures/pairs/planted`, listed in `plants.json`) each give an error
/// under the fact that was changed, and under no other.
struct SharedPairsTests {
    static let folder = "pairs"

    /// The pair names ("605-quochoi") with both sides in the folder.
    static let pairs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path(folder))) ?? []
        return names.filter { $0.hasPrefix("vi-") && $0.hasSuffix(".txt") }
            .map { String($0.dropFirst(3).dropLast(4)) }
            .filter { names.contains("es-\($0).txt") }
            .sorted()
    }()

    /// One planted variant: the file, its pair, and the facts its error may be named.
    struct Plant: Decodable, Sendable, CustomStringConvertible {
        var variant: String
        var pair: String
        var changed: String
        var to: String
        var fact: [String]
        var description: String { variant }
    }

    static let plants: [Plant] = {
        guard let data = try? Fixtures.data("pairs/planted/plants.json"),
              let plants = try? JSONDecoder().decode([Plant].self, from: data)
        else { return [] }
        return plants
    }()

    /// The errors of a report, facts by name (without an `events[n].`
    /// prefix), passages as `omitted:kind` / `added:kind`.
    static func errors(_ report: CheckReport) -> [String] {
        report.facts.filter { $0.severity == .error && $0.verdict != .match }.map { fact in
            guard fact.field.hasPrefix("events["), let dot = fact.field.firstIndex(of: ".") else { return fact.field }
            return String(fact.field[fact.field.index(after: dot)...])
        }
            + report.segments.omitted.filter { $0.severity == .error }.map { "omitted:" + $0.kind }
            + report.segments.added.filter { $0.severity == .error }.map { "added:" + $0.kind }
    }

    @Test func allTwentySixPairsAreHere() {
        #expect(Self.pairs.count == 26)
        #expect(Self.plants.count >= 12)
    }

    @Test(arguments: pairs)
    func faithfulPairHasNoError(pair: String) throws {
        let report = try Fixtures.check("\(Self.folder)/vi-\(pair).txt", "\(Self.folder)/es-\(pair).txt")
        #expect(Self.errors(report).isEmpty, "\(pair): \(report.text())")
    }

    @Test(arguments: plants)
    func plantedVariantNamesItsFact(plant: Plant) throws {
        let faithful = try Fixtures.text("\(Self.folder)/es-\(plant.pair).txt")
        let variant = try Fixtures.text("\(Self.folder)/planted/\(plant.variant)")
        #expect(variant != faithful)
        // The variant is the change listed, made at its first place.
        if !plant.changed.hasSuffix("…"), let range = faithful.range(of: plant.changed) {
            #expect(faithful.replacingCharacters(in: range, with: plant.to) == variant)
        }
        let report = try Fixtures.check("\(Self.folder)/vi-\(plant.pair).txt", "\(Self.folder)/planted/\(plant.variant)")
        let errors = Self.errors(report)
        #expect(!errors.isEmpty, "\(plant): no error")
        #expect(errors.allSatisfy { plant.fact.contains($0) }, "\(plant): errors \(errors), expected \(plant.fact)")
    }

    /// `pacto check --pairs` finds every pair by its facts.
    @Test func pairsAreFoundByTheirFacts() throws {
        let articles = try Self.pairs.flatMap { pair in
            try ["vi", "es"].map { try Fixtures.article("\(Self.folder)/\($0)-\(pair).txt") }
        }
        let result = PairFinder(glossary: Fixtures.checker.glossary).pairs(of: articles)
        #expect(result.unpaired.isEmpty)
        #expect(result.pairs.count == Self.pairs.count)
        for pair in result.pairs {
            let original = (articles[pair.original].file as NSString).lastPathComponent.dropFirst(3)
            let translation = (articles[pair.translation].file as NSString).lastPathComponent.dropFirst(3)
            #expect(original == translation)
        }
    }
}
