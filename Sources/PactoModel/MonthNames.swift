/// Month names per language, lower case, with their numbers: the one table
/// the reader's stamps, the Spanish date rule and the translation check
/// share. Vietnamese months are numbered ("tháng 3"), so Vietnamese has none.
public enum MonthNames {
    /// Spanish, with the spelling "setiembre" beside "septiembre".
    public static let spanish: [String: Int] = [
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    ]

    /// English.
    public static let english: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// Abbreviations printed in stamps, English and Spanish ("Mar 29, 2024",
    /// "29 dic. 2024").
    public static let abbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    ]

    /// The number (1–12) of a lower-case month name or abbreviation of any
    /// of the tables.
    public static func number(of name: String) -> Int? {
        spanish[name] ?? english[name] ?? abbreviations[name]
    }

    /// The Spanish names as a regular-expression alternation
    /// ("enero|febrero|…|septiembre|setiembre|…"), for patterns that read
    /// dates in folded Spanish text.
    public static let spanishPattern: String = spanish.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        .map(\.key).joined(separator: "|")
}
