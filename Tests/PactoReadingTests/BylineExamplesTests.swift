import Foundation
import PactoModel
import Testing
@testable import PactoReading

/// BylineRule against its example corpus (`Fixtures/examples/byline.*.tsv`):
/// the last lines of an article as captured, and the authors they name.
/// A row starting with "! " is a known miss: it must still miss.
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
        guard let text = try? String(contentsOfFile: Fixtures.path("examples/" + name), encoding: .utf8) else { return [] }
        var examples: [Example] = []
        for (index, row) in text.components(separatedBy: "\n").enumerated() where !row.isEmpty && !row.hasPrefix("#") {
            var columns = row.components(separatedBy: "\t")
            let known = columns[0].hasPrefix("! ")
            if known { columns[0].removeFirst(2) }
            let authors = (columns.count > 1 ? columns[1] : "").components(separatedBy: " | ")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            examples.append(Example(file: name, line: index + 1, lines: columns[0].replacingOccurrences(of: "\\n", with: "\n"),
                                    authors: authors, isKnownMiss: known))
        }
        return examples
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
