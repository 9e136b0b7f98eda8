import Foundation
import PactoModel

/// Activities told in passing: a clause that opens on an earlier time
/// ("Ngay từ đầu năm, các đơn vị đã ký kết giao ước", "Năm qua, Sở Tư pháp
/// được trao Cờ thi đua", "A principios de año, las unidades firmaron el
/// pacto") or that looks ahead ("Năm 2025, các đơn vị sẽ tập trung triển khai
/// …", "se centrarán en desplegar"). Such a mention counts only when the text
/// shows no activity of the meeting itself.
extension ActivityRule {
    func isPassingMention(_ range: Range<Int>, in passage: Passage) -> Bool {
        let sentence = passage.sentence(containing: range.lowerBound)
        let before = clause(passage.foldedText(sentence.lowerBound..<range.lowerBound))
        // The cue may be the opening itself ("En el primer semestre, …").
        let opening = clause(passage.foldedText(sentence.lowerBound..<range.upperBound)).drop { !$0.isLetter && !$0.isNumber }
        if Self.earlierOpenings.contains(where: { opening.hasPrefix($0) }) { return true }
        if opensOnPastYear(opening) { return true }
        if Self.earlierTimes.contains(where: { ByteSearch.contains($0, in: passage.foldedText(sentence)) }) { return true }
        return Self.lookingAheadWords.contains { ByteSearch.contains($0, in: before) }
    }

    /// "Năm 2023, Cụm đã ký kết …", "En 2023, el clúster había firmado …":
    /// a year at the head of the clause, told in the past.
    func opensOnPastYear(_ opening: Substring) -> Bool {
        for (lead, pastWords) in Self.pastYearOpenings where opening.hasPrefix(lead) {
            let rest = opening.dropFirst(lead.count)
            guard rest.prefix(4).allSatisfy(\.isNumber), rest.dropFirst(4).first == "," else { continue }
            if pastWords.contains(where: { ByteSearch.contains($0, in: String(rest)) }) { return true }
        }
        return false
    }

    /// A year's lead word and the words that tell the clause is past.
    static let pastYearOpenings: [(String, [String])] = [("nam ", [" da "]), ("en ", [" habia ", " habian "])]

    /// Openings of a clause that set it before the meeting: "Năm qua, …",
    /// "Đầu năm, …", "Trong 6 tháng đầu năm, …", "A principios de año, …".
    static let earlierOpenings = ["nam qua", "trong nam qua", "ngay tu dau nam", "tu dau nam", "dau nam,", "hoi dau nam",
                                  "trong 6 thang dau nam", "6 thang dau nam,", "trong nam 20",
                                  "el ano pasado", "durante el ano", "antes de eso", "a principios de", "a comienzos de", "desde principios de",
                                  "al inicio del ano", "en el primer semestre", "durante el primer semestre", "antes,"]

    /// Words anywhere in the sentence that set it back ("tổ chức hồi tháng 12").
    static let earlierTimes = [" hoi thang ", " hoi dau nam", " hoi cuoi nam"]

    /// Words before a cue that put it after the meeting: what members will
    /// do ("các đơn vị sẽ …", "phấn đấu tổ chức", "se centrarán en desplegar").
    static let lookingAheadWords = [" se tap trung", " se tiep tuc", "phan dau", " se trien khai", " se to chuc",
                                    "se centraran", "seguiran", "continuaran", "se propone", "se proponen", "deberan", "debera "]
}
