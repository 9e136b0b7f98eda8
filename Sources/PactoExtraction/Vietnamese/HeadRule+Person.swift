import Foundation
import PactoModel

/// "Bà Lê Thị Hường (Trưởng khối năm học 2023-2024), Hiệu trưởng trường Mầm non
/// Phường 8 thông qua …": the role noted in brackets after a person's name is held
/// by the unit the person's title names after the bracket.
extension HeadRule {
    /// Words that end the unit after the title: a verb, in one word (``verbs``) or two.
    static let personUnitEnds: Set<String> = speechVerbs.union(["thông qua", "chủ trì", "điều hành", "tham dự", "đến dự"])

    /// The unit in the title printed after a bracketed role that follows a person's name.
    func unitOfPerson(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        // The role opens a bracket, "(Trưởng khối …)", and a comma follows it: ", Hiệu trưởng trường X …".
        guard let note = body.noteAfterName(role, in: sentence) else { return nil }
        // A person's name before the bracket: a family name and up to four more capitalised words.
        var words = Array(body.tokens(in: clauseStart(before: note.open, in: body, sentence: sentence)..<note.open))
        // Back to the name, past "Tại hội nghị," and an honorific ("bà", "đồng chí", "PGS.TS").
        while let first = words.first {
            if words.count > 1, Lexicon.honorifics.contains(first.key + " " + words[1].key) {
                words.removeFirst(2)
            } else if !first.isCapitalized || Lexicon.honorifics.contains(first.key) {
                words.removeFirst()
            } else {
                break
            }
        }
        guard (2...5).contains(words.count), words.allSatisfy(\.isCapitalized), Lexicon.surnames.contains(words[0].key) else { return nil }
        // A title right after the bracket, then its unit.
        let clause = body.trimmed(note.title)
        let folded = body.foldedText(clause) + " "
        guard let title = Lexicon.titlesLongestFirst.first(where: { folded.hasPrefix($0 + " ") }) else { return nil }
        let tokens = Array(body.tokens(in: clause))
        let count = title.split(separator: " ").count
        guard tokens.count > count else { return nil }
        var stop = clause.upperBound
        for index in (count + 1)..<tokens.count where !tokens[index].isCapitalized {
            let pair = index + 1 < tokens.count ? tokens[index].lower + " " + tokens[index + 1].lower : ""
            if Self.verbs.contains(tokens[index].lower) || Self.personUnitEnds.contains(TonePlacement.normalized(pair)) {
                stop = tokens[index].range.lowerBound
                break
            }
        }
        let range = body.trimmed(tokens[count].range.lowerBound..<stop)
        let head = body.foldedText(range) + " "
        guard !range.isEmpty, Lexicon.opens(head, withOneOf: Lexicon.unitHeadWords), !Lexicon.opens(head, withOneOf: Lexicon.notUnitWords)
        else { return nil }
        return range
    }

    /// The member a unit printed in lower case after a title names ("trường Mầm non Phường 8").
    func member(capitalizing range: Range<Int>, in body: Passage, context: Context, date: Stamp?) -> Found<Member>? {
        let text = body.text(range)
        let written = text.prefix(1).uppercased() + text.dropFirst()
        let local = Context(article: Article(file: "", blocks: [Block(.paragraph, written)]), gazetteer: context.gazetteer)
        guard let found = UnitReader(context: local, date: date).member(0..<local.body.count, in: local.body) else { return nil }
        return Found(found.value, range)
    }
}
