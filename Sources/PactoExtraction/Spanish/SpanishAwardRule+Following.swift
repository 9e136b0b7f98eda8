import Foundation
import PactoModel

/// Spanish recipients named away from the award's "a": after the colon of a
/// counted subject ("Tres colectivos fueron distinguidos con ...: A, B y C"),
/// after "fueron" / "son" of a participle's subject ("Los colectivos
/// galardonados con la Bandera ... fueron A y B"), and in the sentence after
/// a counted one ("... a cinco colectivos. Los colectivos premiados son: A, B").
extension SpanishAwardRule {
    /// "al Departamento de Justicia de Thanh Hoa y del Certificado de Mérito …": the "y" (and its
    /// article) that joins the next award ends the list before it.
    static let trailingJoint = TextPattern(#"\s+y\s+(?:(?:del|de la|de los|de las|el|la|los|las|al|a la)\s*)?$"#)

    /// "tres colectivos", "dos unidades", "5 colectivos": a count of recipients.
    static let counted = TextPattern(#"^(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+(?:colectivos|unidades|individuos|departamentos|organismos|entidades|localidades)(?![a-z])"#)
    /// A sentence that names counted recipients: their noun, then "son", "fueron", "son los siguientes" or a colon.
    static let namingSentence = TextPattern(#"^[^.;:]{0,60}?(?<![a-z])(?:colectivos|unidades|organismos|entidades|galardonados|premiados)(?![a-z])[^.;:]{0,40}?(?:\s(?:son|fueron|incluyen)(?:\s+los\s+siguientes)?\s*:?|:)\s"#)
    /// "fueron", "son" after the award's clause.
    static let copula = TextPattern(#"\s(?:fueron|son|resultaron)\s*:?\s"#)

    /// An official's office as issuer ("presidente del Comité ...", "primer ministro").
    func isOffice(_ text: String) -> Bool {
        let folded = Folding.fold(text) + " "
        let first = String(folded.split(separator: " ").first ?? "")
        return HeadCues.spanish.titles.contains(first) || cues.officeWords.contains { folded.hasPrefix($0 + " ") }
    }

    static func isCounted(_ text: String) -> Bool {
        counted.isFound(in: Folding.fold(text))
    }

    /// The names after the first colon between `start` and `end`.
    func namesAfterColon(from start: Int, to end: Int, in body: Passage) -> [Range<Int>]? {
        guard start < end, let colon = body.characters[start..<end].firstIndex(of: ":") else { return nil }
        let stop = listEnd(from: colon + 1, to: Self.end(from: colon + 1, in: body, limit: end, stops: ".;\n"), in: body)
        let range = body.trimmed((colon + 1)..<stop)
        return range.isEmpty ? nil : MemberListRule.split(range, in: body, scope: .units)
    }

    /// "Los colectivos galardonados con la Bandera ... fueron A y B": a
    /// participle of ``AwardCues/participles`` right before the award, then
    /// the names after "fueron" or "son" in the same clause.
    func namedAfterCopula(name: Int, from cursor: Int, in body: Passage, sentence: Range<Int>) -> [Range<Int>]? {
        let start = Self.clauseStart(before: name, in: body, sentence: sentence)
        var lead = body.alignedText(start..<name).trimmingCharacters(in: .whitespaces)
        for article in ["el", "la", "los", "las"] where lead.hasSuffix(" " + article) { lead = String(lead.dropLast(article.count + 1)) }
        guard cues.participles.contains(where: { lead.hasSuffix(" " + $0) }), cursor < sentence.upperBound else { return nil }
        let rest = body.alignedText(cursor..<sentence.upperBound)
        guard let copula = Self.copula.firstRange(in: rest) else { return nil }
        let from = cursor + rest.distance(from: rest.startIndex, to: copula.upperBound)
        let stop = listEnd(from: from, to: Self.end(from: from, in: body, limit: sentence.upperBound, stops: ".;\n"), in: body)
        let range = body.trimmed(from..<stop)
        return range.isEmpty ? nil : MemberListRule.split(range, in: body, scope: .units)
    }

    /// A sentence that opens by naming: ``AwardCues/namingOpenings`` ("Se trata del Departamento X, ...").
    static let namingOpening = TextPattern(#"^(?:"# + AwardCues.spanish.namingOpenings.joined(separator: "|") + #")\s*:?\s"#)

    /// The names in the sentence after `sentence` when it opens by naming them
    /// (``namingOpening`` or ``namingSentence``).
    func namesInNextSentence(after sentence: Range<Int>, in body: Passage) -> [Range<Int>] {
        guard let names = body.afterOpening(ofSentenceAfter: sentence, openings: [Self.namingOpening, Self.namingSentence]) else { return [] }
        let range = body.trimmed(names.lowerBound..<listEnd(from: names.lowerBound, to: names.upperBound, in: body), also: [".", ";"])
        return range.isEmpty ? [] : MemberListRule.split(range, in: body, scope: .units)
    }

    /// The names, in the next sentence, of recipients the award's sentence only counts ("a cinco colectivos.").
    func followingNames(after start: Int, in body: Passage, sentence: Range<Int>) -> [Range<Int>] {
        guard start < sentence.upperBound else { return [] }
        let rest = body.alignedText(start..<sentence.upperBound).trimmingCharacters(in: CharacterSet(charactersIn: " .:"))
        guard Self.isCounted(rest), rest.split(separator: " ").count <= 4 else { return [] }
        var cursor = sentence.upperBound
        while cursor < body.count, body.characters[cursor] == " " || body.characters[cursor] == "\n" { cursor += 1 }
        guard cursor < body.count else { return [] }
        let next = body.sentence(containing: cursor)
        let text = body.alignedText(cursor..<next.upperBound)
        guard let naming = Self.namingSentence.firstRange(in: text) ?? Self.namingOpening.firstRange(in: text) else { return [] }
        let from = cursor + text.distance(from: text.startIndex, to: naming.upperBound)
        let range = body.trimmed(from..<listEnd(from: from, to: next.upperBound, in: body), also: [".", ";"])
        return range.isEmpty ? [] : MemberListRule.split(range, in: body, scope: .units)
    }
}
