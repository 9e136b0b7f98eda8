import Foundation
import PactoModel

/// Where ``AwardRule`` finds recipients named before the award or after it
/// without "cho": the unit proposed ("là đơn vị xã X đề nghị ... tặng"), the
/// units proposing for themselves, the names after "là" or "gồm", and the
/// subject of a passive or of a receiving verb.
extension AwardRule {
    /// "là đơn vị xã Phú Hựu đề nghị ... xét tặng cờ".
    func proposerRecipient(before end: Int, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let text = body.folded.slice(sentence.lowerBound..<end)
        guard let proposal = text.range(of: "de nghi", options: .backwards) else { return nil }
        // The proposal's own clause: "suy tôn A ..., đề nghị ... Cờ; B và C là ..., đề nghị ... Bằng khen".
        var lead = text[text.startIndex..<proposal.lowerBound]
        if let semicolon = lead.lastIndex(of: ";") { lead = lead[lead.index(after: semicolon)...] }
        // "suy tôn Sở X dẫn đầu Cụm, đề nghị ... tặng": the one honoured.
        if let honoured = lead.range(of: #"suy ton (?:don vi )?"#, options: [.regularExpression, .backwards]) {
            let start = sentence.lowerBound + text.distance(from: text.startIndex, to: honoured.upperBound)
            var stop = start
            let limit = sentence.lowerBound + text.distance(from: text.startIndex, to: proposal.lowerBound)
            // "suy tôn Sở Tài chính, Sở Xây dựng đề nghị": a list, up to what is said of it.
            while stop < limit, body.characters[stop] != ";" { stop += 1 }
            let phrase = body.folded.slice(start..<stop)
            if let cut = Self.honouredEnd.firstRange(in: phrase) {
                stop = start + phrase.distance(from: phrase.startIndex, to: cut.lowerBound)
            }
            let range = body.trimmed(start..<stop)
            if !range.isEmpty, isNamed(body.text(range)) { return range }
        }
        // "là" itself, not a name's "La" ("thị xã La Gi"), in the proposal's own clause.
        guard let la = lead.range(of: " la ", options: .backwards) else { return nil }
        let laStart = sentence.lowerBound + text.distance(from: text.startIndex, to: la.lowerBound)
        guard body.text(laStart..<(laStart + 4)) == " là ", !lead[la.upperBound...].contains(";") else { return nil }
        let start = sentence.lowerBound + text.distance(from: text.startIndex, to: la.upperBound)
        let stop = sentence.lowerBound + text.distance(from: text.startIndex, to: proposal.lowerBound)
        // "là A và B để đề nghị": the word that opens the purpose is not the name's.
        let range = withoutSubjectMarks(body.trimmed(start..<stop), in: body)
        return range.isEmpty ? nil : range
    }

    /// "A, B đề nghị Tổng LĐLĐ Việt Nam tặng Bằng khen": the units that make
    /// the proposal for themselves, back to the clause's start (";", ":", or
    /// the award named before them). The meeting proposing for others names none.
    func proposers(before noun: Int, in body: Passage, sentence: Range<Int>, after previous: Int?) -> [Range<Int>] {
        let text = body.alignedText(sentence.lowerBound..<noun)
        guard let proposal = text.range(of: " de nghi ", options: .backwards) else { return [] }
        let stop = sentence.lowerBound + text.distance(from: text.startIndex, to: proposal.lowerBound)
        var start = stop
        while start > sentence.lowerBound, !";:".contains(body.characters[start - 1]) { start -= 1 }
        // "03 đơn vị gồm: A; B và C được suy tôn …, được đề nghị tặng": a list after "gồm:" runs across semicolons.
        let whole = body.folded.slice(sentence.lowerBound..<stop)
        if let list = Self.listAfterGom.firstRange(in: whole), let colon = whole[list].firstIndex(of: ":") {
            let listStart = sentence.lowerBound + whole.distance(from: whole.startIndex, to: colon) + 1
            if listStart < start { start = listStart }
        }
        if let previous, previous > start, previous < stop { start = previous }
        let range = body.trimmed(start..<stop)
        guard !range.isEmpty, body.tokens(in: range).first?.isCapitalized == true else { return [] }
        let folded = body.foldedText(range) + " "
        guard Lexicon.opens(folded, withOneOf: Lexicon.unitHeadWords), !Lexicon.opens(folded, withOneOf: Lexicon.notUnitWords),
              !["cum ", "khoi ", "cac don vi "].contains(where: { folded.hasPrefix($0) }),
              !folded.contains(" thong nhat "), !folded.contains(" da ") else { return [] }
        return MemberListRule.split(beforePredicate(range, in: body), in: body, scope: .units)
    }

    /// The names after "là" that ends the award's clause ("... của UBND tỉnh là A và B").
    func namedAfter(_ end: Int, in body: Passage, sentence: Range<Int>) -> [Range<Int>] {
        let rest = body.alignedText(end..<sentence.upperBound)
        // "... của UBND tỉnh, gồm: A, B", "... của Chủ tịch UBND tỉnh: A, B": a comma right before "gồm", or the colon alone.
        // "... gồm 2 đơn vị: A và B": a count between "gồm" and its colon.
        let named = rest.range(of: #",?\s(?:la|gom)(?:\s+(?:\d+|hai|ba|bon|nam)\s+(?:"# + AwardCues.vietnamese.countedNouns.joined(separator: "|")
                               + #")\s*:)?\s*:?\s"#, options: .regularExpression).flatMap { la in
            Self.namingWord.isFound(in: body.text(end..<(end + rest.distance(from: rest.startIndex, to: la.upperBound)))) ? la : nil
        }
        guard let la = named ?? rest.range(of: #"^[^,;.]{0,60}?:\s"#, options: .regularExpression),
              !rest[..<la.lowerBound].contains(",") else { return [] }
        let start = end + rest.distance(from: rest.startIndex, to: la.upperBound)
        let range = body.trimmed(start..<sentence.upperBound)
        guard !range.isEmpty, body.tokens(in: range).first?.isCapitalized == true else { return [] }
        return MemberListRule.split(range, in: body, scope: .units)
    }

    /// "X được suy tôn ..., được đề nghị tặng Cờ": the subject of the clause,
    /// or the list after its colon ("03 đơn vị gồm: A; B và C được ...").
    func passiveSubjects(before noun: Int, in body: Passage, sentence: Range<Int>) -> [Range<Int>] {
        var start = noun
        while start > sentence.lowerBound, body.characters[start - 1] != ";" { start -= 1 }
        // A list after "gồm:" runs across semicolons up to its "được".
        let whole = body.folded.slice(sentence.lowerBound..<noun)
        if let colon = Self.listAfterGom.firstRange(in: whole) {
            let listStart = sentence.lowerBound + whole.distance(from: whole.startIndex, to: colon.lowerBound)
            if listStart < start { start = listStart }
        }
        var clause = body.folded.slice(start..<noun)
        // "A được UBND tỉnh tặng Cờ, B được tặng Bằng khen": the subject of the last passive, after the comma that ends the one before.
        // "A được suy tôn dẫn đầu, được đề nghị ... tặng": one subject for both.
        if let first = clause.range(of: " duoc "), let last = clause.range(of: " duoc ", options: .backwards), first != last,
           let comma = clause[first.upperBound..<last.lowerBound].lastIndex(of: ","),
           !clause[clause.index(after: comma)..<last.lowerBound].allSatisfy(\.isWhitespace) {
            start += clause.distance(from: clause.startIndex, to: comma) + 1
            clause = body.folded.slice(start..<noun)
        }
        guard let passive = clause.range(of: " duoc ") else { return [] }
        var subject = start..<(start + clause.distance(from: clause.startIndex, to: passive.lowerBound))
        let text = body.folded.slice(subject)
        if let colon = text.lastIndex(of: ":") {
            subject = (subject.lowerBound + text.distance(from: text.startIndex, to: colon) + 1)..<subject.upperBound
            return MemberListRule.split(body.trimmed(subject), in: body, scope: .units).map { beforePredicate($0, in: body) }
        }
        // "các huyện Đông Giang, Phước Sơn và Tiên Phước được ... tặng": the places, by name.
        let subjectText = body.alignedText(subject)
        if let kind = Self.localityKind.firstRange(in: subjectText) {
            let names = body.trimmed((subject.lowerBound + subjectText.distance(from: subjectText.startIndex, to: kind.upperBound))..<subject.upperBound)
            return names.isEmpty ? [] : MemberListRule.split(withoutSubjectMarks(names, in: body), in: body, scope: .localities)
        }
        let tokens = body.tokens(in: subject)
        guard let head = tokens.first(where: { token in
            guard token.isCapitalized else { return false }
            return Lexicon.opens(body.foldedText(token.range.lowerBound..<subject.upperBound) + " ", withOneOf: Lexicon.unitHeadWords)
        }) else { return namedBeforeKind(subject, in: body).map { [$0] } ?? [] }
        var range = body.trimmed(head.range.lowerBound..<subject.upperBound)
        // "Thanh tra tỉnh X, đơn vị dẫn đầu Cụm thi đua số 5, được ...": the name before its apposition.
        if let comma = body.characters[range].indices.first(where: { index in
            body.characters[index] == "," && index + 2 < range.upperBound
                && (body.characters[index + 2].isLowercase || body.characters[index + 2].isNumber)
                && !["tinh ", "thanh pho "].contains { body.foldedText((index + 2)..<range.upperBound).hasPrefix($0) }
        }) {
            range = body.trimmed(range.lowerBound..<comma)
        }
        range = withoutSubjectMarks(beforeApposition(range, in: body), in: body)
        // "Sở Tài chính là đơn vị duy nhất được tặng", "Sở Y tế dẫn đầu, được": the name before what is said of it.
        range = withoutSubjectMarks(beforePredicate(range, in: body), in: body)
        guard !range.isEmpty, Self.digit.firstRange(in: body.foldedText(range)) == nil else { return [] }
        return MemberListRule.split(range, in: body, scope: .units)
    }

    /// "là doanh nghiệp", "là đơn vị": a kind of unit after the copula (``AwardCues/unitKinds``).
    static let copulaKind = TextPattern(#" la (?:mot )?(?:"# + AwardCues.vietnamese.unitKinds.joined(separator: "|") + #")(?![a-z])"#)

    /// "Trong đó, Thaco là doanh nghiệp đạt ... điểm, được đề nghị tặng": a
    /// name the lexicon does not know, said to be a unit by "là" and a unit's
    /// noun; the capitalised words right before "là", in the same clause.
    func namedBeforeKind(_ subject: Range<Int>, in body: Passage) -> Range<Int>? {
        let text = body.alignedText(subject)
        guard let kind = Self.copulaKind.firstRange(in: text) else { return nil }
        let stop = subject.lowerBound + text.distance(from: text.startIndex, to: kind.lowerBound)
        guard body.text(stop..<(stop + 4)) == " là " else { return nil }
        var start = stop
        for token in body.tokens(in: subject.lowerBound..<stop).reversed() {
            guard token.isCapitalized, body.characters[token.range.lowerBound].isLetter,
                  !body.characters[token.range.upperBound..<start].contains(",") else { break }
            start = token.range.lowerBound
        }
        let range = body.trimmed(start..<stop)
        let count = body.tokens(in: range).count
        return count >= 1 && count <= 6 ? range : nil
    }

    /// "Chi cục ... huyện Tân Thạnh, tỉnh Long An được suy tôn": the subject.
    func subject(before lead: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        guard var verb = body.firstMatch(Self.receiving, in: lead)?[0] else { return nil }
        // "Trường Lê Quý Đôn nhận": a verb read from a name's last word ("Đôn nhận" folds as "đón nhận") starts after it.
        if body.characters[verb.lowerBound].isUppercase, let first = body.tokens(in: verb).first, first.range.upperBound < verb.upperBound {
            verb = body.trimmed(first.range.upperBound..<verb.upperBound)
        }
        var start = verb.lowerBound
        while start > sentence.lowerBound, !";:(".contains(body.characters[start - 1]) {
            if body.characters[start - 1] == "," {
                let clause = body.foldedText(start..<verb.lowerBound)
                // "Sở Y tế, Sở Tài chính vinh dự được nhận": a unit's name before the comma, and one after it, make a list.
                if !(clause.hasPrefix("tinh ") || clause.hasPrefix("thanh pho ")) && !listsUnits(around: start - 1, in: body, sentence: sentence) { break }
            }
            start -= 1
        }
        // "ngân hàng Eximbank, nhận cờ": the subject stands before a comma of its own.
        if start > sentence.lowerBound, body.characters[start - 1] == ",", body.trimmed(start..<verb.lowerBound).isEmpty {
            start -= 1
            while start > sentence.lowerBound, !",;:(".contains(body.characters[start - 1]) { start -= 1 }
        }
        let clause = start..<verb.lowerBound
        let tokens = body.tokens(in: clause)
        guard let head = tokens.indices.first(where: { index in
            let token = tokens[index]
            let rest = body.foldedText(token.range.lowerBound..<clause.upperBound) + " "
            guard let unitHead = Lexicon.unitHeadWords.first(where: { rest.hasPrefix($0) }) else { return false }
            if token.isCapitalized { return true }
            // A head in lower case counts before a capitalised name ("ngân hàng Eximbank").
            let name = index + unitHead.split(separator: " ").count
            return Lexicon.isHeadSpelling(token) && name < tokens.endIndex && tokens[name].isCapitalized
        }).map({ tokens[$0] }) else { return nil }
        // "Sở Nội vụ đã vinh dự đón nhận": the marks before the verb are not the name's.
        // "Sở Tài chính – đơn vị Cụm trưởng năm 2024 vinh dự nhận": the name before the apposition.
        let range = withoutSubjectMarks(beforeApposition(body.trimmed(head.range.lowerBound..<clause.upperBound), in: body), in: body)
        let folded = body.foldedText(range)
        // "X có ..." is a clause, not a name; "Công ty Cổ phần" is a name.
        if Self.digit.firstRange(in: folded) != nil || body.text(range).lowercased().contains(" có ") { return nil }
        return range
    }

    /// The comma at `comma` parts two names of units in a list: a
    /// capitalised unit's head opens the words after it, and the words before
    /// it, back to the clause's start, hold one and say nothing of it.
    func listsUnits(around comma: Int, in body: Passage, sentence: Range<Int>) -> Bool {
        guard let next = body.tokens(in: (comma + 1)..<min(sentence.upperBound, comma + 40)).first, next.isCapitalized,
              Lexicon.opens(body.foldedText(next.range.lowerBound..<min(sentence.upperBound, comma + 40)) + " ", withOneOf: Lexicon.unitHeadWords)
        else { return false }
        var start = comma
        while start > sentence.lowerBound, !",;:(".contains(body.characters[start - 1]) { start -= 1 }
        let tokens = body.tokens(in: start..<comma)
        let folded = " " + body.foldedText(start..<comma) + " "
        guard tokens.count <= 10, ![" duoc ", " nhan ", " tang ", " trao ", " la ", " cua ", " dan dau "].contains(where: folded.contains) else { return false }
        return tokens.contains { token in
            token.isCapitalized && Lexicon.opens(body.foldedText(token.range.lowerBound..<comma) + " ", withOneOf: Lexicon.unitHeadWords)
        }
    }

    /// "X được Bộ Tài chính tặng Bằng khen và được UBND tỉnh tặng": the giver after the last "được" or "đề nghị".
    func lastPassive(_ giver: Range<Int>, in body: Passage) -> Range<Int> {
        let text = body.alignedText(giver)
        // "được Cụm thi đua bình chọn đề nghị Bộ Công Thương tặng": the one asked to give it.
        let marks = [" duoc ", " de nghi "].compactMap { text.range(of: $0, options: .backwards) }
        guard let last = marks.max(by: { $0.upperBound < $1.upperBound }) else { return giver }
        return body.trimmed((giver.lowerBound + text.distance(from: text.startIndex, to: last.upperBound))..<giver.upperBound)
    }

    /// "trao cờ thi đua cho đơn vị\nBệnh viện X năm 2020": a caption broken
    /// after the recipient's noun; the name opens the next line.
    func nextLineNames(after start: Int, in body: Passage, sentence: Range<Int>) -> [Range<Int>] {
        var lineEnd = start
        while lineEnd < min(body.count, start + 20), body.characters[lineEnd] != "\n" { lineEnd += 1 }
        guard lineEnd < body.count, body.characters[lineEnd] == "\n",
              AwardCues.vietnamese.countedNouns.contains(body.foldedText(start..<lineEnd).trimmingCharacters(in: .whitespaces)) else { return [] }
        var cursor = lineEnd
        while cursor < body.count, body.characters[cursor].isWhitespace { cursor += 1 }
        guard cursor < body.count, body.characters[cursor].isUppercase else { return [] }
        let next = body.sentence(containing: cursor)
        return recipientRanges(from: cursor, in: body, sentence: cursor..<max(cursor, next.upperBound))
    }
}
