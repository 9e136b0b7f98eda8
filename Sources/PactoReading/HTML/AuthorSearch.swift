import PactoModel
/// Bylines the page marks as such (`rel=author`, `itemprop=author`,
/// classes named author / byline / tac-gia) when the body's last line is not one.
struct AuthorSearch {
    let tree: HTMLTree
    let flags: [ClassHints.Flags]

    func authors() -> [String] {
        for (index, node) in tree.nodes.enumerated() where node.kind == .element {
            let marked = node.attributes["rel"]?.lowercasedLatin() == "author"
                || node.attributes["itemprop"]?.lowercasedLatin() == "author" || flags[index].contains(.author)
            guard marked else { continue }
            let text = TextNormalizer.line(tree.text(of: index))
            guard !text.isEmpty, text.count <= 80 else { continue }
            if let names = BylineRule.authors(in: text), !names.isEmpty { return names }
        }
        // A line that opens with a byline label ("Tác giả bài viết:", "Texto:").
        for (index, node) in tree.nodes.enumerated() where node.kind == .element && !BlockWriter.inlineTags.contains(node.name) {
            let text = TextNormalizer.line(tree.text(of: index))
            guard text.count <= 80, BylineRule.hasLabel(text), let names = BylineRule.authors(in: text), !names.isEmpty
            else { continue }
            return names
        }
        return []
    }
}
