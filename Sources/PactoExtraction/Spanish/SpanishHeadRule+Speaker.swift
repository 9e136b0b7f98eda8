import Foundation
import PactoModel

/// "En nombre de la unidad jefa del Clúster, Nguyen Thi Ha, subdirectora del
/// Departamento de Justicia de Tuyen Quang, inauguró": the role is the
/// unit's that the speaker's title names.
extension SpanishHeadRule {
    /// What opens the sentence before the role: speaking for its holder.
    static let speakingFor = TextPattern(#"^(?:en nombre de|en representacion de)(?: la unidad| el| la)?\s*$"#)

    /// The unit named in the title of the person who speaks for the role's holder.
    func unitOfSpeaker(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        guard Self.speakingFor.isFound(in: body.alignedText(sentence.lowerBound..<role.lowerBound)),
              let comma = body.characters[role.upperBound..<sentence.upperBound].firstIndex(of: ","),
              let nameEnd = body.characters[(comma + 1)..<sentence.upperBound].firstIndex(of: ",") else { return nil }
        // "…, el subdirector del Departamento de Salud de Ha Nam, Tran Van Binh,": the title before the name.
        let before = Array(body.tokens(in: (comma + 1)..<nameEnd))
        if before.count > 2, ["el", "la"].contains(before[0].key), cues.titles.contains(before[1].key),
           let unit = before.dropFirst(2).first(where: { cues.unitWords.contains($0.key) && $0.isCapitalized }) {
            let range = body.trimmed(unit.range.lowerBound..<nameEnd)
            return range.isEmpty ? nil : range
        }
        // The name: capitalised words only, after "el camarada", "la señora".
        guard before.drop(while: { !$0.isCapitalized && Self.courtesies.contains($0.key) }).allSatisfy(\.isCapitalized) else { return nil }
        var end = nameEnd + 1
        while end < sentence.upperBound, !",;.".contains(body.characters[end]) { end += 1 }
        let tokens = Array(body.tokens(in: (nameEnd + 1)..<end))
        guard let title = tokens.first, cues.titles.contains(title.key),
              let unit = tokens.dropFirst().first(where: { cues.unitWords.contains($0.key) && $0.isCapitalized }) else { return nil }
        let range = body.trimmed(unit.range.lowerBound..<end)
        return range.isEmpty ? nil : range
    }
}
