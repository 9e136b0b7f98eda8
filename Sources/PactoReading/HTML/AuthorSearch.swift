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
        // Every label ends in a colon: elements without one are passed by.
        let colons = colonsBelow()
        for index in tree.nodes.indices where colons[index] && tree.nodes[index].kind == .element
            && !BlockWriter.inlineTags.contains(tree.nodes[index].name) {
            guard let text = tree.line(of: index, maxCharacters: 80) else { continue }
            guard BylineRule.hasLabel(text), let names = BylineRule.authors(in: text), !names.isEmpty else { continue }
            return names
        }
        return []
    }

    /// Per node: is there a colon in its text?
    private func colonsBelow() -> [Bool] {
        var colons = [Bool](repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices.reversed() {
            if tree.nodes[index].kind == .text, tree.nodes[index].text.utf8.contains(UInt8(ascii: ":")) {
                colons[index] = true
            }
            let parent = tree.nodes[index].parent
            if colons[index], parent >= 0 { colons[parent] = true }
        }
        return colons
    }
}
