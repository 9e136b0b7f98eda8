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

    /// "Sở Tài chính (Cờ thi đua của UBND tỉnh)": the name before the bracket
    /// that opens with the award, back to the item's start (a comma, a
    /// semicolon, a colon, "và", a line's start or a list mark).
    func recipientBeforeBracket(_ noun: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var open = noun.lowerBound
        while open > sentence.lowerBound, body.characters[open - 1] == " " { open -= 1 }
        guard open > sentence.lowerBound, body.characters[open - 1] == "(" else { return nil }
        let stop = open - 1
        var start = stop
        while start > sentence.lowerBound, !",;:\n".contains(body.characters[start - 1]), stop - start < 80 { start -= 1 }
        var range = body.trimmed(start..<stop)
        // "A và B (Bằng khen ...)": the last name of a list, after "và".
        let text = body.alignedText(range)
        if let va = text.range(of: " va ", options: .backwards) {
            range = body.trimmed((range.lowerBound + text.distance(from: text.startIndex, to: va.upperBound))..<range.upperBound)
        }
        if let mark = Self.itemMark.firstRange(in: body.alignedText(range)) {
            range = body.trimmed((range.lowerBound + body.alignedText(range).distance(from: body.alignedText(range).startIndex, to: mark.upperBound))..<range.upperBound)
        }
        guard !range.isEmpty, body.characters[range.lowerBound].isUppercase,
              Lexicon.opens(body.foldedText(range) + " ", withOneOf: Lexicon.unitHeadWords)
                || isNamed(body.text(range)) && body.tokens(in: range).allSatisfy(\.isCapitalized) else { return nil }
        let folded = " " + body.foldedText(range) + " "
        guard ![" duoc ", " tang ", " trao ", " nhan "].contains(where: folded.contains) else { return nil }
        return range
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
