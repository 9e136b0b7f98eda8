import Foundation
import PactoModel

/// A Spanish list of departments named by their fields, the head word printed
/// once: "integrado por los departamentos y sectores de Ciencia y Tecnología;
/// Salud; Trabajo, Inválidos de Guerra y Asuntos Sociales; …; la Seguridad
/// Social de la ciudad y la Editorial de Hai Phong, se ciñó …". Each field is a
/// "Departamento de <field>"; an item with its own article is a unit of its own.
extension SpanishMemberRule {
    /// Lower-case words after a comma that go on with the list ("y", articles); any other ends it ("…, celebró").
    static let fieldJoints: Set<String> = ["y", "e", "la", "el", "los", "las"]

    /// After an opener: "los departamentos (y sectores) de" and a capitalised field, then two semicolons at
    /// least that part the fields. Returns the members and the list's range.
    static func fieldRun(from start: Int, in sentence: Range<Int>, of body: Passage)
        -> (members: [Found<Member>], range: Range<Int>)? {
        let tokens = Array(body.tokens(in: start..<min(sentence.upperBound, start + 80)).prefix(7))
        var index = 0
        while index < tokens.count, ["los", "las", "a"].contains(tokens[index].key), !tokens[index].isCapitalized { index += 1 }
        guard index < tokens.count, !tokens[index].isCapitalized, let singular = MemberCues.spanish.pluralUnits[tokens[index].key]
        else { return nil }
        index += 1
        // "y sectores": a second kind joined to the first.
        if index + 1 < tokens.count, tokens[index].key == "y", !tokens[index + 1].isCapitalized { index += 2 }
        guard index + 1 < tokens.count, tokens[index].key == "de", !tokens[index].isCapitalized, tokens[index + 1].isCapitalized
        else { return nil }
        let first = tokens[index + 1].range.lowerBound
        // The parts at semicolons outside brackets; the last one ends at a comma before a lower-case word that
        // does not go on with the list.
        var pieces: [Range<Int>] = []
        var pieceStart = first
        var depth = 0
        var end = first
        while end < sentence.upperBound, !endsList(at: end, in: body) {
            let character = body.characters[end]
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if depth == 0, character == ";" {
                pieces.append(pieceStart..<end)
                pieceStart = end + 1
            } else if depth == 0, character == ",", let next = body.tokens(in: (end + 1)..<min(sentence.upperBound, end + 30)).first,
                      !next.isCapitalized, !fieldJoints.contains(next.key) {
                break
            }
            end += 1
        }
        pieces.append(pieceStart..<end)
        guard pieces.count >= 3 else { return nil }
        var members: [Found<Member>] = []
        for piece in pieces {
            for item in fieldItems(body.trimmed(piece, also: [","]), in: body) {
                let words = body.tokens(in: item)
                if let article = words.first, ["la", "el", "los", "las"].contains(article.key), !article.isCapitalized {
                    // "la Editorial de Hai Phong", "el periódico Can Tho": a unit named with its own head, as printed.
                    let name = body.trimmed(article.range.upperBound..<item.upperBound)
                    if !name.isEmpty { members.append(Found(Member(text: body.text(name)), name)) }
                } else if words.first?.isCapitalized == true {
                    members.append(Found(Member(text: singular + " de " + body.text(item)), item))
                }
            }
        }
        return members.count >= 3 ? (members, body.trimmed(first..<end)) : nil
    }

    /// A piece parted at ", y" ("Sanidad, y Asuntos Exteriores") and at a "y" before an article ("… de Hai
    /// Phong y la Editorial de Hai Phong"); a "y" inside a field stays ("Ciencia y Tecnología").
    static func fieldItems(_ piece: Range<Int>, in body: Passage) -> [Range<Int>] {
        let tokens = Array(body.tokens(in: piece))
        for (index, token) in tokens.enumerated() where ["y", "e"].contains(token.key) && !token.isCapitalized && index > 0 {
            let afterComma = body.text(tokens[index - 1].range.upperBound..<token.range.lowerBound).contains(",")
            let beforeArticle = index + 1 < tokens.count && ["la", "el", "los", "las"].contains(tokens[index + 1].key)
            guard afterComma || beforeArticle else { continue }
            let left = body.trimmed(piece.lowerBound..<token.range.lowerBound, also: [","])
            let right = body.trimmed(token.range.upperBound..<piece.upperBound, also: [","])
            return fieldItems(left, in: body) + fieldItems(right, in: body)
        }
        return piece.isEmpty ? [] : [piece]
    }
}
