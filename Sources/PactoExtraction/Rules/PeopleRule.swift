import Foundation
import PactoModel

/// Officials named in the body, with their title and role, in every order:
/// "đồng chí Lê Tuấn Định – Phó giám đốc Sở ...", "Giám đốc Sở TN&MT tỉnh
/// Long An - Võ Minh Thành", "ông Nguyễn Lưu Trung, Phó Chủ tịch UBND tỉnh",
/// "Phó Chủ tịch nước Võ Thị Ánh Xuân". "đồng chí", "ông", "bà", academic
/// titles and ranks are dropped; names only in captions or bylines are left out.
struct PeopleRule: Sendable {
    static let roleWords: [(String, Person.Role)] = [
        ("chủ trì", .chair), ("phát biểu", .speaker), ("cho biết", .speaker), ("nhấn mạnh", .speaker),
        ("chia sẻ", .speaker), ("đề nghị", .speaker), ("trình bày", .speaker), ("khẳng định", .speaker),
        ("điều hành", .chair), ("tổng hợp", .chair), ("kết luận", .chair), ("ký ", .signatory), ("tham dự", .attendee), ("đến dự", .attendee),
        ("dự hội nghị", .attendee), ("chứng kiến", .attendee), ("dự và", .attendee),
        ("presidió", .chair), ("preside la", .chair), ("dirigió la", .chair), ("intervención", .speaker), ("afirmó", .speaker),
        ("dijo", .speaker), ("reconoció", .speaker), ("habla", .speaker), ("asiste", .attendee),
        ("estuvieron presentes", .attendee), ("asistió", .attendee),
    ]

    func people(in context: Context, authors: [String], excluding lists: [Range<Int>] = []) -> [Found<Person>] {
        let body = context.body
        var people: [Found<Person>] = []
        var seen: Set<String> = []
        let authorKeys = Set(authors.map(Folding.fold))
        for name in names(in: body, context: context) {
            let key = Folding.fold(body.text(name.range))
            guard !seen.contains(key), !authorKeys.contains(key) else { continue }
            if body.isCaption(name.range.lowerBound) || body.isByline(name.range.lowerBound) { continue }
            if lists.contains(where: { $0.contains(name.range.lowerBound) }) { continue }
            seen.insert(key)
            let title = self.title(of: name.range, in: body)
            let role = self.role(of: name.range, in: body, context: context)
            people.append(Found(Person(name: body.text(name.range), title: title, role: role), name.range))
        }
        // A role stated in a caption about a person the body names.
        return people
    }

    struct NameSpan: Sendable { var range: Range<Int> }

    /// Runs of capitalised words that are names of people: after an
    /// honorific, or led by a family name (three words or more).
    func names(in passage: Passage, context: Context) -> [NameSpan] {
        var spans: [NameSpan] = []
        let tokens = passage.tokens
        var index = 0
        while index < tokens.count {
            // Honorific before the run ("đồng chí", "ông", "bà", "TSKH", "Thiếu tướng").
            var honorific = false
            var start = index
            // Two honorifics in a row ("PGS.TS", "Đại tá, TS."): both stand before the name.
            for _ in 0..<2 {
                let before = start
                for length in [2, 1] where start + length <= tokens.count {
                    // Most words start no honorific: ask before joining.
                    guard Lexicon.isHonorificFirstWord(tokens[start].key) else { break }
                    let words = length == 1 ? tokens[start].key : tokens[start].key + " " + tokens[start + 1].key
                    if Lexicon.honorifics.contains(words), PlaceFinder.isContiguous(tokens[start..<(start + length)], in: passage) {
                        honorific = true
                        start += length
                        break
                    }
                }
                if start == before { break }
            }
            guard start < tokens.count, tokens[start].isCapitalized, tokens[start].key.first?.isNumber != true else {
                index = max(index + 1, start)
                continue
            }
            // "có các đồng chí: A, Giám đốc ...; B, ...": each item of the list is a person.
            if !honorific, start > 0 {
                let gap = passage.text(tokens[start - 1].range.upperBound..<tokens[start].range.lowerBound)
                if ByteSearch.contains(":", in: gap) || ByteSearch.contains(";", in: gap) {
                    let sentence = passage.sentence(containing: tokens[start].range.lowerBound)
                    let lead = passage.foldedText(sentence.lowerBound..<tokens[start].range.lowerBound)
                    if ByteSearch.contains("cac dong chi", in: lead) || lead.hasSuffix("dong chi:") { honorific = true }
                }
            }
            var end = start
            // Up to five words of a name, after a place or a unit that may lead it ("Bình Phước Lê Thị Xuân
            // Trang", "Hội LHPN Việt Nam Nguyễn Thị Thu Hà").
            while end < tokens.count, tokens[end].isCapitalized, end - start < (honorific ? 5 : 9),
                  !passage.isArabic(tokens[end]),
                  end == start || PlaceFinder.isContiguous(tokens[(end - 1)...end], in: passage),
                  end == start || passage.text(tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound) == " ",
                  end == start || !ByteSearch.contains("–", in: passage.text(tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound)) {
                end += 1
            }
            let run = start..<end
            defer { index = max(end, index + 1) }
            guard run.count >= 2 else { continue }
            var nameStart = run.lowerBound
            if !honorific {
                // Led by a family name, after nothing capitalised but a place or a title.
                // "Hà Nam Nguyễn Văn An": a place first, then the name.
                // "Báo Quảng Ngãi Huỳnh Đức Minh": the place may follow a unit's first word.
                var from = run.lowerBound
                let leads = Self.titledUnitOpeners.contains(tokens[run.lowerBound].key) ? [run.lowerBound, run.lowerBound + 1] : [run.lowerBound]
                places: for lead in leads {
                    for length in stride(from: min(4, run.upperBound - lead - 2), through: 1, by: -1) where length > 0 {
                        let words = tokens[lead..<(lead + length)].map(\.key).joined(separator: " ")
                        if context.gazetteer.places[Folding.key(words)] != nil,
                           Lexicon.surnames.contains(tokens[lead + length].key) {
                            from = lead + length
                            break places
                        }
                    }
                }
                guard let surname = (from..<run.upperBound).first(where: { Lexicon.surnames.contains(tokens[$0].key) }) else { continue }
                nameStart = surname
                if nameStart > run.lowerBound {
                    let before = tokens[run.lowerBound..<nameStart].map(\.key).joined(separator: " ")
                    let isPlace = context.gazetteer.places[Folding.key(before)] != nil
                    // "Copresidieron la Conferencia Truong Tien Hung": the name after the meeting it attends.
                    guard isPlace || Lexicon.titles.contains(before) || Self.meetingWords.contains(before)
                        || isSentenceOpener(tokens[run.lowerBound], before: nameStart - run.lowerBound, in: passage)
                        || followsTitledUnit(tokens[nameStart].range.lowerBound, in: passage) else { continue }
                } else if Self.followsNamedUnitLead(run.lowerBound, in: tokens) {
                    // "Trường Chính trị Châu Văn Đặng": a school named after someone.
                    continue
                } else if run.lowerBound > 0, Lexicon.namedAfterPeople.contains(tokens[run.lowerBound - 1].lower),
                          !(tokens[run.lowerBound - 1].key == "pho" && run.lowerBound > 1 && tokens[run.lowerBound - 2].key == "thanh") {
                    // ("thành phố Huỳnh Đức Thơ" is the city's chairman, not a street.)
                    // "đường Trần Hưng Đạo", "trường Nguyễn Du": a place named after someone.
                    continue
                } else if run.lowerBound > 0 {
                    // "THPT Lê Duẩn", "PTCS Hoàng Anh": part of a unit's name.
                    let previous = tokens[run.lowerBound - 1]
                    let gap = passage.text(previous.range.upperBound..<tokens[run.lowerBound].range.lowerBound)
                    if previous.isCapitalized && gap == " " && !Lexicon.honorifics.contains(previous.key)
                        && !followsTitledUnit(tokens[run.lowerBound].range.lowerBound, in: passage) { continue }
                }
            }
            // "Nguyễn Văn Du Phó Chánh án": a title printed right after the name, without a comma, ends it.
            let nameEnd = nameStart + 2 < run.upperBound
                ? titleStart(in: (nameStart + 2)..<run.upperBound, of: tokens) ?? run.upperBound : run.upperBound
            if !honorific { guard nameEnd - nameStart >= 3 else { continue } }
            guard nameEnd - nameStart >= 2, nameEnd - nameStart <= 5 else { continue }
            let range = tokens[nameStart].range.lowerBound..<tokens[nameEnd - 1].range.upperBound
            let key = Folding.key(passage.text(range))
            if Lexicon.notNames.contains(key) || context.gazetteer.places[key] != nil { continue }
            let words = tokens[nameStart..<nameEnd]
            if words.contains(where: { $0.isAllCaps && $0.key.count > 1 }) && !words.allSatisfy(\.isAllCaps) { continue }
            // A unit's opening word inside the run ("Nguyễn Văn Sở Y tế" is no name); the last word
            // opens nothing when no capitalised word follows it ("Trần Văn Hội chủ trì").
            // Past its first word, a head spelt as a given name is one ("Phạm Phú Trường Giang").
            // ("Vũ Văn Phòng, Phó Chủ nhiệm": a word after a comma goes on with nothing.)
            let opensNext = nameEnd == run.upperBound && run.upperBound < tokens.count && tokens[run.upperBound].isCapitalized
                && passage.text(tokens[run.upperBound - 1].range.upperBound..<tokens[run.upperBound].range.lowerBound) == " "
            if words.dropLast(opensNext ? 0 : 1).enumerated().contains(where: { offset, word in
                Lexicon.unitHeads.contains(word.key) && !Lexicon.surnames.contains(word.key) && Lexicon.isHeadSpelling(word)
                    && !(offset > 0 && Lexicon.givenNameHeads.contains(word.lower))
            }) { continue }
            if Lexicon.titles.contains(where: { key.hasPrefix($0 + " ") || key == $0 }) { continue }
            // "Vụ Thi đua": a department, not "Vũ Thi".
            let next = passage.foldedText(clampedRange(range.upperBound, min(passage.count, range.upperBound + 5)))
            if next.hasPrefix(" dua") { continue }
            spans.append(NameSpan(range: range))
        }
        return spans
    }

    /// The first word in `words` that opens an official's title ("Phó Chánh án", "Trưởng phòng",
    /// "Phó Bí thư Thường trực"): ``Lexicon/titles``, or "Phó" before one of them, printed as a
    /// title is, with a word in lower case ("Khôi Phó" of "Vũ Đình Khôi Phó Chánh án" folds as "Khối phó" but is no title).
    func titleStart(in words: Range<Int>, of tokens: [Passage.Token]) -> Int? {
        words.first { index in
            var keys: [String] = []
            for next in index..<min(tokens.count, index + 4) {
                // "Vũ Thị Thành - Ủy viên": a title's words stand one space apart ("Thành ủy viên" is one).
                if next > index, tokens[next].range.lowerBound - tokens[next - 1].range.upperBound > 1 { break }
                keys.append(tokens[next].key)
                guard keys.count > 1, tokens[(index + 1)...next].contains(where: { !$0.isCapitalized }) else { continue }
                if Lexicon.titleSet.contains(keys.joined(separator: " ")) { return true }
                if keys.first == "pho", Lexicon.titleSet.contains(keys.dropFirst().joined(separator: " ")) { return true }
            }
            return false
        }
    }

    /// Meetings named right before the people who attend or chair them, in Spanish word order (folded).
    static let meetingWords: Set<String> = ["conferencia", "reunion", "ceremonia"]

    /// Units of two or three words often named after someone ("Trường Chính trị Lê Duẩn").
    static let namedUnitLeads: Set<String> = [
        "truong chinh tri", "truong dai hoc", "truong cao dang", "truong trung cap", "truong tieu hoc", "truong mam non",
        "truong thpt", "truong thcs", "truong ptdtnt", "hoc vien chinh tri", "benh vien da khoa", "escuela politica",
        "nha thi dau", "nha van hoa", "cung van hoa", "san van dong", "nha hat", "hospital general",
    ]

    static func followsNamedUnitLead(_ index: Int, in tokens: [Passage.Token]) -> Bool {
        (2...4).contains { count in
            index - count >= 0 && namedUnitLeads.contains(tokens[(index - count)..<index].map(\.key).joined(separator: " "))
        }
    }

    /// Words that open the name of the unit in an official's title ("Thứ trưởng Bộ Tư pháp",
    /// "viceministro de Justicia", "Chủ tịch UBND tỉnh").
    static let titledUnitOpeners: Set<String> = [
        "bo", "so", "ubnd", "uy", "ban", "cuc", "tong", "vien", "toa", "cong", "hoi", "lien", "mat", "tinh", "huyen",
        "thanh", "kho", "ngan", "de", "del", "bao",
    ]

    /// Units often named after someone ("Bệnh viện Nguyễn Tri Phương", "phường Lê Lợi"): the name after them is theirs.
    /// ("Phố", "Quảng" and "Hùng" fold as words of places: "thành phố", "Quảng Ngãi", "Hưng Yên".)
    static let namedAfterPeopleKeys: Set<String> = Set(Lexicon.namedAfterPeople.map(Folding.fold)).subtracting(["pho", "quang", "hung"]).union(["benh", "hospital", "colegio"])

    /// A name right after an official's title and its unit, with nothing else between
    /// ("Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tịnh", "El viceministro de Justicia Nguyen Thanh Tinh").
    /// Walks back over at most eight words of the clause to a unit's opening word right after a title.
    func followsTitledUnit(_ start: Int, in passage: Passage) -> Bool {
        let tokens = passage.tokens
        let name = passage.tokenIndex(atOrAfter: start)
        var opener = name - 1
        while opener > 0, name - opener <= 8 {
            let gap = passage.characters[tokens[opener].range.upperBound..<tokens[opener + 1].range.lowerBound]
            if gap.contains(where: { ",;:()".contains($0) }) { return false }
            let word = tokens[opener].key
            if Self.namedAfterPeopleKeys.contains(word) || Self.roleWordKeys.contains(word) { return false }
            if Self.titledUnitOpeners.contains(word), Self.titleLastWords.contains(tokens[opener - 1].key) {
                for length in 1...4 where opener - length >= 0 {
                    let words = tokens[(opener - length)..<opener].map(\.key).joined(separator: " ")
                    if Lexicon.titleSet.contains(words) { return true }
                }
            }
            opener -= 1
        }
        return false
    }

    /// The last word of each title ("doc" of "giám đốc"), asked before a title is joined.
    static let titleLastWords: Set<String> = Set(Lexicon.titles.compactMap { $0.split(separator: " ").last.map(String.init) })
    /// Verbs that end a title's unit ("dự", "chủ trì", "phát biểu", "asistió"): a name after them is not the title's.
    static let roleWordKeys: Set<String> = ["du", "ky", "tri", "bieu", "cung", "asistio", "presidio", "dijo", "afirmo"]

    /// A word capitalised only because it opens the sentence, right before
    /// a name ("Asistió Tran Quoc Hung", "Según Ha Van Thach"); not a word that
    /// names a street, school or unit after someone ("Đường Trần Hưng Đạo").
    func isSentenceOpener(_ token: Passage.Token, before count: Int, in passage: Passage) -> Bool {
        // (A sentence after another one of its block opens after the space that follows the stop.)
        count == 1 && token.range.lowerBound == passage.trimmed(passage.sentence(containing: token.range.lowerBound)).lowerBound
            && !Lexicon.namedAfterPeople.contains(token.lower) && !Lexicon.unitHeads.contains(token.key)
    }

    /// The title printed with the name: after it (", Giám đốc Sở ...") or
    /// before it ("Giám đốc Sở ... - Võ Minh Thành", "Phó Chủ tịch nước ...").
    func title(of name: Range<Int>, in passage: Passage) -> String? {
        let sentence = passage.sentence(containing: name.lowerBound)
        let after = passage.folded.slice(clampedRange(name.upperBound, min(sentence.upperBound, name.upperBound + 3)))
        if after.hasPrefix(",") || after.hasPrefix(" -") || after.hasPrefix(" –") || after.hasPrefix(" (") {
            let start = name.upperBound + (after.hasPrefix(",") ? 1 : 2)
            var end = start
            while end < sentence.upperBound, !";.()".contains(passage.characters[end]) { end += 1 }
            let range = passage.trimmed(start..<end)
            let candidate = passage.foldedText(range)
            if Lexicon.titles.contains(where: { candidate.hasPrefix($0) }) || candidate.hasPrefix("pho ")
                || candidate.hasPrefix("truong ") || candidate.hasPrefix("uy vien") || candidate.hasPrefix("thanh vien") {
                return cutTitle(passage.text(range))
            }
        }
        // Before the name: back to the clause start.
        var end = name.lowerBound
        while end > sentence.lowerBound, passage.characters[end - 1] == " " { end -= 1 }
        if end > sentence.lowerBound, ",-–".contains(passage.characters[end - 1]) { end -= 1 }
        var start = end
        while start > sentence.lowerBound, !",;:.(".contains(passage.characters[start - 1]) { start -= 1 }
        let range = passage.trimmed(start..<end)
        var text = passage.text(range)
        for honorific in ["đồng chí", "Đồng chí", "ông", "Ông", "bà", "Bà", "TSKH", "các đồng chí"] where text.hasSuffix(" " + honorific) || text == honorific {
            text = String(text.dropLast(honorific.count)).trimmingCharacters(in: .whitespaces)
        }
        let folded = Folding.fold(text)
        // The longest title first: "vicepresidenta", not "presidenta" inside it.
        for title in Lexicon.titlesLongestFirst {
            if let offset = ByteSearch.offset(of: title, in: folded) {
                let slice = String(text.dropFirst(offset)).trimmingCharacters(in: CharacterSet(charactersIn: " -–,"))
                return slice.isEmpty ? nil : slice
            }
        }
        return nil
    }

    /// A title stops before the verb that follows it.
    func cutTitle(_ text: String) -> String {
        let folded = TonePlacement.normalized(text)
        var cut = text.count
        for verb in [" chủ trì", " phát biểu", " cho biết", " nhấn mạnh", " đến dự", " đã ", " cùng đại diện", " đề nghị",
                     " chia sẻ", " đại diện", " - đơn vị", " – đơn vị", " trình bày", " báo cáo", " khẳng định", " và đại diện", " ký ", " và các ", " cùng các ", ", đồng chí", ", ông ", ", bà ",
                     "; đồng chí", " tham dự", ", dijo", " dijo", ", afirmó", " afirmó", " señaló", " destacó", " subrayó",
                     " expresó", " informó", " presidió", " asistió", ", quien"] {
            if let offset = ByteSearch.offset(of: verb, in: folded) {
                cut = min(cut, offset)
            }
        }
        return String(text.prefix(cut)).trimmingCharacters(in: CharacterSet(charactersIn: " ,-–"))
    }

    func role(of name: Range<Int>, in passage: Passage, context: Context) -> Person.Role? {
        let sentence = passage.sentence(containing: name.lowerBound)
        let after = TonePlacement.normalized(passage.text(clampedRange(name.upperBound, min(sentence.upperBound, name.upperBound + 160))))
        let before = TonePlacement.normalized(passage.text(max(sentence.lowerBound, name.lowerBound - 60)..<name.lowerBound))
        var best: (Int, Person.Role)?
        for (word, role) in Self.roleWords {
            if let distance = ByteSearch.offset(of: word, in: after) {
                if best == nil || distance < best?.0 ?? .max { best = (distance, role) }
            }
        }
        if let best { return best.1 }
        // "Tham dự hội nghị có đồng chí A, ...; đồng chí B, ...": everyone listed attends.
        let opening = TonePlacement.normalized(passage.text(sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 40)))
        if ["tham dự", "dự hội nghị", "đến dự", "về dự", "estuvieron presentes", "asistieron"].contains(where: { opening.hasPrefix($0) }) {
            return .attendee
        }
        for (word, role) in Self.roleWords where ByteSearch.contains(word, in: before) { return role }
        return nil
    }
}
