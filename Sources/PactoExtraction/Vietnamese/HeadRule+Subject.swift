import Foundation
import PactoModel

/// "Trong đó, Thaco là doanh nghiệp đạt thành tích tốt nhất …, được đề nghị
/// tặng …, đồng thời được bầu làm Cụm phó": the role's clause drops its
/// subject, named at the head of the sentence.
extension HeadRule {
    /// The end of a clause whose subject was named earlier: "(đồng thời) được bầu làm", "được suy tôn là",
    /// "(chính thức) đảm nhận vai trò" ("X tiếp nhận cờ từ Y, chính thức đảm nhận vai trò Cụm trưởng").
    static let passiveLink = TextPattern(#"^(?:(?:(?:dong thoi|chinh thuc|va|cung|tiep tuc)\s+)*(?:dam nhan|dam nhiem|tiep nhan|nhan|giu)(?:\s+(?:vai tro|chuc|nhiem vu|vi tri))?(?:\s+la)?$|(?:(?:dong thoi|cung|va|tiep tuc|vinh du)\s+)*duoc(?:\s+[a-z]+){0,3}?\s+(?:bau|suy ton|chon|giao|gioi thieu|cu|cong nhan|chi dinh|phan cong)(?:\s+(?:lam|la|giu|dam nhan|dam nhiem))?(?:\s+(?:vai tro|chuc|nhiem vu|vi tri))?(?:\s+la)?(?:\s+don vi)?$)"#)
    /// Words that open a sentence before its subject, up to a comma ("Trong đó,", "Theo đó,").
    static let sentenceOpeners: Set<String> = ["trong do", "theo do", "dac biet", "ngoai ra", "cu the", "trong so do"]
    /// Words right after a sentence's subject: its verb.
    static let subjectVerbs: Set<String> = ["là", "được", "đã", "đạt", "dẫn", "có", "vinh", "tiếp", "luôn", "cũng", "với", "giành", "xếp", "hoàn"]

    /// The sentence's subject when the role's clause ends with ``passiveLink`` and names no unit:
    /// the capitalised name that opens the sentence (after an opener), up to its verb.
    func droppedSubject(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let clause = clauseStart(before: role.lowerBound, in: body, sentence: sentence)
        guard clause > sentence.lowerBound,
              !body.tokens(in: clause..<role.lowerBound).contains(where: \.isCapitalized),
              Self.passiveLink.isFound(in: body.foldedText(clause..<role.lowerBound)) else { return nil }
        var start = sentence.lowerBound
        if let comma = body.characters[sentence.lowerBound..<clause].firstIndex(of: ","),
           Self.sentenceOpeners.contains(body.foldedText(sentence.lowerBound..<comma)) { start = comma + 1 }
        let tokens = Array(body.tokens(in: start..<clause))
        guard let first = tokens.first, first.isCapitalized,
              !Lexicon.honorifics.contains(first.key),
              !Lexicon.honorifics.contains(tokens.prefix(2).map(\.key).joined(separator: " ")) else { return nil }
        let rest = body.foldedText(first.range.lowerBound..<clause) + " "
        let isUnit = Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords) && Lexicon.isHeadSpelling(first, rest: rest)
        // A name that opens with no unit's word: a company's ("Thaco"), not a person's.
        guard isUnit || !Lexicon.surnames.contains(first.key) else { return nil }
        var end = first.range.upperBound
        var verb = false
        for token in tokens.dropFirst() {
            if ByteSearch.contains(",", in: body.text(end..<token.range.lowerBound)) { return nil }
            if !token.isCapitalized {
                if Self.subjectVerbs.contains(token.lower) {
                    verb = true
                    break
                }
                guard isUnit else { return nil }
            }
            end = token.range.upperBound
        }
        guard verb else { return nil }
        let range = body.trimmed(first.range.lowerBound..<end)
        return range.isEmpty ? nil : range
    }
}
