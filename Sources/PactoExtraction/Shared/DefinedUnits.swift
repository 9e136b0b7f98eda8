import Foundation
import PactoModel

/// "… tại Đại học Kinh tế Tài chính TP.HCM (UEF) … UEF với vai trò là Khối trưởng", "la Universidad
/// de Economía y Finanzas (UEF) … la UEF, en su papel de jefa del Bloque": a unit the text names once
/// with its abbreviation in brackets, then by the abbreviation alone (initials of another language too).
enum DefinedUnits {
    /// The name the abbreviation `token` (capitals only, two to eight letters) stands for: the words
    /// before the first "(ABBR)" of the passage, from the last one that opens a unit in that clause.
    static func name(abbreviatedAs token: Passage.Token, in body: Passage) -> Range<Int>? {
        guard token.isAllCaps, (2...8).contains(token.key.count) else { return nil }
        guard let defined = body.tokens.first(where: { other in
            other.key == token.key && other.range.lowerBound > 0 && other.range.upperBound < body.count
                && body.characters[other.range.lowerBound - 1] == "(" && body.characters[other.range.upperBound] == ")"
        }) else { return nil }
        let open = defined.range.lowerBound - 1
        // Back to the clause's start: a comma, a colon or the sentence's start ("TP.HCM" goes on).
        let sentence = body.sentence(containing: open).lowerBound
        var start = open
        while start > sentence, !",;:\n(".contains(body.characters[start - 1]) { start -= 1 }
        let words = Array(body.tokens(in: start..<open))
        let openings = words.indices.filter { index in
            let word = words[index]
            guard word.isCapitalized else { return false }
            let rest = body.foldedText(word.range.lowerBound..<open) + " "
            return Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords) && Lexicon.isHeadSpelling(word, rest: rest)
                && !Lexicon.opens(rest, withOneOf: Lexicon.notUnitWords) || HeadCues.spanish.unitWords.contains(word.key)
        }
        // The name opens at the first unit word with no verb between it and the bracket ("Tổng công ty
        // Điện lực miền Nam (EVNSPC)": "Tổng công ty", not "Điện lực"; "Sở X phối hợp với Trường Y (ABC)": "Trường").
        guard let opening = openings.first(where: { index in
            !words[(index + 1)...].contains { !$0.isCapitalized && (HeadRule.verbs.contains($0.lower) || Self.linkWords.contains($0.key)) }
        }) ?? openings.last else { return nil }
        let range = body.trimmed(words[opening].range.lowerBound..<open)
        return range.isEmpty ? nil : range
    }

    /// Words that join a name to what comes before it, not words inside a name (folded).
    static let linkWords: Set<String> = ["tai", "cua", "cho", "en", "con", "por", "para", "junto"]

    /// `member` written out when its text is an abbreviation the body defines for a unit.
    static func expanded(_ member: Found<Member>, context: Context, date: Stamp?) -> Found<Member> {
        let body = context.body
        guard !member.value.text.contains(" "), let token = body.tokens.first(where: { $0.key == Folding.key(member.value.text) }),
              let name = name(abbreviatedAs: token, in: body),
              let written = UnitReader(context: context, date: date).member(name, in: body) else { return member }
        return Found(written.value, member.range)
    }
}
