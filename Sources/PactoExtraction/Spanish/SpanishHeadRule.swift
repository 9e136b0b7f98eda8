import Foundation
import PactoModel

/// The head (jefe, jefa, jefatura) and deputy (subjefe, subjefatura) in
/// Spanish, with the unit before its role ("la Policía de X fue elegida jefa
/// del Clúster", "X (unidad jefa del Bloque)", "elegir al X como jefe") or
/// after it ("el jefe del Bloque para 2026 es el X", "la jefatura pasa a
/// la X"). The words come from ``HeadCues/spanish``.
struct SpanishHeadRule: Sendable {
    let cues = HeadCues.spanish

    static let role = Pattern(#"(?<![a-z])("# + (HeadCues.spanish.roles + HeadCues.spanish.chairRoles).sorted { $0.count > $1.count }
        .joined(separator: "|") + #")(?![a-z])"#)
    /// A chair role followed by its organizer ("presidenta del Bloque", "que preside el Clúster").
    static let chairOrganizer = TextPattern(#"^\s+(?:"# + HeadCues.spanish.chairOrganizers.joined(separator: "|") + #")(?![a-z])"#)
    static let chairWithOrganizer = TextPattern(#"(?<![a-z])(?:"# + HeadCues.spanish.chairRoles.joined(separator: "|") + #")\s+(?:"#
        + HeadCues.spanish.chairOrganizers.joined(separator: "|") + #")(?![a-z])"#)

    /// What may stand between a role and its unit: the organizer, a year, a link, an article.
    static let after = TextPattern(#"^(?:\s+(?:rotat(?:ori|iv)[oa]|de turno))?(?:\s+(?:"# + HeadCues.spanish.organizerWords.joined(separator: "|")
        + #")(?:\s+de\s+emulacion)?(?:\s+(?:n\.?\s*º|no\.?|numero)?\s*(?:[ivxl]+|\d{1,2})(?![a-z0-9]))?)?(?:\s+rotat(?:ori|iv)[oa])?(?:\s+(?:para|en|de)\s+(?:(?:el\s+(?:ano|curso)\s+)?\d{4}(?:\s*-\s*\d{4})?|(?:este|el presente)\s+ano))?\s*[,:]?\s*(?:(?:"#
        + HeadCues.spanish.linksAfter.sorted { $0.count > $1.count }.joined(separator: "|") + #")\s+)?(?:(?:el|la|los|las)\s+)?(?=[a-z])"#)
    /// The agent after a verb of choosing ("elegido por las unidades del Bloque").
    static let chosenBy = TextPattern(#"(?<=elegid[oa]|designad[oa]|nombrad[oa]|reconocid[oa]|propuest[oa])\s+por\s+(?:las|los|el|la|todas las|todos los)\s+[a-z ]{3,60}$"#)
    /// A year or a stretch of time before a role ("asumirá en 2026 el papel de").
    static let trailingTime = TextPattern(#"\s+(?:en|para|de|durante)\s+(?:el\s+(?:ano|curso)\s+)?\d{4}(?:\s*-\s*\d{4})?$"#)
    static let yearNear = TextPattern(#"(?:para|en|de)\s+(?:el\s+(?:ano|curso)\s+)?(20\d\d)"#)
    /// A year that opens the role's clause ("En 2023 el jefe del Clúster fue …").
    static let yearOpeningClause = TextPattern(#"(?:^|[,;] )en (?:el ano )?(20\d\d)(?![0-9])"#)
    /// Words that stand inside a unit's name between its capitalised words.
    static let nameConnectors: Set<String> = [
        "de", "del", "la", "el", "los", "las", "provincial", "municipal", "distrital", "provincia", "ciudad", "distrito",
        "comuna", "barrio", "municipio", "region", "y", "e",
    ]

    /// The holders named in the body; when the body names no head, those of
    /// the title too ("La Escuela X asume la jefatura del Bloque para 2026").
    func holders(in context: Context, date: Stamp?) -> [HeadRule.Holder] {
        var found = holders(in: context, passage: context.body, date: date)
        if !found.contains(where: { !$0.isDeputy }) {
            for var holder in holders(in: context, passage: context.title, date: date) {
                holder.member.range = nil
                found.append(holder)
            }
        }
        return found
    }

    func holders(in context: Context, passage body: Passage, date: Stamp?) -> [HeadRule.Holder] {
        let reader = UnitReader(context: context, date: date)
        var holders: [HeadRule.Holder] = []
        for match in body.matches(Self.role) {
            guard let whole = match[1] else { continue }
            let word = String(body.folded.slice(whole))
            // "fiscal jefe adjunto", "redactor jefe": a role word inside a person's title.
            if isInTitle(whole, word: word, in: body) { continue }
            // "presidente del Comité … y jefe de la Comisión de Movilización de Masas": a person's office, no role.
            if headsUnit(whole, in: body) { continue }
            let isDeputy = cues.deputyRoles.contains(word)
            let sentence = body.sentence(containing: whole.lowerBound)
            let sentenceText = body.alignedText(sentence)
            if cues.chairRoles.contains(word), !isChairRole(whole, isDeputy: isDeputy, in: body, sentence: sentence) { continue }
            let handover = cues.handover.contains { ByteSearch.contains($0, in: sentenceText) }
            let paired = ByteSearch.contains(Self.respectivelyCue, in: sentenceText)
            // "eligió al responsable y al subresponsable del Clúster …: A (responsable) y B (subresponsable)":
            // the deputy of a pair named before its units is read where its unit is.
            if isDeputy, !paired, Self.pairedRole.firstRange(in: body.alignedText(max(sentence.lowerBound, whole.lowerBound - 30)..<whole.lowerBound)) != nil {
                continue
            }
            let speaking = sentenceText.hasPrefix("en ")
            guard let unit = (speaking ? unitOfSpeaker(whole, in: body, sentence: sentence) : nil)
                    ?? (paired ? unitRespectively(whole, in: body, sentence: sentence) : nil)
                    ?? unitAfter(whole, in: body, sentence: sentence)
                    ?? unitBefore(whole, in: body, sentence: sentence)
                    ?? unitOfPerson(whole, in: body, sentence: sentence)
                    ?? droppedSubject(whole, in: body, sentence: sentence),
                  let printed = reader.member(unit, in: body) ?? lowercaseUnit(unit, in: body)
            else { continue }
            let member = DefinedUnits.expanded(printed, context: context, date: date)
            let near = body.alignedText(whole.upperBound..<min(sentence.upperBound, whole.upperBound + 60))
            let year = Self.yearNear.firstRange(in: near).flatMap { Int(near[$0].suffix(4)) }
                ?? HeadRule.clauseYear(before: whole, in: body, sentence: sentence, pattern: Self.yearOpeningClause)
            holders.append(HeadRule.Holder(member: member, isDeputy: isDeputy, isHandover: handover, year: year))
        }
        return holders
    }

    /// "presidente" is a role before its organizer ("presidente del Bloque"); a deputy's
    /// "la vicepresidencia" also after the head's ("asume la presidencia del Bloque y X, la vicepresidencia").
    func isChairRole(_ role: Range<Int>, isDeputy: Bool, in body: Passage, sentence: Range<Int>) -> Bool {
        let rest = body.alignedText(role.upperBound..<min(sentence.upperBound, role.upperBound + 40))
        if Self.chairOrganizer.firstRange(in: rest) != nil { return true }
        guard isDeputy else { return false }
        let before = body.alignedText(sentence.lowerBound..<role.lowerBound)
        return Self.chairWithOrganizer.firstRange(in: before) != nil
    }

    /// The role is followed by "de la" / "del" and a unit's word that is no organizer ("jefe de la Comisión X").
    func headsUnit(_ role: Range<Int>, in body: Passage) -> Bool {
        var index = body.tokenIndex(atOrAfter: role.upperBound)
        guard index < body.tokens.count, ["de", "del"].contains(body.tokens[index].key),
              body.text(role.upperBound..<body.tokens[index].range.lowerBound) == " " else { return false }
        index += 1
        if index < body.tokens.count, ["la", "los", "las"].contains(body.tokens[index].key) { index += 1 }
        guard index < body.tokens.count else { return false }
        let word = body.tokens[index].key
        return cues.unitWords.contains(word) && !Self.organizerNouns.contains(word)
    }
    /// A head's role and "y" right before a deputy's ("jefe y subjefe", "responsable y al subresponsable").
    static let pairedRole = TextPattern(#"(?<![a-z])(?:jef[ea]|jefatura|responsable|president[ea]|presidencia)\s+y\s+(?:(?:al|el|la|a la)\s+)?$"#)
    static let organizerNouns: Set<String> = ["grupo", "cluster", "bloque", "agrupacion"]

    /// The word before the role and the role's first word make one of ``HeadCues/titles`` ("fiscal jefe").
    func isInTitle(_ role: Range<Int>, word: String, in body: Passage) -> Bool {
        let index = body.tokenIndex(atOrAfter: role.lowerBound)
        guard index > 0, let first = word.split(separator: " ").first else { return false }
        return cues.titles.contains(body.tokens[index - 1].key + " " + first)
    }

    /// The unit named after the role: "el jefe del Bloque para 2026 es el X".
    func unitAfter(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let rest = body.alignedText(role.upperBound..<sentence.upperBound)
        guard let link = Self.after.firstRange(in: rest) else { return nil }
        let start = role.upperBound + rest.distance(from: rest.startIndex, to: link.upperBound)
        // "es la comuna de An Hiep": a unit word in lower case before a name also opens it.
        guard start < sentence.upperBound, opensUnit(at: start, in: body),
              body.characters[start].isUppercase || body.text(start..<min(sentence.upperBound, start + 40)).contains(where: \.isUppercase)
        else { return nil }
        let tail = body.alignedText(start..<sentence.upperBound)
        var end = tail.count
        for stop in [",", ";", ".", "(", " y el ", " y la ", " y al ", " y a la ", " como "] + cues.unitEnds.map({ " " + $0 + " " }) {
            if let found = ByteSearch.range(of: stop, in: tail) { end = min(end, tail.distance(from: tail.startIndex, to: found.lowerBound)) }
        }
        let range = body.trimmed(start..<(start + end))
        return range.isEmpty ? nil : range
    }

    /// The words between a unit and its role after it, the longest first (sorted once).
    static let linksBefore = HeadCues.spanish.linksBefore.sorted { $0.count > $1.count }

    /// The unit named before the role, back over the words that tie it to
    /// the role ("fue elegida", "es la unidad", "como", "(", ",").
    func unitBefore(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var end = role.lowerBound
        let links = Self.linksBefore
        var changed = true
        while changed {
            changed = false
            while end > sentence.lowerBound, " ,(-–".contains(body.characters[end - 1]) { end -= 1; changed = true }
            let lead = body.alignedText(sentence.lowerBound..<end)
            // "fue elegido por las unidades del Bloque como jefe": the agent is no part of the link.
            if ByteSearch.contains(" por ", in: lead), let agent = Self.chosenBy.firstRange(in: lead) {
                end = sentence.lowerBound + lead.distance(from: lead.startIndex, to: agent.lowerBound)
                changed = true
                continue
            }
            if let time = Self.trailingTime.firstRange(in: lead) {
                end = sentence.lowerBound + lead.distance(from: lead.startIndex, to: time.lowerBound)
                changed = true
                continue
            }
            // "de Son La jefe": a capitalised word inside the sentence ends a name, it is no link.
            for link in links where (lead == link || lead.hasSuffix(" " + link) || lead.hasSuffix("(" + link))
                && !(end - link.count > sentence.lowerBound && body.characters[end - link.count].isUppercase) {
                end -= link.count
                changed = true
                break
            }
        }
        // Back over the name: capitalised words and the small words inside names.
        var tokens = body.tokens(in: sentence.lowerBound..<end)
        var start = end
        while let last = tokens.last {
            let gap = body.text(last.range.upperBound..<start)
            // "el Banco Estatal, sucursal de Ha Tinh": a branch's name goes on over its comma.
            if gap.contains(where: { ",;:()".contains($0) }) {
                guard gap.trimmingCharacters(in: .whitespaces) == ",", last.isCapitalized,
                      let opening = body.tokens(in: start..<end).first, cues.branchWords.contains(opening.key) else { break }
            }
            guard last.isCapitalized || Self.nameConnectors.contains(last.key) || cues.branchWords.contains(last.key) else { break }
            start = last.range.lowerBound
            tokens = tokens.dropLast()
        }
        // "el periódico Nhan Dan": a unit word written in lower case opens the name.
        if let last = tokens.last, Self.lowercaseUnitWords.contains(last.key),
           body.text(last.range.upperBound..<start).allSatisfy(\.isWhitespace) {
            start = last.range.lowerBound
        }
        // The name opens at its first capitalised unit word.
        // "la ciudad de Vinh": a locality word opens the name in lower case too.
        guard let first = body.tokens(in: start..<end).first(where: {
            cues.unitWords.contains($0.key) && ($0.isCapitalized || Self.localityWords.contains($0.key)
                || Self.lowercaseUnitWords.contains($0.key))
        })
        else {
            // "X releva a la de Thanh Hoa como jefa": X, not the one replaced.
            if let subject = unitBeforeGiver(at: start, in: body, sentence: sentence) { return subject }
            return unitOfPlace(from: start, to: end, in: body) ?? placeAlone(from: start, to: end, before: role.lowerBound, in: body)
                ?? abbreviationAlone(from: start, to: end, in: body)
                ?? officeOfPerson(before: start, in: body, sentence: sentence)
        }
        // "X recibió de Y la jefatura", "X sustituye a Y como jefe": Y gives the role, X before the verb takes it.
        if let subject = unitBeforeGiver(at: first.range.lowerBound, in: body, sentence: sentence) { return subject }
        let range = body.trimmed(first.range.lowerBound..<end)
        return range.isEmpty ? nil : range
    }

    /// "y al de Cao Bang como subjefe", "y el de Kon Tum": the kind of unit
    /// named before, of another place; the place names it.
    func unitOfPlace(from start: Int, to end: Int, in body: Passage) -> Range<Int>? {
        var tokens = Array(body.tokens(in: start..<end))
        let before = body.tokenIndex(atOrAfter: start) - 1
        var article = before >= 0 && ["al", "el", "la"].contains(body.tokens[before].key)
        // "y a la de Nam Dinh": the article was read as part of the name.
        if let first = tokens.first, ["el", "la"].contains(first.key), !first.isCapitalized {
            tokens.removeFirst()
            article = true
        }
        guard article, tokens.count >= 2, tokens[0].key == "de", tokens[1].isCapitalized else { return nil }
        let range = body.trimmed(tokens[1].range.lowerBound..<end)
        return range.isEmpty ? nil : range
    }

    /// "recibió de la", "releva a la": the unit after it hands the role to the subject.
    static let receivedFrom = TextPattern(#"(?<![a-z])(?:(?:recibio|recibe|recibira|recibieron|asumio|asume|heredo|hereda|tomo el relevo|toma el relevo|tomara el relevo)\s+(?:de\s+(?:la|los|las)|del|de)|(?:releva|relevo|relevara|sustituye|sustituyo|sustituira|reemplaza|reemplazo|reemplazara)\s+(?:a\s+(?:la|los|las)|al|a))\s+$"#)

    /// The unit before a verb of ``receivedFrom`` that ends the text before `offset`.
    func unitBeforeGiver(at offset: Int, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let before = body.alignedText(sentence.lowerBound..<offset)
        guard let verb = Self.receivedFrom.firstRange(in: before) else { return nil }
        let at = sentence.lowerBound + before.distance(from: before.startIndex, to: verb.lowerBound)
        return unitBefore(at..<at, in: body, sentence: sentence)
    }
    /// Unit words printed in lower case before a name ("el periódico Nhan Dan").
    static let lowercaseUnitWords = Set(MemberCues.spanish.lowercaseUnits.map { $0.trimmingCharacters(in: .whitespaces) })
    /// Locality words that open a unit's name in lower case ("la ciudad de Vinh").
    static let localityWords: Set<String> = ["ciudad", "provincia", "distrito", "comuna", "municipio", "barrio"]

    /// "El jefe de la Comisión de Asuntos Internos del Comité provincial del
    /// Partido, Vo Van Quynh, jefe del Bloque": the person holds the role for
    /// the unit named with their title in the clause before their name.
    func officeOfPerson(before name: Int, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var end = name
        while end > sentence.lowerBound, body.characters[end - 1] == " " { end -= 1 }
        guard end > sentence.lowerBound, body.characters[end - 1] == "," else { return nil }
        end -= 1
        var start = end
        while start > sentence.lowerBound, !",;:(".contains(body.characters[start - 1]) { start -= 1 }
        let tokens = Array(body.tokens(in: start..<end))
        guard let title = tokens.firstIndex(where: { cues.titles.contains($0.key) }),
              let unit = tokens[(title + 1)...].first(where: { cues.unitWords.contains($0.key) }) else { return nil }
        let range = body.trimmed(unit.range.lowerBound..<end)
        return range.isEmpty ? nil : range
    }

    /// "periódico Quang Ngai": a unit word in lower case still names the unit.
    func lowercaseUnit(_ range: Range<Int>, in body: Passage) -> Found<Member>? {
        guard opensUnit(at: range.lowerBound, in: body), body.text(range).contains(where: \.isUppercase) else { return nil }
        return Found(Member(text: body.text(range), province: nil), range)
    }

    func opensUnit(at offset: Int, in body: Passage) -> Bool {
        let index = body.tokenIndex(atOrAfter: offset)
        guard index < body.tokens.count else { return false }
        return cues.unitWords.contains(body.tokens[index].key)
    }
}
