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
            // A province's department named otherwise than its ministry's
            // field ("Sở Ngoại vụ" for Bộ Ngoại giao).
            if let department = ministry.department, department.hasPrefix("Sở "),
               !vi.contains(String(department.dropFirst(3))) {
                vi.append(department)
            }
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
        for mention in glossary.mentions(in: text, language: language, kinds: [.term, .award, .issuer, .title, .region]) {
            let kind: Anchor.Kind = switch mention.kind {
            case .award: .award
            case .issuer: .issuer
            case .title: .title
            case .region: .province
            default: .concept
            }
            // A region is compared like a province ("Tây Nam Bộ" = "Suroeste").
            let key = mention.kind == .region ? "region:" + mention.entry : mention.entry
            list.append(Anchor(kind: kind, key: key, range: mention.range))
        }
        // A ministry's field is a name: capitalised, after the body's word
        // ("Sở Xây dựng", "Departamento de Construcción"; not "xây dựng đời sống").
        for mention in fields.mentions(in: text, language: language) where isFieldName(mention, in: text, spanish: spanish) {
            list.append(Anchor(kind: .field, key: mention.entry, range: mention.range))
        }
        return Anchors(list.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }
}

extension AnchorFinder {
    static let vietnameseBodyWords: Set<String> = ["so", "bo", "nganh", "cuc", "vu", "chi", "phong", "ban"]
    static let spanishBodyWords: Set<String> = [
        "departamento", "departamentos", "ministerio", "ministerios", "sector", "sectores", "servicio", "servicios",
        "direccion", "ramo", "oficina", "comision", "ministro", "ministra", "viceministro", "director", "directora",
    ]

    /// A field mention that names a body: an abbreviation, the ministry's
    /// full name, or the field after a body's word.
    func isFieldName(_ mention: TermMention, in text: ScannedText, spanish: Bool) -> Bool {
        let first = text.tokens[mention.tokens.lowerBound]
        guard first.isCapitalized else { return false }
        let original = text.string(first.range)
        if original == original.uppercased() { return true }  // TN&MT, BCA
        if ["bo", "ministerio"].contains(first.key) { return true }
        let start = mention.tokens.lowerBound
        if spanish {
            guard start >= 2, ["de", "del"].contains(text.tokens[start - 1].key) else { return false }
            return Self.spanishBodyWords.contains(text.tokens[start - 2].key)
        }
        return start >= 1 && Self.vietnameseBodyWords.contains(text.tokens[start - 1].key)
    }
}

// MARK: - Dates, months, periods, times

extension AnchorFinder {
    /// Words after "6/6" that make it a count ("6/6 đơn vị"), not a date.
    static let countNouns = pattern(
        #"^\s*(don vi|so|tinh|thanh pho|thanh vien|xa|huyen|tap the|ca nhan|chi tieu|noi dung|cum|khoi|phuong|truong|nguoi|dong chi|dai bieu|ban|hoi|co quan|doanh nghiep|unidad|departamento|miembro|provincia|criterio|colectivo|persona|de (las|los) )"#)

    static let spanishDayOnly = pattern(#"\b(?:el|del) (?:pasado )?dia (\d{1,2})\b(?!\s*(?:de|del)\s+(?:"# + MonthNames.spanishPattern + #")|[/.-]\d)"#)
    static let numericDate = pattern(#"(?<![\d.,/])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])"#)
    static let vietnameseLongDate = pattern(#"\bngay (\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?"#)
    static let spanishLongDate = pattern(
        #"\b(\d{1,2})(?:\.?\s?[º°o])?(?: de| del mes de)? ("# + MonthNames.spanishPattern + #")(?:,? (?:de|del) (?:ano )?(\d{4}))?"#)

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
                let month = text.capture(match, 2).flatMap { MonthNames.spanish[$0] }
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
        #"\b("# + MonthNames.spanishPattern + #")(?: (?:de|del) (?:ano )?(\d{4}))?"#)

    func months(in text: ScannedText, spanish: Bool) -> [(String, Range<Int>, Int?)] {
        var found: [(String, Range<Int>, Int?)] = []
        for match in text.matches(spanish ? Self.spanishMonth : Self.vietnameseMonth) {
            guard let range = text.range(of: match, group: 0), let word = text.capture(match, 1) else { continue }
            let month = spanish
                ? MonthNames.spanish[word]
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
