import Foundation
@testable import PactoModel
import Testing

struct LanguageIdentifierTests {
    @Test(arguments: [
        ("Cụm thi đua số VIII ký kết giao ước thi đua năm 2024", Language.vietnamese),
        ("Khối thi đua các cơ quan Đảng ký giao ước", .vietnamese),
        ("Tổng kết", .vietnamese),
        ("El Clúster de Emulación n.º VIII firma el pacto", .spanish),
        ("La presidenta interina asiste a la Conferencia de resumen del Pacto de Emulación", .spanish),
        ("Los departamentos firmaron un pacto de emulación en Long An", .spanish),
        // Vietnamese letters quoted in a Spanish text: its function words outweigh them.
        ("(Mặt trận) - La tarde del 3 de agosto, el Clúster de Emulación de las cinco ciudades celebró en Can Tho la conferencia", .spanish),
        ("El Comité Popular emitió la Decisión n.º 348/QĐ-UBND sobre la consolidación de los bloques de emulación", .spanish),
        ("(ĐN)- El Departamento de Salud celebró el acto conmemorativo del Día del Médico", .spanish),
        ("Nguyễn Văn Hùng, presidente del Comité Popular de la provincia de Tiền Giang, firmó el pacto con los departamentos", .spanish),
        ("El Clúster de Tiền Giang", .spanish),
        // A Vietnamese text with Spanish-looking words ("an", "do", "in") stays Vietnamese.
        ("Bảo đảm an ninh, an toàn do Cụm thi đua tổ chức in ấn tài liệu", .vietnamese),
        ("Emulation cluster signs its pact for the year", .english),
        ("The ministry and the provinces review the emulation movement", .english),
        ("Le ministère et les provinces signent un pacte", .undetermined),
        ("Der Ministerpräsident und die Länder unterzeichnen", .undetermined),
        ("", .undetermined),
        ("2024", .undetermined),
        // Spanish and French tie (both lists hold "de" and "la"): no coin toss.
        ("de la de la", .undetermined),
    ])
    func identifies(text: String, language: Language) {
        #expect(LanguageIdentifier.identify(text) == language)
    }

    /// When the answer must be Vietnamese or Spanish: the identifier's when
    /// it is one, else the side with more evidence, nil without any.
    @Test(arguments: [
        ("Cụm thi đua số VIII ký kết giao ước", Language?.some(.vietnamese)),
        ("El Clúster de Emulación firma el pacto", .spanish),
        // English, and one Vietnamese word among eight: leans Vietnamese.
        ("The ministry of Hà Nội signs its pact for the year", .vietnamese),
        // French (undetermined) leans Spanish by the words they share ("de", "la").
        ("Le ministère de la province", .spanish),
        ("2024 12/4", nil),
        ("", nil),
    ])
    func identifiesAmongCandidates(text: String, language: Language?) {
        #expect(LanguageIdentifier.identify(text, among: [.vietnamese, .spanish]) == language)
    }

    @Test func articleLanguageAmongCandidates() {
        var article = Article(file: "a.txt", title: "Tổng kết", language: .vietnamese)
        #expect(article.language(among: [.vietnamese, .spanish]) == .vietnamese)
        // The reader's label when it is a candidate, even against the text.
        article.language = .spanish
        #expect(article.language(among: [.vietnamese, .spanish]) == .spanish)
        article = Article(file: "b.txt", title: "Firma del pacto", language: .undetermined,
                          blocks: [Block(.paragraph, "Los departamentos firmaron el pacto de emulación con la provincia.")])
        #expect(article.language(among: [.vietnamese, .spanish]) == .spanish)
        #expect(Article(file: "c.txt").language(among: [.vietnamese, .spanish]) == nil)
    }

    @Test func vietnameseShare() {
        #expect(LanguageIdentifier.vietnameseShare("") == 0)
        #expect(LanguageIdentifier.vietnameseShare("Cụm thi đua") == 2.0 / 3.0)
        #expect(LanguageIdentifier.vietnameseShare("El Clúster de Tiền Giang") == 1.0 / 5.0)
    }
}
