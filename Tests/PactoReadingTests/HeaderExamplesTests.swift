import Foundation
import PactoModel
import Testing
@testable import PactoReading

/// The plain-text reader's header against its example corpus
/// (`Fixtures/examples/header.*.tsv`): the lines above an article as
/// captured, and the title, stamp and writers they give. A row starting
/// with "! " is a known miss: it must still miss (``ExampleRow``).
struct HeaderExamplesTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var file: String
        var line: Int
        var lines: String
        var title: String?
        var published: String?
        var authors: [String]
        var isKnownMiss: Bool
        var testDescription: String { "\(file):\(line) \(lines)" }
    }

    static func load(_ name: String) -> [Example] {
        ExampleRow.load(name, width: 4).map { row in
            Example(file: row.file, line: row.line, lines: row.lines, title: row.value(1), published: row.value(2),
                    authors: row.list(3), isKnownMiss: row.isKnownMiss)
        }
    }

    /// What Reading finds when the lines head a short report.
    static func read(_ example: Example) throws -> Article {
        let spanish = example.file.contains(".es.")
        let body = spanish
            ? "El 5 de marzo, el Clúster de Emulación n.º 3 celebró la conferencia de firma del pacto de emulación de 2025.\n\nLas unidades acordaron el contenido del pacto."
            : "Ngày 5/3, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2025.\n\nCác đơn vị đã thống nhất nội dung giao ước."
        let text = example.lines + "\n\n" + body + "\n"
        return try Reader().read(bytes: Array(text.utf8), name: "header.txt")
    }

    @Test("Reading: the title, stamp and writers a header gives", arguments: load("header.vi.tsv") + load("header.es.tsv"))
    func header(_ example: Example) throws {
        let article = try Self.read(example)
        let found = (article.title, article.published?.description, article.authors)
        let matches = found.0 == example.title && found.1 == example.published && found.2 == example.authors
        if example.isKnownMiss {
            withKnownIssue { #expect(matches) }
        } else {
            #expect(article.title == example.title, "\(example.testDescription)")
            #expect(article.published?.description == example.published, "\(example.testDescription)")
            #expect(article.authors == example.authors, "\(example.testDescription)")
        }
    }
}
