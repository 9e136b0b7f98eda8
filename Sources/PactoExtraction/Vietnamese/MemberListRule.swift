import Foundation
import PactoModel

/// The members a text lists, in all the shapes of these reports: after
/// "gồm" / "bao gồm" (with or without a colon and a count), after "N tỉnh:",
/// in brackets, separated by commas or semicolons, the last joined by "và".
struct MemberListRule: Sendable {
    static let intro = Pattern(#"(?<![a-z])(bao gom|gom co|gom)(?![a-z])"#)
    /// "Tham gia cụm có Công an các tỉnh …", "Cụm có 6 phường thành viên là …": the cluster "has" its members.
    /// "Tham gia ký kết có Công an các huyện …": those who sign.
    static let hasIntro = Pattern(#"(?<![a-z])(?:(?:cum|khoi)(?: thi dua)?(?: so [0-9ivx]+)?|tham gia ky ket|tham gia ky giao uoc|ky ket giao uoc thi dua(?: nam \d{4})?) (co)(?= )"#)
    /// "gồm 6 đơn vị, trong đó có A và B": only some of them named (folded, with the space after).
    static let partialMarkers = ["trong do co ", "trong do "]
    /// Every match ends at its colon, some 70 characters after its count at most.
    static let countColon = Pattern(#"(?<![\w/])(\d{1,2}|cac)\s+(tinh|huyen|xa|phuong|don vi|thanh vien|so|co quan|truong)(?:[^.:;\n]{0,50}):"#)
    /// "Cụm thi đua của 7 tỉnh miền Đông Nam Bộ (Bình Phước, Bình Dương, ...)":
    /// a cluster or bloc, its count, and the names in brackets. Every match ends at its bracket.
    static let countBracket = Pattern(#"(?<![a-z])(?:cum|khoi)(?: thi dua)?(?: so [0-9ivx]+)?(?: cua| gom| cac)?\s+(\d{1,2})\s+(?:tinh|huyen|xa|phuong|don vi|thanh vien|so|co quan|truong)(?![a-z])[^.:;()\n]{0,40}\("#)
    /// Words before "gồm" that make the list one of documents or contents.
    static let notMembers = ["noi dung", "du thao", "van ban", "ho so", "chi tieu", "tieu chi", "giai phap", "chuong trinh", "hoat dong"]
    /// Words between "gồm" and the first name that only describe the list.
    static let descriptors: Set<String> = [
        "cac", "tinh", "thanh", "pho", "huyen", "xa", "phuong", "don", "vi", "co", "quan", "la", "gom", "thanh vien",
        "vien", "so", "truong", "nhung", "sau", "toan", "the", "cap", "tp", "thi", "tran", "khu", "luc", "dong",
        "bang", "song", "hong", "mien", "tay", "nam", "bac", "trung", "du", "nui", "phia", "nganh",
        // counts in words ("bốn xã")
        "hai", "ba", "bon", "tu", "sau", "bay", "tam", "chin", "muoi", "muoi mot", "muoi hai",
        // kinds of unit ("gồm 8 doanh nghiệp là …")
        "doanh", "nghiep", "benh", "ngan", "hang",
    ]
    /// Words that end a list: the verb that follows it.
    static let stops: Set<String> = [
        "đã", "do", "cùng", "làm", "ký", "kí", "được", "tiến", "đang", "trong", "phát", "tổng", "sơ", "thực", "vừa",
        "nhằm", "với", "tham", "đều", "chủ", "về", "tại", "họp", "tổ", "đạt", "thống", "sẽ", "thuộc",
        "luân", "là", "đăng", "cam", "quyết", "đồng",
    ]
    /// Stop words that stop only before their second word ("tổ chức", not "Cục thống kê").
    static let stopPairs: [String: Set<String>] = [
        "tổ": ["chức"], "thống": ["nhất"], "đồng": ["thời", "ý", "chí"], "cam": ["kết"], "quyết": ["tâm", "định"],
        "tiến": ["hành"], "đăng": ["cai", "ký"], "luân": ["phiên"], "chủ": ["trì", "động"], "tham": ["gia", "dự"],
        "thực": ["hiện"], "phát": ["động", "biểu"], "tổng": ["kết"], "sơ": ["kết"],
    ]

    /// "các tỉnh" before the first name of a list.
    /// "các huyện, thị xã, thành phố" before the first name: the kinds of locality listed.
    static let countedNoun = TextPattern(#"^[^,;:.]{0,50}?(?<![a-z])cac (?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho|thi tran|thanh)(?:(?:,| va|, va) (?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho|thi tran|thanh))* (?=\S)"#)

    func members(in context: Context, date: Stamp?) -> (members: [Found<Member>], range: Range<Int>)? {
        let body = context.body
        var starts: [(intro: Range<Int>, after: Int)] = []
        for match in body.matches(Self.intro) {
            if let whole = match[0] { starts.append((whole, whole.upperBound)) }
        }
        for match in body.matches(Self.hasIntro) {
            if let word = match[1] { starts.append((word, word.upperBound)) }
        }
        for match in body.matches(Self.countColon) {
            if let whole = match[0] { starts.append((whole, whole.upperBound)) }
        }
        for match in body.matches(Self.countBracket) {
            if let whole = match[0], let count = match[1] { starts.append((count.lowerBound..<whole.upperBound, whole.upperBound)) }
        }
        starts.sort { $0.intro.lowerBound < $1.intro.lowerBound }
        for start in starts {
            let before = String(body.folded.slice(max(0, start.intro.lowerBound - 45)..<start.intro.lowerBound))
            if Self.notMembers.contains(where: { ByteSearch.contains($0, in: before) }) { continue }
            guard let list = self.list(after: start.after, introStart: start.intro.lowerBound, in: body, context: context, date: date),
                  list.members.count >= 2 else { continue }
            return list
        }
        return nil
    }

    /// "4 tỉnh Sóc Trăng, An Giang, Trà Vinh, Cà Mau đạt ...": provinces
    /// named one after another after a count, all known to the gazetteer.
    static let countedProvinces = Pattern(#"(?<![\w/.,])\d{1,2}\s+(?:tinh|tinh, thanh pho|tinh, thanh)\s+(?=[^\s,.])"#)

    func provinceRun(in context: Context, date: Stamp?, ofProvinces: Bool = false) -> (members: [Found<Member>], range: Range<Int>)? {
        let body = context.body
        // In a cluster of provinces ("Cụm thi đua các tỉnh Tây Bắc"), any run
        // of three provinces or more also names members.
        let starts = body.matches(Self.countedProvinces).compactMap { $0[0] }.map { ($0, 2) }
            + (ofProvinces ? context.places.filter { !$0.isCity }.map { ($0.range.lowerBound..<$0.range.lowerBound, 3) } : [])
        for (whole, least) in starts {
            var end = whole.upperBound
            var places: [PlaceMention] = []
            for place in context.places where place.range.lowerBound >= end {
                let gap = body.folded.slice(end..<place.range.lowerBound)
                guard gap.isEmpty || gap == ", " || gap == " va " || gap == ", va " else { break }
                guard !place.isCity else { break }
                places.append(place)
                end = place.range.upperBound
            }
            guard places.count >= least else { continue }
            let members = places.map { place in
                Found(Member(text: body.text(place.range), province: context.gazetteer.canonical(place.province, on: date)), place.range)
            }
            return (members, whole.upperBound..<end)
        }
        return nil
    }

    func list(after start: Int, introStart: Int, in body: Passage, context: Context, date: Stamp?)
        -> (members: [Found<Member>], range: Range<Int>)? {
        let sentence = body.sentence(containing: start)
        var listStart = start
        var nameStart = start
        // A colon soon after "gồm" opens the list.
        let lookahead = body.folded.slice(clampedRange(start, min(sentence.upperBound, start + 95)))
        if let colon = lookahead.firstIndex(of: ":"),
           !lookahead[lookahead.startIndex..<colon].contains("."), !lookahead[lookahead.startIndex..<colon].contains(")") {
            listStart = start + lookahead.distance(from: lookahead.startIndex, to: colon) + 1
            nameStart = listStart
        } else if let marker = lookahead.range(of: ", " + Self.partialMarkers[0]), !lookahead[..<marker.lowerBound].contains(",") {
            // "gồm 10 doanh nghiệp thuộc Tổng công ty, trong đó có A và B": the names after the marker.
            listStart = start + lookahead.distance(from: lookahead.startIndex, to: marker.upperBound)
            nameStart = listStart
        } else {
            // Else skip the words that describe the list up to the first name.
            var index = body.tokenIndex(atOrAfter: start)
            while index < body.tokens.count {
                let token = body.tokens[index]
                if token.isCapitalized && !body.isArabic(token) { break }
                let rest = body.foldedText(token.range.lowerBound..<min(sentence.upperBound, token.range.lowerBound + 12))
                if let marker = Self.partialMarkers.first(where: { rest.hasPrefix($0) }) {
                    index = body.tokenIndex(atOrAfter: token.range.lowerBound + marker.count)
                    listStart = token.range.lowerBound + marker.count
                    continue
                }
                guard Self.descriptors.contains(token.key) || body.isArabic(token) else { return nil }
                let gap = body.text(listStart..<token.range.lowerBound)
                if ByteSearch.contains(".", in: gap) || ByteSearch.contains(";", in: gap) { return nil }
                index += 1
                listStart = token.range.upperBound
            }
            nameStart = listStart
            // "thành phố Kon Tum", "huyện Đăk Hà": keep the locality word with its name.
            if index > 0, index < body.tokens.count {
                let previous = body.tokens[index - 1]
                let two = index > 1 ? body.tokens[index - 2].key + " " + previous.key : ""
                if ["huyen", "xa", "phuong", "quan"].contains(previous.key), previous.range.lowerBound >= start {
                    listStart = previous.range.lowerBound
                } else if ["thanh pho", "thi xa", "thi tran"].contains(two), body.tokens[index - 2].range.lowerBound >= start {
                    listStart = body.tokens[index - 2].range.lowerBound
                }
            }
        }
        var descriptor = body.foldedText(max(0, introStart - 40)..<nameStart)
        // "gồm Liên đoàn Lao động các tỉnh Lào Cai, Yên Bái ...": the names start after "các tỉnh".
        let head = body.folded.slice(listStart..<min(body.count, listStart + 80))
        if let found = Self.countedNoun.firstRange(in: head) {
            let offset = head.distance(from: head.startIndex, to: found.upperBound)
            if offset < head.count, body.characters[listStart + offset].isUppercase, !head[found].contains(" va ") {
                descriptor += " " + String(head[found])
                listStart += offset
            }
        }
        let scope: UnitReader.Scope
        if ["huyen", " xa", "phuong"].contains(where: { ByteSearch.contains($0, in: descriptor) }) {
            scope = .localities
        } else if ["tinh", "thanh pho", "provincia"].contains(where: { ByteSearch.contains($0, in: descriptor) }) {
            scope = .provinces
        } else {
            scope = .units
        }
        // "gồm 7 đơn vị (A, B, ...)": the names are in brackets.
        var bracketed = ByteSearch.contains("(", in: body.text(max(0, introStart - 2)..<introStart))
        while listStart < body.count, body.characters[listStart] == " " || body.characters[listStart] == "(" {
            if body.characters[listStart] == "(" { bracketed = true }
            listStart += 1
        }
        var end = listEnd(from: listStart, in: body, inBrackets: bracketed)
        // "gồm 5 xã: A, B, C và D; xã A là Cụm trưởng": a list parted by commas ends at a semicolon.
        if let semicolon = body.characters[listStart..<end].firstIndex(of: ";"),
           Self.topLevelCommas(in: listStart..<semicolon, of: body) >= 2 {
            end = semicolon
        }
        let range = body.trimmed(listStart..<end)
        guard !range.isEmpty else { return nil }
        let reader = UnitReader(context: context, date: date)
        // "… và 5 công ty khác": the others counted, not named.
        let items = Self.split(range, in: body, scope: scope).compactMap { item -> Range<Int>? in
            let words = Array(body.tokens(in: item))
            guard words.last?.lower == "khác",
                  let count = words.firstIndex(where: body.isArabic) else { return item }
            guard count > 0, words[count - 1].lower == "và" else { return nil }
            return body.trimmed(item.lowerBound..<words[count - 1].range.lowerBound)
        }
        let members = items.flatMap { Self.nested(in: $0, of: body, scope: scope) }.compactMap { reader.member($0.item, in: body, scope: $0.scope) }
        return (members, range)
    }

    /// "LĐLĐ 4 huyện (Quỳnh Lưu, Diễn Châu, Yên Thành)": an item that counts
    /// units of one kind and names them in brackets stands for those names.
    static let nestedCount = TextPattern(#"(?<![a-z])(?:\d{1,2}|cac|hai|ba|bon|nam|sau|bay|tam|chin|muoi) (tinh|huyen|xa|phuong|quan|thi xa|thanh pho|don vi|chi nhanh|truong|so)(?![a-z])[^()]{0,30}\($"#)

    static func nested(in item: Range<Int>, of body: Passage, scope: UnitReader.Scope) -> [(item: Range<Int>, scope: UnitReader.Scope)] {
        guard let open = body.characters[item].firstIndex(of: "("), let close = body.characters[item].lastIndex(of: ")"), open < close,
              case let before = body.alignedText(max(item.lowerBound, open - 45)..<(open + 1)),
              let found = nestedCount.firstRange(in: before) else { return [(item, scope)] }
        let kind = before[found].split(separator: " ").dropFirst().prefix(2).map(String.init)
        let inner: UnitReader.Scope = ["huyen", "xa", "phuong", "quan"].contains(kind.first ?? "") || kind == ["thi", "xa"] ? .localities
            : kind.first == "tinh" ? .provinces : scope
        let names = split(body.trimmed((open + 1)..<close), in: body, scope: inner)
        guard names.count >= 2 else { return [(item, scope)] }
        return names.map { ($0, inner) }
    }

    /// The commas outside brackets.
    static func topLevelCommas(in range: Range<Int>, of body: Passage) -> Int {
        var depth = 0
        var commas = 0
        for character in body.characters[range] {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if character == ",", depth == 0 { commas += 1 }
        }
        return commas
    }

    /// Where the list stops: the sentence's end, a closing bracket, or the verb after it.
    func listEnd(from start: Int, in body: Passage, inBrackets: Bool) -> Int {
        var depth = 0
        var index = start
        let sentence = body.sentence(containing: start)
        let limit = min(body.count, max(sentence.upperBound, start + 1), start + 700)
        var tokenIndex = body.tokenIndex(atOrAfter: start)
        var sawName = false
        while index < limit {
            let character = body.characters[index]
            if character == "(" { depth += 1 }
            let isNumbering = (character == ")" || character == ".") && Passage.closesNumbering(body.characters, at: index)
            if character == ")", !isNumbering {
                if depth == 0 { return index }
                depth -= 1
            }
            if depth == 0, character == "\n" || character == "." && !isNumbering && index + 1 < body.count
                && (body.characters[index + 1] == " " || body.characters[index + 1] == "\n") {
                return index
            }
            while tokenIndex < body.tokens.count, body.tokens[tokenIndex].range.upperBound <= index { tokenIndex += 1 }
            if depth == 0, tokenIndex < body.tokens.count, body.tokens[tokenIndex].range.lowerBound == index {
                let token = body.tokens[tokenIndex]
                if token.isCapitalized { sawName = true }
                if sawName, !token.isCapitalized, Self.stops.contains(token.lower) {
                    let next = tokenIndex + 1 < body.tokens.count ? body.tokens[tokenIndex + 1].lower : ""
                    // "tổ chức" ends it; "Cục thống kê" does not.
                    let previous = tokenIndex > 0 ? body.tokens[tokenIndex - 1].lower : ""
                    let isNoun = token.lower == "tổ" && (previous == "các" || previous == "những")
                    if !isNoun, Self.stopPairs[token.lower].map({ $0.contains(next) }) ?? true { return index }
                }
            }
            index += 1
        }
        return index
    }

    /// The items: split at commas (or semicolons when the list uses them)
    /// outside brackets, and at a "và" that joins two names.
    static func split(_ range: Range<Int>, in body: Passage, scope: UnitReader.Scope) -> [Range<Int>] {
        let text = body.characters[range]
        var depth = 0
        var semicolons = false
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if character == ";" && depth == 0 { semicolons = true }
        }
        let separator: Character = semicolons ? ";" : ","
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        depth = 0
        for index in range {
            let character = body.characters[index]
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if depth == 0 && character == separator {
                pieces.append(start..<index)
                start = index + 1
            }
        }
        pieces.append(start..<range.upperBound)
        // "01. Sở Y tế …; 02. …", "1) la Policía de …; 2) …, y 3) …": the numbers part the items.
        let numbers = body.matches(numbering, in: range).compactMap { $0[1] }
        if numbers.count >= 2 {
            return zip(numbers, numbers.dropFirst().map(\.lowerBound) + [range.upperBound]).compactMap { number, next in
                var end = next
                while end > number.upperBound, " ,;".contains(body.characters[end - 1]) { end -= 1 }
                let tokens = body.tokens(in: number.upperBound..<end)
                if let last = tokens.last, ["y", "e", "va"].contains(last.key), !last.isCapitalized { end = last.range.lowerBound }
                let item = body.trimmed(number.upperBound..<end, also: [",", ";"])
                return item.isEmpty ? nil : item
            }
        }
        // Split at "và" first, so that the last name of "A, B và C" can be merged too.
        var items: [Range<Int>] = []
        for piece in pieces {
            items += splitAtAnd(droppingNumber(body.trimmed(piece), in: body), in: body, scope: scope)
        }
        return mergingSplitNames(items.filter { !$0.isEmpty }, in: body)
    }

    /// An item without the number that opens it ("2. Sở Nội vụ" → "Sở Nội vụ").
    static func droppingNumber(_ range: Range<Int>, in body: Passage) -> Range<Int> {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 2, body.characters[index].isASCII, body.characters[index].isNumber { index += 1 }
        guard index > range.lowerBound, index + 1 < range.upperBound, ".)".contains(body.characters[index]),
              body.characters[index + 1] == " " else { return range }
        return body.trimmed((index + 2)..<range.upperBound)
    }

    /// A number before an item, at the list's start or after a separator: "01. ", "2) " (the marker is group 1).
    static let numbering = Pattern(#"(?:^|[:;,]|\s(?:y|e|va))\s*(\d{1,2}\s?[.)]\s)"#)

    /// "Sở Văn hóa, Thể thao và Du lịch": a name with a comma inside, known
    /// from the gazetteer's ministries, is put back together.
    static func mergingSplitNames(_ pieces: [Range<Int>], in body: Passage) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for piece in pieces {
            if let last = merged.last {
                let joined = Folding.key(body.text(last.lowerBound..<piece.upperBound))
                let field = joined.split(separator: " ").dropFirst().joined(separator: " ")
                // The field whole or begun ("Văn hóa, Thể thao"), or whole and followed by its place
                // when the piece before ended inside it.
                let lastField = Folding.key(body.text(last)).split(separator: " ").dropFirst().joined(separator: " ")
                if !field.isEmpty, Self.commaFields.contains(where: { fieldName in
                    fieldName.hasPrefix(field)
                        || field.hasPrefix(fieldName + " ") && fieldName.hasPrefix(lastField + " ") && !lastField.isEmpty
                }),
                   !Folding.key(body.text(piece)).hasPrefix("so ") {
                    merged[merged.count - 1] = last.lowerBound..<piece.upperBound
                    continue
                }
            }
            merged.append(piece)
        }
        return merged
    }

    /// Fields of ministries whose names hold a comma ("văn hóa thể thao và du lịch"), folded.
    static let commaFields: [String] = Gazetteer.standard.ministries.compactMap { ministry in
        guard ministry.name.contains(",") else { return nil }
        return Folding.key(ministry.name).split(separator: " ").dropFirst().joined(separator: " ")
    }

    /// A name's first word and the lower-case words after it, folded: "cong ty" of "Công ty Điện lực",
    /// "agribank" of "Agribank Thạch Hà", "ldld huyen" of "LĐLĐ huyện Quỳnh Lưu".
    static func head(_ tokens: ArraySlice<Passage.Token>) -> String {
        guard let first = tokens.first else { return "" }
        return ([first.key] + tokens.dropFirst().prefix { !$0.isCapitalized }.map(\.key)).joined(separator: " ")
    }

    static func splitAtAnd(_ piece: Range<Int>, in body: Passage, scope: UnitReader.Scope) -> [Range<Int>] {
        let tokens = Array(body.tokens(in: piece))
        // Spanish "y" joins names only in Spanish text ("Hội Đông y tỉnh" is one name);
        // the language is guessed only when a "y" comes.
        lazy var spanish = LanguageIdentifier.identify(body.text(piece), among: [.vietnamese, .spanish]) == .spanish
            || !body.text(piece).unicodeScalars.contains { (0x1EA0...0x1EF9).contains($0.value) || [0x0111, 0x0110, 0x01A1, 0x01B0, 0x0103].contains($0.value) }
        for (index, token) in tokens.enumerated() where (token.key == "va" || token.key == "y" && spanish) && !token.isCapitalized && index > 0 {
            var next = index + 1
            // Words between "và"/"y" and the next name: "các", Spanish articles and "a" ("y a la Policía de X").
            while next < tokens.count, !tokens[next].isCapitalized,
                  ["cac", "la", "el", "los", "las", "al", "a", "del", "de"].contains(tokens[next].key) { next += 1 }
            guard next < tokens.count else { continue }
            let rest = body.foldedText(tokens[next].range.lowerBound..<piece.upperBound)
            let opensUnit = tokens[next].isCapitalized && !rest.hasPrefix("xa hoi") && Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords)
                && !(tokens[next].isAllCaps && !["ubnd", "ldld", "thpt", "thcs", "ubmttq"].contains(tokens[next].key))
                // Spanish: "y al Hospital X", "y la Comisión Y", "y al distrito de Z" (lower case after an article).
                || token.key == "y" && (tokens[next].isCapitalized || next > index + 1) && HeadCues.spanish.unitWords.contains(tokens[next].key)
                // "… del Gobierno y la Auditoría del Estado": an article after "y" opens another name.
                || token.key == "y" && tokens[next].isCapitalized && ["la", "el", "los", "las", "al"].contains(tokens[index + 1].key)
            let opensLocality = ["huyện", "xã", "phường", "thành", "quận", "thị", "tỉnh"].contains(tokens[next].lower) && !rest.hasPrefix("xa hoi")
                // "LĐLĐ huyện A và LĐLĐ huyện B", "TAND huyện A và TAND huyện B": the same head again.
                || tokens[next].isCapitalized && index > 1 && Self.head(tokens[...]) == Self.head(tokens[next...])
            let shortName = scope != .units && tokens[next...].allSatisfy(\.isCapitalized) && tokens.count - next <= 4
                || Gazetteer.standard.places[Folding.key(body.text(tokens[next].range.lowerBound..<piece.upperBound))]?.isCity == false
            if opensUnit || opensLocality || shortName {
                // "Departamento de Agricultura y Medio Ambiente": the "y" inside a name the gazetteer knows.
                if let name = tokens.first(where: \.isCapitalized)?.range.lowerBound, name < token.range.lowerBound,
                   let known = Gazetteer.standard.body(opening: body.text(name..<piece.upperBound)),
                   name + known.length > token.range.upperBound { continue }
                let left = body.trimmed(piece.lowerBound..<token.range.lowerBound)
                let right = body.trimmed(token.range.upperBound..<piece.upperBound)
                // "A y B y al distrito de C": the part before may join two names too.
                return splitAtAnd(left, in: body, scope: scope) + splitAtAnd(right, in: body, scope: scope)
            }
        }
        return [piece]
    }
}
