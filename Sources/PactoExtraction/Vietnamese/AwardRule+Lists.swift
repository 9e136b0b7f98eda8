import Foundation
import PactoModel

/// Awards whose recipients are not introduced by "cho" after the award's
/// name: a list item that opens with the name and a colon ("- Cờ thi đua
/// của Chính phủ: Sở A, Sở B"), and a giving verb whose award the sentence
/// leaves unnamed ("Phó Chủ tịch UBND tỉnh tặng cho 04 tập thể (A; B; C; D)").
extension AwardRule {
    /// "tặng cho", "trao tặng cho": a giving verb right before "cho".
    static let unnamedGiving = Pattern(
        #"(?<![a-z])("# + AwardCues.vietnamese.unnamedGiving.joined(separator: "|") + #") cho(?![a-z])"#)

    /// A count of units right after "cho" ("cho 04 tập thể (", "cho 03 đơn vị:").
    static let countedRecipients = TextPattern(#"^\s*(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:"#
        + AwardCues.vietnamese.countedNouns.joined(separator: "|") + #")(?![a-z])"#)

    /// What stands before an award that opens a clause of its line: a colon or a semicolon, no stop.
    static let inlineOpening = TextPattern(#"^[^.]{0,120}[:;]\s*$"#)

    /// The characters a list item may open with before its text.
    static let bullets: Set<Character> = [" ", "\t", "-", "–", "+", "•", "*"]

    /// "- Bằng khen của Thủ tướng Chính phủ: A, B": the award's name opens
    /// its line, its issuer at most follows, then a colon and the names, up
    /// to the line's end or to the next award in the same line. Nil when the
    /// line, or the lines that introduce the list, register for awards or aim
    /// at them ("Đăng ký thi đua:", "phấn đấu đạt").
    /// - Complexity: O(n) in the length of the line and of the lines before it in its list.
    func listedAfterColon(_ noun: Range<Int>, in body: Passage, sentence: Range<Int>) -> [Range<Int>]? {
        var lineStart = noun.lowerBound
        while lineStart > sentence.lowerBound, body.characters[lineStart - 1] != "\n" { lineStart -= 1 }
        // "Kết quả bình xét: Cờ thi đua của UBND tỉnh: A; Bằng khen ...: B": in a line that says the meeting
        // ranks, rewards or proposes, the award may open a clause after a colon or a semicolon.
        if !body.characters[lineStart..<noun.lowerBound].allSatisfy({ Self.bullets.contains($0) }) {
            let opening = body.alignedText(lineStart..<noun.lowerBound)
            guard Self.inlineOpening.isFound(in: opening),
                  (AwardCues.vietnamese.rankContexts + ["ket qua", "de nghi"]).contains(where: opening.contains) else { return nil }
        }
        var lineEnd = noun.upperBound
        while lineEnd < sentence.upperBound, body.characters[lineEnd] != "\n" { lineEnd += 1 }
        // The colon closes the award's name and issuer: no verb stands before it.
        guard let colon = body.characters[noun.upperBound..<min(lineEnd, noun.upperBound + 80)].firstIndex(of: ":") else { return nil }
        let named = " " + body.foldedText(noun.upperBound..<colon) + " "
        guard ![" duoc ", " tang ", " trao ", " nhan ", ";", "."].contains(where: named.contains) else { return nil }
        let cues = AwardCues.vietnamese.notGiven
        guard !cues.contains(where: body.foldedText(lineStart..<lineEnd).contains) else { return nil }
        // The lines before, back to the one that introduces the list.
        var cursor = lineStart
        for _ in 0..<12 where cursor > 0 {
            var previous = cursor - 1
            while previous > 0, body.characters[previous - 1] != "\n" { previous -= 1 }
            let line = body.foldedText(previous..<(cursor - 1))
            cursor = previous
            if line.allSatisfy({ Self.bullets.contains($0) }) { continue }
            if cues.contains(where: line.contains) { return nil }
            if !(line.first.map { Self.bullets.contains($0) } ?? false) { break }
        }
        // The next award named in the line ends this one's list ("Cờ thi đua: A; Bằng khen: B").
        var end = lineEnd
        let rest = body.alignedText((colon + 1)..<lineEnd)
        if let next = rest.range(of: #";\s*(?:"# + AwardCues.vietnamese.names.map(\.name).joined(separator: "|") + ")",
                                 options: .regularExpression) {
            end = colon + 1 + rest.distance(from: rest.startIndex, to: next.lowerBound)
        }
        let recipients = recipientRanges(from: colon + 1, in: body, sentence: sentence.lowerBound..<end)
        return recipients.isEmpty ? nil : recipients
    }

    /// "Đồng chí X, Phó Chủ tịch UBND tỉnh tặng cho 04 tập thể (A; B; C; D)":
    /// an award whose name the sentence leaves out, given to a counted list
    /// of named units. Its kind is unknown (`other`). Not when an award is
    /// named before the verb in the sentence (that award's rule reads it), nor
    /// for gifts ("tặng quà cho"), nor for counts of people or households.
    func unnamedAwards(in body: Passage) -> [Found<Award>] {
        var awards: [Found<Award>] = []
        for match in body.matches(Self.unnamedGiving) {
            guard let verb = match[1], let whole = match[0] else { continue }
            let sentence = body.sentence(containing: verb.lowerBound)
            let rest = body.foldedText(whole.upperBound..<sentence.upperBound)
            guard Self.countedRecipients.isFound(in: rest),
                  body.firstMatch(Self.noun, in: sentence.lowerBound..<verb.lowerBound) == nil else { continue }
            let names = recipientRanges(from: whole.upperBound, in: body, sentence: sentence)
                .map { body.text(body.trimmed($0, also: ["(", ")"])) }
                .map(stripLeadingNouns)
                .filter(isNamed)
            guard !names.isEmpty else { continue }
            let issuer = issuerBefore(verb.lowerBound, in: body, sentence: sentence)
            awards.append(Found(Award(kind: .other, issuer: issuer, recipients: names), verb.lowerBound..<sentence.upperBound))
        }
        return awards
    }
}
