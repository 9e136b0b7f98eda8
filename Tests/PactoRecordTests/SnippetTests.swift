import Foundation
import PactoModel
import PactoReading
import Testing
@testable import PactoRecord

/// `FoldedWords` (Sources/PactoRecord/FoldedWords.swift): the words the
/// search index sees, read from UTF-8 bytes.
struct FoldedWordsTests {
    @Test(arguments: [
        "Kỷ cương trách nhiệm",
        "Ky\u{0309} cu\u{031B}o\u{031B}\u{0300}ng",  // decomposed (NFD)
        "ĐỒNG THÁP – Đắk Lắk",
        "¿Señor Müller? ¡Sí, pingüino!",
        "Bà Rịa–Vũng Tàu, TP.HCM",
        "thi\u{00A0}đua\u{200B}khen thưởng",  // no-break and zero-width spaces
        "“Kỷ cương” ‘trách nhiệm’ 2024-03-12",
        "Москва Αθήνα 北京 ok",
        "",
    ])
    func wordsAreThoseOfFoldingKey(text: String) {
        // Given a text, when its words are read from its bytes
        var words: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            FoldedWords.forEach(in: bytes, range: 0..<bytes.count) { word, range in
                words.append(String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init))))
                // And each range holds the word as printed
                #expect(!String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).isEmpty)
                return true
            }
        }
        // Then they are the words the query side makes (Folding.key)
        #expect(words == Folding.key(text).split(separator: " ").map(String.init))
    }
}

/// `Snippet` (Sources/PactoRecord/Snippet.swift).
struct SnippetTests {
    @Test(arguments: [
        ("Hội nghị Kỷ cương trách nhiệm năm 2024", ["ky", "cuong"], "Hội nghị **Kỷ** **cương** trách nhiệm năm 2024"),
        ("Tại ĐỒNG THÁP, sáng nay", ["dong", "thap"], "Tại **ĐỒNG** **THÁP**, sáng nay"),
        ("Ky\u{0309} cương", ["ky"], "**Ky\u{0309}** cương"),
        ("el pacto de emulación\nfirmado", ["emulacion"], "el pacto de **emulación** firmado"),
        ("thi đua: xã hội", ["hoi"], "thi đua: xã **hội**"),
        ("thi đua", ["khen"], nil),
        ("thidua thi-dua", ["thi"], "thidua **thi**-dua"),
        ("một\r\nhai\u{2029}ba\u{0085}bốn\u{000B}năm", ["ba"], "một hai **ba** bốn năm"),
    ] as [(String, [String], String?)])
    func marksTheWordsAsPrinted(text: String, terms: [String], expected: String?) {
        #expect(Snippet.make(from: text, terms: terms) == expected)
    }

    @Test func theWordsSideBySideAreTheCentre() {
        // Given a text where "cương" comes alone long before "kỷ cương"
        let text = "cương " + String(repeating: "lorem ipsum ", count: 100) + "Kỷ cương trách nhiệm"
        let snippet = Snippet.make(from: text, terms: ["ky", "cuong"])
        // Then the snippet shows the phrase, not the first word
        #expect(snippet?.hasSuffix("**Kỷ** **cương** trách nhiệm") == true)
        #expect(snippet?.hasPrefix("…") == true)
    }

    @Test func aMatchDeepInALongBodyIsCutAroundIt() throws {
        // Given 200 KB of text with the word once, far in
        let filler = String(repeating: "Các đơn vị đã chú trọng phát hiện, bồi dưỡng điển hình. ", count: 3_500)
        let text = filler + "Đồng chí Võ Minh Thành phát biểu. " + filler
        let start = Date()
        let snippet = Snippet.make(from: text, terms: ["thanh"])
        // Then the snippet is a few words around it, marked, cut on both sides
        let value = try #require(snippet)
        #expect(value.contains("Võ Minh **Thành** phát biểu."))
        #expect(value.hasPrefix("…") && value.hasSuffix("…"))
        #expect(value.count < Snippet.radius * 2 + 60)
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func textWithoutSpacesIsCutAnyway() {
        let text = String(repeating: "x", count: 10_000) + " tìm " + String(repeating: "y", count: 10_000)
        let snippet = Snippet.make(from: text, terms: ["tim"])
        #expect(snippet?.contains("**tìm**") == true)
        #expect((snippet?.count ?? 0) < Snippet.radius * 2 + 2 * Snippet.slack)
    }

    @Test func aTruncatedTextSaysMoreFollows() {
        #expect(Snippet.make(from: "giao ước thi đua", terms: ["uoc"], truncated: true) == "giao **ước** thi đua…")
        #expect(Snippet.opening(of: "ngắn") == "ngắn")
        #expect(Snippet.opening(of: "ngắn", truncated: true) == "ngắn…")
        #expect(Snippet.opening(of: String(repeating: "ă", count: 500)) == String(repeating: "ă", count: Snippet.radius * 2) + "…")
    }
}

/// Snippets of the search results (Store+Search.swift) on bodies longer
/// than the part a snippet is cut from.
struct LongBodySearchTests {
    @Test func snippetsOfLongBodies() throws {
        // Given two documents of 60,000 characters: one with the word at
        // character ~30,000, one with it at 10,000 (inside the window)
        let store = try Store.inMemory()
        let filler = String(repeating: "Các đơn vị đã chú trọng phát hiện điển hình. ", count: 222)  // ~10,000 characters
        func imported(_ name: String, title: String, body: String) -> Imported {
            let article = Article(file: name, title: title, language: .vietnamese, blocks: [Block(.paragraph, body)])
            let document = Document(file: name, sha256: name, language: .vietnamese, title: title,
                                    events: [Event(activities: [.pactSigning], theme: "Kỷ cương")])
            return Imported(path: name, article: article, document: document)
        }
        try store.write([
            imported("deep.txt", title: "Hội nghị xuyenquocgia", body: filler + filler + filler + "Từ khóa xuyenquocgia ở đây. " + filler + filler + filler),
            imported("inside.txt", title: "Hội nghị", body: filler + "Từ khóa hiemcogi ở đây. " + filler + filler + filler + filler + filler),
        ])
        // When each word is searched
        let deep = try #require(try store.search(SearchQuery(text: "xuyenquocgia")).results.first)
        let inside = try #require(try store.search(SearchQuery(text: "hiemcogi")).results.first)
        // Then the word inside the window is shown in the body's words
        #expect(inside.snippet.contains("Từ khóa **hiemcogi** ở đây."))
        #expect(inside.snippet.hasPrefix("…") && inside.snippet.hasSuffix("…"))
        // And the one past it is shown in the title, where it also is
        #expect(deep.snippet == "Hội nghị **xuyenquocgia**")
    }
}

/// The import stamp is written as ISO8601DateFormatter writes it.
struct TimestampTests {
    @Test(arguments: [0.0, 1_700_000_000.4, 1_795_000_000.999, 951_782_400, 4_102_444_799])
    func timestampMatchesFormatter(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(Store.timestamp(date) == ISO8601DateFormatter().string(from: date))
    }
}
