import Foundation
import PactoModel

/// How a list of members is parted into its items: commas or semicolons
/// outside brackets, numbers before items, and a "và" / "y" that joins two names.
extension MemberListRule {
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
        if semicolons { pieces = pieces.flatMap { unitsAtCommas($0, in: body) } }
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
        // Items that open with an article and a capitalised name ("la Asociación …", not "los distritos de …").
        let articled = pieces.filter { piece in
            let tokens = body.tokens(in: body.trimmed(piece)).filter { !["y", "e"].contains($0.key) }.prefix(2)
            return opensWithArticle(body.trimmed(piece), in: body) && tokens.count == 2 && tokens.last?.isCapitalized == true
        }.count >= 2
        var items: [Range<Int>] = []
        for piece in pieces {
            items += splitAtAnd(droppingNumber(body.trimmed(piece), in: body), in: body, scope: scope, articled: articled)
        }
        return mergingNamesEndingInPlace(
            mergingKnownBodies(mergingSplitNames(items.filter { !$0.isEmpty }, in: body), in: body, upTo: range.upperBound), in: body)
    }

    /// "el Colegio Universitario de Cultura, Artes y Turismo de Nha Trang", "Trường CĐ Văn hóa, Nghệ thuật
    /// và Du lịch Nha Trang": after a comma, a piece that opens no unit and ends at a place the gazetteer
    /// knows goes on with the unit before it, whose name ended at no place ("las provincias de Long An,
    /// Tien Giang" stay two).
    static func mergingNamesEndingInPlace(_ items: [Range<Int>], in body: Passage) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for item in items {
            if let last = merged.last, body.text(last.upperBound..<item.lowerBound).trimmingCharacters(in: .whitespaces) == ",",
               let first = body.tokens(in: item).first, first.isCapitalized,
               !opensAnyUnit(body.foldedText(item) + " "), endsAtPlace(item, in: body),
               Gazetteer.standard.places[Folding.key(body.text(item))] == nil,
               let opening = body.tokens(in: last).first(where: \.isCapitalized),
               opensAnyUnit(body.foldedText(opening.range.lowerBound..<last.upperBound) + " "), !endsAtPlace(last, in: body) {
                merged[merged.count - 1] = last.lowerBound..<item.upperBound
                continue
            }
            merged.append(item)
        }
        return merged
    }

    static func opensAnyUnit(_ folded: String) -> Bool {
        Lexicon.opens(folded, withOneOf: Lexicon.unitHeadWords) || HeadCues.spanish.unitWords.contains { folded.hasPrefix($0 + " ") }
    }

    /// The last one to three words of `range` are capitalised and name a place.
    static func endsAtPlace(_ range: Range<Int>, in body: Passage) -> Bool {
        let tokens = Array(body.tokens(in: range))
        return (1...3).contains { count in
            count < tokens.count && tokens.suffix(count).allSatisfy(\.isCapitalized)
                && Gazetteer.standard.places[tokens.suffix(count).map(\.key).joined(separator: " ")] != nil
        }
    }

    /// "el Departamento de Cultura, Deportes y Turismo": an item that opens a
    /// body the gazetteer knows, whose name runs on over the commas (and the
    /// "y") that parted it, takes the items its name covers back.
    static func mergingKnownBodies(_ items: [Range<Int>], in body: Passage, upTo end: Int) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        var index = 0
        while index < items.count {
            var item = items[index]
            index += 1
            // Only a Spanish unit word before, and a capitalised word that opens no unit after ("Deportes").
            guard index < items.count, body.characters[item.upperBound..<items[index].lowerBound].contains(","),
                  let first = body.tokens(in: item).first(where: \.isCapitalized), HeadCues.spanish.unitWords.contains(first.key),
                  let next = body.tokens(in: items[index]).first, next.isCapitalized, !HeadCues.spanish.unitWords.contains(next.key),
                  let known = Gazetteer.standard.body(opening: body.text(first.range.lowerBound..<min(end, first.range.lowerBound + 90))),
                  first.range.lowerBound + known.length > items[index].lowerBound else {
                merged.append(item)
                continue
            }
            while index < items.count, items[index].lowerBound < first.range.lowerBound + known.length {
                item = item.lowerBound..<max(item.upperBound, items[index].upperBound)
                index += 1
            }
            merged.append(item)
        }
        return merged
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
                // The field printed without its head word ("gồm: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch").
                if !field.isEmpty, Self.commaFields.contains(where: { fieldName in
                    fieldName.hasPrefix(field) || fieldName.hasPrefix(joined)
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

    /// "Vietcombank Hà Tĩnh và BIDV Hà Tĩnh": two capitalised names, each a
    /// unit's name before the same place the gazetteer knows.
    static func endsAtSamePlace(_ left: ArraySlice<Passage.Token>, _ right: [Passage.Token]) -> Bool {
        guard let last = right.last, last.isCapitalized, left.last?.key == last.key else { return false }
        for count in 1...3 where left.count > count && right.count > count {
            let place = right.suffix(count)
            guard place.allSatisfy(\.isCapitalized), left.suffix(count).map(\.key) == place.map(\.key) else { return false }
            if Gazetteer.standard.places[place.map(\.key).joined(separator: " ")] != nil {
                return right.allSatisfy(\.isCapitalized) && left.suffix(count + 1).first?.isCapitalized == true
            }
        }
        return false
    }

    /// "(Ban Dân tộc, Sở Y tế; Sở Giáo dục và Đào tạo; …)": in a list parted by semicolons, a piece
    /// whose every comma part opens a unit is two units; "Sở Lao động, Thương binh và Xã hội" stays one.
    static func unitsAtCommas(_ piece: Range<Int>, in body: Passage) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = piece.lowerBound
        var depth = 0
        for index in piece {
            let character = body.characters[index]
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if depth == 0 && character == "," {
                parts.append(start..<index)
                start = index + 1
            }
        }
        parts.append(start..<piece.upperBound)
        guard parts.count >= 2 else { return [piece] }
        let trimmed = parts.map { body.trimmed($0) }
        // A Spanish part opens with its article: "la Comisión de Asuntos Étnicos, el Departamento de Salud; …".
        let allUnits = trimmed.allSatisfy { part in
            let tokens = body.tokens(in: part).prefix(2)
            return !part.isEmpty && body.characters[part.lowerBound].isUppercase
                && Lexicon.opens(body.foldedText(part) + " ", withOneOf: Lexicon.unitHeadWords)
                || tokens.count == 2 && opensWithArticle(part, in: body) && tokens.last.map { $0.isCapitalized && HeadCues.spanish.unitWords.contains($0.key) } == true
        }
        return allUnits ? trimmed : [piece]
    }

    /// A Spanish item that opens with an article: "la Asociación de Turismo", "y el Departamento de Salud".
    static func opensWithArticle(_ piece: Range<Int>, in body: Passage) -> Bool {
        guard let first = body.tokens(in: piece).first(where: { !["y", "e"].contains($0.key) }) else { return false }
        return !first.isCapitalized && ["el", "la", "los", "las", "al"].contains(first.key)
    }

    /// In a Spanish list whose items open with an article (`articled`), a "y" that no article follows
    /// joins words inside one name ("la Asociación de Pequeñas y Medianas Empresas", "la Radio y Televisión
    /// provincial", "de la Asamblea Nacional y del Consejo Popular"), unless a place the gazetteer knows follows.
    static func joinsInsideName(after index: Int, of tokens: [Passage.Token], in piece: Range<Int>, body: Passage) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        // "la Oficina de la Delegación … y del Consejo Popular": only inside an item that opens with its article
        // ("los Departamentos de Justicia, del Interior y de Salud" names fields, one after the other).
        if ["de", "del"].contains(next.key) && !next.isCapitalized { return opensWithArticle(piece, in: body) }
        guard next.isCapitalized, !next.isAllCaps else { return false }
        let rest = body.text(next.range.lowerBound..<piece.upperBound)
        return Gazetteer.standard.places[Folding.key(rest)] == nil && Gazetteer.standard.province(named: rest) == nil
            && !SpanishMemberRule.localityNouns.contains { body.alignedText(piece).contains($0) }
    }

    static func splitAtAnd(_ piece: Range<Int>, in body: Passage, scope: UnitReader.Scope, articled: Bool = false) -> [Range<Int>] {
        let tokens = Array(body.tokens(in: piece))
        // Spanish "y" joins names only in Spanish text ("Hội Đông y tỉnh" is one name);
        // the language is guessed only when a "y" comes.
        lazy var spanish = LanguageIdentifier.identify(body.text(piece), among: [.vietnamese, .spanish]) == .spanish
            || !body.text(piece).unicodeScalars.contains { (0x1EA0...0x1EF9).contains($0.value) || [0x0111, 0x0110, 0x01A1, 0x01B0, 0x0103].contains($0.value) }
        for (index, token) in tokens.enumerated()
        where (token.key == "va" || token.key == "y" && spanish || joints.contains(token.key)) && !token.isCapitalized && index > 0 {
            if token.key == "y", articled, joinsInsideName(after: index, of: tokens, in: piece, body: body) { continue }
            // "de las provincias y ciudades de Dong Nai": two kinds of place joined, one list of names after.
            if token.key == "y", index + 1 < tokens.count, MemberCues.spanish.nouns.contains(tokens[index - 1].key),
               MemberCues.spanish.nouns.contains(tokens[index + 1].key), !tokens[index + 1].isCapitalized { continue }
            // "cùng" joins only a unit's name ("Cà Mau cùng Hội Chữ thập đỏ thành phố Cần Thơ").
            if joints.contains(token.key) {
                guard joinsUnit(at: body.tokenIndex(atOrAfter: token.range.lowerBound), in: body) else { continue }
            }
            var next = index + 1
            // Words between "và"/"y" and the next name: "các", Spanish articles and "a" ("y a la Policía de X").
            while next < tokens.count, !tokens[next].isCapitalized,
                  ["cac", "la", "el", "los", "las", "al", "a", "del", "de"].contains(tokens[next].key)
                  // "… và đơn vị cụm trưởng Công an tỉnh X": the member's role before its name.
                  || ["don", "vi", "cum", "khoi", "truong", "pho"].contains(tokens[next].key) { next += 1 }
            guard next < tokens.count else { continue }
            let rest = body.foldedText(tokens[next].range.lowerBound..<piece.upperBound)
            let opensUnit = tokens[next].isCapitalized && !rest.hasPrefix("xa hoi") && Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords)
                && !(tokens[next].isAllCaps && !["ubnd", "ldld", "thpt", "thcs", "ubmttq"].contains(tokens[next].key))
                // Spanish: "y al Hospital X", "y la Comisión Y", "y al distrito de Z" (lower case after an article).
                || token.key == "y" && (tokens[next].isCapitalized || next > index + 1) && HeadCues.spanish.unitWords.contains(tokens[next].key)
                // "y los barrios de D y E": a plural kind of member after an article.
                || token.key == "y" && next > index + 1 && (MemberCues.spanish.nouns.contains(tokens[next].key)
                    || SpanishMemberRule.localityNouns.contains { $0.hasPrefix(tokens[next].key + " ") })
                // "… distrito de Chu Pah y distrito de Chu Prong": a locality's kind after "y" opens another.
                || token.key == "y" && SpanishMemberRule.localityNouns.contains(where: rest.hasPrefix)
                // "… del Gobierno y la Auditoría del Estado": an article after "y" opens another name.
                || token.key == "y" && tokens[next].isCapitalized && ["la", "el", "los", "las", "al"].contains(tokens[index + 1].key)
            let opensLocality = ["huyện", "xã", "phường", "thành", "quận", "thị", "tỉnh"].contains(tokens[next].lower) && !rest.hasPrefix("xa hoi")
                // "LĐLĐ huyện A và LĐLĐ huyện B", "TAND huyện A và TAND huyện B": the same head again.
                || tokens[next].isCapitalized && index > 1 && Self.head(tokens[...]) == Self.head(tokens[next...])
            // "… và Dương Minh Châu (Cụm trưởng)": the note in brackets is no part of the name.
            let open = body.characters[piece].firstIndex(of: "(") ?? piece.upperBound
            let named = tokens[next...].prefix { $0.range.upperBound <= open }
            // "BIDV chi nhánh tỉnh và Vietcombank chi nhánh tỉnh": two names that end the same way.
            let leftHead = Self.head(tokens[..<index]).split(separator: " ").dropFirst()
            let sameTail = token.key == "va" && tokens[next].isCapitalized && !leftHead.isEmpty
                && leftHead == Self.head(tokens[next...]).split(separator: " ").dropFirst()
            let shortName = scope != .units && !named.isEmpty && named.allSatisfy(\.isCapitalized) && named.count <= 4 || sameTail
                || token.key == "va" && Self.endsAtSamePlace(tokens[..<index], Array(named))
                // A province's name, a note in brackets after it left out ("y Binh Thuan (en adelante, …)").
                || Gazetteer.standard.places[Folding.key(body.text(tokens[next].range.lowerBound..<(open > tokens[next].range.lowerBound ? open : piece.upperBound)))]?.isCity == false
            if opensUnit || opensLocality || shortName {
                // "Departamento de Agricultura y Medio Ambiente": the "y" inside a name the gazetteer knows.
                if let name = tokens.first(where: \.isCapitalized)?.range.lowerBound, name < token.range.lowerBound,
                   let known = Gazetteer.standard.body(opening: body.text(name..<piece.upperBound)),
                   name + known.length > token.range.upperBound { continue }
                let left = body.trimmed(piece.lowerBound..<token.range.lowerBound)
                let right = body.trimmed(token.range.upperBound..<piece.upperBound)
                // "A y B y al distrito de C": the part before may join two names too.
                return splitAtAnd(left, in: body, scope: scope, articled: articled) + splitAtAnd(right, in: body, scope: scope, articled: articled)
            }
        }
        return [piece]
    }

    /// "cùng" (a joining word of ``joints``) right before a unit's name: it
    /// joins that unit to the list ("A, B cùng Sở C"), as "và" does.
    static func joinsUnit(at index: Int, in body: Passage) -> Bool {
        guard index + 1 < body.tokens.count, joints.contains(body.tokens[index].key), body.tokens[index + 1].isCapitalized else { return false }
        let next = body.tokens[index + 1].range.lowerBound
        let rest = body.foldedText(next..<min(body.count, next + 40))
        return Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords) && !Lexicon.opens(rest, withOneOf: Lexicon.notUnitWords)
            && !GuestCues.emulationBoards.contains(where: rest.hasPrefix)
    }

    /// Words besides "và" that join a unit to a list ("cùng"), folded.
    static let joints: Set<String> = ["cung"]

    /// "Hải đoàn 18, 28, 38 và 48", "Trường Tiểu học số 1, 2", "la Flotilla 18, 28 y 38": an item that is only
    /// numbers ("28", "38 và 48", each number an item) takes the words before the number that ends the named
    /// item before it ("Hải đoàn", "Trường Tiểu học số").
    static func sharingNumberedHead(_ items: [Range<Int>], in body: Passage) -> [(item: Range<Int>, head: String?)] {
        var result: [(item: Range<Int>, head: String?)] = []
        var head: String?
        for item in items {
            let tokens = Array(body.tokens(in: item))
            let numbers = tokens.filter { body.isArabic($0) }
            let bare = !numbers.isEmpty && tokens.allSatisfy { body.isArabic($0) || ["so", "va", "y", "e"].contains($0.key) && !$0.isCapitalized }
            if bare, let head {
                result += numbers.map { ($0.range, head) }
                continue
            }
            head = nil
            if let last = tokens.last, body.isArabic(last), tokens.count >= 2, tokens[0].isCapitalized, !body.isArabic(tokens[0]) {
                head = body.text(body.trimmed(item.lowerBound..<last.range.lowerBound))
            }
            result.append((item, nil))
        }
        return result
    }

    /// Words that name a person before a name ("Ông", "Bà", "đồng chí"), lower case with tones.
    static let personWords: Set<String> = ["ông", "bà", "đồng chí", "các đồng chí"]

    /// A list that opens with a person ("Ông Nguyễn Văn A, …") names people.
    static func opensWithPerson(_ range: Range<Int>, in body: Passage) -> Bool {
        let words = body.tokens(in: range).prefix(3).map(\.lower)
        return !words.isEmpty && (1...words.count).contains { personWords.contains(words.prefix($0).joined(separator: " ")) }
    }
}
