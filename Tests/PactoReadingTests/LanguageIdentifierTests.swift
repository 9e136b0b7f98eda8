import Foundation
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

/// Words split by table give the words `split(whereSeparator:)` gives with
/// the character properties, on fixture text and on characters at the edges.
struct WordsTests {
    @Test func tableSplitMatchesCharacterSplit() throws {
        var texts = [
            "Cụm thi đua số 5 – Bộ Xây dựng “ký kết” giao ước… năm 2024", "ĐỒNG THÁP\u{00A0}và\u{2003}Bà Rịa–Vũng Tàu\u{200B}!",
            "½ ² ³ ¹ ¼ Ⅻ ª º µ ß ſ ǅ ĳ", "a\u{0301}b c\r\nd", "emoji 👍🏽 x", "", " ", "x", "mil‰ y‱ z′ w″",
            "_under_score_ and-dash", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß÷",
        ]
        for name in Fixtures.files(in: "check", ending: ".txt") {
            let text = try String(contentsOfFile: Fixtures.path("check/" + name), encoding: .utf8)
            texts.append(text)
            texts += text.split(separator: "\n").map(String.init)
        }
        for text in texts {
            #expect(Words.lettersAndDigits(text) == text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
            #expect(Words.letters(text) == text.split(whereSeparator: { !$0.isLetter }))
        }
    }
}
