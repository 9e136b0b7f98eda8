import Foundation
import PactoModel

/// Finds a page's publication stamp printed as text: day-first Vietnamese
/// and Spanish stamps ("30/03/2024 - 06:17", "Thứ Bảy, 30/3/2024 06:17",
/// "Ngày 07 tháng 8 năm 2024", "29 de marzo de 2024"), ISO stamps, and the
/// month-first stamps of ASP.NET portals ("12/9/2019 2:35:50 AM").
enum StampRule {
    struct Match {
        var stamp: Stamp
        /// Where in the searched text the stamp was printed (UTF-16 offsets).
        var range: NSRange
    }

    /// The first stamp in `text`, if any.
    static func firstStamp(in text: String) -> Match? {
        // Every pattern holds a four-digit year.
        guard hasFourDigits(text) else { return nil }
        let whole = NSRange(text.startIndex..., in: text)
        var best: Match?
        for pattern in patterns {
            guard let result = pattern.regex.firstMatch(in: text, range: whole),
                  let stamp = pattern.read(result, text)
            else { continue }
            if best == nil || result.range.location < (best?.range.location ?? .max) {
                best = Match(stamp: stamp, range: result.range)
            }
        }
        return best
    }

    /// Whether `text` has four decimal digits in a row (`\d{4}`: any
    /// script's decimal digits, as the patterns' `\d`).
    static func hasFourDigits(_ text: String) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let digit = value < 0x80 ? (value >= 0x30 && value <= 0x39) : scalar.properties.generalCategory == .decimalNumber
            run = digit ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// True when `text` is nothing but a stamp and a few stamp words
    /// ("Cập nhật:", "Ngày đăng", weekday, "GMT+7", "| 06:17").
    static func isStampLine(_ text: String) -> Bool {
        guard text.utf8.count <= 270, Folding.hasAtMost(90, charactersIn: text), let match = firstStamp(in: text) else { return false }
        guard let range = Range(match.range, in: text) else { return false }
        let rest = text[..<range.lowerBound] + " " + text[range.upperBound...]
        let leftover = rest.lowercasedLatin().split(whereSeparator: { !$0.isLetter }).filter {
            !stampWords.contains(String($0))
        }
        return leftover.count <= 2
    }

    /// Words that may stand beside a stamp on a stamp line.
    static let stampWords: Set<String> = [
        "date", "ngày", "cập", "nhật", "đăng", "lúc", "giờ", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy",
        "chủ", "nhật", "gmt", "am", "pm", "sa", "ch", "xuất", "bản", "đăng", "tải", "published", "updated",
        "publicado", "actualizado", "el", "de", "del", "a", "las", "lunes", "martes", "miércoles", "jueves",
        "viernes", "sábado", "domingo", "h", "hrs", "posted", "on", "by", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "lượt", "xem", "views", "tháng", "cn", "in", "bài", "viết", "chia", "sẻ", "cập", "nhật", "đọc",
    ]

    private struct Pattern: @unchecked Sendable {
        // NSRegularExpression is immutable and documented thread-safe.
        var regex: NSRegularExpression
        var read: @Sendable (NSTextCheckingResult, String) -> Stamp?
    }

    private static func group(_ result: NSTextCheckingResult, _ index: Int, _ text: String) -> String? {
        let range = result.range(at: index)
        guard range.location != NSNotFound, let swiftRange = Range(range, in: text) else { return nil }
        return String(text[swiftRange])
    }

    private static func int(_ result: NSTextCheckingResult, _ index: Int, _ text: String) -> Int? {
        group(result, index, text).flatMap { Int($0) }
    }

    private static func make(_ pattern: String, _ read: @escaping @Sendable (NSTextCheckingResult, String) -> Stamp?) -> Pattern {
        // The patterns are literals checked by the tests; a typo is a programmer error.
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            preconditionFailure("invalid stamp pattern \(pattern)")
        }
        return Pattern(regex: regex, read: read)
    }

    /// Hour and minute with an optional AM/PM (SA/CH in Vietnamese).
    private static func time(_ hour: Int?, _ minute: Int?, _ meridiem: String?) -> (Int?, Int?) {
        guard var hour, let minute else { return (nil, nil) }
        switch meridiem?.lowercasedLatin() {
        case "pm", "ch": if hour < 12 { hour += 12 }
        case "am", "sa": if hour == 12 { hour = 0 }
        default: break
        }
        return (hour, minute)
    }

    /// An AM/PM stamp printed the en-US way, "M/d/yyyy h:mm:ss tt" ("12/9/2019 2:35:50 AM", "2/11/2022 2:55 PM"):
    /// day and month without a leading zero, and seconds or a one-digit day or month to show it. A site's own
    /// format pads them ("02/11/2022 - 02:55 PM" is day first, as Vietnamese and Spanish pages print it).
    private static func printsMonthFirst(_ result: NSTextCheckingResult, _ text: String) -> Bool {
        guard let first = group(result, 1, text), let second = group(result, 2, text),
              !first.hasPrefix("0"), !second.hasPrefix("0"), let whole = group(result, 0, text) else { return false }
        let hasSeconds = whole.filter { $0 == ":" }.count >= 2
        return hasSeconds || first.count == 1 || second.count == 1
    }

    private static let timePart = #"(?:\D{0,10}?(\d{1,2})[:hH](\d{2})(?::\d{2})?\s*(AM|PM|SA|CH)?\b)?"#

    private static let patterns: [Pattern] = [
        // ISO: 2024-03-30, 2024-03-30T06:17, " date 2025-12-13"
        make(#"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?"#) { result, text in
            guard let year = int(result, 1, text), let month = int(result, 2, text), let day = int(result, 3, text)
            else { return nil }
            return Stamp(year: year, month: month, day: day, hour: int(result, 4, text), minute: int(result, 5, text))
        },
        // Time first: "06:17 30/03/2024", "06:17 | 30-03-2024"
        make(#"(?<!\d)(\d{1,2})[:hH](\d{2})(?::\d{2})?\s*(AM|PM|SA|CH)?[^\d\n]{0,25}?(?<!\d)(\d{1,2})(?:[/.\-]| ?/ ?)(\d{1,2})(?:[/.\-]| ?/ ?)(\d{4})\b"#) { result, text in
            guard let day = int(result, 4, text), let month = int(result, 5, text), let year = int(result, 6, text)
            else { return nil }
            let (hour, minute) = time(int(result, 1, text), int(result, 2, text), group(result, 3, text))
            return Stamp(year: year, month: month, day: day, hour: hour, minute: minute)
                ?? Stamp(year: year, month: month, day: day)
        },
        // Day first (month first for AM/PM stamps with seconds): 30/03/2024 - 06:17
        make(#"(?<!\d)(\d{1,2})(?:[/.\-]| ?/ ?)(\d{1,2})(?:[/.\-]| ?/ ?)(\d{4})(?!\d)"# + timePart) { result, text in
            guard var day = int(result, 1, text), var month = int(result, 2, text), let year = int(result, 3, text)
            else { return nil }
            let meridiem = group(result, 6, text)
            if let meridiem, ["am", "pm"].contains(meridiem.lowercasedLatin()), day <= 12, month <= 12,
               printsMonthFirst(result, text) {
                // ASP.NET's en-US culture prints M/d/yyyy h:mm:ss tt.
                swap(&day, &month)
            }
            if month > 12, day <= 12 { swap(&day, &month) }
            let (hour, minute) = time(int(result, 4, text), int(result, 5, text), meridiem)
            return Stamp(year: year, month: month, day: day, hour: hour, minute: minute)
                ?? Stamp(year: year, month: month, day: day)
        },
        // Ngày 07 tháng 8 năm 2024
        make(#"\b(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,|/)\s*(\d{4})\b"#) { result, text in
            guard let day = int(result, 1, text), let month = int(result, 2, text), let year = int(result, 3, text)
            else { return nil }
            return Stamp(year: year, month: month, day: day)
        },
        // 29 de marzo de 2024, 29 March 2024
        make(#"\b(\d{1,2})\.?\s+(?:de\s+)?([a-záéíóú]{3,10})\.?\s+(?:de\s+|del\s+)?(\d{4})\b"# + timePart) { result, text in
            guard let day = int(result, 1, text), let name = group(result, 2, text),
                  let month = MonthNames.number(of: name.lowercasedLatin()), let year = int(result, 3, text)
            else { return nil }
            let (hour, minute) = time(int(result, 4, text), int(result, 5, text), group(result, 6, text))
            return Stamp(year: year, month: month, day: day, hour: hour, minute: minute)
                ?? Stamp(year: year, month: month, day: day)
        },
        // WordPress in Vietnamese: "Th9 21, 2017", "tháng 9 21, 2017" (month, day, year)
        make(#"(?<![\p{L}\d])(?:th|tháng)\s?(\d{1,2})\s+(\d{1,2}),\s*(\d{4})\b"#) { result, text in
            guard let month = int(result, 1, text), let day = int(result, 2, text), let year = int(result, 3, text)
            else { return nil }
            return Stamp(year: year, month: month, day: day)
        },
        // March 29, 2024
        make(#"\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b"#) { result, text in
            guard let name = group(result, 1, text), let month = MonthNames.number(of: name.lowercasedLatin()),
                  let day = int(result, 2, text), let year = int(result, 3, text)
            else { return nil }
            return Stamp(year: year, month: month, day: day)
        },
    ]
}
