import Foundation
import PactoModel

/// Recipients named in the lines after the award's sentence ("tặng Bằng
/// khen cho 5 tập thể. Các tập thể được khen gồm: A, B", "cho các tập thể:"
/// and a list of lines with dashes or numbers), the issuer after an order's
/// whole name ("Huân chương Lao động hạng Ba của Chủ tịch nước"), and the
/// marks that set an award outside the meeting (past years, a registration).
extension AwardRule {
    /// Past years that open a sentence ("Trong những năm qua, "): ``AwardCues/pastTimes``.
    static let pastOpening = TextPattern(#"(?<![a-z])(?:"# + AwardCues.vietnamese.pastTimes.joined(separator: "|") + #")(?![a-z])[^,.;:]{0,30},"#)
    /// A registration or an aim in the award's own clause: ``AwardCues/aiming``.
    static let aimingCue = TextPattern(#"(?<![a-z])(?:"# + AwardCues.vietnamese.aiming.joined(separator: "|") + #")(?![a-z])"#)

    /// The award at `noun` is set in past years by the sentence's opening
    /// phrase ("Nhiều năm liền, A được tặng"), or registered for or aimed at
    /// in its own clause ("Các đơn vị đăng ký đề nghị ... tặng"). A past time
    /// inside the clause ("A, 3 năm liền dẫn đầu, được tặng") leaves it given.
    func isNotGivenHere(_ noun: Int, in body: Passage, sentence: Range<Int>) -> Bool {
        let lead = body.alignedText(sentence.lowerBound..<noun)
        if let opening = Self.pastOpening.firstRange(in: lead), !lead[..<opening.lowerBound].contains(",") { return true }
        var clause = noun
        while clause > sentence.lowerBound, !",;:".contains(body.characters[clause - 1]) { clause -= 1 }
        return Self.aimingCue.isFound(in: body.alignedText(clause..<noun))
    }

    /// What may stand between "cho" and the list that follows: a count or
    /// "các", a recipient noun, "sau" ("cho 5 tập thể", "cho các đơn vị sau:").
    static let announcedList = TextPattern(#"^\s*(?:(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|cac)\s+)?(?:"#
        + AwardCues.vietnamese.countedNouns.joined(separator: "|") + #")(?:\s+(?:va\s+)?(?:\d+\s+)?(?:"#
        + AwardCues.vietnamese.countedNouns.joined(separator: "|") + #"))?(?:\s+(?:sau|co thanh tich xuat sac|xuat sac|dan dau))?\s*[:.]?\s*$"#)
    /// A list item's mark at its line's start: a dash, a bullet, "1.", "2)", "a)".
    static let itemMark = TextPattern(#"^\s*(?:[-–+•*]|\d{1,2}\s*[.)/]|[a-h]\))\s*"#)
    /// A sentence that names the counted recipients: a noun of ``AwardCues/countedNouns``, then "gồm" or "là";
    /// or one that opens with ``AwardCues/namingOpenings`` ("Đó là A, B", "Cụ thể: A, B").
    static let namingSentence = TextPattern(#"^(?:(?:"# + AwardCues.vietnamese.namingOpenings.joined(separator: "|")
        + #")\s*:?\s|[^.;:]{0,60}?(?<![a-z])(?:"#
        + AwardCues.vietnamese.countedNouns.joined(separator: "|") + #")(?![a-z])[^.;:]{0,40}?\s(?:gom|la|cu the)\s*:?\s)"#)

    /// The clause before the award counts its subject, the one who receives
    /// it ("3 đơn vị được UBND tỉnh tặng", "Hai tập thể nhận").
    func countsItsSubject(before noun: Int, in body: Passage, sentence: Range<Int>) -> Bool {
        var start = noun
        while start > sentence.lowerBound, !",;:".contains(body.characters[start - 1]) { start -= 1 }
        let clause = body.alignedText(start..<noun)
        guard let count = Self.countedUnits.firstRange(in: clause) else { return false }
        return body.firstMatch(Self.receiving, in: (start + clause.distance(from: clause.startIndex, to: count.upperBound))..<noun) != nil
            || clause[count.upperBound...].contains(" duoc ")
    }

    /// The names in the sentence after `sentence`, when it opens by naming
    /// ("Đó là A, B và C", "Các đơn vị được khen gồm: A, B").
    func namesInNextSentence(after sentence: Range<Int>, in body: Passage) -> [Range<Int>] {
        guard let names = body.afterOpening(ofSentenceAfter: sentence, openings: [Self.namingSentence]) else { return [] }
        let range = body.trimmed(names, also: [".", ";"])
        guard !range.isEmpty, body.characters[range.lowerBound].isUppercase else { return [] }
        return MemberListRule.split(range, in: body, scope: .units)
    }

    /// The number of a list's first item at the end of a sentence ("cho 02 đơn vị: 1.").
    static let trailingItemNumber = TextPattern(#"\s\d{1,2}\.$"#)

    /// The names after "cho" that the sentence only counts or announces.
    /// - Complexity: O(n) in the length of the lines read (at most 12 items, 600 characters).
    func followingNames(after start: Int, in body: Passage, sentence: Range<Int>) -> [Range<Int>] {
        guard start <= sentence.upperBound else { return [] }
        var rest = body.alignedText(start..<sentence.upperBound)
        // "cho 02 đơn vị: 1." — the number that opens the first item ended the sentence.
        var itemsStart = sentence.upperBound
        if let number = Self.trailingItemNumber.firstRange(in: rest) {
            itemsStart = start + rest.distance(from: rest.startIndex, to: number.lowerBound)
            rest = String(rest[..<number.lowerBound])
        }
        guard Self.announcedList.isFound(in: rest) else { return [] }
        let limit = min(body.count, itemsStart + 600)
        var cursor = itemsStart
        while cursor < limit, body.characters[cursor] == " " || body.characters[cursor] == "\n" { cursor += 1 }
        guard cursor < limit else { return [] }
        let next = body.sentence(containing: cursor)
        // "Các tập thể được khen gồm: A, B và C.": the next sentence names them.
        let nextText = body.alignedText(cursor..<next.upperBound)
        if let naming = Self.namingSentence.firstRange(in: nextText) {
            let from = cursor + nextText.distance(from: nextText.startIndex, to: naming.upperBound)
            let range = body.trimmed(from..<next.upperBound, also: [".", ";"])
            guard !range.isEmpty, body.characters[range.lowerBound].isUppercase else { return [] }
            return MemberListRule.split(range, in: body, scope: .units)
        }
        // "- A;\n- B;" or "1. A; 2. B.": items, each opened by its mark.
        var items: [Range<Int>] = []
        var index = cursor
        while index < limit, items.count < 12 {
            let lineText = body.alignedText(index..<min(limit, index + 8))
            guard let mark = Self.itemMark.firstRange(in: lineText) else { break }
            let itemStart = index + lineText.distance(from: lineText.startIndex, to: mark.upperBound)
            var itemEnd = itemStart
            while itemEnd < limit, !"\n;".contains(body.characters[itemEnd]) {
                // A stop before a space or a line ends the item ("1. A. 2. B"); the dot of "TP.HCM" does not.
                if body.characters[itemEnd] == ".", itemEnd + 1 >= limit || " \n".contains(body.characters[itemEnd + 1]) { break }
                itemEnd += 1
            }
            let item = body.trimmed(itemStart..<itemEnd, also: [".", ",", ";"])
            if !item.isEmpty { items.append(item) }
            index = itemEnd
            while index < limit, " \n;.,".contains(body.characters[index]) { index += 1 }
        }
        guard items.count > 1 || items.count == 1 && Self.itemMark.isFound(in: body.alignedText(cursor..<min(limit, cursor + 8))) else { return [] }
        return items
    }

    /// What stands between two awards named together: the first one's grade
    /// or issuer, then "và" or a comma ("Cờ thi đua của Bộ X và Bằng khen").
    static let joinedByVa = TextPattern(#"^[^.;:]{0,80}?(?:\s(?:va|cung)|,)\s*$"#)

    /// The award at `noun` is named right after the one at `previous`, joined
    /// to it by "và" with no verb or "cho" of its own between them ("được đề
    /// nghị tặng bằng khen và cờ thi đua hạng Nhất", "nhận Cờ thi đua của Bộ
    /// X và Bằng khen của Y"). Nil when not joined; true when it shares the
    /// first one's issuer, nothing but a grade standing between ("được Tập
    /// đoàn tặng Cờ thi đua và Bằng khen").
    func joined(_ noun: Range<Int>, to previous: Range<Int>, in body: Passage, sentence: Range<Int>) -> Bool? {
        guard previous.upperBound <= noun.lowerBound, previous.lowerBound >= sentence.lowerBound else { return nil }
        let between = " " + body.alignedText(previous.upperBound..<noun.lowerBound) + " "
        guard Self.joinedByVa.isFound(in: between), !ByteSearch.contains(" cho ", in: between), !ByteSearch.contains(" duoc ", in: between),
              !Self.givingWord.isFound(in: between) else { return nil }
        let ownIssuer = AwardCues.vietnamese.issuerOpeners.contains { ByteSearch.contains(" " + $0 + " ", in: between) }
        return !ownIssuer
    }

    /// "Huân chương Lao động hạng Ba của Chủ tịch nước": the issuer after
    /// "của" that follows the rest of an order's name.
    func issuerAfterWholeName(_ range: Range<Int>, in body: Passage) -> String? {
        let text = body.alignedText(range)
        guard let cua = text.range(of: " cua "), text.distance(from: text.startIndex, to: cua.lowerBound) <= 40 else { return nil }
        let from = range.lowerBound + text.distance(from: text.startIndex, to: cua.lowerBound)
        return issuerAfter(from..<range.upperBound, in: body)
    }

    /// A subject without what the clause says of it: "Sở Y tế dẫn đầu", "Sở
    /// Tài chính là đơn vị duy nhất", "Sở X xếp thứ nhất và" give the name.
    /// The predicate opens with a word of ``AwardCues/predicates`` in lower case.
    func beforePredicate(_ range: Range<Int>, in body: Passage) -> Range<Int> {
        for token in body.tokens(in: range) where !token.isCapitalized && token.range.lowerBound > range.lowerBound {
            let rest = body.alignedText(token.range.lowerBound..<range.upperBound) + " "
            guard AwardCues.vietnamese.predicates.contains(where: { rest.hasPrefix($0 + " ") }) else { continue }
            var cut = body.trimmed(range.lowerBound..<token.range.lowerBound, also: [","])
            if body.alignedText(cut).hasSuffix(" va") { cut = body.trimmed(cut.lowerBound..<(cut.upperBound - 3)) }
            return cut
        }
        return range
    }

    /// "- Sở Y tế: Cờ thi đua của UBND tỉnh": a unit's name, then a colon,
    /// opens the award's line, and the lines before say the meeting rewards
    /// or proposes (``AwardCues/rankContexts``, "đề nghị").
    func recipientBeforeColon(_ noun: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var lineStart = noun.lowerBound
        while lineStart > 0, body.characters[lineStart - 1] != "\n" { lineStart -= 1 }
        let line = body.alignedText(lineStart..<noun.lowerBound)
        // Only a line that ends in a colon before the award: most do not, so that is tested first.
        guard line.hasSuffix(": ") || line.hasSuffix(":") else { return nil }
        let mark = Self.itemMark.firstRange(in: line) ?? line.startIndex..<line.prefix(while: \.isWhitespace).endIndex
        let name = body.trimmed((lineStart + line.distance(from: line.startIndex, to: mark.upperBound))..<noun.lowerBound, also: [":"])
        let folded = body.foldedText(name) + " "
        guard !name.isEmpty, body.characters[name.lowerBound].isUppercase, Lexicon.opens(folded, withOneOf: Lexicon.unitHeadWords),
              !folded.contains(" tang "), !folded.contains(" duoc "), !folded.contains(" trao ") else { return nil }
        // The lines before, back to the one that introduces the list.
        let before = body.alignedText(max(0, lineStart - 300)..<lineStart)
        let intro = before.split(separator: "\n").last { !Self.itemMark.isFound(in: String($0)) && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let intro, (AwardCues.vietnamese.rankContexts + ["de nghi"]).contains(where: intro.contains),
              !AwardCues.vietnamese.notGiven.contains(where: intro.contains) else { return nil }
        return name
    }

    /// The subject of a passive without the marks before "được" ("Sở Y tế vinh dự", "Sở Nội vụ đã").
    func withoutSubjectMarks(_ range: Range<Int>, in body: Passage) -> Range<Int> {
        var range = range
        var changed = true
        while changed {
            changed = false
            let folded = body.alignedText(range)
            // Marks in lower case only: "Gia Lai" keeps its "Lai".
            for mark in AwardCues.vietnamese.subjectMarks where folded.hasSuffix(" " + mark)
                && body.characters[range.upperBound - mark.count].isLowercase {
                range = body.trimmed(range.lowerBound..<(range.upperBound - mark.count))
                changed = true
                break
            }
        }
        return range
    }
}
