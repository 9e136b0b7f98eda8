import Foundation
import PactoModel

/// Where the part of a page after the article begins ("Tin liên quan",
/// "Noticias relacionadas", a comment form), and a box of links to other
/// pages printed above the article under such a header.
extension PlainTextReader {
    /// Moves the page's tail, and any box of other pages' headlines above the article,
    /// from `lines` to the lines set aside (in that order).
    static func settingAsideTail(_ lines: inout [String]) -> [String] {
        var setAside: [String] = []
        var from = 0
        while let opener = lines.indices.dropFirst(from).first(where: { InterfaceText.opensTail(lines[$0]) }) {
            let paragraph = lines.indices.dropFirst(opener + 1).first { readsAsParagraph(lines[$0]) }
            // The first line of all opens no tail (it is page furniture, or the page is nothing but its tail).
            if opener == 0, paragraph == nil {
                from = 1
                continue
            }
            // Under the article (a paragraph above it), or nothing of the article under it: the page's tail.
            guard !lines[..<opener].contains(where: readsAsParagraph), let paragraph else {
                setAside += lines[opener...]
                lines.removeSubrange(opener...)
                break
            }
            // "Tin liên quan" and other pages' headlines above this page's headline: the box, not the article.
            let end = relatedBoxEnd(lines, opener: opener, paragraph: paragraph)
            setAside += lines[opener..<end]
            lines.removeSubrange(opener..<end)
            from = opener
        }
        return setAside
    }

    /// A line that reads as the article's text: a sentence of six words or more, or a line of 25 words.
    static func readsAsParagraph(_ line: String) -> Bool {
        let words = letterWords(line)
        return words >= 25 || words >= 6 && endsSentence(line) && !StampRule.isStampLine(line)
    }

    /// Where a box of links opened above the article ends: at the page's headline, the last
    /// headline-like line before the stamp under it (or before the first paragraph); at the
    /// first paragraph when the headline and its stamp stand above the box.
    private static func relatedBoxEnd(_ lines: [String], opener: Int, paragraph: Int) -> Int {
        let items = (opener + 1)..<paragraph
        let stamp = items.first { StampRule.isStampLine(lines[$0]) }
        let headlineAbove = lines[..<opener].contains(where: StampRule.isStampLine)
            && lines[..<opener].contains(where: isTitleLike)
        if stamp == nil, headlineAbove { return paragraph }
        let searched = (opener + 1)..<(stamp ?? paragraph)
        let headline = searched.last { isTitleLike(lines[$0]) && BylineRule.namesUnderHeadline(lines[$0]) == nil }
        return headline ?? searched.upperBound
    }
}
