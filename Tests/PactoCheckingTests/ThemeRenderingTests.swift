import Foundation
import Testing
@testable import PactoChecking

/// A slogan's words are rendered by meaning: a faithful paraphrase renders
/// every word, a dropped or a replaced word is named.
struct ThemeRenderingTests {
    static let glossary = Fixtures.checker.glossary

    struct Case: Sendable, CustomStringConvertible {
        var theme: String
        var translation: String
        /// The slogan's words no Spanish word renders, as written in it.
        var notRendered: [String]
        /// The Spanish theme words that render none of the slogan's.
        var unpaired: [String] = []
        var description: String { "\(theme) → \(translation)" }
    }

    /// Faithful paraphrases: other renderings, other order, other grammar.
    static let faithful: [Case] = [
        Case(theme: "Đoàn kết, kỷ cương, trách nhiệm, hiệu quả",
             translation: "Unidad, disciplina, responsabilidad y eficacia", notRendered: []),
        Case(theme: "Đoàn kết, kỷ cương, trách nhiệm, hiệu quả",
             translation: "Solidaridad, orden, sentido de la responsabilidad y eficiencia", notRendered: []),
        Case(theme: "Đổi mới, sáng tạo", translation: "Innovación y creatividad", notRendered: []),
        Case(theme: "Đổi mới, sáng tạo", translation: "Creatividad e innovación", notRendered: []),
        Case(theme: "Đổi mới, sáng tạo", translation: "Renovación e innovación", notRendered: []),
        Case(theme: "Đổi mới sáng tạo, bứt phá phát triển",
             translation: "Innovar para dar un salto en el desarrollo", notRendered: []),
        Case(theme: "Kỷ cương, trách nhiệm, chủ động, kịp thời",
             translation: "Orden, responsabilidad, iniciativa y puntualidad", notRendered: []),
        Case(theme: "Chuyển đổi số, phát triển bền vững",
             translation: "Transformación digital para un desarrollo sostenible", notRendered: []),
        Case(theme: "Vì an ninh Tổ quốc", translation: "Por la seguridad de la Patria", notRendered: []),
        Case(theme: "Đoàn kết, bứt phá, phát triển", translation: "Unidos para despegar y crecer", notRendered: []),
        Case(theme: "Thi đua hoàn thành xuất sắc nhiệm vụ",
             translation: "Emular para cumplir con excelencia las tareas", notRendered: []),
        Case(theme: "Đoàn kết, đổi mới - Trách nhiệm, kỷ cương - Thực chất, hiệu quả",
             translation: "Unidad, renovación, responsabilidad, disciplina, sustancia y eficacia", notRendered: []),
    ]

    /// A word dropped, or replaced by another.
    static let unfaithful: [Case] = [
        Case(theme: "Đoàn kết, kỷ cương, trách nhiệm, hiệu quả",
             translation: "Disciplina, responsabilidad y eficacia", notRendered: ["Đoàn kết"]),
        Case(theme: "Đoàn kết, kỷ cương, trách nhiệm, hiệu quả",
             translation: "Transparencia, disciplina, responsabilidad y eficacia", notRendered: ["Đoàn kết"],
             unpaired: ["Transparencia"]),
        Case(theme: "Đổi mới, sáng tạo", translation: "Innovación", notRendered: ["sáng tạo"]),
        Case(theme: "Đoàn kết, trách nhiệm, kỷ cương, liêm chính",
             translation: "Unidad, responsabilidad, disciplina y transparencia", notRendered: ["liêm chính"],
             unpaired: ["transparencia"]),
        Case(theme: "Chuyển đổi số, phát triển bền vững",
             translation: "Transformación digital para una administración moderna", notRendered: ["phát triển", "bền vững"],
             unpaired: ["administración", "moderna"]),
    ]

    @Test(arguments: faithful + unfaithful)
    func rendering(of example: Case) {
        let rendering = ThemeRendering(theme: example.theme, translation: example.translation, glossary: Self.glossary)
        #expect(rendering.notRendered.map(\.form) == example.notRendered)
        #expect(rendering.unpaired == example.unpaired)
    }

    @Test func eachSpanishWordRendersOneWordAtMost() {
        // "innovación" may render either word; it is given to one.
        #expect(ThemeRendering.pair(["a", "b"], [["a", "b"]]) == [0, nil])
        // The pairing moves "a" to the word only it can take, so both are rendered.
        #expect(ThemeRendering.pair(["a", "b"], [["a", "b"], ["a"]]) == [1, 0])
        #expect(ThemeRendering.pair(["a"], [["b"]]) == [nil])
    }

    @Test func aWordOfSeveralIsOneOnlyWithinAPhrase() {
        #expect(ThemeRendering.phrases(of: "Đổi mới, sáng tạo - hiệu quả") == ["Đổi mới", " sáng tạo ", " hiệu quả"])
        let compound = ThemeRendering(theme: "Đổi mới sáng tạo", translation: "Innovación", glossary: Self.glossary)
        #expect(compound.words.map(\.id) == ["doi-moi-sang-tao"])
        #expect(compound.notRendered.isEmpty)
    }

    @Test func theVocabularyIsTheGlossarysData() throws {
        let json = #"{"entries": [{"id": "x", "kind": "theme", "vi": ["kịp thời"], "es": ["a tiempo"]}]}"#
        let glossary = try Glossary(data: Data(json.utf8))
        #expect(ThemeRendering(theme: "Chủ động, kịp thời", translation: "Llegar a tiempo", glossary: glossary).notRendered.isEmpty)
        let dropped = ThemeRendering(theme: "Chủ động, kịp thời", translation: "Con iniciativa", glossary: glossary)
        #expect(dropped.notRendered.map(\.form) == ["kịp thời"])
        // "chủ động" is not in this glossary: not a theme word here.
        #expect(dropped.words.map(\.id) == ["x"])
    }

    /// A later word of a phrase whose first word is rendered is condensed
    /// into it ("chủ động kịp thời" → "proactividad"), not dropped; a phrase
    /// whose first word is not rendered is dropped whole.
    @Test(arguments: [
        ("Kỷ cương trách nhiệm, chủ động kịp thời, tăng tốc sáng tạo",
         "Disciplina, responsabilidad, proactividad y aceleración de la innovación", ["kịp thời"], [String]()),
        ("Đoàn kết, chủ động kịp thời", "Unidad y puntualidad", [], ["chủ động"]),
        ("Đoàn kết, chủ động, kịp thời", "Unidad y proactividad", [], ["kịp thời"]),
    ])
    func condensedPhrase(theme: String, translation: String, condensed: [String], notRendered: [String]) throws {
        let rendering = ThemeRendering(theme: theme, translation: translation, glossary: Self.glossary)
        #expect(rendering.condensed.map(\.form) == condensed)
        #expect(rendering.notRendered.map(\.form) == notRendered)
    }
}
