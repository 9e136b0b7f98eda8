import Foundation
import PactoModel

/// Awards in Spanish reports: "propuso la Bandera de Emulación del Comité
/// Popular de la Ciudad para el Comando ...", "conceda el Certificado de
/// Mérito del ministro al Departamento ...", "la Escuela X recibió el
/// diploma de reconocimiento". The words come from ``AwardCues/spanish``.
struct SpanishAwardRule: Sendable {
    let cues = AwardCues.spanish

    static let name: Pattern = {
        let names = AwardCues.spanish.names.map(\.name).sorted { $0.count > $1.count }
        return Pattern(#"(?<![a-z])("# + names.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|") + #")(?![a-z])"#)
    }()

    func awards(in context: Context, date: Stamp?) -> [Found<Award>] {
        let body = context.body
        var awards: [Found<Award>] = []
        let names = body.matches(Self.name).compactMap { $0[1] }
        var pending: (kind: Award.Kind, issuer: String?, range: Range<Int>, next: Int)?
        for (index, nameRange) in names.enumerated() {
            let folded = String(body.folded.slice(nameRange))
            guard let kind = cues.names.first(where: { $0.name == folded })?.kind else { continue }
            let sentence = body.sentence(containing: nameRange.lowerBound)
            // The clause, up to the next award's name ("... a X, y el Certificado ... a Y").
            let next = index + 1 < names.count ? names[index + 1].lowerBound : sentence.upperBound
            var clauseEnd = Self.end(from: nameRange.upperBound, in: body, limit: min(sentence.upperBound, next), stops: ".;\n")
            // "... al Departamento X y la Bandera ...": the "y la" belongs to the next award.
            let tail = body.alignedText(max(nameRange.upperBound, clauseEnd - 10)..<clauseEnd)
            if clauseEnd == next, let join = Self.trailingJoin.firstRange(in: tail) {
                clauseEnd -= tail.distance(from: join.lowerBound, to: tail.endIndex)
            }
            var cursor = nameRange.upperBound
            // "el título de “Bandera de Emulación”": a title counts only quoted; the quote names it.
            var namedKind = kind
            if let quoted = Self.quoted(after: cursor, in: body, limit: clauseEnd) {
                let inner = body.alignedText(quoted)
                if let known = cues.names.first(where: { inner.hasPrefix($0.name) }) { namedKind = known.kind }
                cursor = quoted.upperBound + 1
            } else if folded.hasSuffix(" de") {
                // "el título de", "la bandera de" name an award only with its quoted title.
                continue
            }
            // "la Orden del Trabajo de tercera clase del presidente": the grade is part of the name.
            // "la Bandera de Emulación de 2024 del Comité Popular provincial": the year is no part of the issuer.
            if let year = Self.yearAfterName.firstRange(in: body.alignedText(cursor..<clauseEnd)) {
                cursor += body.alignedText(cursor..<clauseEnd).distance(from: year.lowerBound, to: year.upperBound)
            }
            let graded = body.alignedText(cursor..<clauseEnd)
            if let grade = cues.grades.first(where: { graded.hasPrefix(" " + $0 + " ") || graded == " " + $0 }) {
                cursor += grade.count + 1
            }
            // "El año pasado recibieron ...": a past award, not one of this meeting.
            if Self.pastCue.isFound(in: body.alignedText(Self.clauseStart(before: nameRange.lowerBound, in: body, sentence: sentence)..<nameRange.lowerBound)) {
                continue
            }
            // "Recibieron la Bandera ... del Ministerio X los Departamentos de A y B": the subject after the award.
            let postposed = postposedSubject(after: cursor, to: clauseEnd, name: nameRange.lowerBound, in: body, sentence: sentence)
            var issuer: String?
            let afterName = body.alignedText(cursor..<clauseEnd)
            if let opener = cues.issuerOpeners.first(where: { afterName.hasPrefix(" " + $0 + " ") }) {
                let start = cursor + opener.count + 2
                let stop = postposed ?? recipientStart(from: start, to: clauseEnd, in: body)?.opener
                    ?? Self.end(from: start, in: body, limit: clauseEnd, stops: ",:")
                let text = body.text(body.trimmed(start..<stop))
                // "del Ministerio de Cultura, Deportes y Turismo se otorgó a ...", "... fue entregada al", "... del Gobierno son A y B":
                // the name ends before the verb.
                var name = text
                // (A verb that ends the text counts: "... del Comité Popular provincial fue para el X".)
                for cut in [" se ", " fue ", " fueron ", " son ", " es ", " seran "] + cues.giving.map({ " " + $0 + " " })
                    // "del Comité Popular provincial por sus logros": a reason ends it.
                    + cues.listEnds.map({ " " + $0 + " " }) {
                    let padded = " " + Folding.fold(name) + " "
                    if let found = ByteSearch.range(of: cut, in: padded) {
                        name = String(name.prefix(max(0, padded.distance(from: padded.startIndex, to: found.lowerBound) - 1)))
                    }
                }
                if name.first?.isUppercase == true || isOffice(name) {
                    issuer = Self.withoutYear(name.trimmingCharacters(in: .whitespaces))
                }
            }
            if issuer == nil { issuer = proposedIssuer(before: nameRange.lowerBound, in: body, sentence: sentence) }
            if issuer == nil { issuer = giver(before: nameRange.lowerBound, in: body, sentence: sentence) }
            if issuer == nil { issuer = giverAfterReceiving(before: nameRange.lowerBound, in: body, sentence: sentence) }
            var recipients: [String] = []
            if let postposed {
                let list = body.trimmed(postposed..<listEnd(from: postposed, to: clauseEnd, in: body))
                recipients = Self.sharingHeads(MemberListRule.split(list, in: body, scope: .units)
                    .map { cleanedRecipient(body.text($0)) }).filter(isNamed)
            } else if var start = recipientStart(from: cursor, to: clauseEnd, in: body) {
                // "a tres colectivos: A, B y C", "a dos colectivos (A y B)": the names after the count.
                // The count may be described at length before its colon ("a dos colectivos con logros ... de 2024: A y B").
                let opening = body.alignedText(start.names..<min(clauseEnd, start.names + 220))
                // "a las siguientes unidades: A, B": no name before the colon.
                if let colon = opening.firstIndex(where: { $0 == ":" || $0 == "(" }),
                   opening[colon] == ":" || opening.distance(from: opening.startIndex, to: colon) <= 50,
                   Numerals.count(String(opening.split(separator: " ").first ?? "")) != nil
                    || opening[colon] == ":" && !body.text(start.names..<(start.names + opening.distance(from: opening.startIndex, to: colon))).contains(where: \.isUppercase) {
                    start.names += opening.distance(from: opening.startIndex, to: colon) + 1
                }
                let stop = listEnd(from: start.names, to: clauseEnd, in: body)
                let list = body.trimmed(start.names..<stop)
                recipients = Self.sharingHeads((Self.places(in: list, in: body) ?? MemberListRule.split(list, in: body, scope: .units))
                    .map { cleanedRecipient(body.text($0)) }).filter(isNamed)
            } else if let subject = receiver(before: nameRange.lowerBound, in: body, sentence: sentence) {
                // "Tres colectivos fueron distinguidos con ...: A, B y C": a counted subject, its names after the colon
                // or in the next sentence ("Tres unidades recibieron la Bandera ... Se trata de A, B y C").
                let counted = Self.isCounted(body.text(subject))
                let list = counted ? namesAfterColon(from: cursor, to: sentence.upperBound, in: body) : nil
                recipients = (list ?? Self.places(in: subject, in: body) ?? MemberListRule.split(subject, in: body, scope: .units))
                    .map { cleanedRecipient(body.text($0)) }.filter(isNamed)
                if recipients.isEmpty, counted {
                    recipients = namesInNextSentence(after: sentence, in: body).map { cleanedRecipient(body.text($0)) }.filter(isNamed)
                }
            }
            if recipients.isEmpty, let named = namedAfterCopula(name: nameRange.lowerBound, from: cursor, in: body, sentence: sentence) {
                // "Los colectivos galardonados con la Bandera ... fueron A y B".
                recipients = named.map { cleanedRecipient(body.text($0)) }.filter(isNamed)
            }
            // "entregó certificados de mérito a cinco colectivos. Los colectivos premiados son: A, B": the next sentence.
            if recipients.isEmpty, let start = recipientStart(from: cursor, to: clauseEnd, in: body) {
                recipients = followingNames(after: start.names, in: body, sentence: sentence)
                    .map { cleanedRecipient(body.text($0)) }.filter(isNamed)
            }
            // "recibió el Certificado de Mérito y la Bandera de Emulación": the second award
            // joined to the first by "y" goes to the same recipients.
            if recipients.isEmpty, let previous = awards.last, let previousRange = previous.range,
               previousRange.upperBound <= nameRange.lowerBound, body.sentence(containing: previousRange.lowerBound) == sentence,
               index > 0, Self.joinedByY.isFound(in: body.alignedText(names[index - 1].upperBound..<nameRange.lowerBound)) {
                recipients = previous.value.recipients
            }
            // "entregó la Bandera de Emulación y Certificados de Mérito al X": the first award, joined by "y"
            // to the next, goes to the next one's recipients.
            if let joined = pending, joined.next == index, !recipients.isEmpty {
                awards.append(Found(Award(kind: joined.kind, issuer: joined.issuer, recipients: recipients), joined.range))
            }
            if recipients.isEmpty, index + 1 < names.count, names[index + 1].lowerBound < sentence.upperBound,
               Self.joinedByY.isFound(in: body.alignedText(cursor..<names[index + 1].lowerBound)) {
                pending = (namedKind, issuer, nameRange.lowerBound..<clauseEnd, index + 1)
            }
            guard !recipients.isEmpty else { continue }
            awards.append(Found(Award(kind: namedKind, issuer: issuer, recipients: recipients), nameRange.lowerBound..<clauseEnd))
        }
        return awards + rankedAwards(in: body)
    }

    /// Where the recipients open: the opener's start and the first name after it.
    func recipientStart(from start: Int, to end: Int, in body: Passage) -> (opener: Int, names: Int)? {
        guard start < end else { return nil }
        let text = body.alignedText(start..<end)
        var best: (opener: Int, names: Int)?
        for opener in cues.recipientOpeners {
            guard let found = ByteSearch.range(of: " " + opener + " ", in: text) else { continue }
            let offset = text.distance(from: text.startIndex, to: found.lowerBound)
            // The one honoured is named: a capital letter follows (after "dos colectivos: " too).
            let names = start + offset + opener.count + 2
            guard names < end else { continue }
            if best == nil || offset + start < best!.opener || offset + start == best!.opener && names > best!.names {
                best = (start + offset, names)
            }
        }
        return best
    }

    func listEnd(from start: Int, to end: Int, in body: Passage) -> Int {
        let text = body.alignedText(start..<end)
        var stop = end
        for word in cues.listEnds {
            if let found = ByteSearch.range(of: " " + word, in: text) {
                stop = min(stop, start + text.distance(from: text.startIndex, to: found.lowerBound))
            }
        }
        let tail = body.alignedText(start..<stop)
        if let joint = Self.trailingJoint.firstRange(in: tail) { stop = start + tail.distance(from: tail.startIndex, to: joint.lowerBound) }
        return stop
    }

    /// "acordó proponer al Ministerio X que conceda ...": the one asked to grant it.
    func proposedIssuer(before name: Int, in body: Passage, sentence: Range<Int>) -> String? {
        let lead = body.alignedText(sentence.lowerBound..<name)
        for cue in cues.proposing {
            guard let found = ByteSearch.range(of: cue + " ", in: lead, backwards: true) else { continue }
            let start = sentence.lowerBound + lead.distance(from: lead.startIndex, to: found.upperBound)
            let rest = body.alignedText(start..<name)
            guard let que = [" que ", " conceder", " otorgar", " el titulo", " la bandera", " el certificado"].lazy
                .compactMap({ ByteSearch.range(of: $0, in: rest) }).first else { continue }
            let stop = start + rest.distance(from: rest.startIndex, to: que.lowerBound)
            let text = body.text(body.trimmed(start..<stop))
            return text.first?.isUppercase == true || Folding.fold(text).hasPrefix("presidente") ? text : nil
        }
        return nil
    }

    /// "El Comité Popular provincial otorgó la Bandera": the subject of the
    /// giving verb, when it is a body or an office ("el ministro de Finanzas");
    /// a person named before it ("Nguyen Van Son, vicepresidente del ...") only hands it over.
    func giver(before name: Int, in body: Passage, sentence: Range<Int>) -> String? {
        var start = name
        while start > sentence.lowerBound, !";:(".contains(body.characters[start - 1]) { start -= 1 }
        let lead = body.alignedText(start..<name)
        for verb in cues.giving {
            guard let found = ByteSearch.range(of: " " + verb + " ", in: lead, backwards: true) else { continue }
            let stop = start + lead.distance(from: lead.startIndex, to: found.lowerBound)
            var clauseStart = stop
            while clauseStart > start, body.characters[clauseStart - 1] != "," { clauseStart -= 1 }
            // "Nguyen Van Son, vicepresidente del Comité Popular provincial, entregó": a person, no issuer;
            // "En esta ocasión, el Comité ... entregó": an adverbial before its comma (no name after its first word) is not.
            if clauseStart > start, body.tokens(in: start..<clauseStart).dropFirst().contains(where: \.isCapitalized) || body.tokens(in: start..<clauseStart).count > 5 {
                return nil
            }
            var range = body.trimmed(clauseStart..<stop)
            for token in body.tokens(in: range) {
                guard !token.isCapitalized || ["el", "la", "los", "las"].contains(token.key) else { break }
                guard ["el", "la", "los", "las", "en", "esta", "ocasion"].contains(token.key) else { break }
                range = body.trimmed(token.range.upperBound..<range.upperBound)
            }
            guard !range.isEmpty else { return nil }
            let text = body.text(range)
            let first = Folding.fold(String(text.split(separator: " ").first ?? ""))
            let isOffice = HeadCues.spanish.unitWords.contains(first) || self.isOffice(text)
            return isOffice && text.split(separator: " ").count <= 14 ? text : nil
        }
        return nil
    }

    static let articleWords: Set<Substring> = ["el", "la", "los", "las", "un", "una"]

    /// "recibió del Comité Popular provincial la Bandera": the giver between the receiving verb and the award.
    static let receivedFromGiver = TextPattern(#"(?<![a-z])(?:recibio|recibieron|recibe|reciben|recibira|recibiran) (?:del|de la|de los|de) [^,;:]{3,80}? (?:la|el|las|los|un|una) ?$"#)

    func giverAfterReceiving(before name: Int, in body: Passage, sentence: Range<Int>) -> String? {
        let lead = body.alignedText(sentence.lowerBound..<name)
        guard let found = Self.receivedFromGiver.firstRange(in: lead) else { return nil }
        let words = lead[found].split(separator: " ")
        guard words.count >= 4, Self.isGiver(Array(words.dropFirst())) else { return nil }
        let opener = words[1] == "del" || !["la", "los", "las"].contains(words[2]) ? 2 : 3
        let start = sentence.lowerBound + lead.distance(from: lead.startIndex, to: words[opener].startIndex)
        let stop = sentence.lowerBound + lead.distance(from: lead.startIndex, to: words[words.count - 1].startIndex)
        let range = body.trimmed(start..<stop)
        guard !range.isEmpty else { return nil }
        let text = body.text(range)
        return text.first?.isUppercase == true || isOffice(text) ? text : nil
    }

    /// "recibió del Comité Popular provincial la Bandera": the giver, then an article, between the verb and the award.
    static func isGiver(_ words: [Substring]) -> Bool {
        guard words.count >= 3, words.count <= 10, let first = words.first, ["del", "de"].contains(first),
              let last = words.last, articleWords.contains(last) else { return false }
        return !words.dropLast().contains { [",", "y", "que", "por", "para"].contains($0) }
    }

    /// "la Escuela X recibió el ...": the subject of a receiving verb right before the award.
    func receiver(before name: Int, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var start = name
        while start > sentence.lowerBound, !";:(".contains(body.characters[start - 1]) { start -= 1 }
        let lead = body.alignedText(start..<name)
        for cue in cues.receiving.sorted(by: { $0.count > $1.count }) {
            guard let found = ByteSearch.range(of: " " + cue + " ", in: lead, backwards: true) else { continue }
            // Only articles between the verb and the award.
            let between = lead[found.upperBound...].split(separator: " ")
            guard between.allSatisfy({ Self.articleWords.contains($0) }) || Self.isGiver(between) else { continue }
            var stop = start + lead.distance(from: lead.startIndex, to: found.lowerBound)
            // "…, y que tres unidades recibieran el Certificado": a subjunctive's subject opens after its "que".
            let before = String(lead[..<found.lowerBound])
            if cue.hasPrefix("recibiera"), let que = ByteSearch.range(of: " que ", in: before, backwards: true) {
                start += before.distance(from: before.startIndex, to: que.upperBound)
            }
            stop = max(stop, start)
            // Without a unit's word, the subject is the clause after an adverbial and its comma
            // ("En la conferencia, tres unidades recibieron"), not the adverbial's capital.
            let opensAdverbial = body.tokens(in: start..<stop).first.map { Self.adverbialOpenings.contains($0.key) } ?? false
            let lastComma = opensAdverbial ? body.characters[start..<stop].lastIndex(of: ",").map { $0 + 1 } ?? start : start
            if body.tokens(in: start..<stop).first(where: { $0.isCapitalized && HeadCues.spanish.unitWords.contains($0.key) }) == nil,
               lastComma > start, case let counted = body.trimmed(lastComma..<stop), Self.isCounted(body.text(counted)) {
                return counted
            }
            guard let first = body.tokens(in: start..<stop).first(where: { $0.isCapitalized && HeadCues.spanish.unitWords.contains($0.key) })
                ?? body.tokens(in: lastComma..<stop).first(where: { $0.isCapitalized }) else {
                // "Thaco fue la empresa con los mejores resultados ...; fue propuesta para recibir":
                // a clause without a subject takes the one of the clause before.
                return start == stop && start > sentence.lowerBound ? copulaSubject(before: start - 1, in: body, sentence: sentence) : nil
            }
            var range = body.trimmed(first.range.lowerBound..<stop)
            // "el Departamento de Salud fue el primero y fue propuesto para recibir": the name before what is said of it.
            for token in body.tokens(in: range) where !token.isCapitalized && cues.predicates.contains(token.key) {
                range = body.trimmed(range.lowerBound..<token.range.lowerBound)
                break
            }
            return range.isEmpty ? nil : range
        }
        return nil
    }

    /// "Entre ellas, Thaco fue la empresa ...": the capitalised name before "fue" / "es" in the clause that ends at `end`.
    func copulaSubject(before end: Int, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var start = end
        while start > sentence.lowerBound, body.characters[start - 1] != ";" { start -= 1 }
        let clause = body.alignedText(start..<end)
        guard let copula = clause.range(of: #" (?:fue|es|ha sido) (?:la|el) "#, options: .regularExpression) else { return nil }
        let stop = start + clause.distance(from: clause.startIndex, to: copula.lowerBound)
        // The name: the capitalised words right before the verb.
        var nameStart = stop
        for token in body.tokens(in: start..<stop).reversed() {
            guard token.isCapitalized || ["de", "del", "y"].contains(token.key) else { break }
            nameStart = token.range.lowerBound
        }
        let range = body.trimmed(nameStart..<stop)
        guard let first = body.tokens(in: range).first, first.isCapitalized, range.count > 1 else { return nil }
        return range
    }

    func cleanedRecipient(_ text: String) -> String {
        var result = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,:"))
        var changed = true
        while changed {
            changed = false
            let lower = Folding.fold(result)
            // "y al Departamento X": the article or "a/al" a list item keeps after its "y" (never a capitalised "A Luoi").
            if result.first?.isLowercase == true, let article = ["al ", "a la ", "a los ", "a las ", "a ", "y "].first(where: { lower.hasPrefix($0) }) {
                result = String(result.dropFirst(article.count)).trimmingCharacters(in: .whitespaces)
                changed = true
                continue
            }
            // Whole words only: "la " is not the start of "Lang Son".
            for noun in cues.recipientNouns + ["el ", "la ", "los ", "las "] where lower.hasPrefix(Folding.fold(noun) + " ") {
                result = String(result.dropFirst(noun.count)).trimmingCharacters(in: .whitespaces)
                changed = true
                break
            }
        }
        return result
    }

    /// A recipient named: a capital letter, or a unit word ("la sucursal de Agribank en Binh Dinh").
    func isNamed(_ text: String) -> Bool {
        text.first?.isUppercase == true
            || HeadCues.spanish.unitWords.contains(Folding.fold(String(text.split(separator: " ").first ?? "")))
                && text.contains(where: \.isUppercase)
    }

    /// Words that open an adverbial before the subject ("En la conferencia, tres unidades recibieron").
    static let adverbialOpenings: Set<String> = ["en", "con", "durante", "tras", "al", "por", "segun", "desde", "ademas", "asimismo"]
    /// "de 2024", "del año 2024" right after the award's name.
    static let yearAfterName = TextPattern(#"^ (?:de|del ano|en) (?:19|20)\d\d(?= )"#)
    /// "y", "y la" at the end of a clause, before the next award's name.
    static let trailingJoin = TextPattern(#"\s+y(?:\s+(?:el|la|los|las|un|una))?\s*$"#)
    /// What stands between two awards named together: "y la", "y el" (and the first's issuer).
    static let joinedByY = TextPattern(#"^(?:\s+(?:de|del)\s+[^,;.]{0,60}?)?\s+y\s+(?:el|la|los|las|un|una)?\s*$"#)

    /// "de los distritos de", "de las comunas de": a list of places follows.
    static let placeList = TextPattern(#"^(?:[^,;]{0,60}?(?<![a-z])(?:los|las) )?(?:distritos|comunas|barrios|municipios|provincias|localidades) de "#)

    /// "a los Comités Populares de los distritos de A, B y C", "Las policías de
    /// los distritos de A y B recibieron": the places, by name; nil when the list names none.
    static func places(in list: Range<Int>, in body: Passage) -> [Range<Int>]? {
        let listText = body.alignedText(list)
        guard let places = placeList.firstRange(in: listText) else { return nil }
        let names = body.trimmed((list.lowerBound + listText.distance(from: listText.startIndex, to: places.upperBound))..<list.upperBound)
        return MemberListRule.split(names, in: body, scope: .localities)
    }

    /// The end of a phrase: the first of `stops` outside brackets and quotes.
    static func end(from start: Int, in body: Passage, limit: Int, stops: String) -> Int {
        var index = start
        var depth = 0
        while index < limit {
            let character = body.characters[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth == 0 && stops.contains(character) { break }
            index += 1
        }
        return index
    }

    /// A quoted title right after `start` ("“Bandera de Emulación”"), without its quotes.
    static func quoted(after start: Int, in body: Passage, limit: Int) -> Range<Int>? {
        var open = start
        while open < limit, body.characters[open] == " " { open += 1 }
        guard open < limit, "\"“«".contains(body.characters[open]) else { return nil }
        var close = open + 1
        while close < limit, !"\"”»".contains(body.characters[close]) { close += 1 }
        return close < limit ? (open + 1)..<close : nil
    }

    /// A year that ends a name ("... de 2024").
    static let trailingYear = TextPattern(#"\s+(?:de|en)\s+\d{4}$"#)

    static func withoutYear(_ text: String) -> String {
        guard let year = trailingYear.firstRange(in: text) else { return text }
        return String(text[..<year.lowerBound])
    }
}
