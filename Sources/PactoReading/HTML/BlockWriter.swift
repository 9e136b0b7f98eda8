import PactoModel

/// Turns the chosen part of a page into body blocks: one block per
/// paragraph-level element or `<br>`-separated run of text, headings and
/// captions marked, furniture skipped.
struct BlockWriter {
    /// A block with what the filters need: how much of it was link text.
    struct Draft {
        var kind: Block.Kind
        var text: String
        var linkCharacters: Int
        /// The element that closed the block (for class hints).
        var element: Int
    }

    /// Elements that do not break a line.
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "strike", "big", "tt", "ins",
        "del", "nobr", "label", "img",
        // Ruby annotation (Japanese furigana, Chinese pinyin): the base text
        // runs on inside the sentence; its readings (`rt`, `rp`) are left out.
        "ruby", "rb", "rtc",
    ]

    let tree: HTMLTree
    let finder: ContentFinder

    func drafts(for roots: [Int]) -> [Draft] {
        var drafts: [Draft] = []
        for root in roots { write(root, into: &drafts) }
        return drafts
    }

    private struct Pending {
        var text = ""
        var links = 0
        var italics = 0
        var kind: Block.Kind = .paragraph
        var element = -1
    }

    private enum Step {
        case enter(Int)
        case leave(Int, isInline: Bool)
    }

    private func write(_ root: Int, into drafts: inout [Draft]) {
        var pending = Pending()
        var linkDepth = 0
        var italicDepth = 0
        // An image was the last thing written: a short line under it is its caption.
        var afterImage = false
        var kindStack: [Block.Kind] = [contextKind(of: root)]
        var stack: [Step] = [.enter(root)]

        func flush(_ element: Int) {
            let text = TextNormalizer.line(pending.text)
            if !text.isEmpty {
                var kind = pending.kind
                if afterImage, kind == .paragraph, Self.readsAsCaption(text, italics: pending.italics) { kind = .caption }
                drafts.append(Draft(kind: kind, text: text, linkCharacters: pending.links, element: element))
                afterImage = false
            }
            pending = Pending()
        }

        while let step = stack.popLast() {
            switch step {
            case .enter(let index):
                if finder.removed[index] { continue }
                // Fields in place: copying a node retains all its strings.
                if tree.nodes[index].kind == .text {
                    let text = tree.nodes[index].text
                    if pending.text.isEmpty { pending.kind = kindStack.last ?? .paragraph }
                    pending.text += text
                    if linkDepth > 0 { pending.links += ContentFinder.visibleLength(text) }
                    if italicDepth > 0 { pending.italics += ContentFinder.visibleLength(text) }
                    continue
                }
                let name = tree.nodes[index].name
                if name == "img" || name == "picture" || name == "video" {
                    if TextNormalizer.line(pending.text).isEmpty { afterImage = true }
                    continue
                }
                if name == "br" {
                    flush(index)
                    continue
                }
                if name == "script" || name == "style" { continue }
                let isInline = Self.inlineTags.contains(name)
                if !isInline { flush(index) }
                if name == "a" { linkDepth += 1 }
                if name == "em" || name == "i" { italicDepth += 1 }
                kindStack.append(kind(of: index, inherited: kindStack.last ?? .paragraph))
                stack.append(.leave(index, isInline: isInline))
                for child in tree.nodes[index].children.reversed() { stack.append(.enter(child)) }
            case .leave(let index, let isInline):
                let name = tree.nodes[index].name
                if name == "a" { linkDepth -= 1 }
                if name == "em" || name == "i" { italicDepth -= 1 }
                kindStack.removeLast()
                if !isInline { flush(index) }
            }
        }
        flush(root)
    }

    /// A line under an image is its caption when it is short and set in
    /// italics, or does not read as a sentence.
    static func readsAsCaption(_ text: String, italics: Int) -> Bool {
        let length = ContentFinder.visibleLength(text)
        guard length <= 300 else { return false }
        return italics * 10 >= length * 8 || !PlainTextReader.endsSentence(text)
    }

    /// Heading inside h1-h6, caption inside figcaption or caption-named
    /// elements, else what the parent says.
    private func kind(of index: Int, inherited: Block.Kind) -> Block.Kind {
        switch tree.nodes[index].name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
        case "figcaption", "caption": return .caption
        default: break
        }
        if inherited == .caption { return .caption }
        if finder.flags[index].contains(.caption), finder.textLength[index] <= Self.captionMaximum { return .caption }
        return inherited
    }

    /// Most characters an element named for captions holds: a page-wide
    /// class ("wp-featherlight-captions" on `<body>`, "hide-caption" on a
    /// layout wrapper) says how captions look, not that the text is one.
    static let captionMaximum = 600

    private func contextKind(of root: Int) -> Block.Kind {
        var current = tree.nodes[root].parent
        while current >= 0 {
            if kind(of: current, inherited: .paragraph) == .caption { return .caption }
            current = tree.nodes[current].parent
        }
        return .paragraph
    }
}
