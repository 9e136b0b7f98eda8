import Foundation
import PactoModel

// MARK: - Numbers

extension AnchorFinder {
    static let digits = pattern(
        #"(?<![\d.,])(\d+(?:[.,]\d+)*)(?:\s*(ty|ti|trieu|nghin|ngan|mil millones|millardos|millardo|millones|millon|billones|billon|mil)\b)?"#)
    static let romanAfterNumberWord = pattern(
        #"\b(?:so|cum|khoi|cum thi dua|khoi thi dua|n\.?\s?[º°o]|no|nro|numero|num|cluster|grupo|bloque)\.?\s*([ivxl]+)\b"#)

    /// Spanish number words from two to thirty, folded ("uno", "un", "una" are too often articles).
    static let spanishNumbers: [String: Int] = {
        let words = [
            "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
            "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
            "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho",
            "veintinueve", "treinta",
        ]
        var table: [String: Int] = [:]
        for (index, word) in words.enumerated() { table[word] = index + 2 }
        return table
    }()

    static let spanishTens: [String: Int] = [
        "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
        "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
        "cuatrocientos": 400, "quinientos": 500, "mil": 1000,
    ]

    func numbers(in text: ScannedText, spanish: Bool) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        for match in text.matches(Self.digits) {
            guard let range = text.range(of: match, group: 0), let digits = text.capture(match, 1),
                  var value = Self.value(of: digits)
            else { continue }
            if let scale = text.capture(match, 2) {
                switch scale {
                case "ty", "ti", "mil millones", "millardo", "millardos": value *= 1_000_000_000
                case "billon", "billones": value *= 1_000_000_000_000
                case "trieu", "millones", "millon": value *= 1_000_000
                default: value *= 1000
                }
            }
            found.append((Self.key(value), range))
        }
        for match in text.matches(Self.romanAfterNumberWord) {
            guard let range = text.range(of: match, group: 1) else { continue }
            let original = text.string(range)
            guard original == original.uppercased(), let value = Numerals.roman(original) else { continue }
            found.append((String(value), range))
        }
        // Roman numerals written as such: "Đại hội lần thứ XI", "XI Congreso".
        for (position, token) in text.tokens.enumerated() where token.key.count <= 6 {
            if token.key.count == 1 {
                // A lone "X" only where a numeral is expected: "lần thứ X", "X Congreso".
                let before = position > 0 ? text.tokens[position - 1].key : ""
                let after = position + 1 < text.tokens.count ? text.tokens[position + 1] : nil
                let expected = spanish ? (after?.isCapitalized ?? false) && after?.key.count ?? 0 > 3
                    : ["thu", "khoa", "lan"].contains(before)
                guard expected else { continue }
            }
            let original = text.string(token.range)
            guard original == original.uppercased(), original.allSatisfy({ "IVXL".contains($0) }),
                  let value = Numerals.roman(original),
                  !found.contains(where: { $0.1.overlaps(token.range) })
            else { continue }
            found.append((String(value), token.range))
        }
        guard spanish else { return found }
        var index = 0
        let tokens = text.tokens
        while index < tokens.count {
            let key = tokens[index].key
            var value: Int?
            var end = index + 1
            if let tens = Self.spanishTens[key] {
                value = tens
                if index + 2 < tokens.count, tokens[index + 1].key == "y", let unit = Self.spanishNumbers[tokens[index + 2].key],
                   unit < 10, tens < 100 {
                    value = tens + unit
                    end = index + 3
                }
            } else if let word = Self.spanishNumbers[key] {
                value = word
            }
            // "mil" after a digit is a scale, already read.
            if let value, !(key == "mil" && index > 0 && tokens[index - 1].key.allSatisfy(\.isNumber)) {
                found.append((String(value), tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
            }
            index = end
        }
        return found
    }

    /// A number as printed: "1.500" and "1 500" are thousands, "1,5" a decimal.
    static func value(of digits: String) -> Double? {
        let separators = digits.filter { $0 == "." || $0 == "," }
        if separators.isEmpty { return Double(digits) }
        let groups = digits.split(whereSeparator: { $0 == "." || $0 == "," })
        let distinct = Set(separators)
        if distinct.count == 2, let last = separators.last {
            // "1.234,5": the last separator is the decimal one.
            let decimalIndex = digits.lastIndex(of: last) ?? digits.endIndex
            let whole = digits[..<decimalIndex].filter(\.isNumber)
            let fraction = digits[digits.index(after: decimalIndex)...]
            return Double(whole + "." + fraction)
        }
        if groups.dropFirst().allSatisfy({ $0.count == 3 }) && (separators.count > 1 || groups[0].count <= 3) {
            return Double(groups.joined())
        }
        if groups.count == 2 { return Double(groups[0] + "." + groups[1]) }
        return Double(groups.joined())
    }

    static func key(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.3f", value)
    }
}
