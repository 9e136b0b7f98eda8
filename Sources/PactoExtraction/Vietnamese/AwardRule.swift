import Foundation
import PactoModel

/// Awards presented, decided or proposed at the meeting, with named
/// recipients: "trao tặng Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể
/// (Sở Xây dựng, Sở Giao thông Vận tải)", "đề nghị Bộ X tặng Cờ thi đua cho
/// Y", "X được suy tôn danh hiệu “Cờ thi đua ...”". Results mentioned
/// without names ("có 4 đơn vị được tặng Bằng khen") are left out.
struct AwardRule: Sendable {
    /// The award names of ``AwardCues/vietnamese``, "Cờ" when a flag's
    /// issuer, kind or quoted title follows it ("Cờ của UBND tỉnh", "Cờ “Đơn vị dẫn đầu”"),
    /// and "danh hiệu" before a quoted title the table does not name (kind other).
    static let noun: Pattern = {
        let names = AwardCues.vietnamese.names.map(\.name).sorted { $0.count > $1.count }
        let flag = "co(?= (?:" + AwardCues.vietnamese.flagFollowers.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|") + "))"
        // "danh hiệu “Đơn vị Quyết thắng”": a quoted title not named by the table.
        let title = AwardCues.vietnamese.titleWord + #"(?= ?"(?!"# + names.joined(separator: "|") + "))"
        return Pattern(#"(?<![a-z])("# + names.joined(separator: "|") + "|" + flag + "|" + title + #")(?![a-z])"#)
    }()
    static let giving = Pattern(#"(?<![a-z])("# + AwardCues.vietnamese.givingVerbs.joined(separator: "|") + #")(?:\s+(?:danh hieu|cac|\d+))?\s*"?\s*$"#)
    static let proposing = Pattern(#"de nghi\s+([^;:]{2,70}?)\s+(?:"# + AwardCues.vietnamese.givingVerbs.joined(separator: "|") + #")\s*(?:danh hieu)?\s*"?\s*$"#)
    /// "đề nghị Cờ thi đua của Chính phủ cho X": the award proposed with no giving verb, right before its name.
    static let proposedDirectly = TextPattern(#"(?<![a-z])(?:"# + AwardCues.vietnamese.proposing.joined(separator: "|") + #")\s*$"#)
    /// A verb whose subject receives the award, right before its name.
    static let receiving = Pattern(#"(?<![a-z])(?:(?:vinh du\s+)?duoc\s+(?:(?:"# + AwardCues.vietnamese.passiveVerbs.joined(separator: "|") + #")\s+)+|(?:"# + AwardCues.vietnamese.receiving.joined(separator: "|") + #")\s+)(?:danh hieu\s*)?"?\s*$"#)

    /// The award's name opens a clause, a list item or the second of two awards ("; Bằng khen cho", "và Bằng khen").
    static let clauseOpening = TextPattern(#"(?:^|[;,:\n]|(?<![a-z])va|^\s*[-–+•*])\s*$"#)
    /// "X được Thủ tướng Chính phủ tặng": the passive with the one who gives it.
    static let givenBy = Pattern(#"(?<![a-z])duoc\s+([^,.;]{2,60}?)\s+(?:"# + AwardCues.vietnamese.givingVerbs.joined(separator: "|") + #")\s*(?:danh hieu\s*)?"?\s*$"#)
    /// A past award, not one of this meeting ("từng nhận", "đã từng được tặng").
    static let pastCue = TextPattern(#"(?<![a-z])tung\s+(?:duoc\s+)?(?:nhan|tang)"#)

    /// "các huyện", "các phường" before the names of places, anywhere in a subject.
    static let localityKind = TextPattern(#"(?<![a-z])cac (?:huyen|xa|phuong|quan|thi xa|tinh|thanh pho|dia phuong) (?=\S)"#)
    /// "các huyện", "các phường" opening a list of places.
    static let localityList = TextPattern(#"^[^,;]{0,30}?(?<![a-z])cac (?:huyen|xa|phuong|quan|thi xa|tinh|thanh pho|dia phuong)(?: |: ?)"#)

    /// "cho" before the recipients, or "tới", "đến" (``AwardCues/recipientOpeners``).
    static let cho = TextPattern(#"(?<![a-z])(?:"# + AwardCues.vietnamese.recipientOpeners.map(Folding.fold).joined(separator: "|") + #")(?![a-z])"#)
    /// A year before the issuer ("năm 2024 của UBND tỉnh").
    static let leadingYear = TextPattern(#"^năm\s+\d{4}\s+(?=của )"#)
    /// A year after the issuer.
    static let yearOfIssuer = TextPattern(#"\s+năm\s+\d{4}.*$"#)
    /// "02 tập thể (": a count before a bracketed list.
    static let countedList = TextPattern(#"^\s*(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:tap the|don vi|ca nhan)[^(.;]{0,20}\("#)
    /// A count of recipients, then "là" or "gồm" and their names ("02 đơn vị dẫn đầu là "); what is said of
    /// them may run across commas ("cho 02 tập thể có thành tích xuất sắc, dẫn đầu phong trào ... là A và B").
    static let countedThenNamed = TextPattern(#"^\s*(?:(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|cac)\s+)?(?:"#
        + AwardCues.vietnamese.countedNouns.joined(separator: "|") + #")[^.;:(]{0,160}?\s(?:la|gom)\s*:?\s"#)
    /// "là" or "gồm" as printed, not the name "La Gi" (a count may follow before a colon: "gồm 2 đơn vị:").
    static let namingWord = TextPattern(#"\s(?:là|gồm)(?:\s[^:.;]{1,20}:)?\s*:?\s*$"#)
    /// A colon that opens a list.
    static let colonList = TextPattern(#"^[^.;,]{0,40}:"#)
    /// Where the name of the one honoured ends.
    static let honouredEnd = TextPattern(#" (dan dau|la|xuat sac|co so diem)(?![a-z])"#)
    /// A list after "gồm:".
    static let listAfterGom = TextPattern(#"gom\s*:[^:]*$"#)
    /// A giving verb anywhere ("tặng", "trao tặng").
    static let givingWord = TextPattern(#"(?<![a-z])(?:"# + AwardCues.vietnamese.givingVerbs.joined(separator: "|") + #")(?![a-z])"#)
    /// A digit.
    static let digit = TextPattern(#"\d"#)
    /// A clause after a semicolon that proposes or gives another award ("; đề nghị", "; tặng Bằng khen").
    static let clauseAfterSemicolon = TextPattern(#"^;\s*(?:"# + (AwardCues.vietnamese.proposing + AwardCues.vietnamese.givingVerbs
        + AwardCues.vietnamese.names.map(\.name)).joined(separator: "|") + #")(?![a-z])"#)
    /// A clause after a comma that proposes or gives another award (", đề nghị Chủ tịch UBND tỉnh tặng").
    static let clauseAfterComma = TextPattern(#"^,\s*(?:"# + (AwardCues.vietnamese.proposing + AwardCues.vietnamese.givingVerbs)
        .joined(separator: "|") + #")(?![a-z])"#)
    /// "và" and a second award's name, which end the first one's issuer.
    static let secondAward = TextPattern(#" va (?:"# + AwardCues.vietnamese.names.map(\.name).joined(separator: "|") + #")(?![a-z])"#)

    func awards(in context: Context, date: Stamp?) -> [Found<Award>] {
        let body = context.body
        var awards: [Found<Award>] = []
        var previousNoun: Range<Int>?
        var previousAward: (noun: Range<Int>, issuer: String?, recipients: [Range<Int>])?
        for match in body.matches(Self.noun) {
            guard let nounRange = match[1] else { continue }
            defer { previousNoun = nounRange }
            let sentence = body.sentence(containing: nounRange.lowerBound)
            let lead = max(sentence.lowerBound, nounRange.lowerBound - 60)..<nounRange.lowerBound
            let noun = String(body.folded.slice(nounRange))
            let kind = AwardCues.vietnamese.names.first { $0.name == noun }?.kind
                ?? (noun == AwardCues.vietnamese.titleWord ? .other : .emulationFlag)
            let afterNoun = phraseEnd(after: nounRange.upperBound, in: body, sentence: sentence)
            var issuerEnd = afterNoun.cho
            if afterNoun.recipientsStart == nil {
                // No "cho": the issuer runs to the end of the clause ("Cờ thi đua của UBND tỉnh;").
                issuerEnd = nounRange.upperBound
                while issuerEnd < min(sentence.upperBound, nounRange.upperBound + 60),
                      !",;.()".contains(body.characters[issuerEnd]) { issuerEnd += 1 }
            }
            var issuer = issuerAfter(nounRange.upperBound..<issuerEnd, in: body)
            if issuer == nil, AwardCues.vietnamese.namesRunningOn.contains(noun) {
                issuer = issuerAfterWholeName(nounRange.upperBound..<issuerEnd, in: body)
            }
            var recipients: [Range<Int>] = []
            if Self.pastCue.isFound(in: body.foldedText(lead)) { continue }
            // "Trong những năm qua, ... đã được tặng", "Các đơn vị đăng ký ...": not given at this meeting.
            if isNotGivenHere(nounRange.lowerBound, in: body, sentence: sentence) { continue }
            // "Cờ thi đua của Bộ X được trao cho 3 tỉnh: ...": given after its name.
            let givenAfter = afterNoun.recipientsStart != nil
                && ["duoc trao", "duoc tang", "duoc xet tang"].contains { body.foldedText(nounRange.upperBound..<afterNoun.cho).contains($0) }
            if let passive = body.firstMatch(Self.givenBy, in: lead), let giver = passive[1].map({ lastPassive($0, in: body) }),
               body.text(giver).first?.isUppercase == true {
                // "X được Thủ tướng Chính phủ tặng Cờ": the giver, and the subject as recipient.
                if issuer == nil { issuer = body.text(body.trimmed(giver)) }
                if let start = afterNoun.recipientsStart {
                    recipients = recipientRanges(from: start, in: body, sentence: sentence)
                } else {
                    recipients = passiveSubjects(before: nounRange.lowerBound, in: body, sentence: sentence)
                    if recipients.isEmpty {
                        recipients = proposers(before: nounRange.lowerBound, in: body, sentence: sentence,
                                               after: previousNoun.map(\.upperBound))
                    }
                }
            } else if givenAfter, let start = afterNoun.recipientsStart {
                recipients = recipientRanges(from: start, in: body, sentence: sentence)
            } else if body.firstMatch(Self.giving, in: lead) != nil || body.firstMatch(Self.proposing, in: lead) != nil
                        || Self.proposedDirectly.isFound(in: body.alignedText(lead)) && afterNoun.recipientsStart != nil {
                if let proposing = body.firstMatch(Self.proposing, in: lead), let who = proposing[1], issuer == nil {
                    let printed = body.text(who)
                    if printed.first?.isUppercase == true, !Folding.fold(printed).contains("cap co tham quyen") {
                        issuer = printed
                    }
                }
                if issuer == nil, let verb = body.firstMatch(Self.giving, in: lead)?[1] {
                    issuer = issuerBefore(verb.lowerBound, in: body, sentence: sentence)
                }
                if let start = afterNoun.recipientsStart {
                    recipients = recipientRanges(from: start, in: body, sentence: sentence)
                } else if let proposer = proposerRecipient(before: nounRange.lowerBound, in: body, sentence: sentence),
                          isNamed(stripLeadingNouns(body.text(proposer))) {
                    recipients = MemberListRule.split(proposer, in: body, scope: .units)
                } else {
                    recipients = passiveSubjects(before: nounRange.lowerBound, in: body, sentence: sentence)
                    if recipients.isEmpty {
                        recipients = proposers(before: nounRange.lowerBound, in: body, sentence: sentence,
                                               after: previousNoun.map(\.upperBound))
                    }
                }
            } else if body.firstMatch(Self.receiving, in: lead) != nil {
                if let subject = subject(before: lead, in: body, sentence: sentence) {
                    // "A, B và C được Cụm suy tôn là đơn vị nhận Cờ": the passive's subjects, a list.
                    let passive = body.text(subject).contains(" được ")
                        ? passiveSubjects(before: subject.upperBound, in: body, sentence: sentence) : []
                    // "A và B vinh dự đón nhận Cờ": a list when each of its names opens with a unit's head.
                    let pieces = MemberListRule.split(subject, in: body, scope: .units)
                    let units = pieces.count > 1 && pieces.allSatisfy { piece in
                        body.tokens(in: piece).first?.isCapitalized == true
                            && Lexicon.opens(body.foldedText(piece) + " ", withOneOf: Lexicon.unitHeadWords)
                    }
                    recipients = passive.isEmpty ? (units ? pieces : [subject]) : passive
                } else {
                    // "Hai đơn vị được tặng Cờ thi đua của UBND tỉnh là A và B": the names after "là".
                    recipients = namedAfter(nounRange.upperBound, in: body, sentence: sentence)
                }
            } else if let start = afterNoun.recipientsStart, Self.clauseOpening.isFound(in: body.alignedText(lead)) {
                // "tặng Cờ thi đua cho A; Bằng khen cho B", "- Bằng khen của Chủ tịch UBND tỉnh cho C": the verb left out.
                recipients = recipientRanges(from: start, in: body, sentence: sentence)
            }
            // "Hai đơn vị được tặng Cờ thi đua của UBND tỉnh là A và B": counted, then named after "là".
            // "suy tôn 2 đơn vị dẫn đầu đề nghị UBND tỉnh tặng Cờ thi đua là A và B": a proposal, named after "là".
            // "đề nghị tặng Cờ thi đua của UBND tỉnh gồm 2 đơn vị: A và B": a giving verb, then the names.
            if recipients.isEmpty, body.firstMatch(Self.receiving, in: lead) != nil || body.firstMatch(Self.givenBy, in: lead) != nil
                || body.firstMatch(Self.proposing, in: lead) != nil || body.firstMatch(Self.giving, in: lead) != nil {
                recipients = namedAfter(nounRange.upperBound, in: body, sentence: sentence)
            }
            // "Sở Tài chính (Cờ thi đua của UBND tỉnh)": the award in brackets after its recipient;
            // "01 đơn vị được đề nghị tặng Cờ thi đua của Chính phủ (Sở X)": the recipients in brackets after it.
            // The bracket says whose award it is, whatever the clause around it reads.
            if case let named = recipientsBeforeBracket(nounRange, in: body, sentence: sentence), !named.isEmpty {
                recipients = named
            } else if recipientNames(recipients, in: body).isEmpty,
                      case let inBracket = namesInBracket(after: nounRange, in: body, sentence: sentence), !inBracket.isEmpty {
                recipients = inBracket
            }
            // "- Cờ thi đua của Chính phủ: A, B": a list item that opens with the award's name.
            if recipients.isEmpty, let listed = listedAfterColon(nounRange, in: body, sentence: sentence) {
                recipients = listed
            }
            // "Kết quả khen thưởng:\n- Sở Y tế: Cờ thi đua của UBND tỉnh;": the recipient opens the line.
            if recipients.isEmpty, let named = recipientBeforeColon(nounRange, in: body, sentence: sentence) {
                recipients = [named]
            }
            var names = recipientNames(recipients, in: body)
            // "tặng Bằng khen cho 5 tập thể. Các tập thể được khen gồm: A, B": the names in the lines that follow.
            if names.isEmpty, let start = afterNoun.recipientsStart {
                recipients = followingNames(after: start, in: body, sentence: sentence)
                if recipients.isEmpty { recipients = nextLineNames(after: start, in: body, sentence: sentence) }
                names = recipientNames(recipients, in: body)
            }
            // "3 đơn vị được UBND tỉnh tặng Cờ thi đua. Đó là A, B và C": a counted subject, named in the next sentence.
            if names.isEmpty, afterNoun.recipientsStart == nil, countsItsSubject(before: nounRange.lowerBound, in: body, sentence: sentence) {
                recipients = namesInNextSentence(after: sentence, in: body)
                names = recipientNames(recipients, in: body)
            }
            // "được đề nghị tặng Bằng khen và Cờ thi đua": joined to the award before, it goes to the same recipients.
            if names.isEmpty, let previous = previousAward, let sharesIssuer = joined(nounRange, to: previous.noun, in: body, sentence: sentence) {
                recipients = previous.recipients
                names = recipientNames(recipients, in: body)
                if issuer == nil, sharesIssuer { issuer = previous.issuer }
            }
            guard !names.isEmpty else { continue }
            previousAward = (nounRange, issuer, recipients)
            let bounds = recipients.map(\.lowerBound) + recipients.map(\.upperBound) + [nounRange.lowerBound, nounRange.upperBound]
            let evidence = clampedRange(bounds.min() ?? nounRange.lowerBound, bounds.max() ?? nounRange.upperBound)
            awards.append(Found(Award(kind: kind, issuer: issuer, recipients: names), evidence))
        }
        return awards + unnamedAwards(in: body) + rankedAwards(in: body)
    }

    /// Where "cho" opens the recipients after the award's name.
    func phraseEnd(after start: Int, in body: Passage, sentence: Range<Int>) -> (cho: Int, recipientsStart: Int?) {
        let end = min(sentence.upperBound, start + 120)
        var from = start
        while from < end {
            let text = body.alignedText(from..<end)
            guard let found = Self.cho.firstRange(in: text) else { break }
            let offset = from + text.distance(from: text.startIndex, to: found.lowerBound)
            let between = body.alignedText(start..<offset)
            guard !between.contains(".") && !between.contains(";") else { break }
            let printed = body.text(offset..<(offset + text[found].count)).lowercased()
            // "tới", "đến" as printed, before a name or a unit's people ("đến nay" is a time).
            let next = body.tokens(in: (offset + text[found].count)..<end).first
            // "tặng" opens the recipients only after the award's whole phrase ("Cờ thi đua của Bộ X tặng Công an tỉnh Y"),
            // not as a second verb ("Bằng khen và được UBND tỉnh tặng Cờ thi đua").
            let secondVerb = printed == "tặng" && (between.contains(" duoc ") || body.firstMatch(Self.noun, in: offset..<min(end, offset + 20)) != nil)
            if printed == "cho" || AwardCues.vietnamese.recipientOpeners.contains(printed) && !secondVerb
                && (next?.isCapitalized == true || ["cac", "tap", "dai", "don"].contains(next?.key ?? "")) {
                return (offset, offset + text[found].count)
            }
            from = offset + text[found].count
        }
        return (start, nil)
    }

    /// "Bằng khen của Chủ tịch UBND tỉnh", "Cờ thi đua của Bộ Xây dựng", "cờ UBND Tỉnh".
    func issuerAfter(_ range: Range<Int>, in body: Passage) -> String? {
        guard !range.isEmpty else { return nil }
        var text = body.text(range).trimmingCharacters(in: .whitespaces)
        // A quoted title first ("Cờ “Đơn vị dẫn đầu” của UBND tỉnh"): the issuer, if any, follows it.
        if let first = text.first, "“\"".contains(first) {
            guard let close = text.dropFirst().firstIndex(where: { "”\"".contains($0) }) else { return nil }
            text = String(text[text.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " ”\"“"))
        // "Cờ thi đua xuất sắc của Bộ Công an": the grade is part of the award's name.
        for grade in AwardCues.vietnamese.grades where Folding.fold(text).hasPrefix(grade + " ") || Folding.fold(text).hasPrefix(grade + "\"") {
            text = String(text.dropFirst(grade.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: " ”\"“"))
        }
        // "Cờ thi đua xuất sắc năm 2024 của UBND tỉnh": the year of the award.
        if let year = Self.leadingYear.firstRange(in: text) { text.removeSubrange(year) }
        // "Cờ thi đua của UBND tỉnh: A, B": the issuer ends at the colon.
        if let colon = text.firstIndex(of: ":") { text = String(text[..<colon]) }
        let folded = Folding.fold(text)
        if let opener = AwardCues.vietnamese.issuerOpeners.first(where: { folded.hasPrefix($0 + " ") }) {
            // "của UBND tỉnh", "do Thủ tướng Chính phủ trao tặng": the verb after the giver is not its name.
            text = String(text.dropFirst(opener.count + 1))
            // "do có thành tích": a reason, not a giver.
            if opener == "do", text.first?.isUppercase != true { return nil }
            let rest = Folding.fold(text)
            if let verb = Self.givingWord.firstRange(in: rest), verb.lowerBound > rest.startIndex,
               text[text.index(text.startIndex, offsetBy: rest.distance(from: rest.startIndex, to: verb.lowerBound))].isLowercase {
                text = String(text.prefix(rest.distance(from: rest.startIndex, to: verb.lowerBound)))
            }
        } else if !(text.first?.isUppercase ?? false) || folded.hasPrefix("nam ") {
            return nil
        } else if !Lexicon.opens(folded + " ", withOneOf: Lexicon.unitHeadWords),
                  !(Lexicon.titles + AwardCues.vietnamese.bareIssuers).contains(where: { folded.hasPrefix($0 + " ") || folded == $0 }) {
            // "Huân chương Lao động hạng Ba": the rest of the award's name, not an issuer.
            return nil
        }
        // "của UBND tỉnh là A và B": the issuer ends where its recipients are named;
        // "của Bộ X được trao cho": where the verb begins.
        for word in AwardCues.vietnamese.namingWords {
            if let la = (text + " ").range(of: " " + word + " ") ?? text.range(of: " " + word + ":") { text = String(text[..<la.lowerBound]) }
        }
        if let duoc = text.range(of: " được ") { text = String(text[..<duoc.lowerBound]) }
        // "của Chính phủ vì đã có thành tích", "của Bộ Công an tại hội nghị": a reason or a place ends it.
        for word in AwardCues.vietnamese.issuerEnds {
            if let cut = text.range(of: " " + word + " ") { text = String(text[..<cut.lowerBound]) }
        }
        // "của Thủ tướng Chính phủ và Bằng khen của ...": the second award ends the issuer.
        let foldedIssuer = Folding.fold(text)
        if let second = Self.secondAward.firstRange(in: foldedIssuer) {
            text = String(text.prefix(foldedIssuer.distance(from: foldedIssuer.startIndex, to: second.lowerBound)))
        }
        if let year = Self.yearOfIssuer.firstRange(in: text) { text.removeSubrange(year) }
        text = text.replacingOccurrences(of: "”", with: "").replacingOccurrences(of: "\"", with: "").trimmingCharacters(in: .whitespaces)
        return text.isEmpty || Folding.fold(text).hasPrefix("nganh") ? nil : text
    }

    /// "và UBND tỉnh tặng cờ", "Chủ tịch UBND tỉnh tặng", "Bộ trưởng Bộ Tài
    /// chính tặng": the subject of the verb, back to the clause start, when it
    /// is a unit or an office; a person named ("Đồng chí X, Phó Chủ tịch ...")
    /// only hands it over.
    func issuerBefore(_ verb: Int, in body: Passage, sentence: Range<Int>) -> String? {
        var start = verb
        while start > sentence.lowerBound, !",;:(".contains(body.characters[start - 1]) { start -= 1 }
        let clause = body.foldedText(start..<verb)
        // "Sở Y tế được tặng": the subject of a passive receives it.
        // "Sở Xây dựng và Sở Công Thương đề nghị tặng": those who propose receive it.
        if clause.hasSuffix(" duoc ") || clause.hasSuffix(" duoc") || clause.hasSuffix(" de nghi ") || clause.hasSuffix(" de nghi") { return nil }
        // "UBND tỉnh tặng Cờ thi đua cho A và tặng Bằng khen cho B": the subject of the verb before.
        let joined = " " + body.alignedText(start..<verb).trimmingCharacters(in: .whitespaces)
        // "; tặng Bằng khen cho B": a verb alone after a semicolon has the subject of the verb before, too.
        let afterSemicolon = joined == " " && start > sentence.lowerBound && body.characters[start - 1] == ";"
        if joined.hasSuffix(" va") || afterSemicolon, let previous = Self.givingWord.firstRange(in: body.alignedText(sentence.lowerBound..<start)) {
            let text = body.alignedText(sentence.lowerBound..<start)
            return issuerBefore(sentence.lowerBound + text.distance(from: text.startIndex, to: previous.lowerBound), in: body, sentence: sentence)
        }
        // "và Chủ tịch UBND tỉnh tặng": a new subject after "và" (not the "Đào tạo" of "Sở Giáo dục và Đào tạo tặng").
        if let va = clause.range(of: " va ", options: .backwards) {
            let offset = clause.distance(from: clause.startIndex, to: va.upperBound)
            let text = body.text(body.trimmed((start + offset)..<verb))
            let folded = Folding.fold(text) + " "
            if Lexicon.opens(folded, withOneOf: Lexicon.unitHeadWords) || Lexicon.titles.contains(where: { folded.hasPrefix($0 + " ") }) {
                return text.first?.isUppercase == true ? text : nil
            }
        }
        // A named person before, in the sentence ("Đồng chí X, Phó Chủ tịch UBND tỉnh, trao"): no issuer.
        if start > sentence.lowerBound, body.characters[start - 1] == "," {
            let before = body.foldedText(sentence.lowerBound..<(start - 1))
            if Lexicon.honorifics.contains(where: { before.hasPrefix($0 + " ") || before.contains(", " + $0 + " ") }) || before.hasPrefix("d/c ") {
                return nil
            }
        }
        var range = body.trimmed(start..<verb)
        // "UBND tỉnh đã tặng": the tense marks before the verb are not the issuer's.
        while let last = body.tokens(in: range).last, range.count > last.range.count,
              AwardCues.vietnamese.tenseMarks.contains(last.key) {
            range = body.trimmed(range.lowerBound..<last.range.lowerBound)
        }
        range = withoutSubjectMarks(range, in: body)
        guard !range.isEmpty else { return nil }
        let text = body.text(range)
        let folded = Folding.fold(text) + " "
        let opens = Lexicon.opens(folded, withOneOf: Lexicon.unitHeadWords) || Lexicon.titles.contains { folded.hasPrefix($0 + " ") }
            || folded.hasPrefix("thong doc ") || folded.hasPrefix("ban thuong truc ") || folded.hasPrefix("thu tuong ")
        guard text.first?.isUppercase == true, opens, !Lexicon.opens(folded, withOneOf: Lexicon.notUnitWords),
              text.split(separator: " ").count <= 12 else { return nil }
        // "thừa ủy quyền của Chủ tịch UBND tỉnh, ông X trao": handled by the clause before.
        return text
    }
}
