import Foundation
import PactoModel

/// Reads an article captured as plain text: an optional header (site name,
/// kicker, title, stamp, interface words), the body, a byline, and interface
/// leftovers (share bars, comment forms, "related news" lists).
struct PlainTextReader {
    func read(_ text: String, file: String) -> Article {
        var lines = Self.segments(of: text)
        var article = Article(file: file)
        if let first = lines.first, let (stamp, rest) = Self.captureStamp(first) {
            // Captures may open with " date YYYY-MM-DD" run into the first line.
            if let stamp { article.published = stamp }
            if rest.isEmpty { lines.removeFirst() } else { lines[0] = rest }
        }

        // The tail: everything from a "related news" / comment header on (a box of links above the article aside).
        var setAside = Self.settingAsideTail(&lines)
        setAside = lines.filter(InterfaceText.isInterface) + setAside
        lines.removeAll(where: InterfaceText.isInterface)

        // The header: lines before the first body paragraph.
        // A capture of the headline alone (the page's text did not load): the headline.
        let bodyStart = lines.count == 1 && Self.isTitleLike(lines[0]) && !Self.opensWithWhen(lines[0]) ? 1 : Self.bodyStart(lines)
        let header = Self.readHeader(&lines, bodyStart: bodyStart, into: &article)
        if let titleIndex = header.titleIndex {
            article.title = Self.strippingDecorations(Self.strippingCMSLeftovers(lines[titleIndex]))
        }
        // What is left of the header is not the article (kept for checks).
        let titleIndex = header.titleIndex ?? -1
        let kept: [(index: Int, kind: Block.Kind)] = header.kept.filter { $0.index > titleIndex }
        let keptIndices = Set(kept.map(\.index))
        var used: Set<Int> = keptIndices
        if let title = header.titleIndex { used.insert(title) }
        if let stamp = header.stampIndex { used.insert(stamp) }
        let headerLeft: [String] = (0..<bodyStart).filter { !used.contains($0) }.map { lines[$0] }
        article.setAside = headerLeft + setAside
        var body = Array(lines[bodyStart...])
        // A stamp printed right under the header, inside what looked like body.
        if article.published == nil, let first = body.first, StampRule.isStampLine(first), !StampRule.isTodayLine(first),
           let stamp = StampRule.firstStamp(in: first)?.stamp {
            article.published = stamp
            body.removeFirst()
        }
        // The stamp under the lead and the writers' names ("Thùy Dung - Quang Hòa", then "09/12/2024 19:52").
        if article.published == nil, let (stamp, names, lines) = Self.stampUnderLead(body) {
            article.published = stamp
            if article.authors.isEmpty { article.authors = names }
            article.setAside += lines.map { body[$0] }
            for line in lines.reversed() { body.remove(at: line) }
        }

        // A view counter left under the byline ("564", "1.203").
        while let last = body.last, body.count > 1, last.count <= 8, last.contains(where: \.isNumber),
              last.allSatisfy({ $0.isNumber || ".,  ".contains($0) }) {
            article.setAside.append(body.removeLast())
        }
        // The byline: the last line, when it reads as one.
        while let last = body.last, body.count > 1 {
            guard let names = BylineRule.authors(in: last) else {
                // "Bá Tài" then "Đảng ủy Khối CCQ tỉnh": the writer's office on its own line under the name.
                if body.count > 2, BylineRule.isOfficeLine(last), BylineRule.authors(in: body[body.count - 2])?.isEmpty == false {
                    article.setAside.append(body.removeLast())
                    continue
                }
                break
            }
            article.authors = names + article.authors.filter { !names.contains($0) }
            body.removeLast()
            if !names.isEmpty { break }
        }

        // A list laid out one item a line after a line that ends on a colon
        // ("gồm:" then "- Sở A;", "1. Công ty B"): its lines are paragraphs.
        var listOpen = false
        article.blocks = body.enumerated().map { index, line in
            let isListItem = listOpen && Self.opensWithListMark(line)
            listOpen = line.hasSuffix(":") || isListItem
            if isListItem { return Block(.paragraph, line) }
            let placement = CaptionRule.Placement(isFirst: index == 0, isLast: index == body.count - 1)
            if CaptionRule.isCaption(line, placement: placement) { return Block(.caption, line) }
            return Block(BylineRule.isByline(line) ? .byline : .paragraph, line)
        }
        article.blocks.insert(contentsOf: kept.map { Block($0.kind, lines[$0.index]) }, at: 0)
        article.language = LanguageIdentifier.identify(
            [article.title ?? "", body.prefix(3).joined(separator: " ")].joined(separator: " "))
        return article
    }

    /// Non-empty normalised lines; a line that holds a long run of spaces
    /// (a caption run into a paragraph by the capture) is split there, and
    /// lines broken inside a sentence are joined (``WrappedLines``).
    static func segments(of text: String) -> [String] {
        var lines: [WrappedLines.Line] = []
        var followsBlank = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var isFirstPiece = true
            for piece in splitOnSpaceRuns(rawLine) {
                let line = TextNormalizer.line(piece)
                guard !line.isEmpty else { continue }
                lines.append(WrappedLines.Line(text: line, followsBlank: followsBlank, isSplitPiece: !isFirstPiece))
                isFirstPiece = false
                followsBlank = false
            }
            if isFirstPiece { followsBlank = true }
        }
        return WrappedLines.joined(lines)
    }

    private static func splitOnSpaceRuns(_ line: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = line.startIndex
        var runStart: String.Index?
        var runLength = 0
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == " " || character == "\t" || character == "\u{00A0}" {
                if runStart == nil { runStart = index }
                runLength += 1
            } else {
                if let runStart, runLength >= 5, runStart > start {
                    pieces.append(line[start..<runStart])
                    start = index
                }
                runStart = nil
                runLength = 0
            }
            index = line.index(after: index)
        }
        pieces.append(line[start...])
        return pieces
    }

    /// Where the body begins: the first line that reads as a paragraph
    /// (a sentence of six words or more, or any line of 25 words or more).
    static func bodyStart(_ lines: [String]) -> Int {
        for (index, line) in lines.enumerated() {
            if index >= 8 { return 0 }
            let words = line.split(separator: " ").count
            // A greeting banner ("¡Saludamos … aniversario …!", "Chào mừng …!") above the stamp is header.
            // A call to emulate in capitals ("TOÀN ĐẢNG, TOÀN DÂN … NĂM 2022!") is a banner wherever it stands.
            let isBanner = line.hasSuffix("!") && (lines[(index + 1)...].prefix(2).contains(where: StampRule.isStampLine)
                || !line.contains(where: \.isLowercase))
            if words >= 6, endsSentence(line), !StampRule.isStampLine(line), !isBanner { return index }
            // Headlines can be long, but not this long.
            if words >= 70 { return index }
            // A lead that opens with when it happened ("Chiều 26-11, tại ..."), stop or none.
            if words >= 15, opensWithWhen(line) { return index }
        }
        return 0
    }

    /// "Chiều 26-11, tại …", "(CTTĐTBP) - Sáng nay 21/6, …", "La tarde del 13 de marzo, …":
    /// a line that opens with the day it tells of, then a comma, is the lead
    /// paragraph, not a headline (headlines do not start with their date).
    static func opensWithWhen(_ line: String) -> Bool {
        var rest = Substring(Folding.fold(String(line.prefix(80))))
        // An agency's tag first: "(CTTĐTBP) - ".
        if rest.first == "(", let close = rest.firstIndex(of: ")"), rest.distance(from: rest.startIndex, to: close) <= 26 {
            rest = rest[rest.index(after: close)...].drop { " -–".contains($0) }
        }
        // The words before the date: "chiều (nay) (ngày)", "hôm nay", "la tarde del", "el".
        var sawDayWord = false
        while let space = rest.firstIndex(of: " "), leadWords.contains(String(rest[..<space])) {
            if vietnameseDayWords.contains(String(rest[..<space])) { sawDayWord = true }
            rest = rest[rest.index(after: space)...]
        }
        let day = rest.prefix { $0.isNumber }
        guard (1...2).contains(day.count) else { return false }
        rest = rest.dropFirst(day.count)
        if let month = spanishMonths.first(where: { rest.hasPrefix(" de " + $0) }) {
            // "13 de marzo (de 2023),"
            rest = rest.dropFirst(4 + month.count)
            if rest.hasPrefix(" de "), rest.dropFirst(4).prefix(while: { $0.isNumber }).count == 4 { rest = rest.dropFirst(8) }
        } else {
            // "26-11,", "21/6,", "13/3/2026,": numbers joined by - / . (spaces allowed around them).
            guard sawDayWord else { return false }
            var parts = 1
            while true {
                let afterSpaces = rest.drop { $0 == " " }
                guard let separator = afterSpaces.first, "-/.".contains(separator) else { break }
                let next = afterSpaces.dropFirst().drop { $0 == " " }
                let number = next.prefix { $0.isNumber }
                guard (1...4).contains(number.count) else { break }
                rest = next.dropFirst(number.count)
                parts += 1
            }
            guard parts >= 2 else { return false }
        }
        return rest.drop { $0 == " " }.first == ","
    }

    /// Words that may stand before the date of a lead (folded).
    private static let leadWords: Set<String> = [
        "sang", "chieu", "toi", "trua", "nay", "qua", "hom", "ngay", "vao", "en", "la", "el", "manana", "tarde", "noche", "del", "dia",
    ]
    /// Of those, the Vietnamese ones that make numbers a date ("chiều 26-11").
    private static let vietnameseDayWords: Set<String> = ["sang", "chieu", "toi", "trua", "ngay", "hom"]
    private static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre",
    ]

    /// True when the line closes a sentence: ". ! ? … ;", also before a
    /// closing quote or bracket.
    static func endsSentence(_ line: String) -> Bool {
        var characters = line.reversed().makeIterator()
        guard var last = characters.next() else { return false }
        if "\"”’»)]".contains(last) {
            guard let previous = characters.next() else { return false }
            last = previous
        }
        return ".!?…;".contains(last)
    }

    /// A headline: 3 words or more, no closing sentence punctuation, not a
    /// kicker ending with a colon, not a site banner with a domain name.
    static func isTitleLike(_ line: String) -> Bool {
        let words = line.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        guard words.count >= 3, line.count <= 400, let last = line.last else { return false }
        if StampRule.firstStamp(in: line) != nil, Folding.hasAtMost(119, charactersIn: line) { return false }
        if ".:;,…".contains(last) { return false }
        if ByteSearch.contains("://", in: line) { return false }
        let lower = line.lowercasedLatin()
        for suffix in [".vn", ".com", ".net", ".org", ".gov"] where ByteSearch.contains(suffix, in: lower) {
            if lower.split(separator: " ").contains(where: { $0.hasSuffix(suffix) || $0.contains(suffix + "/") }) { return false }
        }
        if ByteSearch.contains("google news", in: lower) { return false }
        return !isDateline(line) && !isSlogan(line)
    }

    /// A banner of watchwords ("Đoàn kết, trách nhiệm - kỷ cương, liêm chính",
    /// "Công minh, chính trực, khách quan, thận trọng, khiêm tốn"): four
    /// pieces or more parted by commas or dashes, all but the first of three
    /// words at most, no number. A headline ends on its longest piece, its verb.
    static func isSlogan(_ line: String) -> Bool {
        guard !line.contains(where: \.isNumber), line.contains(",") else { return false }
        let pieces = line.replacingOccurrences(of: " – ", with: ",").replacingOccurrences(of: " - ", with: ",")
            .split(separator: ",").map { $0.split(separator: " ").count }.filter { $0 > 0 }
        guard pieces.count >= 4 else { return false }
        return pieces.dropFirst().allSatisfy { $0 <= 3 }
    }

    /// A line that describes a photo rather than heads the page: a scene ("Toàn cảnh hội nghị …") or
    /// two sentences in one line ("Khối thi đua … năm học 2022 – 2023. Hội nghị triển khai …").
    static func readsAsPhotoLine(_ line: String) -> Bool {
        let folded = Folding.fold(line)
        if CaptionRule.sceneOpenings.contains(where: { folded.hasPrefix($0) }) { return true }
        guard let stop = line.range(of: ". ") else { return false }
        let before = line[..<stop.lowerBound].split(separator: " ")
        return before.count >= 3 && line[stop.upperBound...].first?.isUppercase == true
    }

    /// The same words, case and punctuation aside ("… cao đẳng - Năm học 2017" and "… cao đẳng năm học 2017").
    static func sameWords(_ first: String, _ second: String) -> Bool {
        let words = { (line: String) in line.lowercasedLatin().split { !$0.isLetter && !$0.isNumber } }
        return words(first) == words(second)
    }

    /// A dateline or a source on its own line ("Hà Nội (TTXVN)", "Hanoi, 13 ene (VNA)",
    /// "(Báo Nghệ An)"): a few words and a short bracket, not a headline.
    static func isDateline(_ line: String) -> Bool {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return false }
        let inside = line[line.index(after: open)..<line.index(before: line.endIndex)]
        return inside.split(separator: " ").count <= 5 && line[..<open].split(separator: " ").count <= 4
    }

    /// A stamp line, or a stamp run into a short banner line
    /// ("Văn phòng Chủ tịch nước30/03/2024", "Thứ năm - 04/01/2024 15:202130").
    static func stamp(in line: String) -> Stamp? {
        if StampRule.isTodayLine(line) { return nil }
        if let posted = StampRule.postedStamp(in: line) { return posted }
        if StampRule.isStampLine(line) { return StampRule.firstStamp(in: line)?.stamp }
        guard Folding.hasAtMost(100, charactersIn: line), !line.hasSuffix("."), let match = StampRule.firstStamp(in: line) else { return nil }
        let words = line.split(separator: " ").count
        return words <= 10 ? match.stamp : nil
    }

    /// A headline with the stamp run onto its end ("… tổng kết phong trào
    /// thi đua 07/10/2025 15:57"): the headline and the stamp.
    static func titleAndStamp(in line: String) -> (String, Stamp)? {
        guard let match = StampRule.firstStamp(in: line), let range = Range(match.range, in: line),
              line[range.upperBound...].allSatisfy({ $0 == " " })
        else { return nil }
        let title = line[..<range.lowerBound].trimming(" -–|,")
        guard isTitleLike(title), StampRule.firstStamp(in: title) == nil else { return nil }
        return (title, match.stamp)
    }

    /// A capture tool's "date 2025-12-13" (or month-only "date 2025-07")
    /// prefix: the stamp (nil for a month) and the rest of the line.
    static func captureStamp(_ line: String) -> (Stamp?, String)? {
        guard line.hasPrefix("date ") else { return nil }
        let afterKeyword = line.dropFirst(5)
        let token = afterKeyword.prefix(while: { $0.isNumber || $0 == "-" })
        guard token.count == 7 || token.count == 10, token.first?.isNumber == true else { return nil }
        let rest = afterKeyword.dropFirst(token.count).trimming(" ")
        return (Stamp(iso: String(token)), rest)
    }

    /// CMS leftovers glued to a header line ("null Phú Hựu tổng kết …").
    static func strippingCMSLeftovers(_ line: String) -> String {
        for prefix in ["null ", "undefined ", "NULL "] where line.hasPrefix(prefix) {
            return String(line.dropFirst(prefix.count))
        }
        return line
    }

    /// A line that opens with a list's mark: "- ", "+ ", "• ", "1. ", "2) ".
    static func opensWithListMark(_ line: String) -> Bool {
        var characters = line.drop { $0 == " " }
        guard let first = characters.first else { return false }
        if "-+•*–".contains(first) { return characters.dropFirst().first == " " }
        let digits = characters.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        characters = characters.dropFirst(digits.count)
        return characters.first.map { ".)".contains($0) } == true && characters.dropFirst().first == " "
    }
}
