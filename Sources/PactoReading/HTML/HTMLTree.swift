/// A parsed HTML page as plain Swift values: every node in document order
/// (pre-order) in one array, each knowing its parent and children by index.
///
/// Nothing here refers to libxml2; ``LibXML2Parser`` builds it and frees
/// the C document before returning. Script and style text, comments and
/// attributes Pacto never reads are not copied.
struct HTMLTree: Sendable {
    struct Node: Sendable {
        enum Kind: Sendable { case element, text }
        var kind: Kind
        /// Lower-case tag name; empty for text.
        var name: String
        /// The text of a text node (raw, not normalised).
        var text: String
        var attributes: [String: String]
        var parent: Int
        var children: [Int]
        /// Depth below the root element.
        var depth: Int
    }

    var nodes: [Node] = []

    /// Attributes the reader uses; the rest are dropped while copying.
    static let keptAttributes: Set<String> = [
        "class", "id", "itemprop", "itemtype", "property", "name", "content", "href", "datetime", "rel", "role",
        "lang", "type", "style", "hidden", "aria-hidden", "http-equiv", "charset", "title", "alt", "src",
    ]

    func attribute(_ name: String, of index: Int) -> String? {
        nodes[index].attributes[name]
    }

    /// All element indices with the given tag name, in document order.
    func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// The concatenated raw text below `index`.
    func text(of index: Int) -> String {
        var result = ""
        var stack = [index]
        while let current = stack.popLast() {
            let node = nodes[current]
            if node.kind == .text {
                result += node.text
            } else {
                if node.name == "br" { result += "\n" }
                stack.append(contentsOf: node.children.reversed())
            }
        }
        return result
    }

    /// Is `ancestor` on the parent chain of `index` (or `index` itself)?
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }

    /// The last index in the subtree rooted at `index` (pre-order).
    func subtreeEnd(_ index: Int) -> Int {
        var current = index
        while let last = nodes[current].children.last { current = last }
        return current
    }
}
