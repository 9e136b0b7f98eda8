import Foundation
import PactoModel

/// The slogan the cluster adopts: the quoted words after "chủ đề",
/// "chủ đề trọng tâm", "khẩu hiệu (hành động)", "mục tiêu" (es: "con el
/// tema"), without the quote marks. A slogan of a superior body the cluster
/// merely follows ("do Bộ Công an phát động với khẩu hiệu ...") is not its theme.
struct ThemeRule: Sendable {
    let introductions: Pattern
    let superior: Pattern

    static let vietnamese = ThemeRule(
        introductions: Pattern(#"(?<![a-z])(chu de|khau hieu|muc tieu)(?:\s+(?:trong tam|hanh dong|chung|la|thi dua|nam \d{4}|cua (?:cum|khoi)[^":]{0,30}))*\s*:?\s*(?=")"#),
        superior: Pattern(#"(?<![a-z])do\s+(?:bo|thu tuong|chinh phu|uy ban|ubnd|trung uong|ban)[^.;"]{0,60}phat dong[^.;"]{0,15}$"#))
    static let spanish = ThemeRule(
        introductions: Pattern(#"(?<![a-z])(con el tema|bajo el tema|el tema|con el lema|el lema|consigna|el eslogan)(?:\s+(?:de accion|de emulacion|general|comun|del ano|de \d{4}|para \d{4}|del (?:cluster|bloque|grupo)))*\s*(?:de\s*)?:?\s*(?=")"#),
        superior: Pattern(#"impulsad[oa]s? por[^.;"]{0,60}$"#))

    /// «...» es el lema: the slogan before its name (Spanish).
    static let namedAfter = Pattern(#""([^"\n]{4,200})"\s*(?:es|fue|sera)\s+(?:el|la)\s+(?:lema|tema|consigna)"#)

    func theme(in passage: Passage) -> Found<String>? {
        if superior === Self.spanish.superior, let match = passage.firstMatch(Self.namedAfter), let range = match[1] {
            let text = passage.text(range).trimmingCharacters(in: CharacterSet(charactersIn: " ¡!¿?"))
            return Found(text, range)
        }
        for match in passage.matchSequence(introductions) {
            guard let whole = match[0] else { continue }
            let quoteStart = whole.upperBound
            guard quoteStart < passage.count, passage.folded.slice(quoteStart..<(quoteStart + 1)) == "\"" else { continue }
            let lead = passage.sentence(containing: whole.lowerBound).lowerBound..<whole.lowerBound
            if passage.firstMatch(superior, in: lead) != nil { continue }
            var end = quoteStart + 1
            while end < passage.count, passage.folded.slice(end..<(end + 1)) != "\"", passage.characters[end] != "\n" { end += 1 }
            guard end < passage.count, end - quoteStart > 3 else { continue }
            let range = (quoteStart + 1)..<end
            let text = passage.text(range).trimmingCharacters(in: .whitespaces)
            return Found(text, range)
        }
        return nil
    }
}
