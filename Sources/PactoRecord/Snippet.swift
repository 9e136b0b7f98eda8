import PactoModel

/// A few words of the original text around the first match of the query's
/// folded words, matches marked `**…**`, diacritics as printed.
enum Snippet {
    static let radius = 90

    static func make(from text: String, terms: [String]) -> String? {
        guard !terms.isEmpty, !text.isEmpty else { return nil }
        // Most matches come early: look in the opening first, then in the whole text.
        if text.utf8.count > 4000, let early = make(within: String(text.prefix(1500)), of: text, terms: terms) {
            return early
        }
        return make(within: text, of: text, terms: terms)
    }

    /// A snippet from the part `text` of `whole` (a prefix of it).
    private static func make(within text: String, of whole: String, terms: [String]) -> String? {
        let original = Array(text)
        // One folded character per original character (as Folding.aligned),
        // each distinct character folded once.
        var cache: [Character: Character] = [:]
        let folded = original.map { character -> Character in
            if let known = cache[character] { return known }
            let value = Folding.fold(character)
            let mapped: Character = value == "\u{0}" ? "\u{1}" : value
            cache[character] = mapped
            return mapped
        }
        var marks: [Range<Int>] = []
        for term in terms {
            let needle = Array(term)
            var index = 0
            while index + needle.count <= folded.count {
                if folded[index] == needle[0], Array(folded[index..<(index + needle.count)]) == needle,
                   isBoundary(folded, index - 1), isBoundary(folded, index + needle.count) {
                    marks.append(index..<(index + needle.count))
                    index += needle.count
                } else {
                    index += 1
                }
            }
        }
        // Centre on the words side by side when they are, else on the first match.
        let phrase = Array(terms.joined(separator: " "))
        var anchor: Range<Int>?
        if terms.count > 1 {
            var index = 0
            while index + phrase.count <= folded.count, anchor == nil {
                if Array(folded[index..<(index + phrase.count)]) == phrase, isBoundary(folded, index - 1),
                   isBoundary(folded, index + phrase.count) {
                    anchor = index..<(index + phrase.count)
                }
                index += 1
            }
        }
        guard let first = anchor ?? marks.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        var start = max(0, first.lowerBound - radius / 2)
        var end = min(original.count, first.upperBound + radius)
        while start > 0, !original[start - 1].isWhitespace { start -= 1 }
        while end < original.count, !original[end].isWhitespace { end += 1 }
        var output = start > 0 ? "…" : ""
        var position = start
        for mark in marks.sorted(by: { $0.lowerBound < $1.lowerBound }) where mark.lowerBound >= position && mark.upperBound <= end {
            output += String(original[position..<mark.lowerBound]) + "**" + String(original[mark]) + "**"
            position = mark.upperBound
        }
        output += String(original[position..<end]) + (end < original.count || text.count < whole.count ? "…" : "")
        return output.replacingNewlines()
    }

    static func opening(of text: String) -> String {
        let prefix = text.prefix(radius * 2)
        return String(prefix).replacingNewlines() + (text.count > prefix.count ? "…" : "")
    }

    private static func isBoundary(_ folded: [Character], _ index: Int) -> Bool {
        guard index >= 0, index < folded.count else { return true }
        return !(folded[index].isLetter || folded[index].isNumber)
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
