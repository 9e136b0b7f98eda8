import Foundation
import PactoModel

/// "Cụm trưởng năm 2025 – Sở Xây dựng tỉnh Ninh Bình – chủ trì hội nghị",
/// "Ảnh: Cụm trưởng Sở Tư pháp tỉnh Hà Tĩnh trao cờ …": a role that opens
/// its clause with its unit right after it, after a dash or with nothing
/// between, up to the next dash, comma or verb.
extension HeadRule {
    /// What may stand between the role and its unit: the organizer's number, a year, a dash
    /// (matched on trimmed folded text).
    static let appositionGap = TextPattern(#"^(?:(?:cum|khoi) thi dua(?: so [0-9ivx]+| [0-9]+)?\s*)?(?:nam 20\d\d\s*)?(?:[-–]\s*)?$"#)
    /// Words that may open the clause before such a role (folded): "tân Cụm trưởng".
    static let appositionLeads: Set<String> = ["", "tan", "dai dien", "lanh dao"]

    /// The unit in apposition right after a role that opens its clause.
    func unitInApposition(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let clause = clauseStart(before: role.lowerBound, in: body, sentence: sentence)
        guard Self.appositionLeads.contains(body.foldedText(clause..<role.lowerBound)) else { return nil }
        let limit = min(sentence.upperBound, role.upperBound + 90)
        let tokens = Array(body.tokens(in: role.upperBound..<limit))
        // The first capitalised word that opens a unit, with only the organizer, a year or a dash before it.
        guard let head = tokens.firstIndex(where: { token in
            guard token.isCapitalized else { return false }
            let rest = body.foldedText(token.range.lowerBound..<limit) + " "
            return Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords) && Lexicon.isHeadSpelling(token, rest: rest)
                && !Lexicon.opens(rest, withOneOf: Lexicon.notUnitWords)
        }), Self.appositionGap.isFound(in: body.foldedText(role.upperBound..<tokens[head].range.lowerBound)) else { return nil }
        let gap = body.text(role.upperBound..<tokens[head].range.lowerBound)
        // Up to the next dash, comma or bracket, or a verb in lower case.
        var end = tokens[head].range.upperBound
        for index in (head + 1)..<tokens.count {
            let token = tokens[index]
            let between = body.text(end..<token.range.lowerBound)
            if between.contains(where: { ",;:()".contains($0) }) || ByteSearch.contains(" - ", in: between + " ")
                || ByteSearch.contains("–", in: between) { break }
            if !token.isCapitalized, Self.verbs.contains(token.lower),
               !(index + 1 < tokens.count && Self.nounsInNames.contains(token.lower + " " + tokens[index + 1].lower)) { break }
            // "Trưởng khối Công ty X nhấn mạnh: …", "Cụm trưởng UBND huyện Y cho biết": the unit ends where it speaks.
            if !token.isCapitalized, Self.speaks(token.lower, then: index + 1 < tokens.count ? tokens[index + 1].lower : nil) { break }
            end = token.range.upperBound
        }
        // With nothing between the role and the unit, a verb must follow it ("Cụm trưởng Sở X trao cờ").
        if !gap.contains(where: { "-–".contains($0) }), end >= limit || body.tokens(in: end..<limit).first.map({ $0.isCapitalized }) ?? true {
            return nil
        }
        let range = body.trimmed(tokens[head].range.lowerBound..<end)
        return range.isEmpty || body.firstMatch(Self.role, in: range) != nil ? nil : range
    }
}
