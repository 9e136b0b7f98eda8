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

    func rankedAwards(in body: Passage) -> [Found<Award>] {
        RankedAwards.find(in: body, rank: Self.rank, contexts: AwardCues.vietnamese.rankContexts, cleaned: stripLeadingNouns, isNamed: isNamed)
    }
}
