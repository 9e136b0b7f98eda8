/// Bylines the page marks as such (`rel=author`, `itemprop=author`,
/// classes named author / byline / tac-gia) when the body's last line is not one.
struct AuthorSearch {
    let tree: HTMLTree
    let roots: [Int]

    func authors() -> [String] {
        for (index, node) in tree.nodes.enumerated() where node.kind == .element {
            let hints = ClassHints(class: node.attributes["class"], id: node.attributes["id"])
            let marked = node.attributes["rel"]?.lowercased() == "author"
                || node.attributes["itemprop"]?.lowercased() == "author" || hints.isAuthor
            guard marked else { continue }
            let text = TextNormalizer.line(tree.text(of: index))
            guard !text.isEmpty, text.count <= 80 else { continue }
            if let names = BylineRule.authors(in: text), !names.isEmpty { return names }
        }
        return []
    }
}
