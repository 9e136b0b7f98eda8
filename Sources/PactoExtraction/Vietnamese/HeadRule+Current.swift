import Foundation
import PactoModel

/// Which of the holders found holds the role for the year.
extension HeadRule {
    /// The head and deputy for the year: the ones handed over when the text
    /// hands the role over, else the first named. A holder named for a year
    /// before the pact's ("jefe del Clúster en 2022" in a 2023 pact) held it
    /// before, when another holder is named.
    func headAndDeputy(_ holders: [Holder], year: Int? = nil) -> (head: Found<Member>?, deputy: Found<Member>?) {
        func present(_ found: [Holder]) -> [Holder] {
            guard let year else { return found }
            let current = found.filter { ($0.year ?? year) >= year }
            return current.isEmpty ? found : current
        }
        // "X (Cụm trưởng năm 2024) bàn giao nhiệm vụ Cụm trưởng cho Y": X, named with the role
        // before it hands the role over, holds it no longer.
        let former = Set(holders.filter(\.isFormer).map { "\($0.isDeputy) \($0.member.value.text)" })
        let kept = holders.filter { !$0.isFormer && !former.contains("\($0.isDeputy) \($0.member.value.text)") }
        let heads = present(kept.filter { !$0.isDeputy })
        let deputies = present(kept.filter(\.isDeputy))
        return (Self.current(heads, year: year)?.member, Self.current(deputies, year: year)?.member)
    }

    /// The holder handed the role, else the one named for the latest year, else the first.
    /// A holder named without a year holds it for the event's year: "X (Khối trưởng)
    /// trao cờ cho Y (Khối trưởng năm 2026)" names Y for a later one.
    static func current(_ holders: [Holder], year: Int? = nil) -> Holder? {
        let handedOver = holders.filter(\.isHandover)
        let holders = handedOver.isEmpty ? holders : handedOver
        let years = holders.compactMap { $0.year ?? year }
        if let latest = years.max(), years.min() != latest { return holders.first { ($0.year ?? year) == latest } }
        return holders.first
    }

    /// "Trưởng cụm năm 2023 là ...": a year right after the role; else one
    /// that opens the role's clause ("Năm 2023, Sở Y tế tỉnh X là Cụm trưởng").
    static func year(near role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Int? {
        let after = body.foldedText(role.upperBound..<min(sentence.upperBound, role.upperBound + 40))
        if let found = Self.yearAfterRole.firstRange(in: after) { return Int(after[found].suffix(4)) }
        return Self.clauseYear(before: role, in: body, sentence: sentence, pattern: Self.yearOpeningClause)
    }

    /// A year that opens a clause ("Năm 2023, …", "; năm 2024 …") or ends the words
    /// before it ("Hội nghị thống nhất năm 2025, Sở X là Cụm trưởng").
    static let yearOpeningClause = TextPattern(#"(?:(?:^|[,;] )nam (20\d\d)(?![0-9])|(?<![a-z])nam (20\d\d)(?=\s*,))"#)

    /// The year that opens the clause of the role: the text from the last ";"
    /// before it (or the sentence's start) up to the role.
    static func clauseYear(before role: Range<Int>, in body: Passage, sentence: Range<Int>, pattern: TextPattern) -> Int? {
        var start = role.lowerBound
        while start > sentence.lowerBound, body.characters[start - 1] != ";" { start -= 1 }
        let lead = body.foldedText(start..<role.lowerBound)
        guard let found = pattern.firstRange(in: lead) else { return nil }
        return Int(lead[found].suffix(4))
    }
}
