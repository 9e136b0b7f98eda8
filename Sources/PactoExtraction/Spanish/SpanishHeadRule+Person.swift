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
        guard let note = body.noteAfterName(role, in: sentence) else { return nil }
        let open = note.open, title = note.title
        var start = open
        while start > sentence.lowerBound, !",;:(".contains(body.characters[start - 1]) { start -= 1 }
        var words = Array(body.tokens(in: start..<open))
        while let first = words.first, !first.isCapitalized || Self.courtesies.contains(first.key) { words.removeFirst() }
        guard (2...5).contains(words.count), words.allSatisfy(\.isCapitalized), Lexicon.surnames.contains(words[0].key) else { return nil }
        let tokens = Array(body.tokens(in: title))
        guard let first = tokens.first, cues.titles.contains(first.key),
              let unit = tokens.dropFirst().first(where: { cues.unitWords.contains($0.key) && $0.isCapitalized }) else { return nil }
        let range = body.trimmed(unit.range.lowerBound..<title.upperBound)
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
