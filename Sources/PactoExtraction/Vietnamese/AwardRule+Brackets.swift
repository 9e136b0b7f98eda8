import Foundation
import PactoModel

/// Awards and recipients that stand in brackets beside each other: the award
/// in brackets after its recipient ("Sở Tài chính (Cờ thi đua của UBND
/// tỉnh), Sở Nội vụ (Bằng khen ...)"), or the recipients in brackets after a
/// counted award ("01 đơn vị được đề nghị tặng Cờ thi đua của Chính phủ (Sở
/// Tư pháp tỉnh Tây Ninh)").
extension AwardRule {
    /// A count of units ("01 đơn vị", "hai tập thể"): ``AwardCues/countedNouns`` after a number.
    static let countedUnits = TextPattern(#"(?<![a-z])(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:"#
        + AwardCues.vietnamese.countedNouns.joined(separator: "|") + #")(?![a-z])"#)

    /// What may open a bracket before the award: a proposal or a gift, with
    /// the one asked to give it ("đề nghị UBND tỉnh tặng ", "được tặng ").
    static let verbInBracket = TextPattern(#"^(?:duoc )?(?:(?:"# + AwardCues.vietnamese.proposing.joined(separator: "|")
        + #")(?: [^(),;]{0,30}?)? )?(?:"# + AwardCues.vietnamese.givingVerbs.joined(separator: "|") + #") (?:danh hieu )?$"#)

    /// "Sở Tài chính (Cờ thi đua của UBND tỉnh)", "Sở A, Sở B (đề nghị tặng
    /// Bằng khen)": the names before the bracket that opens with the award,
    /// back to the item's start (a semicolon, a colon, a line's start, the
    /// bracket before) from its first capitalised unit's head.
    func recipientsBeforeBracket(_ noun: Range<Int>, in body: Passage, sentence: Range<Int>) -> [Range<Int>] {
        var open = noun.lowerBound
        while open > sentence.lowerBound, body.characters[open - 1] == " " { open -= 1 }
        // "Sở Y tế (đề nghị UBND tỉnh tặng Cờ thi đua)": a proposal or a gift may open the bracket.
        if open > sentence.lowerBound, body.characters[open - 1] != "(",
           let bracket = body.characters[max(sentence.lowerBound, open - 50)..<open].lastIndex(of: "("),
           Self.verbInBracket.isFound(in: body.alignedText((bracket + 1)..<noun.lowerBound)) {
            open = bracket + 1
        }
        guard open > sentence.lowerBound, body.characters[open - 1] == "(" else { return [] }
        let stop = open - 1
        var start = stop
        while start > sentence.lowerBound, !";:\n)".contains(body.characters[start - 1]), stop - start < 120 { start -= 1 }
        // The names from the first capitalised unit's head: "suy tôn Sở X (", "- Xuất sắc: Sở A, Sở B (", "), Sở C (".
        let tokens = body.tokens(in: start..<stop)
        guard let head = tokens.first(where: { token in
            token.isCapitalized && Lexicon.opens(body.foldedText(token.range.lowerBound..<stop) + " ", withOneOf: Lexicon.unitHeadWords)
        }) else { return [] }
        let range = body.trimmed(head.range.lowerBound..<stop, also: [","])
        let folded = " " + body.foldedText(range) + " "
        guard !range.isEmpty, ![" duoc ", " tang ", " trao ", " nhan ", " la "].contains(where: folded.contains) else { return [] }
        return MemberListRule.split(range, in: body, scope: .units)
    }

    /// "02 đơn vị được đề nghị tặng Cờ thi đua của Bộ Tư pháp (Sở Tư pháp tỉnh
    /// Long An, Sở Tư pháp tỉnh Bến Tre)": the names in the bracket that
    /// follows the award and its issuer, when its clause counts the units.
    func namesInBracket(after noun: Range<Int>, in body: Passage, sentence: Range<Int>) -> [Range<Int>] {
        var open = noun.upperBound
        let limit = min(sentence.upperBound, noun.upperBound + 80)
        while open < limit, !",;.:()".contains(body.characters[open]) { open += 1 }
        guard open < limit, body.characters[open] == "(" else { return [] }
        let between = " " + body.foldedText(noun.upperBound..<open) + " "
        guard ![" cho ", " duoc ", " tang ", " trao ", " nhan "].contains(where: between.contains) else { return [] }
        var clause = noun.lowerBound
        while clause > sentence.lowerBound, !";:".contains(body.characters[clause - 1]) { clause -= 1 }
        guard Self.countedUnits.isFound(in: body.alignedText(clause..<noun.lowerBound)) else { return [] }
        var close = open + 1
        while close < sentence.upperBound, body.characters[close] != ")" { close += 1 }
        let inside = body.trimmed((open + 1)..<close)
        guard !inside.isEmpty, body.characters[inside.lowerBound].isUppercase,
              Lexicon.opens(body.foldedText(inside) + " ", withOneOf: Lexicon.unitHeadWords) else { return [] }
        return MemberListRule.split(inside, in: body, scope: .units)
    }
}
