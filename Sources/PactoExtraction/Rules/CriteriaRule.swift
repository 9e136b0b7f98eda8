import Foundation
import PactoModel

/// How many criteria (chỉ tiêu, tiêu chí) the pact has: "23 chỉ tiêu",
/// "22 tiêu chí", "bảy chỉ tiêu". Contents ("6 nội dung") are not criteria.
struct CriteriaRule: Sendable {
    let pattern: Pattern

    static let vietnamese = CriteriaRule(pattern: Pattern(#"(?<![\w/.,%])(\d{1,3}|hai|ba|bon|nam|sau|bay|tam|chin|muoi(?: mot| hai| ba| bon| lam| sau| bay| tam| chin)?|hai muoi(?: mot| hai| ba| bon| lam| tu| sau| bay| tam| chin)?)\s+(?:chi tieu|tieu chi)(?![a-z])"#))
    static let spanish = CriteriaRule(pattern: Pattern(#"(?<![\w/.,%])(\d{1,3}|[a-z]+)\s+(?:criterios|indicadores|metas)(?![a-z])"#))

    func count(in passage: Passage) -> Found<Int>? {
        for match in passage.matchSequence(pattern) {
            guard let whole = match[0], let number = match[1],
                  let value = Numerals.count(passage.text(number)), value > 0, value < 500
            else { continue }
            return Found(value, whole)
        }
        return nil
    }
}
