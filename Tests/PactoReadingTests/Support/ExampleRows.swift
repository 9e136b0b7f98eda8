import Foundation

/// A row of one of Reading's example corpora (`Fixtures/examples/<name>.tsv`): tab-separated
/// columns, the first holding the captured lines with "\n" written as `\n`. Lines starting with
/// "#" are comments; a row starting with "! " is a known miss, which must still miss.
struct ExampleRow: Sendable {
    var file: String
    var line: Int
    /// The row's columns, padded with empty ones to the width asked for.
    var columns: [String]
    var isKnownMiss: Bool

    /// The captured lines, line breaks restored.
    var lines: String { columns[0].replacingOccurrences(of: "\\n", with: "\n") }

    /// A column holding a list written "A | B"; empty when the column is.
    func list(_ column: Int) -> [String] {
        columns[column].components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A column, nil when it is empty.
    func value(_ column: Int) -> String? { columns[column].isEmpty ? nil : columns[column] }

    static func load(_ name: String, width: Int) -> [ExampleRow] {
        guard let text = try? String(contentsOfFile: Fixtures.path("examples/" + name), encoding: .utf8) else { return [] }
        var rows: [ExampleRow] = []
        for (index, row) in text.components(separatedBy: "\n").enumerated() where !row.isEmpty && !row.hasPrefix("#") {
            var columns = row.components(separatedBy: "\t")
            let known = columns[0].hasPrefix("! ")
            if known { columns[0].removeFirst(2) }
            while columns.count < width { columns.append("") }
            rows.append(ExampleRow(file: name, line: index + 1, columns: columns, isKnownMiss: known))
        }
        return rows
    }
}
