import Foundation
import PactoModel

/// "Thay mặt đơn vị Cụm trưởng, đồng chí A, Phó Giám đốc Sở X phát biểu":
/// the role is the unit's that the speaker's title names.
extension HeadRule {
    /// What opens the sentence before the role: speaking for its holder.
    static let speakingFor = TextPattern(#"^(?:thay mat|dai dien|thua uy quyen)(?: cho| cua)?(?: don vi)?\s*$"#)
    /// How such a sentence opens (folded).
    static let speakerOpeners = ["thay mat", "dai dien", "thua uy quyen"]
    /// Words that open a person's name.
    static let personWords = ["đồng chí ", "ông ", "bà "]

    /// The unit named in the title of the person who speaks for the role's holder.
    func unitOfSpeaker(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        guard Self.speakingFor.isFound(in: body.foldedText(sentence.lowerBound..<role.lowerBound)),
              let comma = body.characters[role.upperBound..<sentence.upperBound].firstIndex(of: ",") else { return nil }
        let opening = TonePlacement.normalized(body.text(body.trimmed((comma + 1)..<min(sentence.upperBound, comma + 12))))
        guard Self.personWords.contains(where: { opening.hasPrefix($0) }),
              let nameEnd = body.characters[(comma + 1)..<sentence.upperBound].firstIndex(of: ",") else { return nil }
        var end = nameEnd + 1
        while end < sentence.upperBound, !",;.".contains(body.characters[end]) { end += 1 }
        let clause = (nameEnd + 1)..<end
        let tokens = Array(body.tokens(in: clause))
        guard let head = tokens.firstIndex(where: { token in
            token.isCapitalized
                && Lexicon.isHeadSpelling(token, rest: body.foldedText(token.range.lowerBound..<clause.upperBound) + " ")
                && Lexicon.opens(body.foldedText(token.range.lowerBound..<clause.upperBound) + " ", withOneOf: Lexicon.unitHeadWords)
        }) else { return nil }
        // The unit runs up to the speaker's verb ("phát biểu").
        let verb = tokens[(head + 1)...].first { !$0.isCapitalized && Self.verbs.contains($0.lower) }
        let range = body.trimmed(tokens[head].range.lowerBound..<(verb?.range.lowerBound ?? clause.upperBound))
        return range.isEmpty ? nil : range
    }
}
