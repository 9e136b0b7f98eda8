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
                // The sentence's opening words ("Entre ellas,") name no subject: go on after them.
                guard cues.subjectVerbs.contains(token.key) else {
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
        return nil
    }
}
