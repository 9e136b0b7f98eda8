import Foundation
import PactoModel

/// The meeting's day in Spanish: "El 29 de marzo", "la tarde del 29 de
/// marzo de 2024", "el 5 de enero"; of two days ("los días 3 y 4 de abril",
/// "del 3 al 4 de abril"), the first; the year from the text or the stamp.
struct SpanishDateRule: Sendable {
    static let date = Pattern(
        #"(?<![a-z])(?:(?:en |durante )?las? (manana|tarde|noche)s? del?\s+(?:este\s+|pasado\s+|hoy,?\s+)?|(?:al )?mediodia del?\s+|el\s+|del\s+)?(?:dia\s+)?(?:(?:"#
            + weekdays.joined(separator: "|") + #")\s+)?(\d{1,2})(?:\s+(?:y|al)\s+(?:el\s+)?\d{1,2})?\s+de\s+("#
            + MonthNames.spanishPattern + #")(?:\s+(?:de|del)\s+(\d{4}))?(?:,?\s+(?:por|en) la (manana|tarde|noche)(?![a-z]))?"#)
    /// A date in figures after its article ("El 12/3/2025", "la tarde del 12/03", "El 24-2" as the Vietnamese
    /// press prints it): day first; a fraction of something ("el 2/3 de los miembros") or a share ("el 5-10 %") is none.
    static let numeric = Pattern(#"(?<![a-z])(?:(?:en |durante )?las? (manana|tarde|noche)s? del?|el|del)\s+(?:dia\s+)?(\d{1,2})(?:\s+(?:y|al)\s+(?:el\s+)?\d{1,2}(?=[/-]))?[/-](\d{1,2})(?:[/-](\d{4}))?(?![\d/%-])(?!\s*%)(?!\s+de\s+(?:los|las)\s)"#)
    /// Days of the week, between the day's part and the date ("la tarde del miércoles 13 de marzo").
    static let weekdays = ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"]
    /// Documents whose dates come after their names.
    static let documentWords = ["decision", "resolucion", "documento", "guia", "directiva", "despacho", "circular", "instruccion",
                                "oficio", "decreto", "notificacion", "comunicado", "conclusion", "ley "]
    /// Other days named before their dates: the page's own stamp ("Publicado el 16 de marzo"), a holiday, a deadline.
    static let otherDayWords = ["publicado", "actualizado", "aniversario", "dia nacional", "natalicio",
                                // A deadline or a later meeting ("antes del 15 de diciembre", "prevista para el 15 de julio").
                                "antes", "hasta el", "plazo", "a mas tardar", "prevista", "previsto",
                                // A source line ("Fuente: Boletín de noticias del cierre del día 26/1/2024").
                                "fuente", "boletin"]
    /// A holiday the members salute or an event they plan, named further back ("en saludo al aniversario de la
    /// fundación de los Sindicatos de Vietnam, el 28 de julio", "prevé organizar … el 19 de mayo").
    static let holidayWords = ["en saludo", "aniversario", "fundacion", "natalicio", "preve ", "organizara"]
    /// A document's number and code ("30-HD/HVCTQG", "01/CT-UBND").
    static let documentCode = TextPattern(#"\d+\s*[-/]\s*[a-z]{2,}"#)
    static let parts: [String: DayPart] = ["manana": .morning, "tarde": .afternoon, "noche": .evening]

    func meetingDate(in context: Context) -> (range: Range<Int>, date: Stamp?, dayPart: DayPart?)? {
        let body = context.body
        var previousEnd = 0
        var first: (range: Range<Int>, date: Stamp?, dayPart: DayPart?)?
        for candidate in candidates(in: body) {
            let match = candidate.match
            let whole = candidate.whole
            defer { previousEnd = whole.upperBound }
            let day = candidate.day, month = candidate.month
            if body.isCaption(whole.lowerBound) { continue }
            // What stands before it, back to the date before (a document's date there is not this one's cue).
            let before = body.foldedText(max(previousEnd, whole.lowerBound - 40)..<whole.lowerBound)
            let further = body.foldedText(max(previousEnd, body.sentence(containing: whole.lowerBound).lowerBound,
                                              whole.lowerBound - 80)..<whole.lowerBound)
            // The date of a document ("la Guía n.º 30-HD/HVCTQG, del 3 de febrero"), not of the meeting.
            if Self.documentWords.contains(where: { ByteSearch.contains($0, in: before) })
                || Self.otherDayWords.contains(where: { ByteSearch.contains($0, in: before) })
                || Self.documentCode.firstRange(in: before) != nil
                || Self.holidayWords.contains(where: { ByteSearch.contains($0, in: further) }) { continue }
            var part = (match[1] ?? match[5]).flatMap { Self.parts[String(body.folded.slice($0))] }
            if part == nil, body.folded.slice(whole).hasPrefix("al mediodia") || body.folded.slice(whole).hasPrefix("mediodia") {
                part = .noon
            }
            if part == nil {
                let tail = body.foldedText(clampedRange(whole.upperBound, min(body.count, whole.upperBound + 24)))
                part = MeetingDateRule.clockPart(MeetingDateRule.clockBefore, in: before)
                    ?? MeetingDateRule.clockPart(MeetingDateRule.clockAfter, in: tail)
            }
            var year = match[4].flatMap { Int(body.folded.slice($0)) }
            if year == nil { year = MeetingDateRule().inferYear(day: day, month: month, context: context) }
            let found = (range: whole, date: year.flatMap { Stamp(year: $0, month: month, day: day) }, dayPart: part)
            // A day with its part later in the first date's sentence is the meeting's ("En la conferencia del
            // 5 de marzo se firmó el pacto; la tarde del 10 de julio, el Clúster hizo el balance").
            guard let earlier = first else {
                if part != nil { return found }
                first = found
                continue
            }
            if body.sentence(containing: earlier.range.lowerBound) != body.sentence(containing: whole.lowerBound) { break }
            if part != nil { return found }
        }
        return first ?? today(in: context)
    }

    /// Dates written out and in figures, in text order; the groups of both
    /// patterns are the day's part (1), the year (4) and a later day's part (5).
    func candidates(in body: Passage) -> [(match: [Range<Int>?], whole: Range<Int>, day: Int, month: Int)] {
        var found: [(match: [Range<Int>?], whole: Range<Int>, day: Int, month: Int)] = []
        for match in body.matches(Self.date) {
            guard let whole = match[0], let dayRange = match[2], let monthRange = match[3],
                  let day = Int(body.folded.slice(dayRange)), let month = MonthNames.spanish[String(body.folded.slice(monthRange))]
            else { continue }
            found.append((match, whole, day, month))
        }
        for match in body.matches(Self.numeric) {
            guard let whole = match[0], let dayRange = match[2], let monthRange = match[3],
                  let day = Int(body.folded.slice(dayRange)), let month = Int(body.folded.slice(monthRange)),
                  (1...31).contains(day), (1...12).contains(month) else { continue }
            found.append((match + [nil], whole, day, month))
        }
        return found.sorted { $0.whole.lowerBound < $1.whole.lowerBound }
    }

    /// "Esta mañana, ...", "Hoy, ...": the day of the page's own stamp.
    static let todayWords = Pattern(#"(?<![a-z])(?:esta (manana|tarde|noche)|hoy)(?![a-z])"#)

    func today(in context: Context) -> (range: Range<Int>, date: Stamp?, dayPart: DayPart?)? {
        let body = context.body
        guard let published = context.published,
              let match = body.matchSequence(Self.todayWords).first(where: { match in
                  match[0].map { !body.isCaption($0.lowerBound) && $0.lowerBound - body.sentence(containing: $0.lowerBound).lowerBound < 40
                      && !MeetingDateRule.isSpeakersToday($0, in: body) } ?? false
              }),
              let whole = match[0] else { return nil }
        let part = match[1].flatMap { Self.parts[String(body.folded.slice($0))] }
        return (whole, published.date, part)
    }
}
