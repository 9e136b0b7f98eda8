import Foundation
import PactoModel

/// Picks the headline as printed: the heading nearest above the body that
/// agrees with `og:title` / `<title>`, else `og:title` or `<title>` without
/// the site's name.
struct HeadlineRule {
    let title: String?
    /// The element the title was read from, when it was read from the page.
    let element: Int?

    init(tree: HTMLTree, flags: [ClassHints.Flags], signals: PageSignals, contentStart: Int) {
        let reference = [signals.ogTitle, signals.headline, signals.documentTitle].compactMap { $0 }
        // Each reference's words as a set, made once for every candidate.
        let referenceWords = reference.map { Set(Self.words($0)) }
        var candidates: [(index: Int, text: String, words: [Substring], score: Double)] = []
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            // Fields in place: copying a node retains all its strings.
            let name = tree.nodes[index].name
            let isHeading = name == "h1" || name == "h2" || name == "h3"
            let itemHeadline = tree.nodes[index].attributes["itemprop"]?.lowercasedLatin() == "headline"
            let named = flags[index].contains(.title) || itemHeadline
            guard isHeading || named else { continue }
            guard let text = tree.line(of: index, maxWords: 60) else { continue }
            let words = text.split(separator: " ").count
            guard words >= 2 else { continue }
            let textWords = Self.words(text)
            let agreement = referenceWords.map { Self.overlap(textWords, $0) }.max() ?? 0
            var score = agreement * 3
            if name == "h1" { score += 1 }
            if itemHeadline { score += 1 }
            if named { score += 1 }
            if Self.isBold(index, in: tree) { score += 0.5 }
            // Near the top of the body, above it.
            if index <= contentStart { score += 0.5 }
            if tree.isInside(contentStart, index) { score -= 2 }
            candidates.append((index, text, textWords, score))
        }
        // The heading nearest above the body is the likeliest headline.
        if let nearest = candidates.indices.filter({ candidates[$0].index <= contentStart }).max(by: {
            candidates[$0].index < candidates[$1].index
        }) {
            candidates[nearest].score += 1
        }
        let agreeing = reference.isEmpty ? 0 : candidates.map { candidate in
            referenceWords.map { Self.overlap(candidate.words, $0) }.max() ?? 0
        }.max() ?? 0
        // Without an agreeing heading, a generic <title> (the portal's name) does not count as a reference.
        let threshold = agreeing >= 0.5 ? 2.5 : 2.0
        if let best = candidates.max(by: { $0.score < $1.score }), best.score >= threshold {
            title = best.text
            element = best.index
            return
        }
        element = nil
        if let og = signals.ogTitle ?? signals.headline {
            title = Self.withoutSiteName(og)
        } else if let documentTitle = signals.documentTitle, !documentTitle.isEmpty {
            title = Self.withoutSiteName(documentTitle)
        } else {
            title = candidates.max(by: { $0.score < $1.score })?.text
        }
    }

    /// Set in bold by tag or by a single bold child.
    static func isBold(_ index: Int, in tree: HTMLTree) -> Bool {
        let node = tree.nodes[index]
        if ["b", "strong", "h1", "h2", "h3"].contains(node.name) { return true }
        let children = node.children.filter {
            tree.nodes[$0].kind == .element || !tree.nodes[$0].text.allSatisfy(\.isWhitespace)
        }
        return children.count == 1 && ["b", "strong"].contains(tree.nodes[children[0]].name)
    }

    /// Share of the words of `a` found in `b` (case-insensitive), scaled by
    /// how close the lengths are.
    static func overlap(_ a: String, _ b: String) -> Double {
        overlap(words(a), words(b))
    }

    static func words(_ text: String) -> [Substring] {
        Words.lettersAndDigits(text.lowercasedLatin())
    }

    static func overlap(_ wordsA: [Substring], _ listB: [Substring]) -> Double {
        overlap(wordsA, Set(listB))
    }

    static func overlap(_ wordsA: [Substring], _ wordsB: Set<Substring>) -> Double {
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
        let shared = wordsA.filter { wordsB.contains($0) }.count
        let coverage = Double(shared) / Double(wordsA.count)
        let ratio = Double(min(wordsA.count, wordsB.count)) / Double(max(wordsA.count, wordsB.count))
        return coverage * (0.5 + 0.5 * min(1, ratio * 1.5))
    }

    /// "Headline - Site name" → "Headline": the longest part between
    /// separators, when the others are short.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " » "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { $0.trimming(" ") }
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= title.count / 2 {
                return longest
            }
        }
        return title
    }
}
