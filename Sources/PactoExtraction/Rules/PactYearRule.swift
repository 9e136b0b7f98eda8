import Foundation
import PactoModel

/// The year the meeting is for: the pact's year when a pact is signed; else
/// the reviewed year (a review of year N that signs the pact gives N + 1);
/// a school year ("năm học 2017-2018") or a multi-year pact gives none.
struct PactYearRule: Sendable {
    struct Years: Sendable {
        var year: Int?
        var range: Range<Int>?
        /// Every distinct year a pact is signed for (two of them is a warning).
        var pactYears: [Int]
    }

    let pact: Pattern
    let launch: Pattern
    let review: Pattern
    let schoolYear: Pattern
    let span: Pattern
    let single: Pattern
    /// Openings of a sentence that tell a period's results (`ActivityRule+Results`).
    var results: [ActivityRule.ResultsOpening] = []

    static let vietnamese = PactYearRule(
        pact: ActivityRule.vietnamese.cues[0].pattern,
        launch: Pattern(#"phat dong phong trao"#),
        review: Pattern(#"(?<![a-z])(?:tong ket|(?<!co )so ket(?! qua)|binh xet|(?:bao cao|danh gia) ket qua)"#),
        schoolYear: Pattern(#"^[^.;]{0,90}?nam hoc"#),
        span: Pattern(#"^[^.;]{0,90}?(?:giai doan|nhiem ky)?\s*(20\d\d)\s*[-–]\s*(20\d\d)"#),
        single: Pattern(#"^[^.;]{0,90}?(?<![\d/-])(20[0-3]\d)(?![\d/])"#),
        results: ActivityRule.vietnameseResults)

    static let spanish = PactYearRule(
        pact: ActivityRule.spanish.cues[0].pattern,
        launch: Pattern(#"(?:lanzo|lanzaron|lanza|lanzan|lanzar|lanzamiento|puso en marcha|pusieron en marcha)\s+(?:del?\s+)?(?:el |un |los )?movimientos? de emulacion"#),
        review: Pattern(#"resumen|resumi(?:r|o|eron)(?![a-z])|balance|revision|evalu(?:o|aron|acion)(?![a-z])|cierre del ano"#),
        schoolYear: Pattern(#"^[^.;]{0,90}?ano escolar"#),
        span: Pattern(#"^[^.;]{0,90}?(20\d\d)\s*[-–]\s*(20\d\d)"#),
        single: Pattern(#"^[^.;]{0,90}?(?<![\d/-])(20[0-3]\d)(?![\d/])"#),
        results: ActivityRule.spanishResults)

    enum Reading { case year(Int, Range<Int>), none, unknown }

    func reading(after start: Int, in passage: Passage) -> Reading {
        let sentence = passage.sentence(containing: start)
        let window = clampedRange(start, min(sentence.upperBound, start + 110))
        let school = passage.firstMatch(schoolYear, in: window)?[0]
        // The span's own years ("giai đoạn 2025-2030"), not what stands before them.
        let multi = passage.firstMatch(span, in: window).flatMap { match in
            match[1].flatMap { first in match[2].map { first.lowerBound..<$0.upperBound } }
        }
        let one = passage.firstMatch(single, in: window)
        if let school, one?[1].map({ $0.lowerBound > school.upperBound }) ?? true { return .none }
        if let multi, let yearRange = one?[1], yearRange.lowerBound >= multi.lowerBound, yearRange.upperBound <= multi.upperBound {
            return .none
        }
        if let yearRange = one?[1], !YearMentions.isInSpelledDate(yearRange, in: passage),
           let year = Int(passage.folded.slice(yearRange)) { return .year(year, yearRange) }
        return .unknown
    }

    func year(in context: Context, activities: Set<Activity>) -> Years {
        var pactYears: [Int] = []
        var firstPact: (Int, Range<Int>?)?
        var pactHasNoYear = false
        if activities.contains(.pactSigning) {
            for passage in [context.body, context.title] {
                for match in passage.matches(pact) {
                    guard let whole = match[0] else { continue }
                    switch reading(after: whole.upperBound, in: passage) {
                    case .year(let year, let range):
                        if !pactYears.contains(year) { pactYears.append(year) }
                        if firstPact == nil { firstPact = (year, passage === context.body ? range : nil) }
                    case .none: pactHasNoYear = true
                    case .unknown: break
                    }
                }
            }
        }
        if let firstPact { return Years(year: firstPact.0, range: firstPact.1, pactYears: pactYears) }
        if pactHasNoYear { return Years(year: nil, range: nil, pactYears: []) }
        // A movement launched for the next year at a review does not move the reviewed year.
        let reviewed = activities.contains(.annualReview) || activities.contains(.midyearReview)
        if activities.contains(.pactSigning) || activities.contains(.movementLaunch) && !reviewed {
            for match in context.body.matchSequence(launch) {
                guard let whole = match[0] else { continue }
                if case .year(let year, let range) = reading(after: whole.upperBound, in: context.body) {
                    return Years(year: year, range: range, pactYears: [])
                }
            }
        }
        if activities.contains(.annualReview) || activities.contains(.midyearReview) {
            // The body's own sentences first, then the title, then captions.
            for (passage, captions) in [(context.body, false), (context.title, false), (context.body, true)] {
                for match in passage.matchSequence(review) {
                    guard let whole = match[0] else { continue }
                    if passage === context.body, passage.isCaption(whole.lowerBound) != captions { continue }
                    switch reading(after: whole.upperBound, in: passage) {
                    case .year(let year, let range):
                        let next = activities.contains(.pactSigning) && activities.contains(.annualReview)
                        return Years(year: next ? year + 1 : year, range: passage === context.body ? range : nil, pactYears: [])
                    case .none:
                        return Years(year: nil, range: nil, pactYears: [])
                    case .unknown: continue
                    }
                }
            }
            // A review told by its results ("Năm 2020, các trường trong cụm đã …") is for the year it opens on,
            // not for a period named before it ("Giai đoạn 2015-2020, …").
            if let year = resultsYear(in: context.body) { return Years(year: year.0, range: year.1, pactYears: []) }
        }
        for passage in [context.title, context.body] {
            // "ISO 9001-2015", "TCVN 5687:2010": the year of a standard's code is none the text speaks of.
            if let first = passage.matches(YearMentions.year).first(where: { $0[0].map {
                   !isCodeYear($0, in: passage) && !YearMentions.isInSpelledDate($0, in: passage) } ?? false }),
               let range = first[0], let year = Int(passage.folded.slice(range)) {
                let before = passage.foldedText(max(0, range.lowerBound - 12)..<range.lowerBound)
                let lastWords = before.split(separator: " ").suffix(2).map(String.init)
                if before.contains("nam hoc") || lastWords.last.map(Self.schoolYearWords.contains) == true
                    || Self.schoolYearWords.contains(lastWords.joined(separator: " ")) {
                    return Years(year: nil, range: nil, pactYears: [])
                }
                return Years(year: year, range: passage === context.body ? range : nil, pactYears: [])
            }
        }
        return Years(year: nil, range: nil, pactYears: [])
    }

    /// The year a sentence telling a period's results opens on, and where.
    func resultsYear(in passage: Passage) -> (Int, Range<Int>)? {
        guard let told = ActivityRule(cues: [], results: results).resultsReview(in: passage),
              let match = passage.firstMatch(Self.openingYear, in: told.range), let range = match[0],
              let year = Int(passage.folded.slice(range)) else { return nil }
        return (year, range)
    }

    static let openingYear = Pattern(#"(?<![\d/-])20[0-3]\d(?![\d/-])"#)

    /// Words right before a school year's first year ("năm học 2017-2018", "Curso 2017-2018"): no pact year.
    static let schoolYearWords: Set<String> = ["curso", "curso escolar", "curso academico", "ano escolar", "ano academico", "ano lectivo"]

    /// A year printed as the tail of a code ("9001-2015", "5687:2010"): after "-" or ":" and a number that is no year.
    func isCodeYear(_ range: Range<Int>, in passage: Passage) -> Bool {
        let before = passage.folded.slice(max(0, range.lowerBound - 8)..<range.lowerBound)
        guard let separator = before.last, "-:".contains(separator) else { return false }
        let digits = String(before.dropLast().reversed().prefix { $0.isNumber }.reversed())
        guard !digits.isEmpty else { return false }
        return !(digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20")))
    }
}
