import Foundation
import PactoModel

/// Finds the anchors of a text in Vietnamese or Spanish, each normalised so
/// that the same fact gives the same key in both languages.
struct AnchorFinder: Sendable {
    let gazetteer: Gazetteer
    let glossary: Glossary
    /// Ministries' fields ("Tài nguyên và Môi trường" / "Recursos Naturales
    /// y Medio Ambiente") as a glossary, so they match like terms.
    let fields: Glossary

    init(gazetteer: Gazetteer, glossary: Glossary) {
        self.gazetteer = gazetteer
        self.glossary = glossary
        var entries: [Glossary.Entry] = []
        for ministry in gazetteer.ministries {
            var vi = [ministry.name] + ministry.abbreviations
            if ministry.name.hasPrefix("Bộ ") { vi.append(String(ministry.name.dropFirst(3))) }
            var es = ministry.es
            for name in ministry.es {
                for prefix in ["Ministerio de ", "Ministerio del "] where name.hasPrefix(prefix) {
                    es.append(String(name.dropFirst(prefix.count)))
                }
            }
            entries.append(Glossary.Entry(id: ministry.name, kind: .term, vi: vi, es: es))
        }
        fields = Glossary(entries: entries)
    }

    func anchors(of text: ScannedText, language: Language) -> Anchors {
        var list: [Anchor] = []
        var taken = IndexSet()
        func add(_ kind: Anchor.Kind, _ key: String, _ range: Range<Int>) {
            list.append(Anchor(kind: kind, key: key, range: range))
            taken.insert(integersIn: range)
        }
        let spanish = language == .spanish
        // Order matters: dates and periods claim their digits before numbers do.
        for (kind, key, range) in periods(in: text, spanish: spanish) { add(kind, key, range) }
        for (key, range, year) in dates(in: text, spanish: spanish) where !taken.intersects(integersIn: range) {
            add(.date, key, range)
            if let year { list.append(Anchor(kind: .number, key: String(year), range: range)) }
        }
        for (key, range, year) in months(in: text, spanish: spanish) where !taken.intersects(integersIn: range) {
            add(.month, key, range)
            if let year { list.append(Anchor(kind: .number, key: String(year), range: range)) }
        }
        for (key, range) in times(in: text, spanish: spanish) where !taken.intersects(integersIn: range) {
            add(.time, key, range)
        }
        for (key, range) in numbers(in: text, spanish: spanish) where !taken.intersects(integersIn: range) {
            add(.number, key, range)
        }
        var placeTokens = Set<Int>()
        for (province, tokens) in provinces(in: text) {
            placeTokens.formUnion(tokens)
            let range = text.tokens[tokens.lowerBound].range.lowerBound..<text.tokens[tokens.upperBound - 1].range.upperBound
            list.append(Anchor(kind: .province, key: province, range: range))
        }
        for (name, range) in names(in: text, spanish: spanish, skipping: placeTokens) {
            list.append(Anchor(kind: .name, key: name, range: range))
        }
        for (name, range) in localities(in: text, spanish: spanish) where !list.contains(where: { $0.kind == .name && $0.range.overlaps(range) }) {
            list.append(Anchor(kind: .name, key: name, range: range))
        }
        for (name, range) in properNouns(in: text, spanish: spanish, skipping: placeTokens)
        where !list.contains(where: { ($0.kind == .name || $0.kind == .province) && $0.range.overlaps(range) }) {
            list.append(Anchor(kind: .name, key: name, range: range))
        }
        for mention in glossary.mentions(in: text, language: language, kinds: [.term, .award, .issuer]) {
            let kind: Anchor.Kind = switch mention.kind {
            case .award: .award
            case .issuer: .issuer
            default: .concept
            }
            list.append(Anchor(kind: kind, key: mention.entry, range: mention.range))
        }
        for mention in fields.mentions(in: text, language: language) {
            list.append(Anchor(kind: .field, key: mention.entry, range: mention.range))
        }
        return Anchors(list.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }
}

// MARK: - Dates, months, periods, times

extension AnchorFinder {
    static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    ]

    /// Words after "6/6" that make it a count ("6/6 đơn vị"), not a date.
    static let countNouns = pattern(
        #"^\s*(don vi|so|tinh|thanh pho|thanh vien|xa|huyen|tap the|ca nhan|chi tieu|noi dung|cum|khoi|phuong|truong|nguoi|dong chi|dai bieu|ban|hoi|co quan|doanh nghiep|unidad|departamento|miembro|provincia|criterio|colectivo|persona|de (las|los) )"#)

    static let spanishDayOnly = pattern(#"\b(?:el|del) (?:pasado )?dia (\d{1,2})\b(?!\s*(?:de|del)\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)|[/.-]\d)"#)
    static let numericDate = pattern(#"(?<![\d.,/])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])"#)
    static let vietnameseLongDate = pattern(#"\bngay (\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?"#)
    static let spanishLongDate = pattern(
        #"\b(\d{1,2})(?: º| o)?(?: de| del mes de)? (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:,? (?:de|del) (?:ano )?(\d{4}))?"#)

    func dates(in text: ScannedText, spanish: Bool) -> [(String, Range<Int>, Int?)] {
        var found: [(String, Range<Int>, Int?)] = []
        var taken = IndexSet()
        func add(_ day: Int?, _ month: Int?, _ year: Int?, _ range: Range<Int>?) {
            guard let day, let month, let range, (1...31).contains(day), (1...12).contains(month),
                  !taken.intersects(integersIn: range)
            else { return }
            taken.insert(integersIn: range)
            found.append(("\(day)-\(month)", range, year))
        }
        if spanish {
            for match in text.matches(Self.spanishDayOnly) {
                // "el día 29": the month is the other text's ("0" = unknown).
                guard let day = text.capture(match, 1).flatMap(Int.init), (1...31).contains(day),
                      let range = text.range(of: match, group: 0), !taken.intersects(integersIn: range)
                else { continue }
                taken.insert(integersIn: range)
                found.append(("\(day)-0", range, nil))
            }
            for match in text.matches(Self.spanishLongDate) {
                let month = text.capture(match, 2).map { $0 == "setiembre" ? "septiembre" : $0 }
                    .flatMap { Self.spanishMonths.firstIndex(of: $0) }.map { $0 + 1 }
                add(text.capture(match, 1).flatMap(Int.init), month, text.capture(match, 3).flatMap(Int.init),
                    text.range(of: match, group: 0))
            }
        } else {
            for match in text.matches(Self.vietnameseLongDate) {
                add(text.capture(match, 1).flatMap(Int.init), text.capture(match, 2).flatMap(Int.init),
                    text.capture(match, 3).flatMap(Int.init), text.range(of: match, group: 0))
            }
        }
        for match in text.matches(Self.numericDate) {
            guard let range = text.range(of: match, group: 0) else { continue }
            let separator = text.capture(match, 2) ?? "/"
            let year = text.capture(match, 4).flatMap(Int.init)
            if separator == ".", year == nil { continue }  // "1.5" is a number
            let rest = String(text.folded.dropFirst(range.upperBound).prefix(40))
            let restRange = NSRange(location: 0, length: (rest as NSString).length)
            if year == nil, Self.countNouns.firstMatch(in: rest, range: restRange) != nil { continue }
            if year == nil, separator == "-", text.folded.dropFirst(max(0, range.lowerBound - 12)).prefix(12).contains("tu ") {
                continue  // "từ 3-5 ngày" is a range
            }
            add(text.capture(match, 1).flatMap(Int.init), text.capture(match, 3).flatMap(Int.init), year, range)
        }
        return found
    }

    static let vietnameseMonth = pattern(#"\bthang (\d{1,2})(?:\s*(?:/|-|,? nam)\s*(\d{4}))?(?!\d)"#)
    static let spanishMonth = pattern(
        #"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?: (?:de|del) (?:ano )?(\d{4}))?"#)

    func months(in text: ScannedText, spanish: Bool) -> [(String, Range<Int>, Int?)] {
        var found: [(String, Range<Int>, Int?)] = []
        for match in text.matches(spanish ? Self.spanishMonth : Self.vietnameseMonth) {
            guard let range = text.range(of: match, group: 0), let word = text.capture(match, 1) else { continue }
            let month = spanish
                ? Self.spanishMonths.firstIndex(of: word == "setiembre" ? "septiembre" : word).map { $0 + 1 }
                : Int(word)
            guard let month, (1...12).contains(month) else { continue }
            found.append((String(month), range, text.capture(match, 2).flatMap(Int.init)))
        }
        return found
    }

    static let vietnamesePeriod = pattern(#"\b(6|06|sau) thang (dau|cuoi)( nam)?\b"#)
    static let spanishFirstHalf = pattern(
        #"\b(primer semestre|primera mitad|(los )?(6|seis) primeros meses|primeros (6|seis) meses|(6|seis) meses (iniciales|primeros))"#)
    static let spanishSecondHalf = pattern(
        #"\b(segundo semestre|segunda mitad|(los )?(6|seis) (ultimos|siguientes|restantes) meses|ultimos (6|seis) meses|(6|seis) meses (finales|restantes))"#)

    func periods(in text: ScannedText, spanish: Bool) -> [(Anchor.Kind, String, Range<Int>)] {
        var found: [(Anchor.Kind, String, Range<Int>)] = []
        if spanish {
            for match in text.matches(Self.spanishFirstHalf) {
                if let range = text.range(of: match, group: 0) { found.append((.period, "h1", range)) }
            }
            for match in text.matches(Self.spanishSecondHalf) {
                if let range = text.range(of: match, group: 0) { found.append((.period, "h2", range)) }
            }
        } else {
            for match in text.matches(Self.vietnamesePeriod) {
                if let range = text.range(of: match, group: 0) {
                    found.append((.period, text.capture(match, 2) == "dau" ? "h1" : "h2", range))
                }
            }
        }
        return found
    }

    static let vietnameseTime = pattern(#"(?<![\d.,/])(\d{1,2})\s*(?:h|gio)\s*(\d{2})?(?![\d])(?! (?:ngay|thang))"#)
    static let spanishTime = pattern(#"(?<![\d.,/])(\d{1,2})(?::|\.|h)(\d{2})(?!\d)(?:\s*(?:h|horas|hrs)\b)?|(?<![\d.,/])(\d{1,2})\s*(?:horas|h)\b"#)

    func times(in text: ScannedText, spanish: Bool) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        for match in text.matches(spanish ? Self.spanishTime : Self.vietnameseTime) {
            guard let range = text.range(of: match, group: 0) else { continue }
            let hour = text.capture(match, 1).flatMap(Int.init) ?? text.capture(match, 3).flatMap(Int.init)
            let minute = text.capture(match, 2).flatMap(Int.init) ?? 0
            guard let hour, hour < 24, minute < 60 else { continue }
            found.append(("\(hour):\(minute)", range))
        }
        return found
    }
}

// MARK: - Numbers

extension AnchorFinder {
    static let digits = pattern(
        #"(?<![\d.,])(\d+(?:[.,]\d+)*)(?:\s*(ty|trieu|nghin|ngan|mil millones|millones|millon|billones|billon|mil)\b)?"#)
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
                case "ty", "mil millones", "billon", "billones": value *= 1_000_000_000
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

// MARK: - Provinces and names

extension AnchorFinder {
    /// Provinces named in the text (longest name first), by their name in the gazetteer.
    func provinces(in text: ScannedText) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            var matched = false
            if tokens[index].isCapitalized {
                for length in stride(from: min(gazetteer.longestPlaceName, tokens.count - index), through: 1, by: -1) {
                    let key = tokens[index..<(index + length)].map(\.key).joined(separator: " ")
                    if let place = gazetteer.places[key], length > 1 || key.count > 3 || tokens[index].key == "hue" {
                        found.append((place.province, index..<(index + length)))
                        index += length
                        matched = true
                        break
                    }
                }
            }
            if !matched { index += 1 }
        }
        return found
    }

    static let surnames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
        "duong", "ly", "dinh", "mai", "trinh", "truong", "dao", "lam", "luu", "cao", "ta", "ha", "lai", "quach",
        "to", "chu", "thai", "kieu", "tong", "luong", "nong", "lo", "ton", "khuat", "trieu",
        "dam", "tieu", "thach", "au", "kha", "vuong", "mac", "lu", "tang", "han", "phung", "diep", "doan", "hua",
        "ung", "ma", "vi", "lac", "khong", "nghiem", "bach", "giap", "hau", "khuc", "thieu", "uong",
    ]

    /// Family names that are rarely given names: one inside a run starts another name.
    static let distinctSurnames: Set<String> = ["nguyen", "tran", "pham", "huynh", "phan", "dang", "bui", "ngo", "quach", "trinh"]

    /// Capitalised words of titles and bodies that end a name ("Nguyễn Văn A Phó Giám đốc").
    static let titleWords: Set<String> = [
        "pho", "giam", "chu", "bi", "truong", "thu", "bo", "so", "uy", "hoi", "cum", "khoi", "phong", "cuc", "chanh",
        "ong", "ba", "dong", "tinh", "huyen", "xa", "ubnd", "trung", "dai",
    ]

    /// One Vietnamese syllable, folded.
    static let syllable = pattern(
        #"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|pl|gl|kr|[bcdghklmnpqrstvx])?(uye|uya|oai|oay|uoi|uou|ieu|yeu|oa|oe|uy|ua|uo|ue|ui|ia|ie|ye|iu|eu|ei|ao|au|ay|ai|oi|ou|ua|ui|[aeiouy])(ng|nh|ch|[cmnptk])?$"#)

    static func isSyllable(_ key: String) -> Bool {
        guard key.count <= 7, key.allSatisfy({ $0.isLetter && $0.isASCII }) else { return false }
        return syllable.firstMatch(in: key, range: NSRange(location: 0, length: (key as NSString).length)) != nil
    }

    /// People's names: a family name, then one to four capitalised
    /// syllables ("Võ Minh Thành", "Vo Minh Thanh"), folded.
    func names(in text: ScannedText, spanish: Bool, skipping places: Set<Int>) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.isCapitalized, Self.surnames.contains(token.key), !places.contains(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, end - index < 5, tokens[end].isCapitalized, !places.contains(end),
                  Self.isSyllable(tokens[end].key), !Self.titleWords.contains(tokens[end].key),
                  // A second family name starts another name ("xã Kim Tân Quách Thị Tươi").
                  end - index < 2 || !Self.distinctSurnames.contains(tokens[end].key),
                  // Words must follow each other with only a space between.
                  tokens[end].range.lowerBound - tokens[end - 1].range.upperBound == 1,
                  text.characters[tokens[end - 1].range.upperBound] == " " {
                end += 1
            }
            if end - index >= 2 {
                let key = tokens[index..<end].map(\.key).joined(separator: " ")
                found.append((key, token.range.lowerBound..<tokens[end - 1].range.upperBound))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    static let vietnameseLocality = pattern(#"\b(?:xa|phuong|huyen|thi xa|thi tran|thon|quan|ban|lang) (?=\S)"#)
    static let spanishLocality = pattern(#"\b(?:comuna|barrio|distrito|municipio|pueblo|aldea|villa|localidad|poblado|barriada) de (?:la |el )?(?=\S)"#)

    /// Communes, wards and districts by name ("xã Kim Tân" = "comuna de
    /// Kim Tan"): the capitalised words after the unit's word, folded.
    func localities(in text: ScannedText, spanish: Bool) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        for match in text.matches(spanish ? Self.spanishLocality : Self.vietnameseLocality) {
            guard let range = text.range(of: match, group: 0) else { continue }
            var index = text.tokenIndex(atOrAfter: range.upperBound)
            let start = index
            while index < text.tokens.count, index - start < 4, text.tokens[index].isCapitalized,
                  Self.isSyllable(text.tokens[index].key),
                  index == start || text.tokens[index].range.lowerBound - text.tokens[index - 1].range.upperBound == 1 {
                index += 1
            }
            guard index > start else { continue }
            let key = text.tokens[start..<index].map(\.key).joined(separator: " ")
            guard key.count >= 3 else { continue }
            found.append((key, text.tokens[start].range.lowerBound..<text.tokens[index - 1].range.upperBound))
        }
        return found
    }

    /// Words that never belong to a proper name: Spanish function words and
    /// the Vietnamese words of titles and bodies.
    static let notInNames: Set<String> = [
        "el", "la", "los", "las", "en", "de", "del", "con", "por", "para", "un", "una", "y", "a", "al", "se", "su",
        "sus", "que", "es", "no", "o", "e", "lo", "le", "les", "mi", "tu", "ya", "si", "son", "fue", "ha", "han",
        "cum", "thi", "dua", "khoi", "hoi", "nghi", "so", "bo", "ban", "uy", "tinh", "huyen", "xa", "phuong", "cuc",
        "vu", "ubnd", "hdnd", "mttq", "tp", "ong", "ba", "chu", "tich", "pho", "giam", "doc", "truong", "dang",
        "nha", "nuoc", "chinh", "phu", "quoc", "trung", "uong", "tong", "cong", "ty",
    ]

    /// Runs of two or more capitalised short words that look Vietnamese
    /// ("Đăk Hà", "Dak Ha", "Tân Thạnh"): names of districts, communes,
    /// schools and people the other lists miss, folded.
    func properNouns(in text: ScannedText, spanish: Bool, skipping places: Set<Int>) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        let tokens = text.tokens
        func fits(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.isCapitalized, !places.contains(index), token.key.count <= 6,
                  token.key.allSatisfy({ $0.isLetter && $0.isASCII }), token.key.contains(where: { "aeiouy".contains($0) })
            else { return false }
            if Self.notInNames.contains(token.key) { return false }
            return Self.isSyllable(token.key)
        }
        var index = 0
        while index < tokens.count {
            guard fits(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, end - index < 4, fits(end),
                  tokens[end].range.lowerBound - tokens[end - 1].range.upperBound == 1,
                  text.characters[tokens[end - 1].range.upperBound] == " " {
                end += 1
            }
            if end - index >= 2 {
                let key = tokens[index..<end].map(\.key).joined(separator: " ")
                found.append((key, tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
            }
            index = end
        }
        return found
    }
}
