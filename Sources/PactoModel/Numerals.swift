/// Numbers as these articles print them: Roman (I–XXX, "số VIII"), Arabic
/// with leading zeros ("02 tập thể"), Vietnamese and Spanish number words
/// ("sáu", "bảy", "seis", "diez"), and "6/6" (six of six).
public enum Numerals {
    /// The value of a number written any of the ways above, or nil.
    public static func value(of text: String) -> Int? {
        if let arabic = arabic(text) { return arabic }
        let word = Folding.key(text)
        if word.isEmpty { return nil }
        if let arabic = arabic(word) { return arabic }
        if let roman = roman(text.trimmingSpaces) { return roman }
        return words[word]
    }

    /// The value of a count as printed in running text: digits, or a number
    /// word in lower case with its own diacritics ("năm" is five, "Nam" and
    /// "nam" are not).
    public static func count(_ printed: String) -> Int? {
        if let arabic = arabic(printed) { return arabic }
        guard printed == printed.lowercased() else { return nil }
        let words = printed.split(separator: " ").map { TonePlacement.normalized(String($0)) }
        guard words.allSatisfy({ spelledWords.contains($0) }) else { return nil }
        return value(of: printed)
    }

    /// Number words with their diacritics (Vietnamese, Spanish).
    static let spelledWords: Set<String> = [
        "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám", "chín", "mười", "mươi",
        "uno", "un", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
        "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
        "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
        "veintinueve", "treinta",
    ]

    /// An Arabic number, leading zeros allowed; "6/6" gives 6.
    public static func arabic(_ text: String) -> Int? {
        let trimmed = text.trimmingSpaces
        if let slash = trimmed.firstIndex(of: "/") {
            return arabic(String(trimmed[trimmed.startIndex..<slash]))
        }
        guard !trimmed.isEmpty, trimmed.count <= 9, trimmed.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(trimmed)
    }

    /// A Roman numeral from I to XXX (upper or lower case), or nil.
    public static func roman(_ text: String) -> Int? {
        let upper = text.uppercased()
        guard !upper.isEmpty, upper.count <= 7 else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0
        var previous = 0
        for character in upper.reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard (1...30).contains(total), romanString(total) == upper else { return nil }
        return total
    }

    /// The canonical Roman spelling of 1...39.
    static func romanString(_ value: Int) -> String {
        let tens = String(repeating: "X", count: value / 10)
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][value % 10]
        return tens + units
    }

    /// The Spanish number words one to thirty, folded, in order.
    public static let spanishWords = [
        "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
        "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho",
        "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro",
        "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta",
    ]

    /// Number words, folded: Vietnamese 1–30 and Spanish 1–30.
    public static let words: [String: Int] = {
        var table: [String: Int] = [:]
        let vietnamese = ["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"]
        for (index, word) in vietnamese.enumerated() { table[word] = index + 1 }
        table["tu"] = 4
        for unit in 1...9 {
            var last = vietnamese[unit - 1]
            if unit == 1 { last = "mot" }
            if unit == 5 { last = "lam" }
            table["muoi " + last] = 10 + unit
            table["hai muoi " + (unit == 1 ? "mot" : unit == 4 ? "tu" : last)] = 20 + unit
            table["hai muoi " + vietnamese[unit - 1]] = 20 + unit
        }
        table["muoi mot"] = 11
        table["muoi lam"] = 15
        table["hai muoi"] = 20
        table["hai muoi lam"] = 25
        table["ba muoi"] = 30
        for (index, word) in spanishWords.enumerated() { table[word] = index + 1 }
        table["un"] = 1
        table["una"] = 1
        return table
    }()
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
