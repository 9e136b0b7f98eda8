import Foundation
import PactoModel

/// The cluster or bloc in Spanish: "Clúster de Emulación n.º VIII", "Grupo
/// de Emulación No. VIII", "bloque de emulación"; its owner when named
/// ("del Ministerio de ..."), or, when the members are the provincial
/// departments of one field ("seis Departamentos de Recursos Naturales y
/// Medio Ambiente"), the ministry of that field.
struct SpanishOrganizerRule: Sendable {
    static let cues = OrganizerCues.spanish

    /// A cluster or bloc named with its noun (``OrganizerCues``): "Clúster de Emulación n.º VIII",
    /// "conjunto de emulación número 8", "bloque emulativo 24", "Grupo de Competencia"; with a
    /// number alone, "Clúster n.º 5", "Grupo número 6", "Clúster 6", "Bloque IV", "(grupo 8)",
    /// "Clúster de actividades número 4". Group 1 is the noun; groups 2 to 7 the number as printed.
    static let mention = Pattern(mentionPattern(cues))
    /// "Bloque de Emulación de Empresas n.º 7": the number after the field that names the bloc (group 1).
    static let fieldNumber = Pattern(#"^\s+de\s+(?:(?:la|las|los|el)\s+)?[a-z]+(?:\s+(?:y|e|de)\s+[a-z]+)?\s+"# + numberMark(cues.numberMarks) + #"\s*(\d{1,2}|[ivxl]+)(?![a-z0-9])"#)

    /// ``mention`` built from the cues.
    static func mentionPattern(_ cues: OrganizerCues) -> String {
        let nouns = alternatives(cues.nouns.keys)
        let strong = alternatives(cues.nouns.keys.filter { !cues.emulationOnlyNouns.contains($0) })
        let numeral = "(" + alternatives(OrganizerCues.numberWords) + #"|[ivxl]+|\d{1,2})"#
        let mark = numberMark(cues.numberMarks)
        let looseMark = "(?:" + mark + "|no)"
        let emulation = #"\s+(?:"# + alternatives(cues.emulationWords) + #")(?![a-z])"#
        let competition = "(?<=" + strong + #")\s+(?:"# + alternatives(cues.competitionWords) + #")(?![a-z])"#
        let afterName = #"(?:\s+(?:"# + looseMark + #"\s*"# + numeral + #"|([ivxl]+|\d{1,2}))(?![a-z0-9]))?"#
        let numbered = "(?<=" + alternatives(cues.numberedNouns) + #")\s+"# + mark + #"\s*"# + numeral + "(?![a-z0-9])"
        let bare = "(?<=" + alternatives(cues.bareNumberedNouns) + #")\s+(\d{1,2}(?![a-z0-9.,/])|(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)(?![a-z0-9]))"#
        let bracketed = #"(?<=\((?:"# + alternatives(cues.bracketedNumberedNouns) + #"))\s+(\d{1,2})(?=\))"#
        let field = "(?<=" + alternatives(cues.fieldNumberedNouns) + #")\s+de\s+[a-z]+\s+"# + mark + #"\s*"# + numeral + "(?![a-z0-9])"
        return #"(?<![a-z])("# + nouns + ")(?:(?:" + emulation + "|" + competition + ")" + afterName
            + "|" + numbered + "|" + bare + "|" + bracketed + "|" + field + ")"
    }

    /// The words as alternatives of a pattern, the longest first, spaces as white space.
    static func alternatives<Words: Sequence<String>>(_ words: Words) -> String {
        words.sorted { ($0.count, $1) > ($1.count, $0) }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: #"\s+"#) }
            .joined(separator: "|")
    }

    /// A number's mark ("n.º", "No.", "número"), a space inside it optional.
    static func numberMark(_ marks: [String]) -> String {
        "(?:" + marks.sorted { ($0.count, $1) > ($1.count, $0) }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: #"\s*"#) }
            .joined(separator: "|") + ")"
    }

    /// The value of a number as a mention prints it: digits, Roman, a word in any case ("Número Dos").
    static func value(ofNumeral text: String) -> Int? {
        Numerals.arabic(text) ?? Numerals.roman(text.uppercased()) ?? Numerals.words[Folding.key(text)]
    }
    /// Words between the organizer and the body that owns it ("del", "adscrito al").
    static let ownerLinks = ["adscrito al ", "adscrita al ", "adscrito a la ", "adscrita a la ", "perteneciente al ",
                             "perteneciente a la ", "dependiente del ", "dependiente de la ", "del ", "de la ", "de los ",
                             // "Bloque de Emulación 5 – Distrito 1": the owner after a dash, as in Vietnamese.
                             "- "]
    static let ownerPhrase = Pattern(#"^\s*(?:,\s*)?(?:del|de la)\s+(ministerio de [^,.;(]{3,80}?|provincia de [^,.;(]{3,40}?|comite popular de [^,.;(]{3,40}?)(?=\s*(?:[,.;(]|$|\s(?:comprende|celebro|organizo|firmo|ha|se|que|en)\s))"#)
    /// The plural only: "seis Departamentos de Justicia" are departments of one field; "el
    /// Departamento de Salud" is one unit (a member, a host), its field no owner.
    static let departments = Pattern(#"(?<![a-z])departamentos de ([a-z ,]{5,80}?)(?= de (?:la|las|los)\b|[.,;:]| en | del (?:cluster|bloque|grupo)| de (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) )"#)

    func organizer(in context: Context) -> Found<Organizer>? {
        let mentions = context.body.matches(Self.mention).map { (context.body, $0) }
            + context.title.matches(Self.mention).map { (context.title, $0) }
        guard let (firstPassage, first) = mentions.first, let firstRange = first[0], let keyword = first[1] else {
            return plainMention(in: context) ?? peerPact(in: context)
        }
        let kind = Self.cues.nouns[String(firstPassage.folded.slice(keyword))] ?? .cluster
        var number: Int?
        var labelRange = firstRange
        var labelPassage = firstPassage
        for (passage, match) in mentions {
            guard let numeral = match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7], let whole = match[0] else { continue }
            number = Self.value(ofNumeral: passage.text(numeral))
            if number != nil { labelRange = whole; labelPassage = passage; break }
        }
        if number == nil {
            for (passage, match) in mentions {
                guard let whole = match[0],
                      let numeral = passage.firstMatch(Self.fieldNumber, in: clampedRange(whole.upperBound, min(passage.count, whole.upperBound + 60)))?[1]
                else { continue }
                let text = passage.text(numeral)
                number = Numerals.arabic(text) ?? Numerals.roman(text.uppercased())
                if number != nil { break }
            }
        }
        if number == nil, let value = Self.numberEndingName(after: firstRange.upperBound, in: firstPassage)
            ?? Self.ordinal(before: firstRange.lowerBound, in: firstPassage) {
            number = value
        }
        var parent: String?
        for (passage, match) in mentions {
            guard let whole = match[0] else { continue }
            let rest = clampedRange(whole.upperBound, min(passage.count, whole.upperBound + 100))
            if let owner = passage.firstMatch(Self.ownerPhrase, in: rest)?[1] {
                parent = vietnameseName(of: passage.text(owner), context: context)
                if parent != nil { break }
            }
            if let owner = self.owner(after: whole.upperBound, in: passage, context: context)
                ?? bracketedOwner(after: whole.upperBound, in: passage, context: context)
                ?? ownerInDescription(after: whole.upperBound, in: passage, context: context) {
                parent = owner
                break
            }
        }
        if parent == nil, let found = establishingBody(in: context) { parent = found }
        if parent == nil { parent = subjectOwner(in: context.body) ?? subjectOwner(in: context.title) }
        if parent == nil, let match = context.body.firstMatch(Self.departments), let field = match[1] {
            let fieldKey = Folding.key(context.body.text(field))
            parent = context.gazetteer.ministries.first(where: { ministry in
                ministry.es.contains { Folding.key($0).hasSuffix(fieldKey) }
            })?.name
        }
        let label = labelPassage.text(labelRange)
        let evidence = labelPassage === context.body ? labelRange : nil
        return Found(Organizer(kind: kind, number: number, label: label, parent: parent), evidence)
    }

    /// Ordinals that number a cluster before its name ("el cuarto Clúster de Emulación").
    static let ordinals: [String: Int] = [
        "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
        "septimo": 7, "octavo": 8, "noveno": 9, "decimo": 10,
    ]

    static func ordinal(before start: Int, in passage: Passage) -> Int? {
        let index = passage.tokenIndex(atOrAfter: start) - 1
        guard index >= 0, passage.tokens[index].range.upperBound + 1 == start else { return nil }
        return ordinals[passage.tokens[index].key]
    }

    /// Words that join the capitalised words of a name.
    static let nameJoiners: Set<String> = ["de", "del", "y", "e", "la", "las", "los", "el"]

    /// A number that ends the organizer's name, as in Vietnamese ("Khối thi đua
    /// Dịch vụ – Thương mại 1"): "Bloque de Emulación de Servicios y Comercio 1
    /// firmó …". A number before a noun ("de las 5 provincias") is a count.
    static func numberEndingName(after end: Int, in passage: Passage) -> Int? {
        var index = passage.tokenIndex(atOrAfter: end)
        var sawName = false
        while index < passage.tokens.count, passage.tokens[index].range.lowerBound < end + 90 {
            let token = passage.tokens[index]
            let gap = passage.characters[(index == 0 ? end : max(end, passage.tokens[index - 1].range.upperBound))..<token.range.lowerBound]
            if gap.contains(where: { ",.;:()\n".contains($0) }) { return nil }
            if let value = Numerals.arabic(passage.text(token.range)) {
                guard sawName, (1...30).contains(value) else { return nil }
                let next = index + 1 < passage.tokens.count ? passage.tokens[index + 1] : nil
                let between = next.map { passage.characters[token.range.upperBound..<$0.range.lowerBound] } ?? []
                // Then the clause goes on (a verb, punctuation), not a counted noun.
                if let next, !between.contains(where: { ",.;:()".contains($0) }), next.isCapitalized || next.key.hasSuffix("s") { return nil }
                return value
            }
            if token.isCapitalized { sawName = true } else if !nameJoiners.contains(token.key) { return nil }
            index += 1
        }
        return nil
    }

    /// The body named right after the organizer ("del Ministerio de Finanzas",
    /// "de la Policía de la ciudad de Hanói", "adscrito al Departamento de
    /// ..."): a ministry by its Vietnamese name, another body as printed.
    func owner(after end: Int, in passage: Passage, context: Context) -> String? {
        var start = end
        while start < passage.count, passage.characters[start] == " " || passage.characters[start] == "," { start += 1 }
        start += Self.regionalLabelLength(passage.text(start..<min(passage.count, start + 120)))
        let rest = passage.foldedText(start..<min(passage.count, start + 120))
        guard let link = Self.ownerLinks.first(where: { rest.hasPrefix($0) }) else { return nil }
        let phraseStart = start + link.count
        let phrase = passage.text(phraseStart..<min(passage.count, phraseStart + 110))
        // "de la provincia de Gia Lai": the province owns it.
        for (opening, kind) in [("provincia de ", "tỉnh "), ("ciudad de ", "thành phố ")] where Folding.fold(phrase).hasPrefix(opening) {
            let words = phrase.dropFirst(opening.count).split(separator: " ").prefix(4).map(String.init)
            for count in stride(from: words.count, through: 1, by: -1) {
                let name = words.prefix(count).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",.;"))
                if let province = context.gazetteer.province(named: name, on: context.published?.date) { return kind + province }
            }
        }
        return Self.district(opening: phrase) ?? bodyOwner(opening: phrase, context: context)
    }

    /// "del Distrito 1", "del distrito de Binh Thanh": the district owns it, as printed.
    static func district(opening phrase: String) -> String? {
        let words = phrase.split(separator: " ").prefix(7).map(String.init)
        guard let first = words.first, Folding.fold(first) == "distrito" else { return nil }
        var taken = [first]
        var index = 1
        if index < words.count, words[index] == "de" { taken.append("de"); index += 1 }
        var named = 0
        while index < words.count, let initial = words[index].first, initial.isUppercase || initial.isNumber, named < 4 {
            let word = words[index].trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()"))
            taken.append(word)
            named += 1
            if word.count != words[index].count { break }
            index += 1
        }
        return named > 0 ? taken.joined(separator: " ") : nil
    }

    /// Nouns of a regional label between the name and its owner.
    static let regionNouns: Set<String> = ["provincias", "distritos", "ciudades", "localidades"]

    /// "de las provincias del Noroeste de la Asociación de Veteranos": the
    /// length of the label ("de las provincias del Noroeste ") before the owner's link.
    static func regionalLabelLength(_ text: String) -> Int {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 4, ["de", "del"].contains(words[0]), ["las", "los"].contains(words[1]) else { return 0 }
        var index = 2
        if !regionNouns.contains(String(words[index])) { index += 1 }  // "las cinco provincias"
        guard index < words.count, regionNouns.contains(String(words[index])) else { return 0 }
        index += 1
        // The region's name: "del Noroeste", "de la Costa Central".
        if index + 1 < words.count, ["del", "de"].contains(words[index]) {
            var next = index + 1
            if next < words.count, words[next] == "la" { next += 1 }
            var end = next
            while end < words.count, words[end].first?.isUppercase == true, end - next < 3 { end += 1 }
            if end > next { index = end }
        }
        guard index + 1 < words.count, ["de", "del"].contains(words[index]) else { return 0 }
        return words[..<index].reduce(0) { $0 + $1.count + 1 }
    }

    /// The body a phrase opens with, as an owner: a ministry by its
    /// Vietnamese name, another body as printed; "el Comité Popular
    /// provincial" alone (a bare provincial committee) names none, nor does a
    /// body joined to others ("del Frente de la Patria y las organizaciones
    /// político-sociales": the bloc's members, not its owner).
    func bodyOwner(opening printed: String, context: Context) -> String? {
        let phrase = Self.spelledOut(printed, context: context)
        guard phrase.first?.isUppercase == true, let body = context.gazetteer.body(opening: phrase, on: context.published?.date),
              !OwnerCues.vietnamese.bareOwners.contains(Folding.fold(body.vietnamese)) else { return nil }
        let rest = " " + Folding.fold(String(phrase.dropFirst(body.length))) + " "
        if Self.joinedBodies.contains(where: { rest.hasPrefix(" " + $0 + " ") }) { return nil }
        if let ministry = context.gazetteer.ministry(named: String(phrase.prefix(body.length))) { return ministry.name }
        return String(phrase.prefix(body.length)).trimmingCharacters(in: CharacterSet(charactersIn: " ,.;"))
    }

    /// What joins other bodies to an owner's name, making them all members (folded).
    static let joinedBodies = OwnerCues.spanish.joinedBodies

    /// A body's name as a reader takes it: its abbreviation, defined in the
    /// text, written out ("la AVG de Vietnam" → "Asociación de Veteranos de
    /// Guerra de Vietnam"), and a bracketed abbreviation inside the name left
    /// out ("Asociación de Veteranos de Guerra (AVG) de Vietnam").
    static func spelledOut(_ phrase: String, context: Context) -> String {
        var words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if let first = words.first, first.count >= 2, first.allSatisfy({ $0.isUppercase || $0 == "&" }),
           let full = context.abbreviations.expansion(of: first) {
            words[0] = full
        }
        if let bracket = words.prefix(8).firstIndex(where: { $0.hasPrefix("(") && $0.hasSuffix(")") && $0.count <= 10 }),
           bracket > 0, bracket + 1 < words.count, ["de", "del"].contains(words[bracket + 1]),
           words[bracket].dropFirst().dropLast().allSatisfy({ $0.isUppercase || $0 == "&" }) {
            words.remove(at: bracket)
        }
        return words.joined(separator: " ")
    }

    /// "Clúster de Emulación n.º VI (Ministerio de Justicia)": a body the
    /// gazetteer knows, alone in brackets right after the name.
    func bracketedOwner(after end: Int, in passage: Passage, context: Context) -> String? {
        var open = end
        while open < passage.count, passage.characters[open] == " " { open += 1 }
        guard open < passage.count, passage.characters[open] == "(",
              let close = passage.characters[open...].prefix(90).firstIndex(of: ")") else { return nil }
        var inside = passage.text((open + 1)..<close).trimmingCharacters(in: .whitespaces)
        // "(del Departamento del Interior)", "(adscrito a la Academia …)": the link goes.
        if let link = Self.ownerLinks.first(where: { Folding.fold(inside).hasPrefix($0) }) {
            inside = String(inside.dropFirst(link.count))
        }
        guard let body = context.gazetteer.body(opening: inside, on: context.published?.date),
              body.length >= Folding.fold(inside).count else { return nil }
        return context.gazetteer.ministry(named: inside)?.name ?? inside
    }

    /// Links inside a description that name its owner: a dependency said
    /// outright, or the province. A plain "de la" there names what the members
    /// are ("de las Oficinas de las Delegaciones de Diputados de la Asamblea Nacional").
    static let descriptionLinks = ["dependientes del ", "dependientes de la ", "dependiente del ", "dependiente de la ",
                                   "adscritos al ", "adscritas al ", "adscritos a la ", "adscritas a la ",
                                   "pertenecientes al ", "pertenecientes a la ", "de la provincia de ", "de la ciudad de ",
                                   "del ministerio de "]
    /// Bodies that own the units a plain "del" joins them to (Vietnamese "thuộc").
    static let owningGroups = ["Tập đoàn ", "Tổng công ty ", "Tổng cục ", "Học viện ", "Ngân hàng "]
    /// Plural place nouns: a link after them describes the places, not the
    /// cluster ("las provincias y ciudades dependientes del Gobierno central").
    static let placeNouns = OwnerCues.spanish.placeNouns

    /// An owner named inside the description that continues the organizer's
    /// name, before the clause ends: "Bloque de Emulación de los Centros
    /// dependientes del Departamento de Salud", "… de las comisiones del
    /// Partido de la provincia de Gia Lai".
    func ownerInDescription(after end: Int, in passage: Passage, context: Context) -> String? {
        let opening = passage.alignedText(end..<min(passage.count, end + 5))
        guard opening.hasPrefix(" de ") || opening.hasPrefix(" del ") else { return nil }
        let limit = min(passage.count, end + 120)
        var stop = end
        while stop < limit, !",.;:()\n\"“”".contains(passage.characters[stop]) { stop += 1 }
        let folded = passage.alignedText(end..<stop)
        // Where each link stands in the description, in text order.
        var found: [(offset: Int, link: String)] = []
        for link in Self.descriptionLinks {
            var from = folded.startIndex
            while let range = ByteSearch.range(of: " " + link, in: folded, from: from) {
                found.append((folded.distance(from: folded.startIndex, to: range.lowerBound), link))
                from = range.upperBound
            }
        }
        // A plain "del" before a group that owns its units: "de las empresas del Grupo de la Industria del Caucho".
        var from = folded.startIndex
        while let range = ByteSearch.range(of: " del ", in: folded, from: from) {
            let offset = folded.distance(from: folded.startIndex, to: range.lowerBound)
            found.append((offset, "del "))
            from = range.upperBound
        }
        for (offset, link) in found.sorted(by: { $0.offset < $1.offset }) where offset > 0 {
            if link == "del " {
                let start = end + offset + 5
                let phrase = passage.text(start..<min(passage.count, start + 110))
                guard let body = context.gazetteer.body(opening: phrase, on: context.published?.date),
                      Self.owningGroups.contains(where: { body.vietnamese.hasPrefix($0) }) else { continue }
                return body.vietnamese
            }
            let before = folded.prefix(offset).split(separator: " ").suffix(3)
            if before.contains(where: { Self.placeNouns.contains(String($0)) }) { continue }
            if link.hasPrefix("de la ") {
                // "de la provincia de X": read as right after the name.
                if let owner = owner(after: end + offset + 1, in: passage, context: context) { return owner }
                continue
            }
            // "del Ministerio de X": the ministry itself, after "del".
            let start = end + offset + 1 + (link == "del ministerio de " ? 4 : link.count)
            if let owner = bodyOwner(opening: passage.text(start..<min(passage.count, start + 110)), context: context) {
                return owner
            }
        }
        // The description ends at a comma and a dependency said outright follows:
        // "… de la región central, adscrito a la Academia …".
        if stop < passage.count, passage.characters[stop] == "," {
            let after = passage.alignedText(stop..<min(passage.count, stop + 24))
            if Self.ownerLinks.prefix(8).contains(where: { after.hasPrefix(", " + $0) }) {
                return owner(after: stop + 1, in: passage, context: context)
            }
        }
        return nil
    }

    /// The body whose decision set the clusters up ("Decisión n.º 12 del
    /// Ministerio de Justicia sobre la creación de los Clústeres de
    /// Emulación"); its head may sign it ("del director de la Academia …").
    static let establishing = Pattern(#"(?:decision|guia|resolucion|directiva|instruccion)(?:[^.;]|\.(?=\S)){0,120}?\s(?:del|de\s+la|de)\s+(?:(?:ministro|viceministro|director|directora|presidente|presidenta|jefe|jefa)\s+(?:de la|del|de)\s+)?((?:ministerio|academia|comite|departamento|comision|consejo|federacion|union|asociacion|direccion|tesoreria|inspeccion|fiscalia|tribunal|policia|corporacion|grupo)\s[^.;()]{2,80}?),?\s+(?:sobre|relativa a|para)\s+(?:la\s+)?(?:(?:creacion|establecimiento|constitucion|formacion|reorganizacion|consolidacion)\s+(?:del|de\s+(?:la|los|las))\s+(?:cluster|bloque|grupo|conglomerado)|aprobacion\s+de\s+(?:los|las)\s+(?:jef|subjef)[^.;]{0,60}?(?:cluster|bloque)(?:es|s)?\s+de\s+emulacion)"#)

    func establishingBody(in context: Context) -> String? {
        guard let match = context.body.firstMatch(Self.establishing), let range = match[1] else { return nil }
        let printed = context.body.text(range)
        // A body the gazetteer knows as its owner (a bare provincial committee names none); another as printed.
        guard context.gazetteer.body(opening: printed, on: context.published?.date) != nil else { return printed }
        return bodyOwner(opening: printed, context: context)
    }

    /// A ministry or province named in Spanish, in its Vietnamese form.
    func vietnameseName(of spanish: String, context: Context) -> String? {
        if let ministry = context.gazetteer.ministry(named: spanish) { return ministry.name }
        let key = Folding.key(spanish)
        if key.hasPrefix("provincia de "), let province = context.gazetteer.province(named: String(key.dropFirst(13))) {
            return "tỉnh " + province
        }
        return nil
    }
}
