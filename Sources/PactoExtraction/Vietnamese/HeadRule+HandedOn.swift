import Foundation
import PactoModel

/// "LĐLĐ huyện Quỳnh Lưu (Cụm trưởng) bàn giao nhiệm vụ cho LĐLĐ thị xã
/// Hoàng Mai", "X, Cụm trưởng năm 2024, đã trao cờ luân lưu cho Y": the holder
/// named with its role hands it on, and the unit after "cho" takes it.
extension HeadRule {
    /// What follows a role note when its holder hands the role on, up to "cho".
    static let handsOnAfterRole = TextPattern(#"^(?:\s*(?:cum|khoi) thi dua(?: so [0-9ivx]+)?)?(?:\s*nam 20\d\d)?\s*\)?\s*[-–,]?\s*(?:da |vua )?(?:(?:ban giao|chuyen giao)(?: lai)?(?: nhiem vu)?|trao(?: lai)? co luan (?:luu|phien))(?: (?:cum|khoi) (?:truong|pho)| (?:truong|pho) (?:cum|khoi))?(?: nam 20\d\d)? cho $"#)
    /// How far after the role the words that hand it on may reach.
    static let handsOnReach = 90

    /// The unit after "cho" when the role's holder hands the role on in the same clause.
    func unitHandedOn(after role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let limit = min(sentence.upperBound, role.upperBound + Self.handsOnReach)
        let tokens = Array(body.tokens(in: role.upperBound..<limit))
        guard let cho = tokens.firstIndex(where: { $0.key == "cho" && !$0.isCapitalized }),
              Self.handsOnAfterRole.isFound(in: body.foldedText(role.upperBound..<tokens[cho].range.upperBound) + " "),
              body.firstMatch(Self.role, in: role.upperBound..<tokens[cho].range.lowerBound) == nil else { return nil }
        let start = tokens[cho].range.upperBound
        var end = start
        while end < sentence.upperBound, !",;(–".contains(body.characters[end]),
              !(body.characters[end] == "." && end + 1 < body.count && body.characters[end + 1] == " ") { end += 1 }
        let range = body.trimmed(start..<end)
        guard let first = body.tokens(in: range).first, first.isCapitalized || UnitReader.startsWithLocality(body.foldedText(range)),
              body.firstMatch(Self.role, in: range) == nil else { return nil }
        return range
    }
}
