import Foundation
import PactoModel

/// How a Spanish list of members is bounded: where it starts when the
/// cluster is named after the verb ("Componen el Bloque de … la Oficina …"),
/// whether it runs over semicolons ("…; el de Kon Tum; el de Gia Lai"),
/// where it stops, and how it goes on after a bracket that lists some of
/// the members ("de cuatro distritos (A, B y C) y a la del municipio de D").
extension SpanishMemberRule {
    /// Localities named after their kind ("los distritos de A, B y C"), folded.
    static let localityNouns = [
        "distritos urbanos de ", "distrito urbano de ", "distritos de ", "comunas de ", "barrios de ", "municipios de ",
        "distrito de ", "comuna de ", "barrio de ", "municipio de ", "ciudades de ", "ciudad de ", "pueblos de ", "pueblo de ",
        // "las federaciones del trabajo de las provincias de Lai Chau, …": the province's name.
        "provincias de ",
    ]
    /// The cluster named right after the verb: "el Bloque", "del Clúster n.º 2".
    static let clusterAfterVerb = TextPattern(#"^\s*(?:(?:el|al|del|en el|en la)\s+)?(?:cluster|bloque|grupo)(?![a-z])"#)
    /// Articles that open a member after the cluster's name, and words that may not stand before one.
    static let articles: Set<String> = ["el", "la", "los", "las"]
    static let linking: Set<String> = ["de", "a", "en", "por", "con", "y", "e", "del", "al"]

    /// After "Componen el Bloque de las comisiones del Partido de la
    /// provincia" or "Firmaron el pacto de emulación de 2024": where the first
    /// member starts, at the first article that no preposition governs ("la
    /// Oficina …", "los Departamentos …"), within 100 characters.
    static func afterClusterName(from start: Int, to end: Int, in body: Passage, opener: Substring) -> Int? {
        let limit = min(end, start + 100)
        let tokens = Array(body.tokens(in: start..<limit))
        guard let first = tokens.first, opener.hasSuffix("pacto") || ["el", "al", "del", "en", "cluster", "bloque", "grupo"].contains(first.key)
        else { return nil }
        var named = 0
        if opener.hasSuffix("pacto") {
            named = 0
        } else {
            guard clusterAfterVerb.firstRange(in: body.alignedText(start..<limit)) != nil,
                  let cluster = tokens.firstIndex(where: { ["cluster", "bloque", "grupo"].contains($0.key) }) else { return nil }
            named = cluster + 1
        }
        for index in named..<tokens.count where articles.contains(tokens[index].key) && !tokens[index].isCapitalized {
            guard index == 0 || !linking.contains(tokens[index - 1].key), index + 1 < tokens.count else { continue }
            // Only where the name ends: no comma or bracket between.
            if body.text(start..<tokens[index].range.lowerBound).contains(where: { ",;:()".contains($0) }) { return nil }
            return tokens[index].range.lowerBound
        }
        return nil
    }

    /// Every part after a semicolon opens like an item: "el de Kon Tum", "y la
    /// Comisión X", "el Departamento Y" (an article, then "de" or a name).
    static func itemsAfterSemicolons(_ range: Range<Int>, in body: Passage, context: Context) -> Bool {
        var found = false
        for index in range where body.characters[index] == ";" {
            var tokens = body.tokens(in: (index + 1)..<range.upperBound).prefix(4).makeIterator()
            var token = tokens.next()
            while let word = token, ["y", "e", "a"].contains(word.key), !word.isCapitalized { token = tokens.next() }
            // "…; Dak Nong (subjefe); Ciudad Ho Chi Minh; …": a province's name opens an item too.
            if let name = token, name.isCapitalized, context.places(in: name.range.lowerBound..<min(range.upperBound, name.range.lowerBound + 40))
                .first?.range.lowerBound == name.range.lowerBound || token?.key == "ciudad" && token?.isCapitalized == true {
                found = true
                continue
            }
            guard let article = token, articles.contains(article.key) || article.key == "al", let next = tokens.next(),
                  ["de", "del"].contains(next.key) || next.isCapitalized || HeadCues.spanish.unitWords.contains(next.key)
            else { return false }
            found = true
        }
        return found
    }

    /// A dash that sets off an aside ("cinco ciudades —Ha Noi, … y Can Tho—"): an em or en dash, or a
    /// hyphen with a space on one side; not the hyphen of a name ("Ba Ria-Vung Tau", "BR-VT").
    static func isDash(at index: Int, in body: Passage) -> Bool {
        guard index >= 0, index < body.count else { return false }
        switch body.characters[index] {
        case "\u{2014}", "\u{2013}": return true
        case "-": return (index > 0 && body.characters[index - 1] == " ") || (index + 1 < body.count && body.characters[index + 1] == " ")
        default: return false
        }
    }

    /// After an opener ("integrado por las Policías de cinco ciudades —Ha Noi, …—"): the dash that opens
    /// a list of names within 60 characters, no clause between (no ".,;:"), and closed by a second dash
    /// in the same sentence.
    static func openingDash(after start: Int, in sentence: Range<Int>, of body: Passage) -> Int? {
        var index = start
        while index < min(sentence.upperBound, start + 60) {
            if ".,;:()".contains(body.characters[index]) { return nil }
            if isDash(at: index, in: body) { break }
            index += 1
        }
        guard index < min(sentence.upperBound, start + 60) else { return nil }
        let close = ((index + 1)..<sentence.upperBound).first { isDash(at: $0, in: body) }
        guard let close, bracketLists(body.folded.slice((index + 1)..<close)) else { return nil }
        return index
    }

    /// After "las unidades del Bloque" (``blocUnits``): a colon, or a bracket that lists names; and no
    /// sentence's end between ("del Bloque. Las tareas: …").
    static func opensNames(after whole: Range<Int>, in body: Passage) -> Bool {
        // A sentence's end between; not the stop of a number's abbreviation ("del clúster No. 9:").
        let text = body.alignedText(whole).replacingOccurrences(of: "no. ", with: "no ")
        guard !text.contains(". ") else { return false }
        let rest = body.alignedText(whole.upperBound..<min(body.count, whole.upperBound + 80))
        let opening = rest.drop { $0 == " " }
        if opening.hasPrefix(":") { return true }
        return opening.hasPrefix("(") && bracketLists(opening.dropFirst())
    }

    /// A list cut before a guest ("…, y la Policía de Dak Lak, y, como unidad invitada, …") without the
    /// joint left at its end.
    static func withoutTrailingJoint(_ range: Range<Int>, in body: Passage) -> Range<Int> {
        var range = range
        while true {
            let text = body.alignedText(range)
            if text.hasSuffix(",") { range = body.trimmed(range.lowerBound..<(range.upperBound - 1)); continue }
            if text.hasSuffix(" y") || text.hasSuffix(" e") { range = body.trimmed(range.lowerBound..<(range.upperBound - 2)); continue }
            return range
        }
    }

    /// A full stop (not the one of "n.º") or a line end.
    static func endsList(at index: Int, in body: Passage) -> Bool {
        let character = body.characters[index]
        if character == "\n" { return true }
        guard character == ".", !Passage.closesNumbering(body.characters, at: index) else { return false }
        // The stop of an abbreviation inside a name ("Compañía de Petróleo S.R.L. Unipersonal").
        if Passage.closesAbbreviation(body.characters, at: index, sentenceStart: max(0, index - 12)) { return false }
        return index + 1 >= body.count || body.characters[index + 1].isWhitespace
    }

    /// "(A, B y C) y a la del municipio de D": the items after a closing
    /// bracket that "y" joins to the list, up to the sentence's end, a
    /// semicolon or what the members did.
    static func continuation(after close: Int, in body: Passage) -> Range<Int>? {
        guard close < body.count, body.characters[close] == ")" else { return nil }
        let sentence = body.sentence(containing: close)
        var tokens = body.tokens(in: (close + 1)..<sentence.upperBound).prefix(4).makeIterator()
        guard let joint = tokens.next(), ["y", "e"].contains(joint.key),
              body.text((close + 1)..<joint.range.lowerBound).allSatisfy({ $0 == " " || $0 == "," }) else { return nil }
        var next = tokens.next()
        if next?.key == "a" { next = tokens.next() }
        guard let article = next, articles.contains(article.key) || ["al", "del"].contains(article.key) else { return nil }
        var end = joint.range.upperBound
        while end < sentence.upperBound, !endsList(at: end, in: body), !";(".contains(body.characters[end]) { end += 1 }
        let text = body.alignedText(joint.range.upperBound..<end)
        for verb in MemberCues.spanish.listEnds {
            if let found = text.range(of: " " + verb) {
                end = min(end, joint.range.upperBound + text.distance(from: text.startIndex, to: found.lowerBound))
            }
        }
        let range = body.trimmed(joint.range.upperBound..<end)
        return range.isEmpty ? nil : range
    }

    /// A bracket that lists names ("(A, B y C)"), not a role note ("(jefe del Clúster)"); a
    /// bracket left open in the window lists them too.
    static func bracketLists(_ folded: Substring) -> Bool {
        let inner = folded.firstIndex(of: ")").map { folded[..<$0] } ?? folded
        return inner.contains(",") || inner.contains(" y ") || inner.contains(" e ")
    }

    /// A count that ends at "(" names every member in the bracket: the bracket
    /// closes, and no "y" adds more after it ("(A, B) y a la del municipio de C").
    static func closesList(after count: Range<Int>, in body: Passage) -> Bool {
        guard body.characters[count.upperBound - 1] == "(" else { return true }
        let sentence = body.sentence(containing: count.lowerBound)
        guard let close = body.characters[count.upperBound..<sentence.upperBound].firstIndex(of: ")") else { return false }
        return continuation(after: close, in: body) == nil
    }

    /// The words before a list name localities ("de tres distritos (").
    static func namesLocalities(_ folded: String) -> Bool {
        ["distritos", "comunas", "barrios", "municipios"].contains { folded.contains($0) }
    }

    /// "los Departamentos de Justicia, del Interior y de Salud": a plural unit
    /// word capitalised before a field gives the head ("Departamento") that the
    /// fields after it, each opened by "de" / "del", take. Returns the member
    /// when it is such a field or opens such a run (`head` set for the next).
    static func field(of member: inout Found<Member>, at name: Range<Int>, after head: inout String?, in body: Passage) -> Found<Member>? {
        let words = member.value.text.split(separator: " ")
        if let first = words.first, first.first?.isUppercase == true, words.count >= 3, ["de", "del"].contains(words[1]),
           let singular = MemberCues.spanish.pluralUnits[Folding.key(String(first))] {
            head = singular
            member.value.text = ([singular] + words.dropFirst().map(String.init)).joined(separator: " ")
            return member
        }
        let before = body.alignedText(max(0, name.lowerBound - 4)..<name.lowerBound)
        guard let shared = head, member.value.province == nil, let lead = ["del ", "de "].first(where: { before.hasSuffix($0) }) else {
            head = nil
            return nil
        }
        member.value.text = shared + " " + lead + member.value.text
        return member
    }

    /// "la Escuela Intermedia de la Universidad Ton Duc Thang, sede de Nha Trang": an item that opens
    /// with a lower-case apposition (``MemberCues/appositions``) goes on with the one before.
    static func joiningAppositions(_ items: [Range<Int>], in body: Passage) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for item in items {
            let text = body.alignedText(item)
            if let last = result.last, MemberCues.spanish.appositions.contains(where: { text.hasPrefix($0 + " ") }),
               body.text(last.upperBound..<item.lowerBound).trimmingCharacters(in: .whitespaces) == "," {
                result[result.count - 1] = last.lowerBound..<item.upperBound
                continue
            }
            result.append(item)
        }
        return result
    }
}
