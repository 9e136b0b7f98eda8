import Foundation
import PactoModel

/// How many criteria (chỉ tiêu, tiêu chí) the pact has: "23 chỉ tiêu",
/// "22 tiêu chí", "bảy chỉ tiêu". Contents ("6 nội dung") are not criteria,
/// nor a part of a whole ("9 trên 10 chỉ tiêu", "nueve de diez metas") or a
/// province's socio-economic targets ("20 chỉ tiêu kinh tế - xã hội").
struct CriteriaRule: Sendable {
    let pattern: Pattern
    /// The word between a part and its whole ("9 trên 10", "nueve de diez").
    let partOf: String

    static let vietnamese = CriteriaRule(pattern: Pattern(#"(?<![\w/.,%])(\d{1,3}|hai|ba|bon|nam|sau|bay|tam|chin|muoi(?: mot| hai| ba| bon| lam| sau| bay| tam| chin)?|hai muoi(?: mot| hai| ba| bon| lam| tu| sau| bay| tam| chin)?)\s+(?:chi tieu|tieu chi)(?![a-z])"#),
                                         partOf: "tren")
    static let spanish = CriteriaRule(pattern: Pattern(#"(?<![\w/.,%])(\d{1,3}|[a-z]+)\s+(?:criterios|indicadores|metas)(?![a-z])"#),
                                      partOf: "de")

    /// Words right after the count that make them other targets than the pact's.
    static let otherTargets = ["kinh te", "kt-xh", "kt - xh", "chu yeu", "socioeconomic", "economic"]

    func count(in passage: Passage) -> Found<Int>? {
        for match in passage.matchSequence(pattern) {
            guard let whole = match[0], let number = match[1],
                  let value = Numerals.count(passage.text(number)), value > 0, value < 500
            else { continue }
            // Trimmed: the pattern ends on a word's end.
            let after = passage.foldedText(whole.upperBound..<min(passage.count, whole.upperBound + 16))
            if Self.otherTargets.contains(where: { after.hasPrefix($0) }) { continue }
            if isPart(before: number.lowerBound, in: passage) { continue }
            return Found(value, whole)
        }
        return nil
    }

    /// A count after another and the word of a part ("nueve de diez metas").
    func isPart(before start: Int, in passage: Passage) -> Bool {
        let words = passage.text(max(0, start - 20)..<start).split(separator: " ")
        guard words.count >= 2, Folding.fold(String(words[words.count - 1])) == partOf else { return false }
        return Numerals.count(String(words[words.count - 2])) != nil
    }
}
