import Foundation

/// The search index's words as PostgreSQL `tsvector` and `tsquery` text.
///
/// PostgreSQL's own parser does not see the text: Pacto folds it and splits
/// it into words (``FoldedWords``, the words SQLite's index holds too), and
/// writes the vector out itself, so that both stores match the same words,
/// đ → d and all. The short fields weigh A, the body D (unmarked), as
/// bm25's weights 10 and 1 do on SQLite.
enum SearchVector {
    /// PostgreSQL's bounds: a lexeme's bytes, a position, positions kept per lexeme.
    static let maxWordBytes = 2046
    static let maxPosition = 16383
    static let maxPositions = 256
    /// Stay below the 1 MB a tsvector may hold; words past it go unindexed.
    static let maxBytes = 900_000

    /// The literal of the vector of folded `head` and `body`.
    static func literal(head: String, body: String) -> String {
        var positions: [String: [String]] = [:]
        var words: [String] = []
        var bytes = 0
        var position = 0
        for (text, weight) in [(head, "A"), (body, "")] {
            // A gap between the fields: a phrase does not run from one into the other.
            position += 1
            var text = text
            text.withUTF8 { buffer in
                FoldedWords.forEach(in: buffer, range: 0..<buffer.count) { scalars, _ in
                    position += 1
                    var word = ""
                    word.unicodeScalars.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
                    guard word.utf8.count <= maxWordBytes else { return true }
                    if positions[word] == nil {
                        words.append(word)
                        positions[word] = []
                        bytes += word.utf8.count + 4
                    }
                    if positions[word, default: []].count < maxPositions {
                        positions[word, default: []].append("\(min(position, maxPosition))\(weight)")
                        bytes += 2
                    }
                    return bytes < maxBytes
                }
            }
        }
        return words.map { word in quoted(word) + ":" + (positions[word] ?? []).joined(separator: ",") }
            .joined(separator: " ")
    }

    /// Every word of `terms` (folded, as ``SearchQuery/terms``): what a match needs.
    static func allWords(_ terms: [String]) -> String {
        terms.map(quoted).joined(separator: " & ")
    }

    /// The words side by side, as typed, or else all of them: what ranks.
    static func ranking(_ terms: [String]) -> String {
        guard terms.count > 1 else { return allWords(terms) }
        return "(" + terms.map(quoted).joined(separator: " <-> ") + ") | (" + allWords(terms) + ")"
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
