import Foundation
import PactoModel

/// Members, their stated number, and the head in Spanish: "comprende seis
/// Departamentos ... de las siguientes provincias: Long An, Tien Giang ... y
/// Tra Vinh", "Líderes de 10 provincias del Clúster", "X será el
/// responsable / el jefe del Clúster".
struct SpanishMemberRule: Sendable {
    static let number = #"(\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte)"#
    static let noun = "(?:" + MemberCues.spanish.nouns.joined(separator: "|") + ")"
    /// An opener, "provincias ... (", or a count and its noun before the names
    /// ("las 05 comunas de An Cu, An Hoa Hai y An Hiep": the names must be capitalised).
    static let intro = Pattern(([
        #"(?<![a-z])("# + MemberCues.spanish.openers.sorted { $0.count > $1.count }.joined(separator: "|"),
        #"(?:"# + MemberCues.spanish.sentenceOpeners.joined(separator: "|") + #")(?= (?:los|las|el|la) | ?:)"#,
        // "Los miembros del Clúster n.º 3 son …": the cluster's number between.
        #"(?:miembros|integrantes) del (?:cluster|bloque|grupo)[^,;:]{0,25}? son"#,
        // "asistieron las directoras de las escuelas:" ending its line, then one member a line.
        noun + #"(?=\s*:[ \t]*\n))(?![a-z])"#,
        #"provincias [^(.;:]{0,40}\("#,
        #"(?<![\w.,])"# + number + #"\s+"# + noun + #"\s+de\s+(?=[a-z])"#,
        #"(?<![\w.,])"# + number + #"\s+"# + noun + #"(?:\s+miembros)?\s*:"#,
    ] as [String]).joined(separator: "|"))
    /// "los dirigentes de las unidades (miembros) del Bloque: …", "los siete departamentos y sectores miembros
    /// del bloque: …", "de las unidades del Bloque 5 (A, B y C)": the bloc's units, then their names after a
    /// colon or in a bracket that lists (checked where it is read).
    /// One adjective may follow the noun ("las Escuelas Políticas del clúster: …"), not one of guests or neighbours.
    static let blocUnits = Pattern(#"(?<![a-z])("# + noun + #"(?: (?!invitad|vecin|miembro)[a-z]{4,})?(?: y [a-z]+)?(?: miembros?)? (?:del (?:cluster|bloque|grupo|agrupamiento)|de la agrupacion)[^,;:()]{0,40}?)(?=\s?[:(])"#)
    /// "las cinco ciudades —Ha Noi, … y Can Tho—": a count, then the names between dashes (``isDash``
    /// checks it is one); a pattern of its own, so that ``intro``'s windows stay those of its words.
    static let dashed = Pattern(#"(?<![\w.,])"# + number + #"\s+"# + noun
        + #"(?!\s+(?:de\s+)?(?:otros|otras|vecin|invitad))[^(.;:]{0,80}?\s?-(?=\s?[a-z])"#)
    /// "El Clúster n.º 3 (A, B y C)": the names in a bracket right after the cluster (a pattern of its own,
    /// so that ``intro``'s windows stay those of its words).
    static let clusterBracket = Pattern(#"(?<![a-z])(?:cluster|bloque|grupo)(?: de emulacion)?(?:\s+(?:n\.?\s*º|no\.|nº|numero)\s*(?:[ivxl]+|\d{1,2}))?\s+\("#)
    /// "los dirigentes de … de las provincias del clúster de emulación, que son: A, B …" (a pattern of its own,
    /// so that ``intro``'s windows stay those of its words).
    static let thatAre = Pattern(#"(?<![a-z])(?:cluster|bloque|grupo|agrupacion|agrupamiento)(?: de emulacion)?, que son\s?:"#)
    /// "siete escuelas políticas provinciales: A, B …": a count, its noun and one or two words that qualify it
    /// before the colon (a pattern of its own, so that ``intro``'s windows stay short).
    static let countedQualified = Pattern(#"(?<![\w.,])"# + number + #"\s+"# + noun + #"(?:\s+[a-z]+){1,2}\s*:"#)
    /// The verbs of composition among the count openers ("agrupa a", "tiene"), and "de".
    static let countVerbs = Set(MemberCues.spanish.countOpeners.filter { !["los", "las"].contains($0) } + ["de"])
    static let counts: [Pattern] = [
        // Not where something happens: "en las 34 provincias y ciudades del país".
        Pattern(#"(?<![a-z])(?<!en )(?:"# + MemberCues.spanish.countOpeners.sorted { $0.count > $1.count }.joined(separator: "|") + #")\s+"# + number + #"\s+"# + noun + #"(?:\s+miembros)?(?=[\s:,.;]|$)(?!\s+(?:de\s+)?(?:otros|otras|vecin))"#),
        // Not guests: "los dirigentes de cuatro distritos vecinos", "… de otras tres provincias".
        // "representantes de la dirección de 37 de las 43 subasociaciones": the total after "de las".
        Pattern(#"(?<![a-z])(?:lideres|representantes|dirigentes|delegados)\s+de\s+(?:la\s+direccion\s+de\s+)?(?:\d{1,2}\s+de\s+)?(?:las\s+|los\s+)?"# + number + #"\s+"# + noun
            + #"(?!\s+(?:de\s+)?(?:otros|otras|vecin|invitad))"#),
        // "integrado por la Policía de 12 distritos": the members' kind, then their number.
        Pattern(#"(?<![a-z])(?:integrad[oa]|compuest[oa]|formad[oa]) por\s+(?:la|el|los|las)\s+[^,.;:]{2,30}?\s+de\s+(?:las\s+|los\s+)?"# + number + #"\s+"# + noun),
        Pattern(#"(?<![\w.,])"# + number + #"\s+"# + noun + #"\s+(?:miembros\s+)?(?:del|de la|miembros del)\s+(?:cluster|grupo|bloque|agrupacion|agrupamiento)"#),
        // "El Clúster n.º 2 (siete comunas: A, B …)": the count opens the bracket after the cluster.
        Pattern(#"(?<![a-z])(?:cluster|bloque|grupo)[^();:]{0,25}\(\s*"# + number + #"\s+"# + noun + #"(?:\s+miembros)?\s*[:)]"#),
        // "de siete provincias: A, B …", "de seis provincias y ciudades del Sudeste (A, B …)": the count of the names
        // that follow; not one of a bracket the list goes on after ("(A, B) y a la del municipio de C").
    ]
    /// Counts whose names follow, after "de" or a verb of composition (``countVerbs``), not after a
    /// count of recipients ("a cinco colectivos: …"): "de siete provincias: A, B …", "de seis provincias
    /// y ciudades del Sudeste (A, B …)"; not a bracket the list goes on after ("(A, B) y a la del …").
    static let namedCounts: [Pattern] = [
        Pattern(#"(?<![\w.,])"# + number + #"\s+"# + noun + #"(?:(?:\s+miembros)?\s*:|(?:\s+y\s+(?:ciudades|municipios))?[^(.;:]{0,40}\()"#),
    ]
    static let role = Pattern(#"(?:(?<![a-z])(?:sera|es|fue|sigue siendo|asumira|asume|asumio)\s+(?:el|la)\s+|(?<![a-z])(?:ejercera|ejerce|actuara|actua|ejercio) como\s+(?:el |la )?|,\s*(?:el |la )?)(responsable|jefe|jefa|subjefe|subjefa|vicejefe|lider)(?:\s+adjunto)?(?:\s+del\s+(?:cluster|grupo|bloque)|(?=\s*[.,;]))"#)
    /// "el subjefe es el Departamento de ...": the role first, the unit after.
    static let roleFirst = Pattern(#"(?<![a-z])(?:el|la) (jefe|jefa|subjefe|subjefa|vicejefe|responsable)(?: del (?:cluster|grupo|bloque)(?: de emulacion)?)? (?:es|sera|fue) (?=(?:el|la) )"#)

    /// "lo encabeza el Departamento de ...": the head after the verb.
    static let leads = Pattern(#"(?<![a-z])(?:(?:lo|la) (?:encabeza|encabezara|preside|presidira|dirige|dirigira)|encabezad[oa] por)\s+"#)

    func members(in context: Context, date: Stamp?) -> (members: [Found<Member>], range: Range<Int>)? {
        let body = context.body
        // The bracket after the cluster only when no opener gives a list.
        for pattern in [Self.intro, Self.blocUnits, Self.dashed, Self.clusterBracket, Self.thatAre, Self.countedQualified] {
            for found in body.matchSequence(pattern) {
                let match = pattern === Self.intro || pattern === Self.blocUnits ? found : [found[0], nil]
                guard let whole = match[0] else { continue }
                if pattern === Self.blocUnits, !Self.opensNames(after: whole, in: body) { continue }
                // "Entre ellos, el crecimiento del PIB …": a comma after the opener opens no list.
                if let opener = match[1], body.folded.slice(opener).hasPrefix("entre "), whole.upperBound < body.count,
                   body.characters[whole.upperBound] == "," { continue }
                // "Son las Policías de …": only where a sentence starts.
                if let opener = match[1], MemberCues.spanish.sentenceOpeners.contains(String(body.folded.slice(opener))),
                   !body.text(body.sentence(containing: opener.lowerBound).lowerBound..<opener.lowerBound).allSatisfy(\.isWhitespace) { continue }
                // "cinco ciudades —Ha Noi, …—": a dash opens the list as a bracket does; a hyphen in a name does not.
                var dashed = body.folded.slice(whole).hasSuffix("-")
                if dashed, !Self.isDash(at: whole.upperBound - 1, in: body) { continue }
                // A count and its noun: only before a name.
                let isCounted = match[1] == nil && !body.folded.slice(whole).hasSuffix("(") && !dashed
                // "siete miembros: la Policía de …": after a colon, any name.
                let colonEnds = body.folded.slice(whole).hasSuffix(":")
                if isCounted, !colonEnds, whole.upperBound < body.count, !body.characters[whole.upperBound].isUppercase { continue }
                let sentence = body.sentence(containing: whole.lowerBound)
                // No name close after it: no list to read.
                guard body.characters[whole.upperBound..<min(sentence.upperBound, whole.upperBound + 90)].contains(where: { $0.isUppercase || $0 == ":" })
                else { continue }
                let rest = body.folded.slice(clampedRange(whole.upperBound, min(sentence.upperBound, whole.upperBound + 140)))
                var start = whole.upperBound
                var bracketed = body.folded.slice(whole).hasSuffix("(") || dashed
                let restText = String(rest)
                // "comprende los siguientes contenidos: ...": a list of contents, not of members.
                if let colon = restText.firstIndex(of: ":"),
                   MemberCues.spanish.notMembers.contains(where: { restText[..<colon].contains($0) }) { continue }
                // "seis empresas: ...", "cuatro distritos (A, B y C)": the list after a colon or in brackets close by.
                if !bracketed, let colon = restText.firstIndex(of: ":"), restText.distance(from: restText.startIndex, to: colon) < 120,
                   !restText[..<colon].contains(".") {
                    start += restText.distance(from: restText.startIndex, to: colon) + 1
                } else if !bracketed, let open = restText.firstIndex(of: "("), restText.distance(from: restText.startIndex, to: open) < 60,
                          !restText[..<open].contains(where: { ".,;".contains($0) }), !restText[..<open].contains(" de la provincia"),
                          Self.bracketLists(restText[restText.index(after: open)...]) {
                    start += restText.distance(from: restText.startIndex, to: open) + 1
                    bracketed = true
                } else if !bracketed, let dash = Self.openingDash(after: start, in: sentence, of: body) {
                    // "integrado por las Policías de cinco ciudades —Ha Noi, … y Can Tho—".
                    start = dash + 1
                    bracketed = true
                    dashed = true
                } else if let named = Self.afterClusterName(from: start, to: sentence.upperBound, in: body, opener: body.folded.slice(whole)) {
                    // "Componen el Bloque de … la Oficina …": the cluster named after the verb, then its members.
                    start = named
                } else if body.folded.slice(whole).hasSuffix("pacto") {
                    // "firmaron el pacto de 2021 en presencia de …": no member named after the pact.
                    continue
                }
                // "doce empresas, entre ellas la Compañía X": the names after the marker.
                if ByteSearch.contains(", entre ", in: restText),
                   let marker = MemberCues.spanish.partialMarkers.lazy.compactMap({ ByteSearch.range(of: ", " + $0 + " ", in: restText) }).first {
                    start = max(start, whole.upperBound + restText.distance(from: restText.startIndex, to: marker.upperBound))
                }
                // "está integrado por:" ending its line, then one member a line.
                if body.characters[whole.upperBound..<start].contains(":"), let lines = MemberListRule.lineItems(after: start, in: body) {
                    let reader = UnitReader(context: context, date: date)
                    let members = lines.compactMap { reader.member($0, in: body) }
                    if members.count >= 2, let first = lines.first, let last = lines.last { return (members, first.lowerBound..<last.upperBound) }
                }
                // "La delegación … estuvo integrada por": guests, unless the cluster's own units are meant.
                let opening = body.alignedText(sentence.lowerBound..<whole.lowerBound)
                if let guest = MemberCues.spanish.guestWords.lazy.compactMap({ ByteSearch.range(of: $0, in: opening) }).first,
                   !["cluster", "bloque", "grupo", "miembro"].contains(where: { opening[guest.upperBound...].contains($0) }) { continue }
                // "los departamentos de Ciencia y Tecnología; Salud; …": fields, the head word printed once.
                if let run = Self.fieldRun(from: start, in: sentence, of: body) { return run }
                // A list after a colon may run over semicolons to the sentence's end, and so may
                // one whose every part after a semicolon opens like an item ("; el de Kon Tum").
                let afterColon = body.folded.slice(whole.upperBound..<start).contains(":")
                // In brackets the closing bracket ends the list, semicolons part it: "(A, B; C; D y E)".
                let semicolons = bracketed && !dashed && body.text(start..<sentence.upperBound).prefix { $0 != ")" }.contains(";")
                    || !bracketed && body.text(start..<sentence.upperBound).contains(";")
                    && (afterColon || Self.itemsAfterSemicolons(start..<sentence.upperBound, in: body, context: context))
                var end = start
                var depth = 0
                while end < sentence.upperBound, !Self.endsList(at: end, in: body), semicolons || body.characters[end] != ";" {
                    if dashed, depth == 0, Self.isDash(at: end, in: body) { break }
                    if body.characters[end] == "(" { depth += 1 }
                    if body.characters[end] == ")", !Passage.closesNumbering(body.characters, at: end) {
                        if depth == 0 { if bracketed { break } } else { depth -= 1 }
                    }
                    end += 1
                }
                // The list stops at what the members did ("... y Ben Tre firmaron el pacto").
                let listText = body.alignedText(start..<end)
                for verb in MemberCues.spanish.listEnds {
                    // "…, y, como unidad invitada, el Fondo de …": the words may stand before a comma.
                    if let found = ByteSearch.range(of: " " + verb + " ", in: listText) ?? ByteSearch.range(of: " " + verb + ",", in: listText)
                        ?? (listText.hasSuffix(" " + verb) ? ByteSearch.range(of: " " + verb, in: listText, backwards: true) : nil) {
                        end = min(end, start + listText.distance(from: listText.startIndex, to: found.lowerBound))
                    }
                }
                var range = Self.withoutTrailingJoint(body.trimmed(start..<end), in: body)
                guard !range.isEmpty else { continue }
                let reader = UnitReader(context: context, date: date)
                var scope: UnitReader.Scope = semicolons ? .units : .provinces
                var items = MemberListRule.split(range, in: body, scope: scope)
                // "de cuatro distritos (A, B y C) y a la del municipio de D": the list goes on after the bracket.
                if bracketed, let more = Self.continuation(after: end, in: body) {
                    if Self.namesLocalities(body.alignedText(whole.upperBound..<start)) { scope = .localities }
                    items += MemberListRule.split(more, in: body, scope: scope)
                    range = range.lowerBound..<more.upperBound
                }
                var members: [Found<Member>] = []
                // "los institutos de bachillerato Nguyen Du, Truong Chinh y Le Duan": each is an "Instituto de Bachillerato".
                let plural = items.first.flatMap { Self.pluralHead(of: $0, in: body) }
                var namedItems = Self.joiningAppositions(items, in: body)
                if let plural { namedItems[0] = plural.name }
                var names = Self.merged(namedItems.compactMap { Self.name(of: $0, in: body) }, in: body, context: context)
                // A count inside an item ("las inspecciones de siete provincias de ..."): a description, not a member.
                names.removeAll { item in body.tokens(in: item).contains { Numerals.count($0.key) != nil && !$0.isCapitalized } }
                let head = plural?.head ?? Self.sharedHead(of: names, in: body, context: context)
                var fieldHead: String?
                for (itemRange, numbered) in MemberListRule.sharingNumberedHead(names, in: body) {
                    guard var member = reader.member(itemRange, in: body, scope: scope) ?? reader.member(itemRange, in: body) else { continue }
                    // "la Flotilla 18, 28 y 38": a bare number takes the head of the item before it.
                    if let numbered {
                        member.value.text = numbered + " " + member.value.text
                        members.append(member)
                        continue
                    }
                    // "los Departamentos de Justicia, del Interior y de Salud": each field takes the head, singular.
                    if let field = Self.field(of: &member, at: itemRange, after: &fieldHead, in: body) {
                        members.append(field)
                        continue
                    }
                    // "el Instituto de Bachillerato Nguyen Du, Truong Chinh y Le Duan": the others share its head.
                    if let head, member.value.province == nil, !Self.opensUnit(body.tokens(in: itemRange).first) {
                        member.value.text = head + " " + member.value.text
                    }
                    members.append(member)
                }
                // "provincias de las Tierras Altas Centrales": a region, not a list; "de los distritos de A, B y C" names localities.
                // So does a cluster of localities named before the verb ("El Clúster de las comunas costeras reúne a A, B …").
                let namesLocalities = items.first.map { item in
                    ["distritos de ", "comunas de ", "barrios de ", "municipios de "].contains { body.alignedText(item).contains($0) }
                } ?? false || Self.namesLocalities(body.alignedText(sentence.lowerBound..<whole.lowerBound))
                if !isCounted, !namesLocalities, members.contains(where: { $0.value.province == nil }) && !restText.contains(":") && !bracketed
                    && members.allSatisfy({ !UnitReader.startsWithLocality(Folding.fold($0.value.text)) && $0.value.text.split(separator: " ").count < 3 }) { continue }
                if members.count >= 2 { return (members, range) }
            }
        }
        return nil
    }

    /// "los institutos de bachillerato Nguyen Du": a plural unit word and its
    /// lower-case qualifiers before the first name give every name its head
    /// ("Instituto de Bachillerato"); the first item then starts at its name.
    static func pluralHead(of item: Range<Int>, in body: Passage) -> (head: String, name: Range<Int>)? {
        let tokens = Array(body.tokens(in: item))
        var index = 0
        while index < tokens.count, ["los", "las", "a", "y"].contains(tokens[index].key), !tokens[index].isCapitalized { index += 1 }
        guard index < tokens.count, !tokens[index].isCapitalized,
              let singular = MemberCues.spanish.pluralUnits[tokens[index].key] else { return nil }
        var words = [singular]
        index += 1
        while index < tokens.count, !body.characters[tokens[index].range.lowerBound].isUppercase {
            let word = body.text(tokens[index].range)
            // "las escuelas secundarias": each is an "Escuela Secundaria".
            let one = Self.singular(word)
            words.append(["de", "del", "la", "y", "e"].contains(tokens[index].key) ? word : one.prefix(1).uppercased() + one.dropFirst())
            index += 1
        }
        // Qualifiers only ("de bachillerato"), never a whole clause; and a name must follow.
        guard index < tokens.count, words.count <= 4, let last = words.last, !["de", "del", "la", "y"].contains(last) else { return nil }
        return (words.joined(separator: " "), tokens[index].range.lowerBound..<item.upperBound)
    }

    /// An adjective in the singular: "secundarias" → "secundaria", "populares" → "popular".
    static func singular(_ word: String) -> String {
        if word.hasSuffix("les") || word.hasSuffix("res") || word.hasSuffix("nes") { return String(word.dropLast(2)) }
        return word.hasSuffix("s") && word.count > 3 ? String(word.dropLast()) : word
    }

    /// Pieces of one name split at its commas ("Departamento de Trabajo,
    /// Inválidos de Guerra y Asuntos Sociales") put back together: a piece
    /// that opens with neither a unit word, an article nor a place continues
    /// the one before, when that one opens with a unit word.
    static func merged(_ items: [Range<Int>], in body: Passage, context: Context) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for item in items {
            let first = body.tokens(in: item).first
            if let last = result.last, opensUnit(body.tokens(in: last).first), !opensUnit(first),
               context.gazetteer.province(named: body.text(item)) == nil,
               !UnitReader.startsWithLocality(body.alignedText(item)),
               body.text(last.upperBound..<item.lowerBound).contains(",") && !body.text(last.upperBound..<item.lowerBound).contains(";"),
               !body.tokens(in: item).contains(where: { HeadCues.spanish.unitWords.contains($0.key) }) {
                let joined = last.lowerBound..<item.upperBound
                // Only names that read as one: the gazetteer knows the joined name, or the piece is the last before "y".
                // The known name must run on over the comma ("Departamento de Salud, la Radio …" is two names).
                if context.gazetteer.body(opening: body.text(joined)).map({ $0.length > Folding.fold(body.text(last)).count }) == true
                    || Self.isFieldTail(body.text(item)) {
                    result[result.count - 1] = joined
                    continue
                }
            }
            result.append(item)
        }
        return result
    }

    /// "Inválidos de Guerra y Asuntos Sociales", "Deportes y Turismo": the
    /// rest of a field's name, capitalised words joined by "de" or "y".
    static func isFieldTail(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 2 && words.allSatisfy { ["de", "y", "e", "del"].contains($0) || $0.first?.isUppercase == true }
            && words.contains { $0 == "y" || $0 == "e" }
    }

    static func opensUnit(_ token: Passage.Token?) -> Bool {
        token.map { HeadCues.spanish.unitWords.contains($0.key) } ?? false
    }

    /// The head the first item gives to bare names after it ("Instituto de
    /// Bachillerato" in "el Instituto de Bachillerato Nguyen Du, Truong
    /// Chinh"): its words before a name as long as the next item's.
    static func sharedHead(of items: [Range<Int>], in body: Passage, context: Context) -> String? {
        guard items.count >= 2, opensUnit(body.tokens(in: items[0]).first) else { return nil }
        let next = items[1]
        guard !opensUnit(body.tokens(in: next).first), context.gazetteer.province(named: body.text(next)) == nil else { return nil }
        let firstWords = body.text(items[0]).split(separator: " ")
        let nameLength = body.text(next).split(separator: " ").count
        guard firstWords.count > nameLength + 1 else { return nil }
        return firstWords.dropLast(nameLength).joined(separator: " ")
    }

    /// An item's name without the words before it: "y al", "el de" (the noun
    /// of the item before: "el de Kon Tum" is Kon Tum's), articles, notes in brackets.
    static func name(of item: Range<Int>, in body: Passage) -> Range<Int>? {
        var start = item.lowerBound
        // "... de las siguientes provincias: Long An": the name after the colon.
        if let colon = body.characters[item].lastIndex(of: ":") { start = colon + 1 }
        // "las federaciones del trabajo de los distritos de Quynh Luu": the locality's name.
        let text = body.alignedText(start..<item.upperBound)
        for locality in Self.localityNouns {
            if let found = ByteSearch.range(of: locality, in: text), found.upperBound < text.endIndex,
               body.characters[start + text.distance(from: text.startIndex, to: found.upperBound)].isUppercase {
                let range = body.trimmed((start + text.distance(from: text.startIndex, to: found.upperBound))..<item.upperBound)
                return range.isEmpty ? nil : range
            }
        }
        for (index, token) in body.tokens(in: start..<item.upperBound).enumerated() {
            // "las provincias de Dak Lak": the noun of the list and its "de" go too;
            // "el clúster la Policía de X": so do a few lower-case words before the
            // first name, but for a unit or place word ("distrito de X", "periódico Y").
            let isSmall = ["y", "e", "a", "al", "el", "la", "los", "las", "del", "de", "por"].contains(token.key)
                || MemberCues.spanish.nouns.contains(token.key)
            guard !token.isCapitalized, isSmall || index < 3 && !HeadCues.spanish.unitWords.contains(token.key),
                  body.tokens(in: token.range.upperBound..<item.upperBound).contains(where: { body.characters[$0.range.lowerBound].isUppercase })
            else { break }
            start = token.range.upperBound
        }
        var end = item.upperBound
        if let open = body.characters[start..<end].firstIndex(of: "(") { end = open }
        let range = body.trimmed(start..<end)
        return range.isEmpty ? nil : range
    }

    func count(in context: Context) -> Found<Int>? {
        var best: Found<Int>?
        for pattern in Self.counts {
            guard let match = context.body.firstMatch(pattern), let range = match[0], let numberRange = match[1],
                  let value = Numerals.count(context.body.text(numberRange)), value >= 2 else { continue }
            if best == nil || range.lowerBound < (best?.range?.lowerBound ?? .max) { best = Found(value, range) }
        }
        for pattern in Self.namedCounts {
            for match in context.body.matchSequence(pattern) {
                guard let range = match[0], let numberRange = match[1], range.lowerBound < (best?.range?.lowerBound ?? .max) else { break }
                let words = context.body.tokens(in: max(0, range.lowerBound - 30)..<range.lowerBound).suffix(3).map(\.key)
                guard (1...words.count).contains(where: { Self.countVerbs.contains(words.suffix($0).joined(separator: " ")) }),
                      Self.closesList(after: range, in: context.body),
                      let value = Numerals.count(context.body.text(numberRange)), value >= 2 else { continue }
                best = Found(value, range)
                break
            }
        }
        return best
    }

    func holders(in context: Context, date: Stamp?) -> [HeadRule.Holder] {
        let body = context.body
        let reader = UnitReader(context: context, date: date)
        var holders: [HeadRule.Holder] = []
        for match in body.matches(Self.role) {
            guard let whole = match[0], let word = match[1] else { continue }
            let isDeputy = ["subjefe", "subjefa", "vicejefe"].contains(String(body.folded.slice(word)))
                || body.folded.slice(whole).contains("adjunto")
            let sentence = body.sentence(containing: whole.lowerBound)
            var end = whole.lowerBound
            while end > sentence.lowerBound, body.characters[end - 1] == " " || body.characters[end - 1] == "," { end -= 1 }
            var start = end
            while start > sentence.lowerBound, !",;:(".contains(body.characters[start - 1]) { start -= 1 }
            guard let member = reader.member(start..<end, in: body) else { continue }
            let text = body.alignedText(sentence)
            let handover = ["eligio", "eligieron", "traspaso", "relevo", "proximo ano"].contains { text.contains($0) }
            holders.append(HeadRule.Holder(member: member, isDeputy: isDeputy, isHandover: handover))
        }
        for match in body.matches(Self.roleFirst) {
            guard let whole = match[0], let word = match[1] else { continue }
            let sentence = body.sentence(containing: whole.lowerBound)
            var end = whole.upperBound
            while end < sentence.upperBound, !",;.".contains(body.characters[end]) { end += 1 }
            if let member = reader.member(whole.upperBound..<end, in: body) {
                let isDeputy = body.folded.slice(word).hasPrefix("sub") || body.folded.slice(word).hasPrefix("vice")
                holders.append(HeadRule.Holder(member: member, isDeputy: isDeputy, isHandover: false))
            }
        }
        for match in body.matches(Self.leads) {
            guard let whole = match[0] else { continue }
            let sentence = body.sentence(containing: whole.lowerBound)
            var end = whole.upperBound
            while end < sentence.upperBound, !",;.".contains(body.characters[end]) { end += 1 }
            if let member = reader.member(whole.upperBound..<end, in: body) {
                holders.append(HeadRule.Holder(member: member, isDeputy: false, isHandover: false))
            }
        }
        return holders
    }
}
