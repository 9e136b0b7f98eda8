import PactoModel

/// The printed publication stamp when no meta gives one: elements named
/// for dates near the headline, then stamp lines around the body.
struct StampSearch {
    let tree: HTMLTree
    let finder: ContentFinder
    let roots: [Int]
    let headlineElement: Int?

    func stamp() -> Stamp? {
        let anchor = headlineElement ?? roots.first ?? 0
        // Date-named elements, nearest to the headline first.
        let named = tree.nodes.indices.filter { index in
            finder.flags[index].contains(.date)
        }
        for index in named.sorted(by: { abs($0 - anchor) < abs($1 - anchor) }) {
            let text = TextNormalizer.line(tree.text(of: index))
            if text.count <= 120, let match = StampRule.firstStamp(in: text) { return match.stamp }
        }
        // Short text lines between the headline and the end of the body.
        let start = headlineElement ?? roots.first ?? 0
        let end = roots.last.map { tree.subtreeEnd($0) } ?? tree.nodes.count - 1
        guard start <= end else { return nil }
        for index in start...end where tree.nodes[index].kind == .text {
            let text = TextNormalizer.line(tree.nodes[index].text)
            if text.count >= 8, text.count <= 90, StampRule.isStampLine(text) {
                return StampRule.firstStamp(in: text)?.stamp
            }
        }
        return nil
    }
}
