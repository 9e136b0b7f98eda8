import PactoModel

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
        var attributes: Attributes
        var parent: Int
        var children: [Int]
        /// Depth below the root element.
        var depth: Int
    }

    /// An element's kept attributes, in page order. Elements have a few at
    /// most: a short list searched in order costs less than a dictionary.
    struct Attributes: Sendable, Equatable, ExpressibleByDictionaryLiteral {
        private(set) var pairs: [(name: String, value: String)] = []

        init(dictionaryLiteral elements: (String, String)...) {
            for (name, value) in elements { self[name] = value }
        }

        var isEmpty: Bool { pairs.isEmpty }

        subscript(name: String) -> String? {
            get { pairs.first { $0.name == name }?.value }
            set {
                if let position = pairs.firstIndex(where: { $0.name == name }) {
                    if let newValue { pairs[position].value = newValue } else { pairs.remove(at: position) }
                } else if let newValue {
                    pairs.append((name, newValue))
                }
            }
        }

        /// Same names with the same values, in any order.
        static func == (lhs: Attributes, rhs: Attributes) -> Bool {
            lhs.pairs.count == rhs.pairs.count && lhs.pairs.allSatisfy { rhs[$0.name] == $0.value }
        }
    }

    var nodes: [Node] = []

    /// Attributes the reader uses; the rest are dropped while copying.
    static let keptAttributes: Set<String> = [
        "class", "id", "itemprop", "itemtype", "property", "name", "content", "href", "datetime", "rel", "role",
        "lang", "type", "style", "hidden", "aria-hidden", "http-equiv", "charset", "title", "alt", "src",
    ]

    /// The kept attributes as NUL-terminated bytes, to test libxml2's names
    /// without making a string of each.
    private static let keptAttributeBytes: [(bytes: [UInt8], name: String)] = keptAttributes.sorted().map {
        (Array($0.utf8) + [0], $0)
    }

    /// The kept attribute called `raw` (a NUL-terminated name), if it is one.
    static func keptAttribute(named raw: UnsafePointer<UInt8>) -> String? {
        let first = raw[0]
        for (bytes, name) in keptAttributeBytes where bytes[0] == first {
            var index = 1
            while bytes[index] != 0, raw[index] == bytes[index] { index += 1 }
            if bytes[index] == 0, raw[index] == 0 { return name }
        }
        return nil
    }

    func attribute(_ name: String, of index: Int) -> String? {
        nodes[index].attributes[name]
    }

    /// All element indices with the given tag name, in document order.
    func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// The concatenated raw text below `index`.
    func text(of index: Int) -> String {
        text(of: index, stoppingAfter: .max).text
    }

    /// The start of ``text(of:)``: text nodes are added until the text
    /// holds at least `limit` bytes (then `complete` is false) or the
    /// subtree ends.
    func text(of index: Int, stoppingAfter limit: Int) -> (text: String, complete: Bool) {
        var result = ""
        var stack = [index]
        while let current = stack.popLast() {
            if nodes[current].kind == .text {
                result += nodes[current].text
            } else {
                if nodes[current].name == "br" { result += "\n" }
                stack.append(contentsOf: nodes[current].children.reversed())
            }
            if result.utf8.count >= limit, !stack.isEmpty { return (result, false) }
        }
        return (result, true)
    }

    /// ``text(of:)`` as one line (``TextNormalizer/line(_:)``) when it has
    /// at most `maxWords` words, else nil. Containers are not read whole:
    /// once the line made of the start of their text has more words, so
    /// has the whole (more text can only lengthen its last word or add words).
    func line(of index: Int, maxWords: Int) -> String? {
        boundedLine(of: index, firstLimit: max(256, maxWords * 16)) { line, _ in
            Self.hasMoreWords(than: maxWords, line)
        }
    }

    /// ``text(of:)`` as one line when it has at most `maxCharacters`
    /// characters, else nil. Once the line made of the start of a text has
    /// `maxCharacters + 2`, the whole has more than `maxCharacters`: the text
    /// after the start can change only its last character (grapheme clusters
    /// and composition do not reach further back).
    func line(of index: Int, maxCharacters: Int) -> String? {
        boundedLine(of: index, firstLimit: max(256, maxCharacters * 4)) { line, complete in
            !Folding.hasAtMost(complete ? maxCharacters : maxCharacters + 1, charactersIn: line)
        }
    }

    /// Reads longer and longer starts of the text until `tooLong` says the
    /// line is too long (nil) or the whole text is read. `tooLong` is told
    /// whether the line is of the whole text.
    private func boundedLine(of index: Int, firstLimit: Int, tooLong: (String, Bool) -> Bool) -> String? {
        var limit = firstLimit
        while true {
            let (raw, complete) = text(of: index, stoppingAfter: limit)
            let line = TextNormalizer.line(raw)
            if tooLong(line, complete) { return nil }
            if complete { return line }
            limit *= 8
        }
    }

    /// Whether `line.split(separator: " ").count > count`, stopping early.
    static func hasMoreWords(than count: Int, _ line: String) -> Bool {
        var words = 0
        var inWord = false
        for character in line {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > count { return true }
            }
        }
        return false
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
