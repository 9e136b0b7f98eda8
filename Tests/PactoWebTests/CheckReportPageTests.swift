import Foundation
import PactoChecking
import PactoModel
import PactoReading
import Testing
@testable import PactoWeb

/// The side-by-side page of a check, rendered by the `check-report`
/// template: article text escaped, the differing facts' words marked.
struct CheckReportPageTests {
    static let checker: Checker = {
        do { return try Checker() } catch { preconditionFailure("the shipped glossary must load: \(error)") }
    }()

    @Test func htmlEscapesArticleText() throws {
        let original = Article(
            file: "a<1>.txt", title: "Cụm thi đua số 2 <b>ký</b>", language: .vietnamese,
            blocks: [Block(.paragraph, "Chiều 5/4, tại Hà Nội, Cụm thi đua số 2 ký giao ước thi đua năm 2024 <script>alert(1)</script> & “x”.")])
        let translation = Article(
            file: "b.txt", title: "El Clúster de Emulación n.º 2 <b>firma</b>", language: .spanish,
            blocks: [Block(.paragraph, "La tarde del 5 de abril, en Hanói, el Clúster de Emulación n.º 2 firmó el pacto de emulación de 2024 <script>alert(1)</script> & “x”.")])
        let html = try CheckReportPage.html(for: Self.checker.check(original: original, translation: translation))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
        #expect(!html.contains("<b>ký</b>"))
        #expect(html.contains("<title>pacto check: a&lt;1&gt;.txt ↔ b.txt</title>"))
    }

    @Test func htmlMarksTheDifferences() throws {
        let folder = WebFixtures.root.appendingPathComponent("check")
        let reader = Reader()
        let original = try reader.read(path: folder.appendingPathComponent("tnmt-cum8-2024.vi.txt").path)
        let text = try String(contentsOf: folder.appendingPathComponent("tnmt-cum8-2024.es.txt"), encoding: .utf8)
            .replacingOccurrences(of: "29 de marzo", with: "27 de marzo")
        let translation = try reader.read(bytes: Array(text.utf8), name: "es.txt")
        let html = try CheckReportPage.html(for: Self.checker.check(original: original, translation: translation))
        #expect(html.contains("<mark>27 de marzo</mark>"))
        #expect(html.contains("class=\"differs\""))
        #expect(html.contains("<span class=\"error\">"))
    }

    /// The seed pair (003 is 000 without its title and first paragraph):
    /// both omissions and the terms are listed.
    @Test func htmlListsOmissionsAndTerms() throws {
        let folder = WebFixtures.root.appendingPathComponent("seeds")
        let reader = Reader()
        let report = try Self.checker.check(
            original: reader.read(path: folder.appendingPathComponent("000_2a09207ccd449688.txt").path),
            translation: reader.read(path: folder.appendingPathComponent("003_192d8a868eb9459a.txt").path))
        let html = try CheckReportPage.html(for: report)
        #expect(html.contains("<h2>Passages without counterpart</h2>"))
        #expect(html.contains("<li><span class=\"error\">omitted</span> [title] Cụm thi đua số VIII-Bộ Tài nguyên và Môi trường ký kết giao ước thi đua năm 2024"))
        #expect(html.contains("<h2>Terms</h2>"))
        #expect(html.contains("interface text left in the translation: “Kommentar (0)”"))
    }

    @Test(arguments: [
        ("Ngày 29/3 tại Long An", ["29/3"], [("Ngày ", false), ("29/3", true), (" tại Long An", false)]),
        ("abc", ["x"], [("abc", false)]),
        ("aa", ["a"], [("aa", true)]),
        ("", ["a"], []),
    ] as [(String, [String], [(String, Bool)])])
    func pieces(text: String, marks: [String], expected: [(String, Bool)]) {
        let pieces = CheckReportView.pieces(text, marks: marks)
        #expect(pieces.map(\.text) == expected.map(\.0))
        #expect(pieces.map(\.marked) == expected.map(\.1))
    }
}
