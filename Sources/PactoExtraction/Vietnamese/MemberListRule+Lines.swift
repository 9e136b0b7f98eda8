import Foundation
import PactoModel

/// A list laid out one member a line after the colon that ends its opening
/// line: "Cụm thi đua gồm:" then "- Sở Tư pháp tỉnh A;", "1. Công ty B",
/// "+ UBND huyện C". Spanish lists are laid out the same way ("está
/// integrado por:" then "- la Policía de Lang Son;").
extension MemberListRule {
    /// The mark that opens a list's line ("- ", "+ ", "• ", "1. ", "a) "), with the space after it.
    static let lineBullet = TextPattern(#"^(?:[-+•*–—]|\d{1,2}\s?[.)/]|[a-zđ]\))\s*"#)

    /// The items of a list whose opening line ends at `colon` (the offset
    /// after it): each following line that opens with a mark, or follows a
    /// line that ended on a semicolon or comma, is an item, without its mark
    /// and the stop after it. Nil when something follows the colon on its
    /// line, or fewer than two lines read as items.
    static func lineItems(after colon: Int, in body: Passage) -> [Range<Int>]? {
        var index = colon
        while index < body.bodyCount, body.characters[index] == " " { index += 1 }
        guard index < body.bodyCount, body.characters[index] == "\n" else { return nil }
        var items: [Range<Int>] = []
        var continues = true
        while index < body.bodyCount, items.count < 40 {
            while index < body.bodyCount, body.characters[index] == "\n" || body.characters[index] == " " { index += 1 }
            var end = index
            while end < body.bodyCount, body.characters[end] != "\n" { end += 1 }
            guard index < end, end - index <= 160 else { break }
            let line = body.text(index..<end)
            let mark = lineBullet.firstRange(in: line)
            guard mark != nil || continues else { break }
            let start = index + (mark.map { line.distance(from: line.startIndex, to: $0.upperBound) } ?? 0)
            var item = body.trimmed(start..<end, also: [";", ",", "."])
            // "… Hà Tĩnh và": the joining word at the line's end.
            if let last = body.tokens(in: item).last, last.key == "va" || last.key == "y", !last.isCapitalized {
                item = body.trimmed(item.lowerBound..<last.range.lowerBound, also: [",", ";"])
            }
            // A line of the report that follows the list ("- Hội nghị đã …") ends it.
            guard !item.isEmpty, body.characters[item.lowerBound].isUppercase || body.characters[item.lowerBound].isNumber
                || ["el ", "la ", "los ", "las "].contains(where: body.alignedText(item).hasPrefix),
                !body.text(item).contains(". ") else { break }
            items.append(item)
            continues = ";,".contains(body.characters[max(index, end - 1)])
            index = end
        }
        return items.count >= 2 ? items : nil
    }
}
