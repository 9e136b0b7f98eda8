import Foundation
import PactoModel

/// Activities told in passing: a clause that opens on an earlier time
/// ("Ngay từ đầu năm, các đơn vị đã ký kết giao ước", "Năm qua, Sở Tư pháp
/// được trao Cờ thi đua", "A principios de año, las unidades firmaron el
/// pacto") or that looks ahead ("Năm 2025, các đơn vị sẽ tập trung triển khai
/// …", "se centrarán en desplegar"). Such a mention counts only when the text
/// shows no activity of the meeting itself.
///
/// The clause is read by its words (the passage's tokens), from its first
/// word (after the sentence's start or its last semicolon) to the cue's.
extension ActivityRule {
    func isPassingMention(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        var clauseStart = range.lowerBound
        while clauseStart > sentence.lowerBound, passage.characters[clauseStart - 1] != ";" { clauseStart -= 1 }
        let first = passage.tokenIndex(atOrAfter: clauseStart)
        let cue = passage.tokenIndex(atOrAfter: range.lowerBound)
        let tokens = passage.tokens
        guard first < tokens.count else { return false }
        // "Năm 2022, các đơn vị đã …; các nội dung … đã ký giao ước": a later clause of a sentence told in the past,
        // unless it turns to the meeting ("; tại hội nghị, …").
        var openings = [first]
        let sentenceFirst = passage.tokenIndex(atOrAfter: sentence.lowerBound)
        if sentenceFirst < first, !ByteSearch.contains("hoi nghi", in: passage.foldedText(clauseStart..<range.lowerBound)) {
            openings.append(sentenceFirst)
        }
        // "Theo đó, trong năm 2015, …", "Cụ thể, năm 2024, …": a connective before the opening.
        for opening in openings {
            if let lead = Self.leadConnectives.first(where: { opens(with: $0, at: opening, in: passage) }) {
                openings.append(opening + lead.count - 1)
            }
        }
        for opening in openings {
            // The cue may be the opening itself ("En el primer semestre, …").
            if Self.earlierOpenings.contains(where: { opens(with: $0, at: opening, in: passage) }) { return true }
            if opensOnPastYear(opening, cue: cue, in: passage) || opensDuringYear(opening, in: passage) { return true }
        }
        // A few words past the cue: "tổng kết năm 2024 tổ chức hồi tháng 12".
        let cueEnd = passage.tokenIndex(atOrAfter: range.upperBound)
        let end = min(tokens.count, max(cue + 12, cueEnd + 5))
        for index in first..<end where tokens[index].range.upperBound <= sentence.upperBound {
            if Self.earlierTimes.contains(where: { words($0, at: index, in: tokens) }) { return true }
            if index <= cueEnd + 4, Self.sinceTheStart.contains(where: { words($0, at: index, in: tokens) }) { return true }
            if index <= cue, Self.lookingAhead.contains(where: { words($0, at: index, in: tokens) }) { return true }
        }
        return isOtherBodysMeeting(sentence, in: passage) || isDatedOtherMeeting(range, in: passage)
    }

    /// "Trong Hội nghị “Tổng kết … năm 2020 và phát động …” diễn ra ngày 14/4/2021, …", "En la Conferencia «Balance
    /// de 2020 …», celebrada el 14/4/2021, …": a cue inside the quoted name of a meeting held on a day of its own,
    /// after the text has given the day of the meeting it reports.
    func isDatedOtherMeeting(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let before = passage.foldedText(sentence.lowerBound..<range.lowerBound)
        guard before.filter({ $0 == "\"" }).count % 2 == 1, let open = before.lastIndex(of: "\"") else { return false }
        let lead = " " + String(before[..<open].suffix(20))
        guard Self.meetingNames.contains(where: { lead.hasSuffix($0) }) else { return false }
        let after = passage.foldedText(range.upperBound..<sentence.upperBound)
        guard let close = after.firstIndex(of: "\"") else { return false }
        let tail = String(after[after.index(after: close)...].prefix(40))
        guard Self.heldOn.isFound(in: tail) else { return false }
        return Self.anyDay.isFound(in: passage.foldedText(0..<sentence.lowerBound))
    }

    /// A meeting's name before its quoted title.
    static let meetingNames = [" hoi nghi ", " le ", " conferencia ", " reunion ", " ceremonia "]
    /// "diễn ra ngày 14/4", "tổ chức hôm 14-4", "celebrada el 14 de abril".
    static let heldOn = TextPattern(#"^[ ,]*(?:dien ra|duoc to chuc|to chuc|celebrad[oa]|realizad[oa]|que tuvo lugar|que se celebro) (?:vao |hoi |hom |el dia |el |en )?(?:ngay )?\d"#)
    /// A day in figures or written out.
    static let anyDay = TextPattern(#"(?<!\d)\d{1,2}\s*[/-]\s*\d{1,2}(?![\d%])|(?<![a-z])ngay \d{1,2} thang \d|(?<!\d)\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"#)

    /// "Tại Hội nghị tổng kết công tác thi đua của tỉnh, Cụm có 2 đơn vị được
    /// trao Cờ": the sentence tells of a meeting of the province, a ministry or
    /// a sector, not of the cluster's.
    func isOtherBodysMeeting(_ sentence: Range<Int>, in passage: Passage) -> Bool {
        let tokens = passage.tokens
        var index = passage.tokenIndex(atOrAfter: sentence.lowerBound)
        while index < tokens.count, tokens[index].range.upperBound <= sentence.upperBound {
            if Self.meetingNouns.contains(where: { words($0, at: index, in: tokens) }) {
                for next in (index + 1)..<min(tokens.count, index + 14) where tokens[next].range.upperBound <= sentence.upperBound {
                    if Self.groupWords.contains(tokens[next].key) { break }
                    if Self.otherBodies.contains(where: { words($0, at: next, in: tokens) }) { return true }
                }
            }
            index += 1
        }
        return false
    }

    /// A meeting's noun, and the words that make it another body's ("của tỉnh", "de la provincia");
    /// a cluster or bloc named first makes it the cluster's.
    static let meetingNouns: [[String]] = [["hoi", "nghi"], ["conferencia"]]
    static let otherBodies: [[String]] = [
        ["cua", "tinh"], ["cua", "ubnd", "tinh"], ["toan", "tinh"], ["cua", "thanh", "pho"], ["toan", "nganh"], ["toan", "quoc"],
        ["de", "la", "provincia"], ["provincial"], ["de", "toda", "la", "provincia"], ["nacional"],
    ]
    static let groupWords: Set<String> = ["cum", "khoi", "cluster", "bloque", "grupo"]

    /// "… phát động phong trào thi đua ngay từ đầu năm": a few words after the cue.
    static let sinceTheStart: [[String]] = [["ngay", "tu", "dau", "nam"], ["tu", "dau", "nam"]]

    /// The words at `index`, in order.
    func words(_ sequence: [String], at index: Int, in tokens: [Passage.Token]) -> Bool {
        guard index + sequence.count <= tokens.count else { return false }
        return sequence.indices.allSatisfy { tokens[index + $0].key == sequence[$0] }
    }

    /// An opening's words at the clause's first word; a last "," asks for a comma right after them.
    func opens(with opening: [String], at index: Int, in passage: Passage) -> Bool {
        guard opening.last == "," else { return words(opening, at: index, in: passage.tokens) }
        let leading = Array(opening.dropLast())
        guard words(leading, at: index, in: passage.tokens) else { return false }
        return passage.characters[passage.tokens[index + leading.count - 1].range.upperBound...].first == ","
    }

    /// "Năm 2023, Cụm đã ký kết …", "En 2023, el clúster había firmado …":
    /// a year at the head of the clause, then a comma, told in the past.
    func opensOnPastYear(_ first: Int, cue: Int, in passage: Passage) -> Bool {
        let tokens = passage.tokens
        guard first + 1 < cue, let pastWords = Self.pastYearOpenings[tokens[first].key] else { return false }
        let year = tokens[first + 1]
        guard year.key.count == 4, year.key.allSatisfy(\.isNumber),
              passage.characters[year.range.upperBound...].first == "," else { return false }
        if tokens[(first + 2)..<cue].contains(where: { pastWords.contains($0.key) }) { return true }
        // "En 2015, las unidades lanzaron …": a Spanish verb tells the past by its ending, the cue's own verb too.
        guard let endings = Self.pastEndings[tokens[first].key] else { return false }
        return tokens[(first + 2)...min(cue, tokens.count - 1)].contains { token in endings.contains { token.key.count > $0.count + 2 && token.key.hasSuffix($0) } }
    }

    /// A year's lead word, and the verb endings that tell the clause is past.
    static let pastEndings: [String: [String]] = ["en": ["aron", "ieron"]]

    /// Words that may stand before an opening, then a comma ("Theo đó, …", "Cụ thể, …").
    static let leadConnectives: [[String]] = [["theo", "do", ","], ["cu", "the", ","], ["ngoai", "ra", ","], ["dong", "thoi", ","],
                                              ["en", "concreto", ","], ["concretamente", ","], ["asimismo", ","], ["ademas", ","]]

    /// "Trong năm 2015, …", "Trong năm học 2017-2018, …": the year under review, told as a whole.
    func opensDuringYear(_ first: Int, in passage: Passage) -> Bool {
        let tokens = passage.tokens
        guard words(["trong", "nam"], at: first, in: tokens) else { return false }
        for index in (first + 2)..<min(tokens.count, first + 6) {
            let token = tokens[index]
            if token.key.allSatisfy(\.isNumber) {
                if token.key.count == 4, passage.characters[token.range.upperBound...].first == "," { return true }
            } else if !(index == first + 2 && token.key == "hoc") {
                return false
            }
        }
        return false
    }

    /// A year's lead word, and the words that then tell the clause is past.
    static let pastYearOpenings: [String: Set<String>] = ["nam": ["da"], "en": ["habia", "habian"]]

    /// Openings of a clause that set it before the meeting: "Năm qua, …",
    /// "Đầu năm, …", "Trong 6 tháng đầu năm, …", "A principios de año, …", or tell what is
    /// done every year ("Hàng năm, …", "Cada año, …").
    static let earlierOpenings: [[String]] = [
        ["nam", "qua"], ["trong", "nam", "qua"], ["trong", "nam", ","], ["ngay", "tu", "dau", "nam"], ["tu", "dau", "nam"], ["dau", "nam", ","],
        ["hoi", "dau", "nam"], ["trong", "6", "thang", "dau", "nam"], ["hang", "nam", ","], ["moi", "nam", ","], ["cada", "ano"], ["truoc", "do"], ["nam", "ngoai"],
        ["el", "ano", "pasado"], ["durante", "el", "ano"], ["a", "principios", "de"], ["a", "comienzos", "de"],
        ["desde", "principios", "de"], ["al", "inicio", "del", "ano"], ["en", "el", "primer", "semestre"],
        ["durante", "el", "primer", "semestre"], ["antes", ","], ["anteriormente"],
        ["durante", "el", "curso"], ["durante", "el", "ultimo", "ano"], ["en", "el", "ultimo", "ano"], ["a", "lo", "largo", "del", "ano"],
    ]

    /// Words anywhere in the clause that set it back ("tổ chức hồi tháng 12").
    static let earlierTimes: [[String]] = [["hoi", "thang"], ["hoi", "dau", "nam"], ["hoi", "cuoi", "nam"]]

    /// Words before a cue (or opening it) that put it after the meeting: what
    /// members will do ("các đơn vị sẽ tập trung …", "phấn đấu tổ chức",
    /// "se centrarán en desplegar").
    static let lookingAhead: [[String]] = [
        ["se", "tap", "trung"], ["se", "tiep", "tuc"], ["phan", "dau"], ["se", "trien", "khai"], ["se", "to", "chuc"],
        ["se", "centraran"], ["seguiran"], ["continuaran"], ["se", "propone"], ["se", "proponen"], ["deberan"], ["debera"],
    ]
}
