import PactoModel

/// Finds the lead paragraph (the sapo of Vietnamese news pages, the
/// "entradilla" of Spanish ones) when it sits outside the body container:
/// between the headline and the body, named lead / sapo / summary, or
/// repeating the page's description, in bold or as a subheading.
/// It holds the who, when and where, so it belongs to the body.
struct LeadRule {
    let tree: HTMLTree
    let finder: ContentFinder
    let signals: PageSignals
    let roots: [Int]
    let headlineElement: Int?

    func leads() -> [BlockWriter.Draft] {
        guard let first = roots.first else { return [] }
        // Look between the headline (or the start of the body's section) and the body.
        let start = headlineElement.map { tree.subtreeEnd($0) + 1 } ?? max(0, sectionStart(first))
        guard start < first else { return [] }
        let description = signals.description.map { $0.lowercasedLatin() }
        for index in start..<first {
            guard tree.nodes[index].kind == .element, !roots.contains(where: { tree.isInside(index, $0) }) else { continue }
            let name = tree.nodes[index].name
            let flags = finder.flags[index]
            if flags.contains(.caption) || Self.insideFigure(index, in: tree) { continue }
            guard finder.linkDensity(index) < 0.3, let text = tree.line(of: index, maxWords: 200) else { continue }
            let words = text.split(separator: " ").count
            guard words >= 8 else { continue }
            let named = flags.contains(.lead) && !flags.contains(.boilerplate)
            let isDescription = description.map { Self.sameText(text.lowercasedLatin(), $0) } ?? false
            let isBoldBlock = (["h2", "h3", "strong", "b", "p", "div"].contains(name))
                && Self.isEmphasised(index, in: tree) && PlainTextReader.endsSentence(text)
            guard named || isDescription || isBoldBlock else { continue }
            // A teaser of another article lives in a link list: not a lead.
            if Self.insideLink(index, in: tree) { continue }
            return [BlockWriter.Draft(kind: .paragraph, text: Self.strippingLabel(text), linkCharacters: 0, element: index)]
        }
        return []
    }

    /// The start of the smallest ancestor of the body that also holds a heading.
    private func sectionStart(_ first: Int) -> Int {
        var current = tree.nodes[first].parent
        while current >= 0 {
            let end = tree.subtreeEnd(current)
            if (current...end).contains(where: { tree.nodes[$0].name == "h1" }) { return current }
            current = tree.nodes[current].parent
        }
        return first
    }

    static func sameText(_ a: String, _ b: String) -> Bool {
        let shorter = a.count < b.count ? a : b
        let longer = a.count < b.count ? b : a
        guard shorter.count >= 40 else { return false }
        return longer.hasPrefix(String(shorter.prefix(60))) || HeadlineRule.overlap(a, b) > 0.8
    }

    /// Bold by tag (strong, b, h2/h3) or by a bold child holding all its text.
    static func isEmphasised(_ index: Int, in tree: HTMLTree) -> Bool {
        let node = tree.nodes[index]
        if ["strong", "b", "h2", "h3"].contains(node.name) { return true }
        if let style = node.attributes["style"]?.lowercasedLatin(), ByteSearch.contains("bold", in: style) { return true }
        let elementChildren = node.children.filter { tree.nodes[$0].kind == .element }
        let textChildren = node.children.filter {
            tree.nodes[$0].kind == .text && !tree.nodes[$0].text.allSatisfy(\.isWhitespace)
        }
        return textChildren.isEmpty && elementChildren.count == 1
            && ["strong", "b"].contains(tree.nodes[elementChildren[0]].name)
    }

    private static func insideFigure(_ index: Int, in tree: HTMLTree) -> Bool {
        var current = index
        while current >= 0 {
            if ["figure", "figcaption", "caption"].contains(tree.nodes[current].name) { return true }
            current = tree.nodes[current].parent
        }
        return false
    }

    private static func insideLink(_ index: Int, in tree: HTMLTree) -> Bool {
        var current = index
        while current >= 0 {
            if tree.nodes[current].name == "a" || tree.nodes[current].name == "li" { return true }
            current = tree.nodes[current].parent
        }
        return false
    }

    /// "(BTNO) - ", "TTO - " agency labels are part of the lead as printed: kept.
    static func strippingLabel(_ text: String) -> String { text }
}
