import PactoModel

/// Builds an ``HTMLTree`` straight from libxml2's SAX events, without the
/// C document libxml2 would otherwise build, copy from and free.
///
/// The tree is the one a copy of libxml2's own document would give, node
/// for node (the tests hold the two together through such a copy,
/// `LibXML2Parser.parseByCopy` in `Tests/PactoReadingTests/Support`): the
/// builder keeps the few facts of that document its shape depends on
/// (which element each event lands in,
/// the kind of each element's last child, what the document's first child
/// is) and follows the rules of libxml2 2.9's SAX2 tree builder:
/// - an element's name is the part after the first colon (`o:p` is `p`);
/// - consecutive text of one element is one text node (so are consecutive
///   CDATA blocks); a comment or processing instruction between two runs
///   of text splits them;
/// - text outside every element is dropped; an element outside every
///   element is the root if it is the first, a child of the root if the
///   document's first node is the root, and otherwise a sibling of the
///   root, outside the tree with all it holds (a DOCTYPE, a comment or a
///   processing instruction before the root makes it so; a DOCTYPE is
///   always the document's first node).
/// HTML parsing itself (implied and auto-closed elements, entities,
/// whitespace) is libxml2's, and its events do not depend on the document
/// when blanks are kept, as Pacto keeps them.
struct TreeBuilder {
    private var tree = HTMLTree()
    private let maxDepth: Int

    /// What an element's last child (in libxml2's document) is.
    private enum Last { case none, element, text, cdata, other }

    /// An element libxml2's tree builder would have open.
    private struct Open {
        /// The tree index children of this element attach to (this element,
        /// or its nearest kept ancestor when it is deeper than `maxDepth`).
        var childParent: Int
        /// Depth of this element below the root.
        var depth: Int
        var last: Last = .none
        /// Inside a style or script (not JSON-LD), or outside the root's
        /// subtree: nothing below enters the tree.
        var ignored: Bool
    }

    private var open: [Open] = []
    private var hasRoot = false
    /// Whether the document's first node is the root element (nil while
    /// the document is empty).
    private var firstNodeIsRoot: Bool?
    private var hasDoctype = false
    /// The text node being filled and its bytes so far.
    private var pendingIndex = -1
    private var pendingBytes: [UInt8] = []

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
        tree.nodes.reserveCapacity(4096)
        pendingBytes.reserveCapacity(1024)
    }

    /// The finished tree.
    mutating func finish() -> HTMLTree {
        flushText()
        return tree
    }

    // MARK: Events

    mutating func startElement(_ rawName: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        flushText()
        let name = Self.localName(rawName)
        let parent: Open?
        if let current = open.last {
            parent = current
            open[open.count - 1].last = .element
        } else if !hasRoot {
            // The first element outside every element is the root.
            hasRoot = true
            if firstNodeIsRoot == nil { firstNodeIsRoot = true }
            parent = nil
        } else if firstNodeIsRoot == true {
            // libxml2 adds it to the document's first node: the root.
            parent = rootAsParent()
        } else {
            // A sibling of the root: outside the tree.
            open.append(Open(childParent: -1, depth: 0, ignored: true))
            return
        }
        if let parent, parent.ignored {
            open.append(Open(childParent: -1, depth: parent.depth + 1, ignored: true))
            return
        }
        let depth = parent.map { $0.depth + 1 } ?? 0
        let treeParent = parent?.childParent ?? -1
        var childParent = treeParent
        if tree.nodes.count < LibXML2Parser.maxNodes {
            if depth <= maxDepth {
                let index = tree.nodes.count
                tree.nodes.append(.init(
                    kind: .element, name: name, text: "", attributes: Self.keptAttributes(attributes),
                    parent: treeParent, children: [], depth: depth))
                if treeParent >= 0 { tree.nodes[treeParent].children.append(index) }
                childParent = index
            }
            let isScript = name == "script"
            let keepScript = isScript && (tree.nodes.last?.attributes["type"]?.lowercased() == "application/ld+json")
            let skipped = name == "style" || (isScript && !keepScript)
            open.append(Open(childParent: childParent, depth: depth, ignored: skipped))
        } else {
            // Past the node limit nothing more enters the tree.
            open.append(Open(childParent: childParent, depth: depth, ignored: true))
        }
    }

    mutating func endElement() {
        flushText()
        if !open.isEmpty { open.removeLast() }
    }

    mutating func text(_ bytes: UnsafePointer<UInt8>, count: Int, cdata: Bool) {
        guard let current = open.last else { return }  // outside every element: dropped
        let kind: Last = cdata ? .cdata : .text
        if current.last == kind {
            // Same node as the text before.
            if pendingIndex >= 0 { pendingBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count)) }
            return
        }
        flushText()
        open[open.count - 1].last = kind
        guard !current.ignored, tree.nodes.count < LibXML2Parser.maxNodes else { return }
        let index = tree.nodes.count
        tree.nodes.append(.init(
            kind: .text, name: "", text: "", attributes: [:], parent: current.childParent, children: [],
            depth: current.depth + 1))
        if current.childParent >= 0 { tree.nodes[current.childParent].children.append(index) }
        pendingIndex = index
        pendingBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// A comment or processing instruction: not kept, but it ends a run of
    /// text, and before the root it is the document's first node.
    mutating func otherNode() {
        flushText()
        if open.isEmpty {
            if firstNodeIsRoot == nil { firstNodeIsRoot = false }
        } else {
            open[open.count - 1].last = .other
        }
    }

    /// libxml2 keeps the first DOCTYPE only and puts it first in the
    /// document; a DOCTYPE inside an element is not a child of it (text
    /// around it is one node).
    mutating func doctype() {
        guard !hasDoctype else { return }
        hasDoctype = true
        firstNodeIsRoot = false
    }

    // MARK: Helpers

    /// The root as the parent of an element added to it after it closed.
    private func rootAsParent() -> Open? {
        guard let root = tree.nodes.first, root.kind == .element, root.depth == 0 else {
            // The root was past the node limit or ignored: so is its subtree.
            return Open(childParent: -1, depth: 0, ignored: true)
        }
        let skipped = root.name == "style" || root.name == "script"
            && root.attributes["type"]?.lowercased() != "application/ld+json"
        return Open(childParent: 0, depth: 0, ignored: skipped)
    }

    private mutating func flushText() {
        guard pendingIndex >= 0 else { return }
        tree.nodes[pendingIndex].text = String(decoding: pendingBytes, as: UTF8.self)
        pendingIndex = -1
        pendingBytes.removeAll(keepingCapacity: true)
    }

    /// The name libxml2's tree builder gives an element: the part after the
    /// first colon, unless the colon opens or ends the name. libxml2's HTML
    /// parser hands names over in lower case already (it lower-cases the
    /// ASCII letters of a tag name, the only letters a name may hold, and
    /// the elements it implies are named in lower case): no lower-casing here.
    static func localName(_ raw: UnsafePointer<UInt8>) -> String {
        var colon = -1
        var length = 0
        while raw[length] != 0 {
            if colon < 0, raw[length] == UInt8(ascii: ":") { colon = length }
            length += 1
        }
        let start = colon > 0 && colon < length - 1 ? colon + 1 : 0
        let bytes = UnsafeBufferPointer(start: raw + start, count: length - start)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The attributes Pacto reads, from libxml2's name/value pairs (a name
    /// without a value has the empty value).
    static func keptAttributes(_ pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) -> HTMLTree.Attributes {
        guard let pairs else { return [:] }
        var result: HTMLTree.Attributes = [:]
        var position = 0
        while let name = pairs[position] {
            defer { position += 2 }
            guard let kept = HTMLTree.keptAttribute(named: name) else { continue }
            result[kept] = pairs[position + 1].map { String(cString: $0) } ?? ""
        }
        return result
    }
}
