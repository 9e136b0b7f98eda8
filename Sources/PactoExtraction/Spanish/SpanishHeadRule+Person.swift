import Foundation
import PactoModel

/// "la señora Le Thi Huong (jefa del bloque en el curso 2023-2024), directora de la
/// Escuela Infantil del Barrio 8, presentó …": the role noted in brackets after a person's
/// name is held by the unit the person's title names after the bracket; and "Dong Nai
/// (jefe del clúster), Dak Nong (subjefe)": a place named alone holds the role.
extension SpanishHeadRule {
    /// Courtesy words before a person's name (folded).
    static let courtesies: Set<String> = ["el", "la", "senor", "senora", "camarada", "companero", "companera", "don", "dona"]

    /// The unit in the title printed after a bracketed role that follows a person's name.
    func unitOfPerson(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var open = role.lowerBound
        while open > sentence.lowerBound, body.characters[open - 1] == " " { open -= 1 }
        guard open > sentence.lowerBound, body.characters[open - 1] == "(" else { return nil }
        open -= 1
        guard let close = body.characters[role.upperBound..<sentence.upperBound].firstIndex(of: ")") else { return nil }
        var start = open
        while start > sentence.lowerBound, !",;:(".contains(body.characters[start - 1]) { start -= 1 }
        var words = Array(body.tokens(in: start..<open))
        while let first = words.first, !first.isCapitalized || Self.courtesies.contains(first.key) { words.removeFirst() }
        guard (2...5).contains(words.count), words.allSatisfy(\.isCapitalized), Lexicon.surnames.contains(words[0].key) else { return nil }
        var comma = close + 1
        while comma < sentence.upperBound, body.characters[comma] == " " { comma += 1 }
        guard comma < sentence.upperBound, body.characters[comma] == "," else { return nil }
        var end = comma + 1
        while end < sentence.upperBound, !",;.()".contains(body.characters[end]) { end += 1 }
        let tokens = Array(body.tokens(in: (comma + 1)..<end))
        guard let title = tokens.first, cues.titles.contains(title.key),
              let unit = tokens.dropFirst().first(where: { cues.unitWords.contains($0.key) && $0.isCapitalized }) else { return nil }
        let range = body.trimmed(unit.range.lowerBound..<end)
        return range.isEmpty ? nil : range
    }

    static let articles: Set<String> = ["el", "la", "los", "las"]

    /// The capitalised words before a role name a place the gazetteer knows, and nothing else; only a
    /// bracket, a comma or an article stands between them and the role ("el de Yen Bai, el subjefe";
    /// "Son La, y el jefe del clúster" names none).
    func placeAlone(from start: Int, to end: Int, before role: Int, in body: Passage) -> Range<Int>? {
        guard end <= role, Folding.fold(body.text(end..<role)).split(whereSeparator: { " ,(".contains($0) })
            .allSatisfy({ Self.articles.contains(String($0)) }) else { return nil }
        var tokens = Array(body.tokens(in: start..<end))
        while let first = tokens.first, !first.isCapitalized { tokens.removeFirst() }
        guard let first = tokens.first, let last = tokens.last, tokens.allSatisfy(\.isCapitalized),
              Gazetteer.standard.places[tokens.map(\.key).joined(separator: " ")] != nil else { return nil }
        return first.range.lowerBound..<last.range.upperBound
    }

    /// "la UEF, en su papel de jefa del Bloque": an abbreviation the text defined for a unit ("… (UEF)").
    func abbreviationAlone(from start: Int, to end: Int, in body: Passage) -> Range<Int>? {
        let tokens = Array(body.tokens(in: start..<end)).filter { $0.isCapitalized && !Self.articles.contains($0.key) }
        guard tokens.count == 1, DefinedUnits.name(abbreviatedAs: tokens[0], in: body) != nil else { return nil }
        return tokens[0].range
    }
}
