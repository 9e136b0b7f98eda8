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

    func rankedAwards(in body: Passage) -> [Found<Award>] {
        RankedAwards.find(in: body, rank: Self.rank, contexts: cues.rankContexts, cleaned: cleanedRecipient, isNamed: isNamed)
    }
}
