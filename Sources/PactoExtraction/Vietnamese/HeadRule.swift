import Foundation
import PactoModel

/// The head (Cụm trưởng, Trưởng khối) and deputy (Cụm phó, Phó khối) of
/// the cluster for the year: "X là / làm Cụm trưởng", "do X làm Cụm trưởng",
/// "X (Trưởng khối)", "X-Khối trưởng", "Giám đốc Sở X, Trưởng Khối", "Cụm
/// phó là X". When the role is handed over (bầu, luân phiên, bàn giao), the
/// new holder.
struct HeadRule: Sendable {
    struct Holder: Sendable {
        var member: Found<Member>
        var isDeputy: Bool
        /// The sentence hands the role over or names it for a later year.
        var isHandover: Bool
        /// The year written next to the role ("Cụm trưởng năm 2023").
        var year: Int? = nil
        /// Handed the role over to another: a member, not the holder.
        var isFormer = false
    }

    static let role = Pattern(#"(?<![a-z])(pho truong khoi|pho truong cum|truong khoi|truong cum|khoi truong|cum truong|khoi pho|cum pho|pho khoi|pho cum|truong khu vuc)(?![a-z])"#)
    static let handoverWords = ["bau", "ban giao", "chuyen giao", "luan phien", "nhan nhiem vu", "gioi thieu", "tiep nhan", "suy ton"]
    /// Verbs that end the unit's name before its role.
    static let verbs: Set<String> = [
        "được", "là", "làm", "luân", "nhận", "đại", "đăng", "đã", "sẽ", "tiếp", "giữ", "chủ", "phát", "tổ", "với",
        "đơn", "vừa", "tham", "tặng", "trao", "cùng", "chuyển", "bàn", "giao", "tiếp", "đảm",
    ]
    /// Verbs whose object is the unit given the role ("bầu X làm Cụm trưởng", "công nhận X giữ vai trò").
    static let choosingVerbs: Set<String> = ["bầu", "chọn", "cử", "suy tôn", "nhận", "giới", "thiệu", "công"]
    /// Verbs in the gap between a role and "là" that show the "là" belongs elsewhere.
    /// Spelled with their tones: "có" is a verb, "cơ quan" is not.
    static let gapVerbs: Set<String> = ["gồm", "có", "được", "đã", "tổ", "ký", "kí", "tham", "cùng", "với", "đang", "làm", "và"]
    /// "vai trò Cụm trưởng được giao cho X": the role handed to the unit after "cho".
    static let passiveHandover = TextPattern(#"^(?:chuyen giao|ban giao|giao|trao)(?: lai)? cho "#)

    /// Words that hand a role over.
    static let handingOver = TextPattern(#"(chuyen giao|ban giao|giao|luan phien|trao|chuyen)( lai)?( nhiem vu| vi tri| vai tro)?"#)
    /// "từng (hai lần) giữ vai trò": the role held before, ending the text before it.
    static let usedTo = TextPattern(#"(?<![a-z])tung (?:(?:hai|ba|nhieu|\d+) lan )?(?:giu|la|lam|dam nhiem|dam nhan)(?: vai tro| vi tri| nhiem vu)?(?: la)?(?: don vi)?$"#)
    /// "Khối trưởng vẫn do X đảm nhiệm": the verb that ends X.
    static let takingVerbs: [String] = ["dam nhiem", "dam nhan", "giu", "lam", "phu trach"]
    /// A year right after a role ("Trưởng cụm năm 2023").
    static let yearAfterRole = TextPattern(#"^[^,;.]{0,25}?nam (20\d\d)"#)

    /// The holders named in the body; when the body names no head, those of
    /// the title too ("Hội Nông dân tỉnh được bầu làm Trưởng Cụm thi đua số 7").
    func holders(in context: Context, date: Stamp?) -> [Holder] {
        var found = holders(in: context, passage: context.body, date: date)
        if !found.contains(where: { !$0.isDeputy }) {
            for var holder in holders(in: context, passage: context.title, date: date) {
                holder.member.range = nil
                found.append(holder)
            }
        }
        return found
    }

    func holders(in context: Context, passage body: Passage, date: Stamp?) -> [Holder] {
        let reader = UnitReader(context: context, date: date)
        var holders: [Holder] = []
        for match in body.matches(Self.role) {
            guard let whole = match[0] else { continue }
            let word = body.folded.slice(whole)
            let isDeputy = word.hasPrefix("pho") || word.hasSuffix("pho")
            let sentence = body.sentence(containing: whole.lowerBound)
            let sentenceText = body.foldedText(sentence)
            let handover = Self.handoverWords.contains { ByteSearch.contains($0, in: sentenceText) }
            let year = Self.year(near: whole, in: body, sentence: sentence)
            // "Với vai trò là Khối trưởng Khối thi đua, Trường X thời gian qua đã ...": the subject after the comma.
            if let subject = frontedSubject(whole, in: body, sentence: sentence), let member = reader.member(subject, in: body) {
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year))
                continue
            }
            if let after = unitAfter(whole, in: body, sentence: sentence), let member = reader.member(after, in: body) {
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year))
                // The one who hands the role over ("X chuyển giao ... cho Y") is a
                // member, no longer its holder; one who only assigns it ("Bộ X giao") is neither.
                let lead = body.foldedText(sentence.lowerBound..<whole.lowerBound)
                if ByteSearch.contains("chuyen giao", in: lead) || ByteSearch.contains("ban giao", in: lead),
                   let before = unitBefore(whole, in: body, sentence: sentence), let previous = reader.member(before, in: body) {
                    holders.append(Holder(member: cleaned(previous, context: context, date: date), isDeputy: isDeputy,
                                          isHandover: false, year: nil, isFormer: true))
                }
                continue
            }
            if let before = unitBefore(whole, in: body, sentence: sentence), let member = reader.member(before, in: body) {
                // "X từng hai lần giữ vai trò Cụm trưởng": held it before, no holder now.
                let lead = body.foldedText(max(sentence.lowerBound, whole.lowerBound - 45)..<whole.lowerBound)
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year, isFormer: Self.usedTo.isFound(in: lead)))
            }
        }
        return holders
    }

    /// A role fronted before its clause ("Với vai trò là Khối trưởng Khối thi đua,").
    static let frontedRole = TextPattern(#"^(?:voi )?(?:vai tro|cuong vi)(?: la)?(?: don vi)?\s*$"#)
    /// Words after a fronted subject's name: its verb or a time ("thời gian qua").
    static let subjectEnds: Set<String> = ["thời", "đã", "đang", "luôn", "tiếp", "năm", "trong", "vừa", "sẽ", "thường", "cũng", "được", "tổ", "là"]

    /// The subject named after the comma that closes a fronted role.
    func frontedSubject(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        guard Self.frontedRole.isFound(in: body.foldedText(sentence.lowerBound..<role.lowerBound)) else { return nil }
        guard let comma = body.characters[role.upperBound..<sentence.upperBound].firstIndex(of: ",") else { return nil }
        var end = comma + 1
        for token in body.tokens(in: (comma + 1)..<sentence.upperBound) {
            if !token.isCapitalized, Self.subjectEnds.contains(token.lower) { break }
            if ByteSearch.contains(",", in: body.text(end..<token.range.lowerBound)) { break }
            end = token.range.upperBound
        }
        let range = body.trimmed((comma + 1)..<end)
        guard let first = body.tokens(in: range).first, first.isCapitalized else { return nil }
        return range
    }

    /// "Cụm phó là X", "Cụm trưởng Cụm thi đua số 5, Bộ Công an năm 2018 là X".
    func unitAfter(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var index = body.tokenIndex(atOrAfter: role.upperBound)
        let limit = min(sentence.upperBound, role.upperBound + 75)
        // "X chuyển giao nhiệm vụ Cụm trưởng cho Y": Y takes the role.
        let handsOver = Self.handingOver.isFound(in: body.foldedText(sentence.lowerBound..<role.lowerBound))
        var handedOn = false
        while index < body.tokens.count, body.tokens[index].range.lowerBound < limit {
            let token = body.tokens[index]
            // "Cụm trưởng năm 2024: Sở Y tế": a colon works as "là".
            let previousEnd = index > 0 ? body.tokens[index - 1].range.upperBound : role.upperBound
            let colon = previousEnd >= role.upperBound && ByteSearch.contains(":", in: body.text(previousEnd..<token.range.lowerBound))
            // "Khối trưởng (vẫn) do X đảm nhiệm": X up to the verb that takes the role.
            if !token.isCapitalized && token.lower == "do" {
                return unitTakingRole(from: token.range.upperBound, in: body, sentence: sentence)
            }
            if colon || !token.isCapitalized && (token.key == "la" || (handsOver || handedOn) && token.lower == "cho") {
                let start = colon ? token.range.lowerBound : token.range.upperBound
                var end = start
                var depth = 0
                while end < sentence.upperBound {
                    let character = body.characters[end]
                    if character == "(" { depth += 1 }
                    if character == ")" { depth -= 1 }
                    if depth <= 0 && character == ",", Self.continuesName(start..<end, in: body, sentence: sentence) {
                        end += 1
                        continue
                    }
                    if depth <= 0 && (character == "," || character == ";" || character == "." && end + 1 < body.count
                        && body.characters[end + 1] == " ") { break }
                    end += 1
                }
                var range = body.trimmed(start..<end)
                // "là đồng chí A, Giám đốc Sở X": the person's unit, in the clause after the name.
                let opening = TonePlacement.normalized(body.text(range))
                if ["đồng chí ", "ông ", "bà "].contains(where: { opening.hasPrefix($0) }), end < sentence.upperBound {
                    var next = end + 1
                    while next < sentence.upperBound, !",;.".contains(body.characters[next]) { next += 1 }
                    let clause = body.trimmed((end + 1)..<next)
                    guard let head = body.tokens(in: clause).first(where: { token in
                        guard token.isCapitalized && Lexicon.isHeadSpelling(token) else { return false }
                        let rest = body.foldedText(token.range.lowerBound..<clause.upperBound) + " "
                        return Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords)
                    }) else { return nil }
                    range = body.trimmed(head.range.lowerBound..<clause.upperBound)
                }
                // "là X và Phó khối là Y": X stops before the next role.
                if let next = body.firstMatch(Self.role, in: range)?[0] {
                    let before = body.foldedText(range.lowerBound..<next.lowerBound)
                    guard before.hasSuffix(" va") || before.hasSuffix(" va don vi") else { return nil }
                    let cut = body.folded.slice(range.lowerBound..<next.lowerBound)
                    guard let va = cut.range(of: " va ", options: .backwards) else { return nil }
                    range = body.trimmed(range.lowerBound..<(range.lowerBound + cut.distance(from: cut.startIndex, to: va.lowerBound)))
                }
                return range.isEmpty ? nil : range
            }
            if !token.isCapitalized && token.lower == "được",
               Self.passiveHandover.isFound(in: body.foldedText(token.range.upperBound..<min(limit, token.range.upperBound + 25)) + " ") {
                handedOn = true
                index += 1
                continue
            }
            if !token.isCapitalized && Self.gapVerbs.contains(token.lower) { return nil }
            if body.firstMatch(Self.role, in: clampedRange(token.range.lowerBound, min(body.count, token.range.upperBound + 10)))?
                .first??.lowerBound == token.range.lowerBound { return nil }
            index += 1
        }
        return nil
    }

    /// The unit after "do", ended by a verb of taking the role in its clause.
    func unitTakingRole(from start: Int, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var end = start
        while end < sentence.upperBound, !",;".contains(body.characters[end]),
              !(body.characters[end] == "." && end + 1 < body.count && body.characters[end + 1] == " ") { end += 1 }
        let tokens = Array(body.tokens(in: start..<end))
        guard let first = tokens.first, first.isCapitalized, Lexicon.isHeadSpelling(first),
              Lexicon.opens(body.foldedText(first.range.lowerBound..<end) + " ", withOneOf: Lexicon.unitHeadWords)
                || ["tinh", "huyen", "xa", "phuong", "quan"].contains(first.key) else { return nil }
        for (index, token) in tokens.enumerated().dropFirst() where !token.isCapitalized {
            let words = tokens[index..<min(tokens.count, index + 2)].map(\.key).joined(separator: " ") + " "
            if Self.takingVerbs.contains(where: { words.hasPrefix($0 + " ") }) {
                let range = body.trimmed(first.range.lowerBound..<token.range.lowerBound)
                return range.isEmpty ? nil : range
            }
        }
        return nil
    }

    /// "Sở Văn hóa, Thể thao và Du lịch": the comma at the end of `range` is
    /// inside a name the gazetteer knows.
    static func continuesName(_ range: Range<Int>, in body: Passage, sentence: Range<Int>) -> Bool {
        var next = range.upperBound + 1
        while next < sentence.upperBound, !",;.".contains(body.characters[next]) { next += 1 }
        return MemberListRule.mergingSplitNames([range, (range.upperBound + 1)..<next], in: body).count == 1
    }

    /// The unit named just before the role, in its clause.
    func unitBefore(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let lead = body.foldedText(max(sentence.lowerBound, role.lowerBound - 14)..<role.lowerBound)
        if lead.hasSuffix("cho don vi") || lead.hasSuffix("cho") || lead.hasSuffix("bau") || lead.hasSuffix("bau don vi")
            || lead.hasSuffix("gioi thieu") { return nil }
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
        if coreWords.isEmpty {
            // "X (Trưởng khối)", "X, trưởng khối": the unit is the clause before.
            guard start > sentence.lowerBound, start - 1 >= 0, "(,".contains(body.characters[start - 1]) else { return nil }
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
                } else {
                    core = body.trimmed(core.lowerBound..<open)
                }
                start = core.lowerBound
            }
            if body.firstMatch(Self.role, in: core) != nil { return nil }
        } else if coreWords.allSatisfy({ ["la", "lam", "don", "vi", "nhiem", "vu", "nhan"].contains($0) }), start > sentence.lowerBound {
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
                } else {
                    core = body.trimmed(core.lowerBound..<open)
                }
                start = core.lowerBound
            }
            if body.firstMatch(Self.role, in: core) != nil { return nil }
        }
        // "do X làm": the unit comes after "do".
        let tokens = Array(body.tokens(in: core))
        var first = 0
        if let doIndex = tokens.lastIndex(where: { $0.key == "do" && !$0.isCapitalized }) { first = doIndex + 1 }
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
        for index in first..<tokens.count {
            // The folded rest of the clause, for capitalised words only.
            let rest = tokens[index].isCapitalized ? body.foldedText(tokens[index].range.lowerBound..<core.upperBound) + " " : ""
            let isHead = tokens[index].isCapitalized && Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords)
                && Lexicon.isHeadSpelling(tokens[index])
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
            let continuesHead = tokens.indices.contains(index - 2) && tokens[index - 2].isCapitalized
                && Lexicon.unitHeads.contains(twoBack)
            // "Ban Tổ chức Tỉnh ủy": a party committee ends a name rather than opening one.
            let endsName = firstHead != nil && Lexicon.opens(rest, withOneOf: Lexicon.trailingHeadWords)
                && !ByteSearch.contains(",", in: body.text(tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound))
            let opensName = !endsName && (index == first || (!tokens[index - 1].isCapitalized && !continuesHead)
                || body.text(tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound).contains(where: { !$0.isWhitespace }))
            if opensName { unitStart = tokens[index].range.lowerBound }
            if firstHead == nil { firstHead = tokens[index].range.lowerBound }
        }
        if !apposition, firstHead != nil { unitStart = firstHead }
        if unitStart == nil { unitStart = firstHead }
        guard let unitStart else { return nil }
        // Up to the first verb.
        var unitEnd = core.upperBound
        for token in tokens where token.range.lowerBound > unitStart {
            if !token.isCapitalized && Self.verbs.contains(token.lower) { unitEnd = token.range.lowerBound; break }
            let gap = body.text(max(unitStart, token.range.lowerBound - 3)..<token.range.lowerBound)
            if ByteSearch.contains(" - ", in: gap) || ByteSearch.contains(" – ", in: gap) { unitEnd = token.range.lowerBound; break }
        }
        let range = body.trimmed(unitStart..<unitEnd)
        return range.isEmpty ? nil : range
    }

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
            if depth == 0 && (character == "," || character == ";" || character == ":" || character == "\n") { return index + 1 }
            index -= 1
        }
        return sentence.lowerBound
    }

    /// Drops a person's name after the unit ("xã Kim Tân Quách Thị Tươi").
    func cleaned(_ found: Found<Member>, context: Context, date: Stamp?) -> Found<Member> {
        var member = found.value
        let words = member.text.split(separator: " ").map(String.init)
        if words.count >= 4 {
            for index in 1..<(words.count - 1) where Lexicon.surnames.contains(Folding.fold(words[index]))
                && words[index...].allSatisfy({ $0.first?.isUppercase ?? false })
                && (2...4).contains(words.count - index)
                && (words[(index - 1)].first?.isUppercase == true && words[index - 1] != words[index - 1].uppercased()
                    || ["tỉnh", "phố"].contains(TonePlacement.normalized(words[index - 1])))
                && context.gazetteer.places[Folding.key(words[index...].joined(separator: " "))] == nil {
                let unit = words[..<index].joined(separator: " ")
                member.text = UnitReader.localityName(folded: Folding.fold(unit), text: unit) ?? unit
                break
            }
        }
        return Found(member, found.range)
    }

    /// The head and deputy for the year: the ones handed over when the text
    /// hands the role over, else the first named. A holder named for a year
    /// before the pact's ("jefe del Clúster en 2022" in a 2023 pact) held it
    /// before, when another holder is named.
    func headAndDeputy(_ holders: [Holder], year: Int? = nil) -> (head: Found<Member>?, deputy: Found<Member>?) {
        func present(_ found: [Holder]) -> [Holder] {
            guard let year else { return found }
            let current = found.filter { ($0.year ?? year) >= year }
            return current.isEmpty ? found : current
        }
        let heads = present(holders.filter { !$0.isDeputy && !$0.isFormer })
        let deputies = present(holders.filter { $0.isDeputy && !$0.isFormer })
        return (Self.current(heads)?.member, Self.current(deputies)?.member)
    }

    /// The holder handed the role, else the one named for the latest year, else the first.
    static func current(_ holders: [Holder]) -> Holder? {
        let handedOver = holders.filter(\.isHandover)
        let holders = handedOver.isEmpty ? holders : handedOver
        let years = holders.compactMap(\.year)
        if let latest = years.max(), years.min() != latest { return holders.first { $0.year == latest } }
        return holders.first
    }

    /// "Trưởng cụm năm 2023 là ...": a year right after the role.
    static func year(near role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Int? {
        let after = body.foldedText(role.upperBound..<min(sentence.upperBound, role.upperBound + 40))
        guard let found = Self.yearAfterRole.firstRange(in: after) else { return nil }
        return Int(after[found].suffix(4))
    }
}
