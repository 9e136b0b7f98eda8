import Foundation
import PactoModel

/// Members, their stated number, and the head in Spanish: "comprende seis
/// Departamentos ... de las siguientes provincias: Long An, Tien Giang ... y
/// Tra Vinh", "Líderes de 10 provincias del Clúster", "X será el
/// responsable / el jefe del Clúster".
struct SpanishMemberRule: Sendable {
    static let intro = Pattern(#"(?<![a-z])(comprende|incluye|agrupa|reune|integrad[oa] por|compuest[oa] por|formad[oa] por|siguientes provincias|siguientes unidades|provincias de)(?![a-z])|provincias [^(.;:]{0,40}\("#)
    static let number = #"(\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte)"#
    static let noun = #"(?:departamentos|provincias|unidades|miembros|localidades|distritos|ciudades|comunas|organismos|agencias|empresas|escuelas)"#
    static let counts: [Pattern] = [
        Pattern(#"(?<![a-z])(?:comprende|incluye|agrupa|reune|integrado por|compuesto por|formado por|de los|de las|tiene|cuenta con)\s+"# + number + #"\s+"# + noun),
        Pattern(#"(?<![a-z])(?:lideres|representantes|dirigentes|delegados)\s+de\s+(?:las\s+|los\s+)?"# + number + #"\s+"# + noun),
        Pattern(#"(?<![\w.,])"# + number + #"\s+"# + noun + #"\s+(?:del|de la|miembros del)\s+(?:cluster|grupo|bloque)"#),
    ]
    static let role = Pattern(#"(?:(?<![a-z])(?:sera|es|fue|sigue siendo|asumira|asume|asumio)\s+(?:el|la)\s+|(?<![a-z])(?:ejercera|ejerce|actuara|actua|ejercio) como\s+(?:el |la )?|,\s*(?:el |la )?)(responsable|jefe|jefa|subjefe|subjefa|vicejefe|lider)(?:\s+adjunto)?(?:\s+del\s+(?:cluster|grupo|bloque)|(?=\s*[.,;]))"#)
    /// "el subjefe es el Departamento de ...": the role first, the unit after.
    static let roleFirst = Pattern(#"(?<![a-z])(?:el|la) (jefe|jefa|subjefe|subjefa|vicejefe|responsable)(?: del (?:cluster|grupo|bloque)(?: de emulacion)?)? (?:es|sera|fue) (?=(?:el|la) )"#)

    /// "lo encabeza el Departamento de ...": the head after the verb.
    static let leads = Pattern(#"(?<![a-z])(?:(?:lo|la) (?:encabeza|encabezara|preside|presidira|dirige|dirigira)|encabezad[oa] por)\s+"#)

    func members(in context: Context, date: Stamp?) -> (members: [Found<Member>], range: Range<Int>)? {
        let body = context.body
        for match in body.matches(Self.intro) {
            guard let whole = match[0] else { continue }
            let sentence = body.sentence(containing: whole.lowerBound)
            let rest = body.folded.slice(clampedRange(whole.upperBound, min(sentence.upperBound, whole.upperBound + 140)))
            var start = whole.upperBound
            let bracketed = body.folded.slice(whole).hasSuffix("(")
            if bracketed {
                // "cinco provincias del centro (A, B y C)".
            } else if let colon = rest.firstIndex(of: ":") {
                start += rest.distance(from: rest.startIndex, to: colon) + 1
            } else if !body.folded.slice(whole).hasPrefix("provincias de") {
                continue
            }
            // A list after a colon may run over semicolons to the sentence's end.
            let semicolons = !bracketed && body.text(start..<sentence.upperBound).contains(";")
                && body.folded.slice(whole.upperBound..<start).contains(":")
            var end = start
            while end < sentence.upperBound, !".\n".contains(body.characters[end]), semicolons || body.characters[end] != ";",
                  !(bracketed && body.characters[end] == ")") {
                end += 1
            }
            let range = body.trimmed(start..<end)
            let reader = UnitReader(context: context, date: date)
            let scope: UnitReader.Scope = semicolons ? .units : .provinces
            let items = MemberListRule.split(range, in: body, scope: scope)
            let members = items.compactMap { reader.member($0, in: body, scope: scope) }
            // "provincias de las Tierras Altas Centrales": a region, not a list.
            if members.contains(where: { $0.value.province == nil }) && !rest.contains(":") && !bracketed { continue }
            if members.count >= 2 { return (members, range) }
        }
        return nil
    }

    func count(in context: Context) -> Found<Int>? {
        var best: Found<Int>?
        for pattern in Self.counts {
            guard let match = context.body.firstMatch(pattern), let range = match[0], let numberRange = match[1],
                  let value = Numerals.count(context.body.text(numberRange)), value >= 2 else { continue }
            if best == nil || range.lowerBound < (best?.range?.lowerBound ?? .max) { best = Found(value, range) }
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
            let text = body.foldedText(sentence)
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
