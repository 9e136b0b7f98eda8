import Foundation
import PactoModel

/// The slogan the cluster adopts: the quoted words after "chủ đề",
/// "chủ đề trọng tâm", "khẩu hiệu (hành động)", "mục tiêu" (es: "con el
/// tema"), without the quote marks. A slogan of a superior body the cluster
/// merely follows ("do Bộ Công an phát động với khẩu hiệu ...", "; Bộ Công an
/// phát động phong trào với chủ đề ...") is not its theme; of last year's theme
/// and this year's, the one whose clause names the later year.
struct ThemeRule: Sendable {
    let introductions: Pattern
    let superior: Pattern

    static let vietnamese = ThemeRule(
        introductions: Pattern(#"(?<![a-z])(chu de|khau hieu|muc tieu)(?:\s+(?:trong tam|hanh dong|chung|xuyen suot|la|thi dua|cong tac|nam \d{4}|nam nay|cua nam \d{4}|duoc (?:chon|lua chon|xac dinh)|cua (?:cum|khoi)[^":]{0,30}))*\s*:?\s*(?=")"#),
        superior: Pattern(#"(?<![a-z])do\s+(?:bo|thu tuong|chinh phu|uy ban|ubnd|trung uong|ban)[^.;"]{0,60}phat dong[^.;"]{0,15}$|;\s*(?:bo|thu tuong|chinh phu|trung uong)\s[^.;",]{0,50}phat dong[^.;"]{0,40}$"#))
    static let spanish = ThemeRule(
        introductions: Pattern(#"(?<![a-z])(con el tema|bajo el tema|el tema|con el lema|el lema|cuyo lema|cuyo tema|consigna|el eslogan|como (?:tema|lema)|por (?:tema|lema))(?:\s+(?:de accion|de emulacion|general|comun|del ano(?: \d{4})?|de \d{4}|para \d{4}|del pacto|del (?:cluster|bloque|grupo)(?: de emulacion)?(?:\s+(?:n\.?\s*º|no\.?|numero)\s*(?:\d{1,2}|[ivxl]+))?))*(?:\s+(?:es|sera|fue))?\s*(?:de\s*)?,?:?\s*(?=")"#),
        superior: Pattern(#"(?:impulsad|lanzad|promovid)[oa]s? por[^.;"]{0,60}$|;\s*(?:el |la )?(?:ministerio|primer ministro|gobierno|comite central)[^.;",]{0,50}(?:lanzo|impulso|puso en marcha)[^.;"]{0,40}$"#))

    /// «...» es el lema: the slogan before its name (Spanish).
    static let namedAfter = Pattern(#""([^"\n]{4,200})"\s*(?:es|fue|sera)\s+(?:el|la)\s+(?:lema|tema|consigna)"#)

    func theme(in passage: Passage) -> Found<String>? {
        if superior === Self.spanish.superior, let match = passage.firstMatch(Self.namedAfter), let range = match[1] {
            let text = passage.text(range).trimmingCharacters(in: CharacterSet(charactersIn: " ¡!¿?"))
            return Found(text, range)
        }
        let found = candidates(in: passage)
        guard found.count > 1 else { return found.first?.theme }
        // Last year's theme and this year's ("Năm 2023, Cụm thực hiện chủ đề “…”; năm 2024 … chủ đề “…”"):
        // the one whose clause names the latest year.
        let latest = found.compactMap(\.year).max()
        return found.first { $0.year == nil || $0.year == latest }?.theme
    }

    /// Every theme introduced in the passage, with the year its clause names.
    func candidates(in passage: Passage) -> [(theme: Found<String>, year: Int?)] {
        var found: [(theme: Found<String>, year: Int?)] = []
        for match in passage.matchSequence(introductions) {
            guard let whole = match[0] else { continue }
            let quoteStart = whole.upperBound
            guard quoteStart < passage.count, passage.folded.slice(quoteStart..<(quoteStart + 1)) == "\"" else { continue }
            let lead = passage.sentence(containing: whole.lowerBound).lowerBound..<whole.lowerBound
            if passage.firstMatch(superior, in: lead) != nil { continue }
            // A seminar's or a contest's title ("tổ chức hội thảo với chủ đề …").
            let leadText = " " + passage.foldedText(lead) + " "
            if Self.otherEvents.contains(where: { ByteSearch.contains($0, in: leadText) }) { continue }
            var end = quoteStart + 1
            while end < passage.count, passage.folded.slice(end..<(end + 1)) != "\"", passage.characters[end] != "\n" { end += 1 }
            guard end < passage.count, end - quoteStart > 3 else { continue }
            let range = (quoteStart + 1)..<end
            // "Năm 2019, với chủ đề “…”, các huyện đã hoàn thành …": the theme of a year told in the past.
            if isPastYears(lead, after: end, in: passage) { continue }
            // "… với khẩu hiệu hành động “…”. … bám sát khẩu hiệu hành động của Bộ Công an": the text then gives it to a superior.
            if let word = match[1], isOwnedBySuperior(passage.foldedText(word), after: end, in: passage) { continue }
            let text = passage.text(range).trimmingCharacters(in: .whitespaces)
            found.append((Found(text, range), year(before: whole.lowerBound, in: passage)))
        }
        return found
    }

    /// A clause that opens on a year ("Năm 2019,", "Trong năm 2020,", "En 2019,") and tells,
    /// after the slogan, what was done ("đã hoàn thành", "habían cumplido"): that year's theme, past.
    func isPastYears(_ lead: Range<Int>, after end: Int, in passage: Passage) -> Bool {
        var clause = passage.foldedText(lead)
        // A sentence run on after "…." without a space still opens its clause there.
        if let stop = clause.lastIndex(where: { $0 == ";" || $0 == "." }) { clause = String(clause[clause.index(after: stop)...]) }
        clause = clause.trimmingCharacters(in: .whitespaces)
        guard Self.pastYearOpening.firstRange(in: clause) != nil else { return false }
        let sentence = passage.sentence(containing: end)
        var rest = " " + passage.foldedText(min(end + 1, sentence.upperBound)..<sentence.upperBound) + " "
        if let semicolon = rest.firstIndex(of: ";") { rest = String(rest[..<semicolon]) + " " }
        if Self.pastMarks.contains(where: { ByteSearch.contains($0, in: rest) }) { return true }
        // "… se propusieron esforzarse": a past verb of intent looks ahead to the year of the slogan.
        return Self.pastPlural.firstRange(in: rest) != nil && !Self.intentVerbs.contains { ByteSearch.contains(" " + $0, in: rest) }
    }

    /// The introduction's word ("khẩu hiệu", "chủ đề") said again later as a superior body's ("khẩu hiệu hành động
    /// của Bộ Công an", "el lema del Ministerio").
    func isOwnedBySuperior(_ word: String, after end: Int, in passage: Passage) -> Bool {
        guard word != "muc tieu" else { return false }
        let rest = passage.foldedText(min(end + 1, passage.count)..<min(passage.count, end + 600))
        var from = rest.startIndex
        while let found = rest.range(of: word, range: from..<rest.endIndex) {
            let next = String(rest[found.upperBound...].prefix(40))
            if Self.superiorOwner.firstRange(in: next) != nil { return true }
            from = found.upperBound
        }
        return false
    }

    /// A superior body owning a slogan, right after its word ("hành động của Bộ Công an", "del Ministerio").
    static let superiorOwner = TextPattern(#"^(?: hanh dong| thi dua)? (?:cua|do) (?:bo|chinh phu|thu tuong|trung uong|ubnd tinh|uy ban nhan dan tinh|tinh uy)(?![a-z])|^(?: de accion| de emulacion)? (?:del|de la) (?:ministerio|gobierno|comite central)"#)

    /// A year opening a clause, then a comma.
    static let pastYearOpening = TextPattern(#"^(?:trong )?(?:nam|en|durante) (?:el ano )?20\d\d,"#)
    /// Words after the slogan that tell the year's work as done.
    static let pastMarks = [" da ", " habia ", " habian ", " cumplieron ", " lograron "]
    /// A Spanish verb in the past, plural ("reforzaron", "desplegaron", "obtuvieron"): the year's work told as done.
    static let pastPlural = TextPattern(#" [a-z]{2,}(?:aron|ieron) "#)
    /// Spanish verbs of intent in the past (folded): the year they look to is the slogan's.
    static let intentVerbs = ["propusieron", "comprometieron", "acordaron", "decidieron", "fijaron", "plantearon", "marcaron"]

    /// Events whose title a theme's words may introduce: not the cluster's slogan.
    static let otherEvents = [" hoi thao ", " toa dam ", " dien dan ", " hoi thi ", " cuoc thi ", " seminario ", " taller ", " foro ",
                              " concurso ", " mesa redonda "]

    /// The year named in the clause that introduces a theme (back to the last ";" or the sentence's start).
    func year(before start: Int, in passage: Passage) -> Int? {
        var lead = passage.foldedText(passage.sentence(containing: start).lowerBound..<start)
        if let semicolon = lead.lastIndex(of: ";") { lead = String(lead[lead.index(after: semicolon)...]) }
        return lead.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { run in
            run.count == 4 && run.hasPrefix("20") ? Int(run) : nil
        }.last
    }
}
