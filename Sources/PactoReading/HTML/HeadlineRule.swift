import Foundation

/// Picks the headline as printed: the heading nearest above the body that
/// agrees with `og:title` / `<title>`, else `og:title` or `<title>` without
/// the site's name.
struct HeadlineRule {
    let title: String?
    /// The element the title was read from, when it was read from the page.
    let element: Int?

    init(tree: HTMLTree, signals: PageSignals, contentStart: Int) {
        let reference = [signals.ogTitle, signals.headline, signals.documentTitle].compactMap { $0 }
        var candidates: [(index: Int, text: String, score: Double)] = []
        for (index, node) in tree.nodes.enumerated() where node.kind == .element {
            let isHeading = ["h1", "h2", "h3"].contains(node.name)
            let hints = ClassHints(class: node.attributes["class"], id: node.attributes["id"])
            let named = hints.tokens.contains { $0.hasPrefix("title") || $0.hasPrefix("tieude") || $0 == "headline" || $0.hasPrefix("titulo") }
                || hints.joined.contains("tieude") || node.attributes["itemprop"]?.lowercased() == "headline"
            guard isHeading || named else { continue }
            let text = TextNormalizer.line(tree.text(of: index))
            let words = text.split(separator: " ").count
            guard words >= 2, words <= 60 else { continue }
            let agreement = reference.map { Self.overlap(text, $0) }.max() ?? 0
            var score = agreement * 3
            if node.name == "h1" { score += 1 }
            if node.attributes["itemprop"]?.lowercased() == "headline" { score += 1 }
            if named { score += 0.5 }
            // Near the top of the body, above it.
            if index <= contentStart { score += 0.5 }
            if tree.isInside(contentStart, index) { score -= 2 }
            candidates.append((index, text, score))
        }
        if let best = candidates.max(by: { $0.score < $1.score }), best.score >= 2.5 || (reference.isEmpty && best.score >= 1) {
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

    /// Share of the words of `a` found in `b` (case-insensitive), scaled by
    /// how close the lengths are.
    static func overlap(_ a: String, _ b: String) -> Double {
        let wordsA = a.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let wordsB = Set(b.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
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
