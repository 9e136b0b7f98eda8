import PactoModel
import Testing
@testable import PactoReading

struct LanguageIdentifierTests {
    @Test(arguments: [
        ("Cụm thi đua số VIII ký kết giao ước thi đua năm 2024", Language.vietnamese),
        ("Khối thi đua các cơ quan Đảng ký giao ước", .vietnamese),
        ("Tổng kết", .vietnamese),
        ("El Clúster de Emulación n.º VIII firma el pacto", .spanish),
        ("La presidenta interina asiste a la Conferencia de resumen del Pacto de Emulación", .spanish),
        ("Los departamentos firmaron un pacto de emulación en Long An", .spanish),
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
}
