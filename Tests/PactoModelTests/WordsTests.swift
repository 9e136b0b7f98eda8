import Foundation
import Testing
@testable import PactoModel

/// Words split by table give the words `split(whereSeparator:)` gives with
/// the character properties, on fixture text and on characters at the edges.
struct WordsTests {
    @Test func tableSplitMatchesCharacterSplit() throws {
        var texts = [
            "Cụm thi đua số 5 – Bộ Xây dựng “ký kết” giao ước… năm 2024", "ĐỒNG THÁP\u{00A0}và\u{2003}Bà Rịa–Vũng Tàu\u{200B}!",
            "½ ² ³ ¹ ¼ Ⅻ ª º µ ß ſ ǅ ĳ", "a\u{0301}b c\r\nd", "emoji 👍🏽 x", "", " ", "x", "mil‰ y‱ z′ w″",
            "_under_score_ and-dash", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß÷",
        ]
        for name in checkFixtures() {
            let text = try String(contentsOfFile: name, encoding: .utf8)
            texts.append(text)
            texts += text.split(separator: "\n").map(String.init)
        }
        for text in texts {
            #expect(Words.lettersAndDigits(text) == text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
            #expect(Words.letters(text) == text.split(whereSeparator: { !$0.isLetter }))
        }
    }
}

/// The text fixtures of translation checks (`Fixtures/check/*.txt`), by path.
private func checkFixtures() -> [String] {
    let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/check")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
}
