import Foundation
import PactoModel

/// How ``AwardRule`` reads the recipients after "cho" and cleans their
/// names: a bracketed list after a count, a list after a colon, names up to
/// the end of the clause; only those named are kept.
extension AwardRule {
    /// The recipients after "cho": a bracketed list after a count, a list
    /// after a colon, or names up to the end of the clause.
    func recipientRanges(from start: Int, in body: Passage, sentence: Range<Int>) -> [Range<Int>] {
        var index = start
        let rest = body.folded.slice(start..<sentence.upperBound)
        // "cho 02 tập thể (A, B)".
        if let open = Self.countedList.firstRange(in: rest) {
            let offset = rest.distance(from: rest.startIndex, to: open.upperBound)
            var end = start + offset
            while end < sentence.upperBound, body.characters[end] != ")" { end += 1 }
            return MemberListRule.split((start + offset)..<end, in: body, scope: .units)
        }
        var semicolons = false
        // "cho 02 đơn vị dẫn đầu là A và B", "cho 3 tập thể gồm A, B và C": the names after the count.
        if let counted = Self.countedThenNamed.firstRange(in: rest),
           Self.namingWord.isFound(in: body.text(clampedRange(start, start + rest.distance(from: rest.startIndex, to: counted.upperBound)))) {
            index = start + rest.distance(from: rest.startIndex, to: counted.upperBound)
        } else if let colon = Self.colonList.firstRange(in: rest) {
            index = start + rest.distance(from: rest.startIndex, to: colon.upperBound)
            semicolons = true
        }
        // "cho đơn vị Bệnh viện X": the noun before a single name is not part of it.
        let opening = body.text(body.trimmed(index..<min(sentence.upperBound, index + 20)))
        if let noun = AwardCues.vietnamese.recipientNouns.first(where: { opening.hasPrefix($0) }),
           opening.dropFirst(noun.count).first?.isUppercase == true {
            index = body.trimmed(index..<sentence.upperBound).lowerBound + noun.count
        }
        var end = index
        let folded = body.folded
        var depth = 0
        while end < sentence.upperBound {
            let character = body.characters[end]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth > 0 { end += 1; continue }
            // A stop ends the list; the dot of "TP.HCM" does not.
            let isStop = character == "." && (end + 1 >= body.count || body.characters[end + 1] == " " || body.characters[end + 1] == "\n")
                && !Passage.closesNumbering(body.characters, at: end)
            if isStop || character == "\n" || character == ";" && !semicolons { break }
            // "cho 02 đơn vị: A và B; đề nghị ... tặng Bằng khen cho ...": a new clause ends the list.
            if character == ";", Self.clauseAfterSemicolon.isFound(in: folded.slice(clampedRange(end, min(sentence.upperBound, end + 30)))) { break }
            // "cho Sở Tài chính, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho ...": so does a comma before one.
            if character == ",", Self.clauseAfterComma.isFound(in: folded.slice(clampedRange(end, min(sentence.upperBound, end + 30)))) { break }
            // "cho Sở Y tế - đơn vị dẫn đầu Khối": what is said of the last name, after a dash.
            if opensApposition(at: end, in: body) { break }
            let tail = folded.slice(clampedRange(end, min(sentence.upperBound, end + 40)))
            if tail.hasPrefix(" la ") && body.text(end..<min(body.count, end + 4)) == " là " { break }
            // "vì thành tích", "trong năm", "đã có": a reason or a time, in lower case ("huyện Đức Trọng", "Vị Thủy" go on).
            if end + 1 < body.count, body.characters[end + 1].isLowercase, AwardCues.vietnamese.listEnds.contains(where: { cue in
                let stop = end + cue.count + 1
                return stop <= body.count && body.text((end + 1)..<stop) == cue && (stop == body.count || !body.characters[stop].isLetter)
            }) { break }
            // "cho A, Bằng khen cho B": the next award's name ends the list.
            // "cho A và Bằng khen cho B" too.
            if tail.hasPrefix(", "), body.firstMatch(Self.noun, in: (end + 2)..<min(sentence.upperBound, end + 16))?[1]?.lowerBound == end + 2 { break }
            if tail.hasPrefix(" va "), body.firstMatch(Self.noun, in: (end + 4)..<min(sentence.upperBound, end + 18))?[1]?.lowerBound == end + 4 { break }
            if tail.hasPrefix(" va "), let clauseEnd = tail.dropFirst(4).firstIndex(where: { $0 == "," || $0 == ";" }) ?? Optional(tail.endIndex),
               (" " + tail[tail.index(tail.startIndex, offsetBy: 4)..<clauseEnd]).contains(" tang ") { break }
            end += 1
        }
        var range = body.trimmed(index..<end)
        guard !range.isEmpty else { return [] }
        // "UBND các huyện A, B và C": places named after their kind, given by name.
        let listText = body.alignedText(range)
        if let kind = Self.localityList.firstRange(in: listText) {
            range = body.trimmed((range.lowerBound + listText.distance(from: listText.startIndex, to: kind.upperBound))..<range.upperBound)
            return MemberListRule.split(range, in: body, scope: .localities)
        }
        // "cho 3 Huyện đoàn: Đức Phổ, Mộ Đức và Nghĩa Hành": after a colon, bare names are places.
        if semicolons, !Lexicon.opens(body.foldedText(range) + " ", withOneOf: Lexicon.unitHeadWords),
           let first = MemberListRule.split(range, in: body, scope: .units).first,
           body.tokens(in: first).allSatisfy(\.isCapitalized), body.tokens(in: first).count <= 4 {
            return MemberListRule.split(range, in: body, scope: .localities)
        }
        return MemberListRule.split(range, in: body, scope: .units)
    }

    /// A dash between spaces at `index`, before a word in lower case or a
    /// count ("Sở Y tế – đơn vị dẫn đầu", "A, B – 2 đơn vị dẫn đầu"): what
    /// follows is said of the name before it. A dash inside a name stands
    /// before a capital ("Sở Lao động – Thương binh và Xã hội").
    func opensApposition(at index: Int, in body: Passage) -> Bool {
        guard "-–—".contains(body.characters[index]), index > 0, index + 2 < body.count,
              body.characters[index - 1] == " ", body.characters[index + 1] == " " else { return false }
        let next = body.characters[index + 2]
        return next.isLowercase || next.isNumber
    }

    /// `range` up to a dash that opens an apposition (``opensApposition(at:in:)``).
    func beforeApposition(_ range: Range<Int>, in body: Passage) -> Range<Int> {
        guard let dash = range.first(where: { opensApposition(at: $0, in: body) }) else { return range }
        return body.trimmed(range.lowerBound..<dash)
    }

    /// A recipient named, not counted: a capitalised name or a locality.
    func isNamed(_ text: String) -> Bool {
        text.first?.isUppercase == true || text.first?.isNumber == false
            && (UnitReader.startsWithLocality(Folding.fold(text)) || Folding.fold(text).hasPrefix("tinh ")
                // "ngân hàng Eximbank": a unit's head in lower case, then its name.
                || Lexicon.opens(Folding.fold(text) + " ", withOneOf: Lexicon.unitHeadWords) && text.contains(where: \.isUppercase))
    }

    /// The printed names of recipients, without brackets, notes and leading nouns; only those named.
    func recipientNames(_ recipients: [Range<Int>], in body: Passage) -> [String] {
        recipients.map { body.text(body.trimmed($0, also: ["(", ")"])) }
            .map { name in name.firstIndex(of: "(").map { String(name[..<$0]).trimmingCharacters(in: .whitespaces) } ?? name }
            .map(stripLeadingNouns)
            .filter(isNamed)
    }

    func stripLeadingNouns(_ text: String) -> String {
        var result = text
        for noun in AwardCues.vietnamese.recipientNouns where result.hasPrefix(noun) {
            result = String(result.dropFirst(noun.count))
        }
        return result.trimmingCharacters(in: CharacterSet(charactersIn: " :,"))
    }
}
