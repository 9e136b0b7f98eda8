import Foundation
import PactoModel
import Testing
@testable import PactoChecking

/// Terminology findings on small made-up pairs.
struct TermCheckerTests {
    static let original = Article(
        file: "vi.txt", title: "Cụm thi đua số 3 ký kết giao ước thi đua năm 2024", language: .vietnamese,
        blocks: [
            Block(.paragraph, "Chiều 12/4, tại Cần Thơ, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2024 với chủ đề “Đoàn kết, kỷ cương, sáng tạo”."),
        ])

    static func check(_ paragraph: String, raw: String? = nil) throws -> CheckReport {
        let translation = Article(
            file: "es.txt", title: "El Clúster de Emulación n.º 3 firma el pacto de emulación de 2024", language: .spanish,
            blocks: [Block(.paragraph, paragraph)])
        return try Fixtures.checker.check(original: original, translation: translation, translationRaw: raw)
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

    @Test func leftoversFromTheRawText() throws {
        let paragraph = "La tarde del 12 de abril, en Can Tho, el Clúster de Emulación n.º 3 celebró la conferencia de firma del pacto de emulación de 2024 con el lema «Unidad, disciplina, creatividad»."
        let raw = "El Clúster de Emulación n.º 3 firma el pacto de emulación de 2024\n\n\(paragraph)\n\nFuente\nKommentar (0)\n"
        let report = try Self.check(paragraph, raw: raw)
        #expect(Set(report.terms.filter { $0.kind == .leftover }.map(\.term)) == ["Fuente", "Kommentar (0)"])
    }

    @Test func aPageIsNotScannedForItsOwnInterface() {
        #expect(RawText.visibleLines(of: "<!DOCTYPE html><html><body><a>Compartir</a><p>Hola</p></body></html>").isEmpty)
        #expect(RawText.visibleLines(of: "Hola\n\nFuente\n") == ["Hola", "Fuente"])
    }
}
