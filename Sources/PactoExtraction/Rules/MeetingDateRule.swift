import Foundation
import PactoModel

/// The day of the meeting and its part ("Chiều 29/3", "Sáng ngày 30/3/2018",
/// "Ngày 07 tháng 8 năm 2024", "ngày 25-07-2024", "Hôm nay, ngày 31/7/2020").
/// Dates of documents ("Quyết định số ... ngày 27/3/2024") and the page's
/// stamps are not meeting dates; a date without a year takes it from the
/// text, the title or the publication stamp.
struct MeetingDateRule: Sendable {
    struct Candidate: Sendable {
        var day: Int
        var month: Int
        var year: Int?
        var dayPart: DayPart?
        var range: Range<Int>
        var score: Int
    }

    /// A date is anchored on its day, the digits followed by "/", "." or "-"
    /// ("12/3") or by "tháng" ("ngày 12 tháng 3"): it runs some 20 characters
    /// before the day ("chieu hom nay, ngay ") and 20 after it (" thang 3 nam 2024"),
    /// with room for more white space.
    static let numeric = Pattern(#"(?<![\w/.-])(?:(sang|trua|chieu|toi|dem)\s+(?:(?:hom nay|hom qua|nay|qua)\s*[(,]?\s*)?)?(?:(?:"#
        + weekdays.joined(separator: "|") + #")\s*[(,]?\s*)?(?:(ngay)\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}(?![\d:])))?(?![\d/]|\.\d)"#)
    /// Two days, the meeting's first ("ngày 3 và 4/4/2025", "Trong 2 ngày 11-12/4", "chiều ngày 25, 26/9"); the groups are
    /// the numeric one's.
    static let twoDays = Pattern(#"(?<![\w/.-])(?:(sang|trua|chieu|toi|dem)\s+)?(?:(ngay)\s+)?(\d{1,2})\s*(?:-|–|va|,)\s*\d{1,2}\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?(?![\d/]|\.\d)"#)
    static let spelled = Pattern(#"(?<![\w])(?:(sang|trua|chieu|toi|dem)\s+)?(?:(?:"# + weekdays.joined(separator: "|")
        + #")\s*,?\s*)?(ngay)\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:nam|,)\s*(\d{4}))?"#)

    /// Days of the week before a date: in brackets, after a comma or right before it ("Sáng thứ Sáu (15/3)",
    /// "Chiều thứ Hai, 10/3", "Sáng thứ Sáu ngày 12/4", "Sáng thứ Hai, ngày 12 tháng 4").
    static let weekdays = ["thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat"]

    static let dayParts: [String: DayPart] = [
        "sang": .morning, "trua": .noon, "chieu": .afternoon, "toi": .evening, "dem": .evening,
    ]
    /// Words before a date that make it a document's date.
    static let documentWords = [
        "quyet dinh", "cong van", "huong dan", "ke hoach so", "thong bao", "chi thi", "nghi quyet", "to trinh",
        "/qd", "/hd", "/kh", "/tb", "/ct", "/bc", "/ubnd", "cap nhat", "ngay dang", "ngay cap nhat", "thu ",
        "ban hanh", "nguon:", "ban tin",
    ]

    /// A clock time beside the date ("vào lúc 14h00 ngày 14/10", "ngày 14/10, lúc 8 giờ 30", "a las 14:00 del 14 de
    /// octubre"): its hour gives the day's part.
    static let clockBefore = TextPattern(#"(?:(?<![a-z])luc|(?<![a-z])a las|hacia las)\s+\d{1,2}\s*(?:h|gio|:|\.)\s*(?:\d{2})?(?:\s*phut|\s*horas)?\s*,?\s*(?:ngay|del?)?\s*$"#)
    static let clockAfter = TextPattern(#"^\s*,?\s*(?:vao\s+)?(?:luc|a las)\s+\d{1,2}\s*(?:h|gio|:|\.)"#)

    /// The part of the day of the clock time `pattern` finds in `text`.
    static func clockPart(_ pattern: TextPattern, in text: String) -> DayPart? {
        guard let found = pattern.firstRange(in: text) else { return nil }
        let digits = text[found].drop { !$0.isNumber }.prefix { $0.isNumber }
        guard let hour = Int(digits) else { return nil }
        switch hour {
        case 4...11: return .morning
        case 12: return .noon
        case 13...17: return .afternoon
        case 18...23: return .evening
        default: return nil
        }
    }

    /// Words right before a date that make it a deadline ("trước ngày 15/12", "chậm nhất ngày 15/12").
    static let deadlineEndings = ["truoc", "cham nhat", "han"]
    /// Words in the clause before a date that put it later than the meeting ("dự kiến sơ kết vào ngày 15/7").
    static let laterDayWords = ["du kien", " se to chuc", " se tien hanh"]

    /// A document's number before a date ("số 12/").
    static let documentNumber = TextPattern(#"so \d+[/-]"#)
    /// A time right after a date: a page's stamp.
    static let timeAfter = TextPattern(#"^\s*[-,]?\s*\d{1,2}:\d{2}"#)
    /// A time right before a date: a page's stamp.
    static let timeBefore = TextPattern(#"\d{1,2}:\d{2}\s*[-–,]?\s*$"#)
    /// A noun after "6/6": a fraction, not a date.
    static let fractionNoun = TextPattern(#"^\s+(don vi|tinh|huyen|xa|co quan|thanh vien|so)\b"#)

    func candidates(in passage: Passage) -> [Candidate] {
        var found: [Candidate] = []
        for pattern in [Self.numeric, Self.spelled, Self.twoDays] {
            for match in passage.matches(pattern) {
                guard let whole = match[0], let dayRange = match[3], let monthRange = match[4],
                      let day = Int(passage.folded.slice(dayRange)), let month = Int(passage.folded.slice(monthRange)),
                      (1...31).contains(day), (1...12).contains(month)
                else { continue }
                var year = match[5].flatMap { Int(passage.folded.slice($0)) }
                if let short = year, short < 100 { year = 2000 + short }
                var part = match[1].flatMap { Self.dayParts[String(passage.folded.slice($0))] }
                if part == nil {
                    let lead = passage.foldedText(max(0, whole.lowerBound - 30)..<whole.lowerBound)
                    let tail = passage.foldedText(clampedRange(whole.upperBound, min(passage.count, whole.upperBound + 24)))
                    part = Self.clockPart(Self.clockBefore, in: lead) ?? Self.clockPart(Self.clockAfter, in: tail)
                }
                var score = 0
                if part != nil { score += 4 }
                if match[2] != nil { score += 2 }
                var before = passage.folded.slice(max(0, whole.lowerBound - 45)..<whole.lowerBound)
                // Only the clause the date stands in ("..., ngày 15/3 Cụm ...").
                if let comma = before.lastIndex(where: { $0 == "," || $0 == ";" }) { before = before[before.index(after: comma)...] }
                if (Self.documentWords.contains(where: { ByteSearch.contains($0, in: String(before)) })
                    || Self.documentNumber.firstRange(in: before) != nil
                    || Self.deadlineEndings.contains(where: { before.hasSuffix(" " + $0 + " ") })
                    || Self.laterDayWords.contains(where: { ByteSearch.contains($0, in: String(before)) })) && part == nil { score -= 6 }
                let after = passage.folded.slice(clampedRange(whole.upperBound, min(passage.count, whole.upperBound + 14)))
                // A stamp: a time right after ("30/03/2024 - 06:17", "12/9/2019 2:35:50 AM").
                if Self.timeAfter.firstRange(in: after) != nil { score -= 8 }
                if Self.timeBefore.firstRange(in: before) != nil { score -= 8 }
                if after.hasPrefix(",") || after.hasPrefix(" tai") || after.hasPrefix(", tai") { score += 2 }
                // "6/6 đơn vị", "9/12 tỉnh": a fraction.
                if Self.fractionNoun.firstRange(in: after) != nil {
                    score -= 10
                }
                let sentence = passage.sentence(containing: whole.lowerBound)
                if whole.lowerBound - sentence.lowerBound < 40 { score += 1 }
                if passage.isCaption(whole.lowerBound) { score -= 3 }
                found.append(Candidate(day: day, month: month, year: year, dayPart: part,
                                       range: whole, score: score))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The best meeting date, its day part and the span.
    func meetingDate(in context: Context) -> (candidate: Candidate, date: Stamp?)? {
        let all = candidates(in: context.body).filter { $0.score >= 1 }
        guard let best = all.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.range.lowerBound > $1.range.lowerBound) })
        else {
            // The title's date when the body gives none ("Ngày 12/3: Cụm thi đua số 5 ký kết ...").
            if let titled = candidates(in: context.title).filter({ $0.score >= 1 }).first {
                let year = titled.year ?? inferYear(day: titled.day, month: titled.month, context: context)
                var candidate = titled
                candidate.range = 0..<0
                return (candidate, year.flatMap { Stamp(year: $0, month: titled.month, day: titled.day) })
            }
            return today(in: context)
        }
        let year = best.year ?? inferYear(day: best.day, month: best.month, context: context)
        let stamp = year.flatMap { Stamp(year: $0, month: best.month, day: best.day) }
        return (best, stamp)
    }

    /// "Sáng nay, ...", "Hôm nay, ...": the day of the page's own stamp.
    static let todayWords = Pattern(#"(?<![a-z])(?:(sang|trua|chieu|toi) nay|hom nay)(?![a-z])"#)

    /// "“Hội nghị hôm nay nhằm …”", "«La conferencia de hoy …»": a speaker's day, quoted, not the page's.
    static func isSpeakersToday(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let before = " " + passage.foldedText(sentence.lowerBound..<range.lowerBound)
        return before.contains(where: { "\"«".contains($0) }) || todayNouns.contains { before.hasSuffix($0) }
    }

    /// Nouns a speaker's "today" follows ("hội nghị hôm nay", "la conferencia de hoy").
    static let todayNouns = [" hoi nghi", " buoi le", " le ky ket", " conferencia de", " reunion de", " ceremonia de"]

    func today(in context: Context) -> (candidate: Candidate, date: Stamp?)? {
        guard let published = context.published,
              let match = context.body.matchSequence(Self.todayWords).first(where: { match in
                  match[0].map { $0.lowerBound - context.body.sentence(containing: $0.lowerBound).lowerBound < 40
                      && !Self.isSpeakersToday($0, in: context.body) } ?? false
              }),
              let whole = match[0] else { return nil }
        let part = match[1].flatMap { Self.dayParts[String(context.body.folded.slice($0))] }
        let candidate = Candidate(day: published.day, month: published.month, year: published.year, dayPart: part,
                                  range: whole, score: 1)
        return (candidate, published.date)
    }

    /// The year of a date printed without one: the page's stamp when it is
    /// not before the date; else the years the title and text speak of.
    func inferYear(day: Int, month: Int, context: Context) -> Int? {
        if let published = context.published {
            let sameYear = Stamp(year: published.year, month: month, day: day)
            if let sameYear, sameYear <= published.date { return published.year }
            return published.year - 1
        }
        let years = YearMentions.years(in: context.title) + YearMentions.years(in: context.body)
        guard let latest = years.max() else { return nil }
        // A meeting late in the year reviews that year; early, it opens the latest one named.
        if month >= 10, years.contains(latest - 1) { return latest - 1 }
        return latest
    }
}

/// Four-digit years the text speaks of ("năm 2024", "2017-2018"), leaving
/// out the years inside full dates of documents.
enum YearMentions {
    static let year = Pattern(#"(?<![\d/.])(20[0-3]\d|19[89]\d)(?![\d/])"#)

    static func years(in passage: Passage) -> [Int] {
        passage.matches(year).compactMap { match in
            guard let range = match[0] else { return nil }
            // "25-07-2024", "27/3/2024": a full date, not a year the text speaks of; "2017-2018" is.
            let before = passage.folded.slice(max(0, range.lowerBound - 6)..<range.lowerBound)
            if let separator = before.last, "/-.".contains(separator) {
                let digits = before.dropLast().reversed().prefix { $0.isNumber }
                if digits.count <= 2 { return nil }
            }
            if isInSpelledDate(range, in: passage) { return nil }
            return Int(passage.folded.slice(range))
        }
    }

    /// The year of a date written out ("ngày 09 tháng 01 năm 2015", "el 18 de enero de 2013"): the day's, not a
    /// year the text speaks of.
    static func isInSpelledDate(_ range: Range<Int>, in passage: Passage) -> Bool {
        let before = passage.foldedText(max(0, range.lowerBound - 24)..<range.lowerBound)
        return spelledDateHead.isFound(in: before)
    }

    static let spelledDateHead = TextPattern(#"(?:(?<![a-z])thang\s+\d{1,2}\s*(?:nam|,)?|\d{1,2}\s+de\s+(?:"# + MonthNames.spanishPattern + #")\s+del?)\s*$"#)
}

extension String {
    /// Characters `range` of a string whose characters are single UTF-16
    /// units (the folded text).
    func slice(_ range: Range<Int>) -> Substring {
        let utf16 = self.utf16
        let lower = utf16.index(utf16.startIndex, offsetBy: max(0, min(range.lowerBound, utf16.count)))
        let upper = utf16.index(utf16.startIndex, offsetBy: max(0, min(range.upperBound, utf16.count)))
        return self[lower..<upper]
    }
}
