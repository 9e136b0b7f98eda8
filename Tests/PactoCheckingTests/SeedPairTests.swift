import Foundation
import PactoModel
import Testing
@testable import PactoChecking

/// The real pair of the seeds: `003` is a Spanish version of `000` that
/// drops the title and the lead paragraph, renders one term two ways,
/// leaves a word of the theme out and keeps the page's interface text.
struct SeedPairTests {
    static let report: CheckReport? = try? Fixtures.check("seeds/000_2a09207ccd449688.txt", "seeds/003_192d8a868eb9459a.txt")

    func report() throws -> CheckReport {
        try #require(Self.report)
    }

    @Test func titleAndLeadParagraphAreMissing() throws {
        let report = try report()
        let omitted = report.segments.omitted
        // The title, and the paragraph with the date and the place, as an error.
        #expect(omitted.contains { $0.kind == "title" && $0.text.hasPrefix("Cụm thi đua số VIII") })
        let lead = try #require(omitted.first { $0.text.hasPrefix("Chiều 29/3, tại Long An") })
        #expect(lead.severity == .error)
        // The date it carries is missing from the translation.
        let date = try #require(report.facts.first { $0.field == "date" })
        #expect(date.verdict == .missing)
        #expect(date.severity == .error)
    }

    @Test func oneTermRenderedTwoWays() throws {
        let finding = try #require(try report().terms.first { $0.kind == .inconsistent })
        #expect(finding.term == "cụm thi đua")
        #expect(Set(finding.renderings) == ["Clúster de Emulación", "Grupo de Emulación"])
        #expect(finding.severity == .warning)
    }

    @Test func themeWordNotRendered() throws {
        let report = try report()
        let notRendered = report.terms.filter { $0.kind == .notRendered }.map(\.term)
        #expect(notRendered == ["kịp thời"])
        let theme = try #require(report.facts.first { $0.field == "theme" })
        #expect(theme.verdict == .mismatch)
        // "chủ động kịp thời" → "proactividad": a phrase condensed, a warning.
        #expect(theme.severity == .warning)
    }

    @Test(arguments: ["memberCount", "members", "head", "people", "organizer.number", "location", "year"])
    func factMatches(field: String) throws {
        let fact = try #require(try report().facts.first { $0.field == field })
        #expect(fact.verdict == .match, "\(field): \(fact.original ?? "—") → \(fact.translation ?? "—")")
    }

    @Test func directorNameMatchesWithoutDiacritics() throws {
        let person = try #require(try report().facts.first { $0.field == "people" })
        #expect(person.original == "Võ Minh Thành")
        #expect(person.translation == "Vo Minh Thanh")
        #expect(person.translationEvidence?.text == "Vo Minh Thanh")
    }

    @Test func interfaceLeftovers() throws {
        let leftovers = try report().terms.filter { $0.kind == .leftover }.map(\.term)
        #expect(Set(leftovers) == ["Kommentar (0)", "Fuente"])
    }

    @Test func errorsMakeExitStatusOne() throws {
        let report = try report()
        #expect(report.errors > 0)
        #expect(report.exitStatus == 1)
    }

    @Test func nothingFalseIsReportedAsAnError() throws {
        // Every error concerns the lost title / lead paragraph.
        let report = try report()
        let factErrors = report.facts.filter { $0.severity == .error && $0.verdict != .match }.map(\.field)
        #expect(factErrors == ["date"])
        #expect(report.segments.added.isEmpty)
    }
}
