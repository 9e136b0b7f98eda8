import Foundation
import PactoModel

/// Places the meeting ranks its units in, as prizes: "otorgó reconocimientos
/// ... de la siguiente manera: primer puesto del clúster, el municipio de
/// Huu Lung; segundo puesto del clúster, la comuna de Hoa Lac". Kind `other`,
/// no issuer; only in a sentence that says the meeting ranks or rewards
/// (``AwardCues/rankContexts``).
extension SpanishAwardRule {
    /// "primer puesto del clúster,", "segundo lugar:": a rank and its comma or colon.
    static let rank = Pattern(#"(?<![a-z])(?:primer|segundo|tercer)\s+(?:puesto|lugar|premio)(?:\s+del\s+(?:cluster|bloque|grupo))?\s*[,:]"#)

    /// - Complexity: O(n) in the length of the sentences that hold a rank.
    func rankedAwards(in body: Passage) -> [Found<Award>] {
        var awards: [Found<Award>] = []
        for match in body.matches(Self.rank) {
            guard let whole = match[0] else { continue }
            let sentence = body.sentence(containing: whole.lowerBound)
            let said = body.foldedText(sentence.lowerBound..<whole.lowerBound)
            guard cues.rankContexts.contains(where: said.contains) else { continue }
            let end = Self.end(from: whole.upperBound, in: body, limit: sentence.upperBound, stops: ";\n")
            let names = MemberListRule.split(body.trimmed(whole.upperBound..<end), in: body, scope: .units)
                .map { cleanedRecipient(body.text($0)) }.filter(isNamed)
            guard !names.isEmpty else { continue }
            awards.append(Found(Award(kind: .other, recipients: names), whole.lowerBound..<end))
        }
        return awards
    }
}
