import Foundation
import PactoModel
import Testing
@testable import PactoReading

/// BylineRule against its example corpus (`Fixtures/examples/byline.*.tsv`):
/// the last lines of an article as captured, and the authors they name.
/// A row starting with "! " is a known miss: it must still miss (``ExampleRow``).
struct BylineExamplesTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var file: String
        var line: Int
        var lines: String
        var authors: [String]
        var isKnownMiss: Bool
        var testDescription: String { "\(file):\(line) \(lines)" }
    }

    static func load(_ name: String) -> [Example] {
        ExampleRow.load(name, width: 2).map { row in
            Example(file: row.file, line: row.line, lines: row.lines, authors: row.list(1), isKnownMiss: row.isKnownMiss)
        }
    }

    /// The authors Reading finds when the lines close a short report.
    static func authors(_ example: Example) throws -> [String] {
        let spanish = example.file.contains(".es.")
        let opening = spanish
            ? "Firman el pacto de emulación de 2025\n\nEl Clúster de Emulación n.º 3 celebró la conferencia de balance el 5 de marzo."
            : "Ký kết giao ước thi đua năm 2025\n\nNgày 5/3, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2025."
        let text = opening + "\n\n" + example.lines + "\n"
        return try Reader().read(bytes: Array(text.utf8), name: "byline.txt").authors
    }

    @Test("BylineRule: the authors a closing byline names", arguments: load("byline.vi.tsv") + load("byline.es.tsv"))
    func byline(_ example: Example) throws {
        let found = try Self.authors(example)
        if example.isKnownMiss {
            withKnownIssue { #expect(found == example.authors) }
        } else {
            #expect(found == example.authors, "\(example.testDescription)")
        }
    }
}
