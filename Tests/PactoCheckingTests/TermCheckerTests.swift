import Foundation
import PactoModel
import PactoReading
import Testing
@testable import PactoChecking

/// Terminology findings on small made-up pairs.
struct TermCheckerTests {
    static let original = Article(
        file: "vi.txt", title: "Cụm thi đua số 3 ký kết giao ước thi đua năm 2024", language: .vietnamese,
        blocks: [
            Block(.paragraph, "Chiều 12/4, tại Cần Thơ, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2024 với chủ đề “Đoàn kết, kỷ cương, sáng tạo”."),
        ])

    static func check(_ paragraph: String) throws -> CheckReport {
        let translation = Article(
            file: "es.txt", title: "El Clúster de Emulación n.º 3 firma el pacto de emulación de 2024", language: .spanish,
            blocks: [Block(.paragraph, paragraph)])
        return try Fixtures.checker.check(original: original, translation: translation)
    }

    @Test func vietnameseLeftUntranslated() throws {
        let report = try Self.check(
            "La tarde del 12 de abril, en Can Tho, el Clúster de Emulación n.º 3 celebró la conferencia de firma del giao ước thi đua de 2024 con el lema «Unidad, disciplina, creatividad».")
        let untranslated = report.terms.filter { $0.kind == .untranslated }.map(\.term)
        #expect(untranslated == ["giao ước thi đua"])
        #expect(report.errors == 0)
    }

    @Test func themeWordsRendered() throws {
        let report = try Self.check(
            "La tarde del 12 de abril, en Can Tho, el Clúster de Emulación n.º 3 celebró la conferencia de firma del pacto de emulación de 2024 con el lema «Unidad, disciplina, creatividad».")
        #expect(report.terms.isEmpty)
        #expect(report.facts.first { $0.field == "theme" }?.verdict == .match)
    }

    /// The reader sets interface lines aside; the check still sees them.
    @Test func leftoversTheReaderSetAside() throws {
        let paragraph = "La tarde del 12 de abril, en Can Tho, el Clúster de Emulación n.º 3 celebró la conferencia de firma del pacto de emulación de 2024 con el lema «Unidad, disciplina, creatividad»."
        let text = "El Clúster de Emulación n.º 3 firma el pacto de emulación de 2024\n\n\(paragraph)\n\nFuente\nKommentar (0)\n"
        let translation = try Fixtures.article(text: text, name: "es.txt")
        #expect(!translation.body.contains("Fuente"))
        let report = try Fixtures.checker.check(original: Self.original, translation: translation)
        #expect(Set(report.terms.filter { $0.kind == .leftover }.map(\.term)) == ["Fuente", "Kommentar (0)"])
    }

    /// A page's own interface (menus, share buttons) is the page's: the
    /// reader sets nothing aside from HTML.
    @Test func aPageIsNotScannedForItsOwnInterface() throws {
        let page = "<!DOCTYPE html><html><body><a>Compartir</a><p>La tarde del 12 de abril, en Can Tho, el Clúster celebró la conferencia de firma del pacto.</p></body></html>"
        let article = try Fixtures.reader.read(bytes: Array(page.utf8), name: "es.html")
        #expect(article.setAside.isEmpty)
    }
}
