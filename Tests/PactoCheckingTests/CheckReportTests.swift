import Foundation
import PactoModel
import PactoReading
import Testing
@testable import PactoChecking

/// The report's forms: the JSON shape of the issue, the exit status, and
/// either order of languages (the HTML page: `CheckReportPageTests`).
struct CheckReportTests {
    static func seedReport() throws -> CheckReport {
        try Fixtures.check("seeds/000_2a09207ccd449688.txt", "seeds/003_192d8a868eb9459a.txt")
    }

    @Test func jsonHasTheIssuesShape() throws {
        let json = try Self.seedReport().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["original", "translation", "facts", "segments", "terms", "summary"])
        let facts = try #require(object["facts"] as? [[String: Any]])
        let first = try #require(facts.first)
        for key in ["field", "original", "translation", "verdict", "severity"] {
            #expect(first.keys.contains(key), "fact without \(key)")
        }
        let segments = try #require(object["segments"] as? [String: Any])
        #expect(segments["omitted"] is [Any])
        #expect(segments["added"] is [Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 3)  // the title, the lead paragraph, its date
        #expect(summary["warnings"] is Int)
        let original = try #require(object["original"] as? [String: Any])
        #expect(original["language"] as? String == "vi")
    }

    @Test func eitherOrderOfLanguages() throws {
        let vietnamese = try Fixtures.article("seeds/000_2a09207ccd449688.txt")
        let spanish = try Fixtures.article("seeds/003_192d8a868eb9459a.txt")
        let straight = try Fixtures.checker.check(original: vietnamese, translation: spanish)
        let reversed = try Fixtures.checker.check(original: spanish, translation: vietnamese)
        #expect(reversed.original.language == .spanish)
        #expect(reversed.errors == straight.errors)
        // What the Spanish text lacks is now "added" in the Vietnamese one.
        #expect(reversed.segments.added.map(\.text) == straight.segments.omitted.map(\.text))
        let date = try #require(reversed.facts.first { $0.field == "date" })
        #expect(date.verdict == .added)
    }

    @Test func twoTextsOfOneLanguageCannotBeChecked() throws {
        let vietnamese = try Fixtures.article("seeds/000_2a09207ccd449688.txt")
        #expect(throws: CheckError.self) {
            try Fixtures.checker.check(original: vietnamese, translation: vietnamese)
        }
    }

    @Test func cleanPairExitsZero() throws {
        let report = try Fixtures.check("check/tnmt-cum8-2024.vi.txt", "check/tnmt-cum8-2024.es.txt")
        #expect(report.errors == 0)
        #expect(report.exitStatus == 0)
        #expect(report.text().contains("0 errors"))
    }
}

/// The same pair as web pages: menus, share buttons and footers are the
/// page's, and the check sees only the articles.
struct HTMLPairTests {
    @Test func faithfulPagesAreClean() throws {
        let report = try Fixtures.check("check/html/tnmt-cum8-2024.vi.html", "check/html/tnmt-cum8-2024.es.html")
        #expect(report.errors == 0, "\(report.text())")
        #expect(report.terms.filter { $0.kind == .leftover }.isEmpty)
    }

    @Test func changedDateInAPageIsAnError() throws {
        let page = try Fixtures.text("check/html/tnmt-cum8-2024.es.html").replacingOccurrences(of: "29 de marzo", with: "28 de marzo")
        let report = try Fixtures.checker.check(
            original: Fixtures.article("check/html/tnmt-cum8-2024.vi.html"),
            translation: Fixtures.reader.read(bytes: Array(page.utf8), name: "es.html", format: .html))
        #expect(report.facts.contains { $0.field == "date" && $0.verdict == .mismatch && $0.severity == .error })
    }
}
