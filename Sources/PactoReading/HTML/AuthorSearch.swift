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
            guard let text = shortLine(index) else { continue }
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

    /// The element's text as one line when it has at most 80 characters.
    /// Containers are not read whole: once the line made of the start of
    /// their text has 82 characters, the whole has more than 80 (the text
    /// after the start can change only its last character: grapheme
    /// clusters and composition do not reach further back).
    func shortLine(_ index: Int) -> String? {
        var limit = 384
        while true {
            let (raw, complete) = tree.text(of: index, stoppingAfter: limit)
            let line = TextNormalizer.line(raw)
            if complete { return Folding.hasAtMost(80, charactersIn: line) ? line : nil }
            if !Folding.hasAtMost(81, charactersIn: line) { return nil }
            limit *= 8
        }
    }
}
