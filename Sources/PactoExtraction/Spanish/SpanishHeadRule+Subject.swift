import Foundation
import PactoModel

/// "Thaco obtuvo los mejores resultados … y, al mismo tiempo, fue elegida
/// subjefa del clúster": the role's clause drops its subject, named as the
/// sentence's first subject.
extension SpanishHeadRule {
    /// The sentence's first subject: a run of capitalised words (with the small
    /// words inside names) right before one of ``HeadCues/subjectVerbs``, when
    /// the role's clause ends with one of ``HeadCues/passiveLinks``.
    func droppedSubject(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let lead = body.alignedText(sentence.lowerBound..<role.lowerBound).trimmingCharacters(in: .whitespaces)
        guard cues.passiveLinks.contains(where: { lead.hasSuffix($0) }) else { return nil }
        let tokens = Array(body.tokens(in: sentence.lowerBound..<role.lowerBound))
        var start: Int?
        for (index, token) in tokens.enumerated() {
            if token.isCapitalized {
                if start == nil { start = index }
                continue
            }
            if start != nil, Self.nameConnectors.contains(token.key), index + 1 < tokens.count, tokens[index + 1].isCapitalized {
                continue
            }
            if let first = start {
                // The sentence's opening words ("Entre ellas,") name no subject, nor does a name
                // after a preposition ("los mejores resultados del Bloque"): go on after them.
                guard cues.subjectVerbs.contains(token.key),
                      first == 0 || !Self.prepositions.contains(tokens[first - 1].key) else {
                    start = nil
                    continue
                }
                // "La Compañía Thaco": the article is no part of the name.
                var opening = first
                if ["la", "el", "los", "las"].contains(tokens[opening].key), opening + 1 < index { opening += 1 }
                let range = body.trimmed(tokens[opening].range.lowerBound..<tokens[index - 1].range.upperBound)
                return range.isEmpty ? nil : range
            }
        }
        return appositiveSubject(in: body, sentence: sentence, before: role.lowerBound)
    }

    /// "Thaco, la empresa con los mejores resultados, fue elegida": the name that
    /// opens the sentence, before a comma and the article of its apposition.
    func appositiveSubject(in body: Passage, sentence: Range<Int>, before end: Int) -> Range<Int>? {
        let tokens = Array(body.tokens(in: sentence.lowerBound..<end))
        var last = 0
        while last < tokens.count, tokens[last].isCapitalized { last += 1 }
        guard last > 0, last + 1 < tokens.count, ["la", "el", "una", "un"].contains(tokens[last].key),
              body.text(tokens[last - 1].range.upperBound..<tokens[last].range.lowerBound).trimmingCharacters(in: .whitespaces) == ","
        else { return nil }
        var first = 0
        if ["la", "el", "los", "las"].contains(tokens[first].key), first + 1 < last { first += 1 }
        let range = body.trimmed(tokens[first].range.lowerBound..<tokens[last - 1].range.upperBound)
        return range.isEmpty ? nil : range
    }

    /// Words before a name that make it a complement, not a subject.
    static let prepositions: Set<String> = ["de", "del", "con", "en", "a", "al", "por", "para", "entre", "sobre"]
}
