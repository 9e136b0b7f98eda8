import Foundation
import PactoExtraction
import PactoModel
import Testing

/// One example of a rule's corpus (`Fixtures/examples/<rule>.<language>.tsv`):
/// a phrasing and the values it must give, one column each. A row whose
/// first column starts with "! " is a phrasing the rule is known to miss:
/// it is run, and must still fail, so that fixing it shows. A row whose first
/// column starts with "= " (after any "! ") is run alone, without the closing
/// sentence ``event()`` adds (that sentence names a cluster and so hides a
/// plainly named one: "Cụm Tây Nguyên", "Khối Nội chính").
struct Example: Sendable, CustomTestStringConvertible {
    var file: String
    var line: Int
    var columns: [String]
    var isKnownMiss: Bool
    var standsAlone = false

    var text: String { columns[0] }
    var language: Language { file.contains(".es.") ? .spanish : .vietnamese }
    var testDescription: String { "\(file):\(line) \(text)" }

    func column(_ index: Int) -> String? {
        index < columns.count && !columns[index].isEmpty ? columns[index] : nil
    }

    func list(_ index: Int) -> [String] {
        column(index)?.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
    }

    /// The rows of an example file; comment lines start with "#".
    static func load(_ name: String) -> [Example] {
        let path = Fixtures.path("examples/" + name)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var examples: [Example] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            var columns = line.components(separatedBy: "\t")
            let known = columns[0].hasPrefix("! ")
            if known { columns[0].removeFirst(2) }
            let alone = columns[0].hasPrefix("= ")
            if alone { columns[0].removeFirst(2) }
            columns[0] = columns[0].replacingOccurrences(of: "\\n", with: "\n")
            examples.append(Example(file: name, line: index + 1, columns: columns, isKnownMiss: known, standsAlone: alone))
        }
        return examples
    }

    /// The event extracted from the phrasing, with a sentence after it that
    /// names a meeting of a cluster (so the phrasing alone decides the field),
    /// unless the row ``standsAlone``.
    func event() -> Event? {
        let closing = language == .spanish
            ? "La conferencia de balance de 2024 del Clúster de Emulación se celebró con éxito."
            : "Hội nghị tổng kết năm 2024 của Cụm thi đua đã diễn ra thành công."
        let article = Article(file: "example.txt", language: language,
                              blocks: [Block(.paragraph, text)] + (standsAlone ? [] : [Block(.paragraph, closing)]))
        return Extractors.extract(from: article).events.first
    }

    /// A value compared as the corpus scorer does: folded, a province by its
    /// name, a unit also when its printed name contains the expected one.
    static func matches(_ member: Member, _ expected: String) -> Bool {
        let key = Folding.fold(expected)
        return member.province.map(Folding.fold) == key || Folding.fold(member.text) == key
            || Folding.fold(member.text).hasSuffix(" " + key)
    }

    static func matches(_ text: String, _ expected: String) -> Bool {
        let folded = Folding.fold(text)
        let key = Folding.fold(expected)
        return folded == key || folded.hasSuffix(" " + key) || folded.contains(" " + key + " ")
    }

    /// Two lists hold the same values, each matched once.
    static func same<Value>(_ found: [Value], _ expected: [String], by match: (Value, String) -> Bool) -> Bool {
        guard found.count == expected.count else { return false }
        var left = found
        for value in expected {
            guard let index = left.firstIndex(where: { match($0, value) }) else { return false }
            left.remove(at: index)
        }
        return true
    }
}
