import Foundation
import PactoModel

/// Members named as the subject of what they did together, with no verb of
/// composition: "Las alianzas de cooperativas de Soc Trang, Tra Vinh y Ben
/// Tre rubricaron el pacto", "Các Hội Chữ thập đỏ Tiền Giang, Bến Tre và
/// Đồng Tháp cùng ký giao ước". The names run back from the joint act
/// (``SubjectListCues/verbs``) over capitalised words, commas and "y"/"và";
/// every one is a province, or all are localities or units of the kind named
/// before them ("de los distritos de", "các huyện", "las escuelas primarias").
struct SubjectListRule: Sendable {
    let cues: SubjectListCues
    let verbs: Pattern

    init(cues: SubjectListCues) {
        self.cues = cues
        verbs = Pattern(#"(?<![a-z])(?:"# + cues.verbs.sorted { $0.count > $1.count }.joined(separator: "|") + #")(?![a-z])"#)
    }

    static let spanish = SubjectListRule(cues: .spanish)
    static let vietnamese = SubjectListRule(cues: .vietnamese)

    func members(in context: Context, date: Stamp?) -> (members: [Found<Member>], range: Range<Int>)? {
        let body = context.body
        for match in body.matches(verbs) {
            guard let verb = match[0] else { continue }
            let sentence = body.sentence(containing: verb.lowerBound)
            let tokens = Array(body.tokens(in: sentence.lowerBound..<verb.lowerBound))
            // Names of capitalised words first; then, where the cues allow, names that hold lower-case words.
            for nameWords in cues.nameWords ? [false, true] : [false] {
                if let found = list(before: tokens, in: sentence, nameWords: nameWords, context: context, date: date) { return found }
            }
        }
        return nil
    }

    /// The names that run back from the end of `tokens` (the words before the verb).
    func list(before tokens: [Passage.Token], in sentence: Range<Int>, nameWords: Bool, context: Context, date: Stamp?)
        -> (members: [Found<Member>], range: Range<Int>)? {
        let body = context.body
        // Back over the names: capitalised words, and the joints between them.
        var first = tokens.count
        while first > 0 {
            let token = tokens[first - 1]
            // A lower-case word inside a unit's name, a capitalised word close before it with no comma
            // between ("Sở Y tế Bến Tre"; not "trong Cụm, lãnh đạo").
            let inName = nameWords && !token.isCapitalized && first >= 2 && !cues.joints.contains(token.key)
                && tokens[max(0, first - 3)..<(first - 1)].contains { word in
                    word.isCapitalized && !body.characters[word.range.upperBound..<token.range.lowerBound].contains(",")
                }
            guard token.isCapitalized || inName || cues.joints.contains(token.key) && first < tokens.count && tokens[first].isCapitalized
            else { break }
            first -= 1
        }
        while first < tokens.count, !tokens[first].isCapitalized { first += 1 }
        guard first < tokens.count, tokens.count - first >= 3 else { return nil }
        let range = tokens[first].range.lowerBound..<tokens[tokens.count - 1].range.upperBound
        guard !body.text(range).contains(where: { ".;:()".contains($0) }) else { return nil }
        // The second reading only where it differs from the first: a lower-case word taken in, and a unit's name opening.
        if nameWords {
            guard tokens[first...].contains(where: { !$0.isCapitalized && !cues.joints.contains($0.key) }),
                  Lexicon.opens(body.foldedText(range.lowerBound..<min(range.upperBound, range.lowerBound + 30)) + " ",
                                withOneOf: Lexicon.unitHeadWords) else { return nil }
        }
        let before = body.alignedText(max(sentence.lowerBound, range.lowerBound - 25)..<range.lowerBound)
        let localities = cues.localityNouns.contains { (" " + before).hasSuffix(" " + $0 + " ") }
        // "las escuelas primarias A, B y C", "các trường THPT A, B và C": units by their names.
        let units = !localities && cues.pluralUnits.contains { (" " + before).contains(" " + $0 + " ") }
        let items = MemberListRule.split(range, in: body, scope: localities ? .localities : .provinces)
        guard items.count >= 2 else { return nil }
        var members: [Found<Member>] = []
        var unitName: String?
        for (index, item) in items.enumerated() {
            let words = body.tokens(in: item)
            guard words.allSatisfy(\.isCapitalized) || nameWords && !localities && !units else { break }
            if localities || units {
                guard words.count <= (units ? 5 : 4) else { break }
                members.append(Found(Member(text: body.text(item), province: nil), item))
                continue
            }
            // A province that ends the item; the first item may hold the unit's name before it
            // when that name is capitalised throughout ("Hội Chữ Thập Đỏ Tiền Giang").
            // Every item may hold it when all hold the same ("Sở Y tế Bến Tre, Sở Y tế Trà Vinh và Sở Y tế Vĩnh Long").
            guard let place = context.places(in: item).last, !place.isCity, place.range.upperBound == item.upperBound else { break }
            let name = Folding.key(body.text(item.lowerBound..<place.range.lowerBound))
            if index == 0 { unitName = name }
            guard place.range.lowerBound == item.lowerBound || index == 0 || name == unitName,
                  words.allSatisfy(\.isCapitalized) || Lexicon.opens(name + " ", withOneOf: Lexicon.unitHeadWords) else { break }
            members.append(Found(Member(text: body.text(place.range), province: context.gazetteer.canonical(place.province, on: date)), place.range))
        }
        guard members.count == items.count else { return nil }
        return (members, range)
    }
}
