import Foundation
import PactoModel

extension HeadRule {
    /// The unit named just before the role, in its clause.
    func unitBefore(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let lead = body.foldedText(max(sentence.lowerBound, role.lowerBound - 14)..<role.lowerBound)
        if lead.hasSuffix("cho don vi") || lead.hasSuffix("cho") || lead.hasSuffix("bau") || lead.hasSuffix("bau don vi")
            || lead.hasSuffix("gioi thieu") || Self.roleObjectLeads.contains(where: { lead.hasSuffix($0) }) { return nil }
        // "đề nghị các đơn vị Cụm trưởng …": roles in general, of no unit.
        if Self.pluralLeads.contains(where: { lead == $0 || lead.hasSuffix(" " + $0) }) { return nil }
        // Back to the start of the clause; an empty clause (", là") takes the one before.
        var end = role.lowerBound
        var start = clauseStart(before: end, in: body, sentence: sentence)
        // "bầu A làm Cụm trưởng và B làm Cụm phó": B's clause starts after A's role.
        if let earlier = body.matches(Self.role, in: start..<end).last?[0] {
            let gap = body.tokens(in: earlier.upperBound..<end)
            if let va = gap.firstIndex(where: { $0.key == "va" && !$0.isCapitalized }) { start = gap[va].range.upperBound }
        }
        var core = body.trimmed(start..<end, also: ["(", "-", "–"])
        var steppedBack = false
        let rawTail = body.text(start..<end).replacingOccurrences(of: "đơn vị", with: "").trimmingCharacters(in: .whitespaces)
        let coreWords = body.tokens(in: core).map(\.key)
        // "X (Trưởng khối)", "X, trưởng khối", "X là đơn vị nhận nhiệm vụ Trưởng khối": the unit is the clause before.
        let onlyFiller = !coreWords.isEmpty && coreWords.allSatisfy({ ["la", "lam", "don", "vi", "nhiem", "vu", "nhan"].contains($0) })
        if coreWords.isEmpty {
            guard start > sentence.lowerBound, start - 1 >= 0, "(,".contains(body.characters[start - 1]) else { return nil }
        }
        if coreWords.isEmpty || onlyFiller && start > sentence.lowerBound {
            end = start - 1
            start = clauseStart(before: end, in: body, sentence: sentence)
            core = body.trimmed(start..<end)
            steppedBack = true
            // "A (Trưởng khối) và B (Phó khối)": B starts after A's note; "Cục X (Bộ Tài
            // chính), Trưởng Khối": a note that names no role stays with its unit.
            if let close = body.characters[core].lastIndex(of: ")") {
                let open = body.characters[core.lowerBound..<close].lastIndex(of: "(") ?? core.lowerBound
                if body.firstMatch(Self.role, in: open..<close) != nil || close + 1 < core.upperBound {
                    core = body.trimmed((close + 1)..<core.upperBound)
                    // "A (Cụm trưởng) và huyện B (Cụm phó)": B's name opens after the "và".
                    if let joint = body.tokens(in: core).first, joint.key == "va", !joint.isCapitalized {
                        core = body.trimmed(joint.range.upperBound..<core.upperBound)
                    }
                } else {
                    core = body.trimmed(core.lowerBound..<open)
                }
                start = core.lowerBound
            }
            // "A - Khối trưởng Khối thi đua và B, Khối phó": B starts after the "và" that follows A's role.
            // "bầu Cụm trưởng và Cụm phó năm 2023 là A (Cụm trưởng) và B (Cụm phó)": the roles named
            // first as the vote's object, A after the "là" that follows them.
            if let earlier = body.matches(Self.role, in: core).last?[0] {
                let gap = body.tokens(in: earlier.upperBound..<core.upperBound)
                guard let link = gap.first(where: { $0.key == "va" && !$0.isCapitalized })
                        ?? gap.last(where: { $0.lower == "là" })
                else { return nil }
                core = body.trimmed(link.range.upperBound..<core.upperBound)
                start = core.lowerBound
            }
        }
        // "do X làm": the unit comes after "do".
        let tokens = Array(body.tokens(in: core))
        var first = 0
        if let doIndex = tokens.lastIndex(where: { $0.lower == "do" && !$0.isCapitalized }) { first = doIndex + 1 }
        // "Hội nghị đã bầu huyện X là đơn vị Cụm trưởng": the unit after the verb that names it.
        if let chosen = tokens.lastIndex(where: { Self.choosingVerbs.contains($0.lower) && !$0.isCapitalized }),
           chosen + 1 < tokens.count, chosen == 0 || tokens[chosen - 1].lower != "được",
           tokens[(chosen + 1)...].contains(where: \.isCapitalized) { first = max(first, chosen + 1) }
        // "năm 2025 tỉnh Lào Cai là Cụm trưởng": the year before the unit is no part of it.
        if first + 2 < tokens.count, tokens[first].key == "nam",
           tokens[first + 1].key == "nay" || tokens[first + 1].key.count == 4 && Int(tokens[first + 1].key) != nil { first += 2 }
        // The unit head that opens the last name before the role ("từ Hội
        // Cựu chiến binh tỉnh - Trưởng Khối"); a head inside a name ("Hội
        // Liên hiệp Phụ nữ") does not open one.
        // "X - Trưởng khối", "X (Trưởng khối)", "X, trưởng khối": the role
        // stands beside the nearest name; "X được ... là Cụm trưởng": beside
        // the subject, the first.
        let apposition = steppedBack || ["-", "–", "(", ","].contains { rawTail.hasSuffix($0) }
        var unitStart: Int?
        var firstHead: Int?
        var headEnd = -1
        for index in first..<tokens.count {
            // The folded rest of the clause, for capitalised words only.
            let rest = tokens[index].isCapitalized ? body.foldedText(tokens[index].range.lowerBound..<core.upperBound) + " " : ""
            let isHead = tokens[index].isCapitalized && Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords)
                && Lexicon.isHeadSpelling(tokens[index], rest: rest)
                && !Lexicon.opens(rest, withOneOf: Lexicon.notUnitWords)
            let pair = index + 1 < tokens.count ? tokens[index].lower + " " + tokens[index + 1].lower : ""
            let isProvince = tokens[index].key == "tinh" || tokens[index].key == "huyen" || tokens[index].key == "xa"
                || ["phường", "quận"].contains(tokens[index].lower) || ["thị xã", "thị trấn", "thành phố"].contains(pair)
            if isProvince && index == first {
                unitStart = tokens[index].range.lowerBound
                break
            }
            guard isHead else { continue }
            // "Liên hiệp Hội Hà Nội": "Hội" continues the name "Liên hiệp ...".
            let twoBack = index >= first + 2 ? tokens[index - 2].key + " " + tokens[index - 1].key : ""
            // "Tổng công ty Điện lực": a name goes on right after a head of several words.
            let continuesHead = tokens.indices.contains(index - 2) && tokens[index - 2].isCapitalized
                && Lexicon.unitHeads.contains(twoBack) || index - 1 == headEnd
            // "Ban Tổ chức Tỉnh ủy": a party committee ends a name rather than opening one.
            // "Công ty TNHH MTV Dịch vụ công ích Quận 1": a locality after a lower-case word of a name is its place.
            let gapIsSpace = index > 0 && body.text(tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound).allSatisfy(\.isWhitespace)
            let placeOfName = index > first && gapIsSpace && !tokens[index - 1].isCapitalized && !Self.verbs.contains(tokens[index - 1].lower)
                && Lexicon.localityHeads.contains(where: { rest.hasPrefix($0 + " ") })
            let endsName = firstHead != nil && (Lexicon.opens(rest, withOneOf: Lexicon.trailingHeadWords) || placeOfName)
                && !ByteSearch.contains(",", in: body.text(tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound))
            // "Chi cục Trưởng Chi cục Dân số": a head after a title's last word opens the unit.
            let afterTitle = index > first && Self.titleEnds.contains(tokens[index - 1].lower)
            let opensName = !endsName && (index == first || afterTitle || (!tokens[index - 1].isCapitalized && !continuesHead)
                || body.text(tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound).contains(where: { !$0.isWhitespace }))
            if opensName { unitStart = tokens[index].range.lowerBound }
            if firstHead == nil { firstHead = tokens[index].range.lowerBound }
            headEnd = index + Lexicon.headWordCount(rest) - 1
        }
        if !apposition, firstHead != nil { unitStart = firstHead }
        if unitStart == nil { unitStart = firstHead }
        // "UEF với vai trò là Khối trưởng": an abbreviation the text defined for a unit ("… (UEF)").
        if unitStart == nil, first < tokens.count, DefinedUnits.name(abbreviatedAs: tokens[first], in: body) != nil {
            unitStart = tokens[first].range.lowerBound
        }
        // "các tỉnh: Đồng Nai (Cụm trưởng), Đắk Nông (Cụm phó)": a place named alone holds the role.
        if unitStart == nil, first < tokens.count, tokens[first...].allSatisfy(\.isCapitalized),
           Gazetteer.standard.places[Folding.key(body.text(tokens[first].range.lowerBound..<core.upperBound))] != nil {
            unitStart = tokens[first].range.lowerBound
        }
        guard let unitStart else { return nil }
        // Up to the first verb.
        var unitEnd = core.upperBound
        for (index, token) in tokens.enumerated() where token.range.lowerBound > unitStart {
            // "Cục Cảnh sát giao thông": a verb's word that opens a noun inside the name goes on.
            if !token.isCapitalized && Self.verbs.contains(token.lower),
               !(index + 1 < tokens.count && Self.nounsInNames.contains(token.lower + " " + tokens[index + 1].lower)) {
                unitEnd = token.range.lowerBound
                break
            }
            let gap = body.text(max(unitStart, token.range.lowerBound - 3)..<token.range.lowerBound)
            // "Sở X - Nguyễn Văn A", "A - Giám đốc Sở X", "Sở X - đơn vị ...": a dash ends the name;
            // "Trường Cao đẳng Kinh tế - Kỹ thuật": a capitalised word that opens no person's name
            // or title goes on with it.
            if ByteSearch.contains(" - ", in: gap) || ByteSearch.contains(" – ", in: gap) {
                let words = tokens[index..<min(tokens.count, index + 4)].map(\.key).joined(separator: " ") + " "
                if !token.isCapitalized || Lexicon.surnames.contains(token.key)
                    || Lexicon.titles.contains(where: { words.hasPrefix($0 + " ") }) {
                    unitEnd = token.range.lowerBound
                    break
                }
            }
        }
        let range = body.trimmed(unitStart..<unitEnd)
        return range.isEmpty ? nil : range
    }

    /// Last words of a title written with a capital ("Chi cục Trưởng"), after which a unit's name opens.
    static let titleEnds: Set<String> = ["trưởng", "phó"]

    func clauseStart(before end: Int, in body: Passage, sentence: Range<Int>) -> Int {
        var index = end - 1
        var depth = 0
        while index >= sentence.lowerBound {
            let character = body.characters[index]
            if character == ")" { depth += 1 }
            if character == "(" {
                if depth == 0 { return index + 1 }
                depth -= 1
            }
            if depth == 0 && character == ",", Self.commaInsideName(at: index, in: body, sentence: sentence) {
                index -= 1
                continue
            }
            if depth == 0 && (character == "," || character == ";" || character == ":" || character == "\n") { return index + 1 }
            index -= 1
        }
        return sentence.lowerBound
    }
}
