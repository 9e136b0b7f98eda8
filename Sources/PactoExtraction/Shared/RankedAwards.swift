import Foundation
import PactoModel

/// Places a meeting ranks its units in, given as prizes: "bình xét khen
/// thưởng ... như sau: Nhất cụm: thị trấn Hữu Lũng; Nhì cụm: xã Hòa Lạc",
/// "otorgó reconocimientos ...: primer puesto del clúster, el municipio de
/// Huu Lung". Kind `other`, no issuer; only in a sentence that says the
/// meeting ranks or rewards. One reading for both languages: each gives its
/// rank pattern, its context words (``AwardCues/rankContexts``) and how it
/// cleans a name.
enum RankedAwards {
    /// - Complexity: O(n) in the length of the sentences that hold a rank.
    static func find(in body: Passage, rank: Pattern, contexts: [String],
                     cleaned: (String) -> String, isNamed: (String) -> Bool) -> [Found<Award>] {
        var awards: [Found<Award>] = []
        for match in body.matches(rank) {
            guard let whole = match[0] else { continue }
            let sentence = body.sentence(containing: whole.lowerBound)
            let said = body.foldedText(sentence.lowerBound..<whole.lowerBound)
            guard contexts.contains(where: said.contains) else { continue }
            let end = SpanishAwardRule.end(from: whole.upperBound, in: body, limit: sentence.upperBound, stops: ";\n")
            let names = MemberListRule.split(body.trimmed(whole.upperBound..<end), in: body, scope: .units)
                .map { cleaned(body.text(body.trimmed($0))) }.filter(isNamed)
            guard !names.isEmpty else { continue }
            awards.append(Found(Award(kind: .other, recipients: names), whole.lowerBound..<end))
        }
        return awards
    }
}
