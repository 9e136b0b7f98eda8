import Foundation
import PactoModel

/// Recognises a byline ("Thanh Mỹ", "Trung Kiên – Bá Phúc", "Bài và ảnh:
/// Việt Thịnh (VP Sở)", "Tin, ảnh: Tuấn Anh", "CTV Lâm Hiền – Thành Trung",
/// "Por Thanh My") and splits it into author names.
enum BylineRule {
    /// Prefixes that introduce a byline; what follows them is names.
    static let prefixes: [String] = [
        "bài và ảnh:", "bài và ảnh :", "bài, ảnh:", "bài - ảnh:", "bài/ảnh:", "tin và ảnh:", "tin, ảnh:", "tin - ảnh:",
        "tin/ảnh:", "tin và ảnh :", "tin:", "bài:", "bài viết:", "tác giả bài viết:", "tác giả:", "người viết:", "nhóm pv:", "nhóm phóng viên:",
        "ảnh:", "thực hiện:", "texto y fotos:", "texto y foto:", "texto:", "textos:", "por:", "por", "redacción:", "autor:", "autora:",
        "by", "by:", "written by", "author:", "ctv", "ctv:", "pv:", "btv:", "nguồn:", "nguồn tin:", "theo",
        "noticia y foto:", "noticia y fotos:", "noticia:", "noticias:", "reportaje:", "crónica:", "según:", "fuente:",
        "información:", "informa:", "texto e imagen:", "texto e imágenes:", "información y fotos:", "información y foto:",
        "autores:", "autoras:", "autores de la noticia:", "autor del artículo:", "autores del artículo:",
        // "Thực hiện:" in Spanish ("Realización: Huu Thanh - Phuong Thao")
        "realización:", "realizado por:", "elaborado por:", "a cargo de:",
    ]

    /// ``prefixes``, longest first, with their lengths in characters.
    private static let prefixesLongestFirst: [(String, Int)] = prefixes.sorted(by: { $0.count > $1.count })
        .map { ($0, $0.count) }

    /// Role labels inside a byline, before a name.
    static let roleLabels = ["ảnh:", "bài:", "tin:", "video:", "clip:", "đồ họa:", "đồ hoạ:", "fotos:", "foto:", "texto:", "photo:",
                             "noticia y foto:", "noticia:"]

    /// Role labels without their colon, read only after a first credit ("…, ảnh Ngọc Dũng").
    static let unmarkedRoleLabels = ["ảnh ", "fotos ", "foto "]

    /// Labels of a line that credits only the pictures.
    static let photoLabels = ["ảnh:", "ảnh :", "ảnh -", "foto:", "fotos:", "foto :", "photo:", "photos:"]

    /// Bylines that name no person: a generic desk or a source.
    static let generic: Set<String> = [
        "pv", "btv", "ctv", "ptv", "nhóm pv", "tpv", "phóng viên", "ban biên tập", "bbt", "tin", "ảnh", "ttxvn",
        "vna", "efe", "redacción", "admin", "administrator", "quản trị viên", "văn phòng", "vp",
        // page furniture of a Spanish page ("OTRAS IMÁGENES" above a gallery)
        "otras imágenes", "más imágenes", "imágenes", "galería", "galería de imágenes", "otras noticias", "más noticias",
        "noticias relacionadas",
        // a picture's or a text's source, not its writer ("Cortesía", "Archivo", "Internet", "Sưu tầm")
        "cortesía", "archivo", "agencias", "internet", "sưu tầm", "tư liệu", "st",
    ]

    /// Words that start an office, not a person ("PHÒNG TỔ CHỨC CÁN BỘ").
    static let officeWords: Set<String> = Set([
        "phòng", "văn", "ban", "sở", "trung", "cục", "vụ", "ủy", "uỷ", "hội", "đoàn", "báo", "đài", "cổng",
        "trang", "bộ", "công", "tổng", "viện", "trường", "khoa", "tòa", "thư", "theo", "nguồn", "đảng", "chi",
    ]).union(spanishOfficeWords)

    /// Words that open an office or a paper even when every word is capitalised
    /// ("Báo Nhân Dân", "Văn Phòng Sở"); the others may open a person's name ("Trang").
    /// "HỘI CHỮ THẬP ĐỎ Ô MÔN", "SỞ NỘI VỤ": no writer's name opens with these either.
    static let alwaysOffices: Set<String> = ["phòng", "văn", "ban", "báo", "đài", "cổng", "tạp", "hội", "sở", "cục", "ủy", "uỷ",
                                             "viện", "tòa", "toà"]

    /// Spanish words that open an office and never a person's name.
    static let spanishOfficeWords: Set<String> = [
        "sección", "departamento", "oficina", "comité", "centro", "periódico", "portal", "junta", "comisión",
        "dirección", "unidad", "servicio", "agencia", "redacción", "equipo",
        // session 12: "Chu Van Bao – Asociación de Agricultores del distrito"
        "asociación", "federación", "unión", "sindicato", "fiscalía", "tribunal", "policía", "escuela", "universidad",
        "instituto", "hospital", "consejo", "delegación",
        // session 14: "CRUZ ROJA DE O MON" signing a text
        "cruz",
    ]

    /// The line is a byline whose first name is a person's, not an office's
    /// or a paper's ("Nguồn: Hoàng Văn Bình - Phòng Nghiệp vụ", not "Nguồn: Báo Quảng Nam").
    static func namesPerson(_ line: String) -> Bool {
        guard let first = authors(in: line)?.first,
              let word = first.split(separator: " ").first?.lowercasedLatin() else { return false }
        return !officeWords.contains(word)
    }

    /// True when the line opens with a label that ends in a colon ("Bài và ảnh:").
    static func hasLabel(_ line: String) -> Bool {
        // Every label ends in a colon: most lines have none.
        guard line.utf8.contains(UInt8(ascii: ":")) else { return false }
        let lower = line.lowercasedLatin()
        return labels.contains { lower.hasPrefix($0) }
    }

    /// The ``prefixes`` that end in a colon.
    private static let labels = prefixes.filter { $0.hasSuffix(":") }

    /// The author names if `line` is a byline, else nil. An empty array
    /// means a byline that names nobody (e.g. "PV").
    static func authors(in line: String) -> [String]? {
        guard !line.isEmpty, Folding.hasAtMost(80, charactersIn: line) else { return nil }
        var rest = Substring(line)
        var hadPrefix = false
        let lower = line.lowercasedLatin()
        // "Ảnh: Minh Đức", "Foto: Minh Duc" alone: a photo credit names no writer.
        if photoLabels.contains(where: lower.hasPrefix) { return [] }
        for (prefix, length) in prefixesLongestFirst where lower.hasPrefix(prefix) {
            let after = line.dropFirst(length)
            // "por" and "by" must stand as words.
            if let first = after.first, first.isLetter { continue }
            rest = after
            hadPrefix = true
            break
        }
        let last = rest.trimming(" ").last
        if let last, ".!?;:,…\"“”".contains(last), !rest.hasSuffix("./.") { return nil }
        let parts = split(rest)
        // "Nguồn tin: Ảnh - Thu Hiền": the source of the pictures, no writer.
        if hadPrefix, let first = parts.first, ["ảnh", "foto", "fotos"].contains(first.lowercasedLatin()) { return [] }
        guard !parts.isEmpty || hadPrefix else {
            return generic.contains(line.lowercasedLatin().trimming(" .")) ? [] : nil
        }
        var names: [String] = []
        for part in parts {
            guard let name = personName(part) else {
                if generic.contains(part.lowercasedLatin()) || isAcronym(part) { continue }
                // "Theo Báo Bắc Giang", "Nguồn: Sở Tư pháp": a paper or an office cited, no writer.
                if hadPrefix, names.isEmpty, isOffice(part) { continue }
                // "Thu Hà - Văn phòng Cụm", "Nguyen Van Toan - Centro Provincial de Cultura": the writer's office.
                // "Bích Hạnh - Thanh tra Sở Tài chính": an office named further in, in sentence case.
                if !names.isEmpty, isOffice(part) || namesUnitInside(part) { continue }
                return nil
            }
            names.append(name)
        }
        if names.isEmpty, !hadPrefix, !parts.allSatisfy({ generic.contains($0.lowercasedLatin()) || isAcronym($0) }) { return nil }
        return names
    }

    /// Openers of a header line that names the writer, often before the
    /// stamp ("Viết bởi Andy - Th9 21, 2017", "Đăng bởi: Minh Thu | 12/3/2024").
    static let headerPrefixes = ["viết bởi", "đăng bởi", "người đăng:", "người viết:", "posted by", "written by",
                                 "escrito por", "publicado por"]

    /// The writers a header line names before its stamp, if it opens with
    /// one of ``headerPrefixes``.
    static func headerAuthors(in line: String) -> [String]? {
        guard Folding.hasAtMost(120, charactersIn: line) else { return nil }
        let lower = line.lowercasedLatin()
        guard let prefix = headerPrefixes.first(where: { lower.hasPrefix($0) }) else { return namedBeforeStamp(line) }
        var rest = line.dropFirst(prefix.count)
        guard rest.first.map({ !$0.isLetter }) ?? false else { return nil }
        if let stamp = StampRule.firstStamp(in: String(rest)), let range = Range(stamp.range, in: String(rest)) {
            let text = String(rest)
            rest = Substring(String(text[..<range.lowerBound]))
        }
        // The stamp's weekday or "lúc"/"ngày" before its digits ("- Thứ Hai, 12/3/2024", "- Th9 21").
        var words = rest.trimming(" :").split(separator: " ", omittingEmptySubsequences: true)
        while let last = words.last, last.contains(where: \.isNumber) || ["thứ", "ngày", "lúc", "-", "–", "|", "on", "el"].contains(last.lowercasedLatin()) {
            words.removeLast()
        }
        let names = String(words.joined(separator: " ")).trimming(" -–|,")
        guard !names.isEmpty else { return nil }
        return authors(in: names)
    }

    /// Sections of a paper, never a writer ("Thời Sự", "Kinh Tế" in capitals under a headline).
    static let sectionNames: Set<String> = [
        "thời sự", "chính trị", "xã hội", "kinh tế", "văn hóa", "văn hoá", "thể thao", "giáo dục", "pháp luật",
        "quốc phòng", "an ninh", "sự kiện", "tin tức", "thế giới", "đời sống", "actualidad", "política", "sociedad",
        "economía", "cultura", "deportes", "noticias", "eventos", "sucesos", "mundo", "nacional", "opinión",
    ]

    /// A line under the headline that only names its writers ("Đinh Thị Mai Yên", "MỸ LINH - DUY ANH",
    /// "Bài, ảnh: Minh Anh", "Por Thanh My"): the names. A line without a label holds names alone,
    /// every word capitalised; a place ("Hà Nội"), a section ("Thời Sự") or an office names no writer.
    static func namesUnderHeadline(_ line: String) -> [String]? {
        guard Folding.hasAtMost(60, charactersIn: line), let names = authors(in: line), !names.isEmpty else { return nil }
        if !hasLabel(line) {
            let words = line.split(separator: " ")
            guard (2...8).contains(words.count), !line.contains(","),
                  words.allSatisfy({ $0.first.map { $0.isUppercase || "-–".contains($0) } ?? false }) else { return nil }
        }
        let isPlaceOrSection = { (name: String) in
            sectionNames.contains(name.lowercasedLatin()) || Gazetteer.standard.province(named: name) != nil
        }
        return names.contains(where: isPlaceOrSection) ? nil : names
    }

    /// "Phan Tân| 18/12/2020 08:54": a person's name of two to four words, a bar, then the stamp.
    static func namedBeforeStamp(_ line: String) -> [String]? {
        guard let bar = line.firstIndex(of: "|"), StampRule.firstStamp(in: String(line[bar...])) != nil else { return nil }
        let name = line[..<bar].trimming(" ")
        guard (2...4).contains(name.split(separator: " ").count), StampRule.firstStamp(in: name) == nil,
              let names = authors(in: name), names.count == 1 else { return nil }
        return names
    }

    /// A line that names only an office or a paper ("Đảng ủy Khối CCQ tỉnh",
    /// "Văn phòng Cụm"): printed under the writer's name, it names no writer.
    static func isOfficeLine(_ line: String) -> Bool {
        guard Folding.hasAtMost(80, charactersIn: line), !hasLabel(line) else { return false }
        let parts = split(Substring(line))
        return !parts.isEmpty && parts.allSatisfy(isOffice)
    }

    /// A line of the body that names writers or their office, standing
    /// alone: one that ``authors(in:)`` reads ("Thanh Mỹ – Bá Phúc", "Bài,
    /// ảnh: Minh Anh", "PV"), or a short line of names (``readsAsNames(_:)``).
    static func isByline(_ line: String) -> Bool {
        readsAsNames(line) || authors(in: line) != nil
    }

    /// A short line of names or of an office ("MỸ LINH- DUY ANH", "Văn Phòng
    /// Cụm Thi Đua"): at most 60 characters and 8 words, no final stop, and
    /// at least two words in three capitalised.
    static func readsAsNames(_ line: String) -> Bool {
        guard line.utf8.count < 300 else { return false }
        let trimmed = line.trimming(" \t\n")
        guard !trimmed.isEmpty, trimmed.count <= 60, !trimmed.hasSuffix(".") else { return false }
        let words = trimmed.split { !$0.isLetter }
        guard !words.isEmpty, words.count <= 8 else { return false }
        let capitalized = words.filter { $0.first?.isUppercase ?? false }.count
        return capitalized * 3 >= words.count * 2
    }

    /// Pieces of a byline: split on dashes, commas, slashes and "và"/"y"/"and".
    private static func split(_ text: Substring) -> [String] {
        var cleaned = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { cleaned.append(character) }
        }
        // "Texto: X. Fotos: Y": a stop before a role label parts two credits.
        if cleaned.contains(". ") {
            for label in roleLabels {
                while let range = cleaned.range(of: ". " + label, options: [.caseInsensitive]) {
                    cleaned.replaceSubrange(range.lowerBound..<cleaned.index(range.lowerBound, offsetBy: 2), with: "; ")
                }
            }
        }
        let separators: [String] = [" – ", " - ", " — ", "- ", "– ", ", ", ",", "; ", " / ", "/", " và ", " y ", " and ", " & "]
        var pieces = [cleaned]
        for separator in separators {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces.enumerated().map { index, piece in
            var piece = piece.trimming(" .-–—/")
            let lower = piece.lowercasedLatin()
            // "ảnh: Quốc Huy" inside "Bài: Minh Anh, ảnh: Quốc Huy"; after the first credit the
            // colon may be left out ("Bài: Đinh Tuyên, ảnh Ngọc Dũng").
            for label in roleLabels + (index > 0 ? unmarkedRoleLabels : []) where lower.hasPrefix(label) {
                piece = String(piece.dropFirst(label.count)).trimming(" ")
                break
            }
            return piece
        }.filter { !$0.isEmpty }
    }

    /// An office or a newspaper, not a person ("Văn phòng Cụm", "Sección de Operaciones").
    static func isOffice(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let first = words.first?.lowercasedLatin() else { return false }
        return officeWords.contains(first) && words.count >= 2 && !isGivenNameVan(words)
    }

    /// A unit whose office word comes later ("Thanh tra Sở Tài chính", "Chánh Văn phòng Sở"): some word
    /// in lower case, as no person's name has, and an office word after the first.
    static func namesUnitInside(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 3, words.first?.first?.isUppercase == true,
              words.contains(where: { $0.first?.isLowercase == true }) else { return false }
        return words.dropFirst().contains { officeWords.contains($0.lowercasedLatin()) && $0.first?.isUppercase == true }
    }

    /// "Văn Hải": a given name; "Văn phòng" is the office.
    static func isGivenNameVan(_ words: [Substring]) -> Bool {
        words.count >= 2 && words[0].lowercasedLatin() == "văn" && words[1].lowercasedLatin() != "phòng"
    }

    /// A person's name: 1-5 words, each starting with a capital letter (or
    /// the whole in capitals, "P.TRUNG", "HÀ ĐỨC THÀNH"), no digits.
    static func personName(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), !text.contains(where: \.isNumber) else { return nil }
        if let first = words.first?.lowercasedLatin(), spanishOfficeWords.contains(first) { return nil }
        if let first = words.first?.lowercasedLatin(), officeWords.contains(first), words.count > 1, !isGivenNameVan(words) {
            // "Văn phòng", "Ban Tuyên giáo": an office is not a person.
            if !words.allSatisfy({ $0.first?.isUppercase == true }) || Self.alwaysOffices.contains(first) {
                return nil
            }
        }
        if generic.contains(text.lowercasedLatin()) || isAcronym(text) { return nil }
        for word in words {
            guard let first = word.first, first.isUppercase || first == "." else { return nil }
            guard word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "'" || $0 == "’" || $0 == "-" }) else { return nil }
        }
        return text
    }
}

