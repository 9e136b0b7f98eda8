import Foundation
import PactoModel

/// Places the meeting ranks its units in, as prizes: "bình xét khen thưởng
/// ... như sau: Nhất cụm: thị trấn Hữu Lũng; Nhì cụm: xã Hòa Lạc", "giải
/// Nhất: Sở Y tế". Kind `other`, no issuer. Only in a sentence that says the
/// meeting ranks or rewards (``AwardCues/rankContexts``): "Ba cụm: A, B, C"
/// alone counts three clusters.
extension AwardRule {
    /// "Nhất cụm:", "giải Nhì:", "Ba khối:": a rank and its colon.
    static let rank = Pattern(#"(?<![a-z])(?:giai\s+)?(?:nhat|nhi|ba)(?:\s+(?:cum|khoi))?\s*:"#)

    /// - Complexity: O(n) in the length of the sentences that hold a rank.
    func rankedAwards(in body: Passage) -> [Found<Award>] {
        var awards: [Found<Award>] = []
        for match in body.matches(Self.rank) {
            guard let whole = match[0] else { continue }
            let sentence = body.sentence(containing: whole.lowerBound)
            let said = body.foldedText(sentence.lowerBound..<whole.lowerBound)
            guard AwardCues.vietnamese.rankContexts.contains(where: said.contains) else { continue }
            var end = whole.upperBound
            while end < sentence.upperBound, !";\n".contains(body.characters[end]) { end += 1 }
            let names = MemberListRule.split(body.trimmed(whole.upperBound..<end), in: body, scope: .units)
                .map { body.text(body.trimmed($0)) }.map(stripLeadingNouns).filter(isNamed)
            guard !names.isEmpty else { continue }
            awards.append(Found(Award(kind: .other, recipients: names), whole.lowerBound..<end))
        }
        return awards
    }
}
