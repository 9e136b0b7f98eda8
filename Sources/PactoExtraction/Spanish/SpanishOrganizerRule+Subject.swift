import Foundation
import PactoModel

/// "El Comité del Frente de la Patria de Vietnam del distrito de Dong Anh llevó a cabo la evaluación
/// en los 3 clústeres de emulación números 1, 2 y 3 del Frente del distrito": the clusters of a bare
/// "distrito" / "provincia" belong to the body of that place the sentence's subject names.
extension SpanishOrganizerRule {
    static let subjectOwner = Pattern(#"(?<![a-z])((?:comite|union|asociacion|federacion|departamento|policia|sindicato|comision)\s[^.;,:]{2,80}?) (?:organizo|organiza|celebro|celebra|llevo a cabo|lleva a cabo|realizo|realiza|dirigio|dirige)[^.;]{0,90}? (?:clusteres|cluster|bloques|bloque|grupos|grupo) de emulacion[^.;]{0,40}? del (?:frente |comite |sindicato |partido )?(distrito|provincia|municipio)(?= |$|[.,;])"#)

    func subjectOwner(in passage: Passage) -> String? {
        for match in passage.matches(Self.subjectOwner) {
            guard let range = match[1], let level = match[2] else { continue }
            let tokens = passage.tokens(in: range)
            guard let first = tokens.first, first.isCapitalized, tokens.count >= 3 else { continue }
            // The level stands bare ("del distrito.", not "del distrito de Gia Lam").
            let after = passage.foldedText(level.upperBound..<min(passage.count, level.upperBound + 4))
            let next = passage.tokenIndex(atOrAfter: level.upperBound + 4)
            if after == " de ", next < passage.tokens.count, passage.tokens[next].isCapitalized { continue }
            // The subject names a body of that place ("… del distrito de Dong Anh").
            let subject = passage.foldedText(range)
            guard let at = subject.range(of: " " + passage.foldedText(level) + " de ", options: .backwards),
                  !subject[at.upperBound...].isEmpty,
                  passage.text(range).split(separator: " ").last?.first?.isUppercase == true else { continue }
            return passage.text(range)
        }
        return nil
    }
}
