import Foundation
import PactoModel

/// Spanish word order the main rule does not read: the receiving verb first
/// and its subject after the award ("Recibieron la Bandera de Emulación del
/// Ministerio X los Departamentos de A y de B"), a head shared by the names of
/// a list ("los Departamentos de X de Can Tho y de Hai Phong"), and past
/// awards told in passing ("El año pasado, ... recibieron").
extension SpanishAwardRule {
    /// A past award: ``AwardCues/notGiven``, whole words.
    static let pastCue = TextPattern(#"(?<![a-z])(?:"# + AwardCues.spanish.notGiven.joined(separator: "|") + #")(?![a-z])"#)

    /// Words a postposed subject may not follow: after them an article belongs to the issuer's name.
    static let prepositions: Set<String> = ["de", "del", "a", "al", "con", "por", "en", "para", "y", "e", "que", "sobre", "entre"]
    static let articles: Set<String> = ["el", "la", "los", "las"]

    /// Where the clause that ends at `offset` opens: the sentence's start or its last ";" or ":".
    static func clauseStart(before offset: Int, in body: Passage, sentence: Range<Int>) -> Int {
        var start = offset
        while start > sentence.lowerBound, !";:".contains(body.characters[start - 1]) { start -= 1 }
        return start
    }

    /// "Recibieron la Bandera ... los Departamentos ...": where the subject
    /// opens after the award, when a receiving verb opens the clause (after
    /// an adverbial and its comma at most: "En esta ocasión, recibieron").
    /// The subject is an article and a capitalised unit word ("los
    /// Departamentos", "el Departamento") not after a preposition ("del
    /// Comité Popular de la Ciudad" stays the issuer).
    /// - Complexity: O(n) in the length of the clause.
    func postposedSubject(after cursor: Int, to end: Int, name: Int, in body: Passage, sentence: Range<Int>) -> Int? {
        let clause = Self.clauseStart(before: name, in: body, sentence: sentence)
        var verbStart = name
        while verbStart > clause, body.characters[verbStart - 1] != "," { verbStart -= 1 }
        // What stands before the comma is an adverbial, not a unit.
        if verbStart > clause, body.tokens(in: clause..<verbStart).contains(where: { $0.isCapitalized && Self.isUnitWord($0.key) }) {
            return nil
        }
        var lead = body.alignedText(verbStart..<name).trimmingCharacters(in: .whitespaces)
        for article in ["el", "la", "los", "las", "un", "una"] where lead.hasSuffix(" " + article) {
            lead = String(lead.dropLast(article.count + 1))
        }
        guard cues.receiving.contains(where: { lead == $0 }) else { return nil }
        let tokens = Array(body.tokens(in: cursor..<end))
        for index in tokens.indices.dropFirst() where index + 1 < tokens.count {
            let token = tokens[index]
            guard Self.articles.contains(token.key), !token.isCapitalized, !Self.prepositions.contains(tokens[index - 1].key),
                  tokens[index + 1].isCapitalized, Self.isUnitWord(tokens[index + 1].key) else { continue }
            return token.range.lowerBound
        }
        return nil
    }

    /// A Spanish unit word, singular or plural ("Departamentos", "Federaciones").
    static func isUnitWord(_ key: String) -> Bool {
        let words = HeadCues.spanish.unitWords
        return words.contains(key) || key.hasSuffix("s") && words.contains(String(key.dropLast()))
            || key.hasSuffix("es") && words.contains(String(key.dropLast(2)))
    }

    /// "los Departamentos de X de Can Tho y de Hai Phong": a name that opens
    /// with "de" and a capital takes the head of the name before it; "y de"
    /// and a capital inside a name opens such a name.
    static func sharingHeads(_ names: [String]) -> [String] {
        var result: [String] = []
        let pieces = names.flatMap { name -> [String] in
            guard let join = name.range(of: " y de "), name[join.upperBound...].first?.isUppercase == true,
                  let de = name[..<join.lowerBound].range(of: " de ", options: .backwards),
                  name[de.upperBound...].first?.isUppercase == true else { return [name] }
            return [String(name[..<join.lowerBound]), "de " + name[join.upperBound...]]
        }
        for name in pieces {
            if name.hasPrefix("de "), name.dropFirst(3).first?.isUppercase == true, let previous = result.last,
               let de = previous.range(of: " de ", options: .backwards), previous[de.upperBound...].first?.isUppercase == true {
                result.append(String(previous[..<de.upperBound]) + name.dropFirst(3))
            } else {
                result.append(name)
            }
        }
        return result
    }
}
