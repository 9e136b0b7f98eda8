internal import CLibXML2
@testable import PactoReading

/// The reference parser the tree builder is held to: libxml2 builds its own
/// document (`htmlReadMemory`), which is copied into an ``HTMLTree`` and
/// freed. Pacto itself parses through ``TreeBuilder``; this lives with the
/// tests because only they use it.
extension LibXML2Parser {
    /// The reference for ``LibXML2Parser/parse(_:maxDepth:)``: lets libxml2
    /// build its document, copies it and frees it. Tests hold the two to the
    /// same tree.
    static func parseByCopy(_ text: some StringProtocol, maxDepth: Int = maxDepth) -> HTMLTree? {
        precondition(initialized, "libxml2 must be initialised")
        pacto_silenceErrors()
        // One copy of the bytes (element by element for a Substring otherwise).
        var utf8 = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return nil }
        let document: htmlDocPtr? = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return copy(root, maxDepth: min(max(1, maxDepth), depthCeiling))
    }

    /// Walks the C tree without recursion (pages can nest 100,000 levels)
    /// and copies it in pre-order.
    private static func copy(_ root: xmlNodePtr, maxDepth: Int) -> HTMLTree {
        var tree = HTMLTree()
        tree.nodes.reserveCapacity(4096)
        // Parent index for the children of the node being visited, by C depth.
        var parentStack: [Int] = [-1]
        var node: xmlNodePtr? = root
        var depth = 0
        while let current = node {
            var descend = false
            if tree.nodes.count < maxNodes {
                let parent = parentStack[min(depth, parentStack.count - 1)]
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    let name = lowercasedName(current)
                    if depth <= maxDepth {
                        let index = tree.nodes.count
                        tree.nodes.append(.init(
                            kind: .element, name: name, text: "", attributes: attributes(of: current),
                            parent: parent, children: [], depth: depth))
                        if parent >= 0 { tree.nodes[parent].children.append(index) }
                        if parentStack.count > depth + 1 {
                            parentStack[depth + 1] = index
                        } else {
                            parentStack.append(index)
                        }
                    } else if parentStack.count <= depth + 1 {
                        parentStack.append(parent)
                    } else {
                        parentStack[depth + 1] = parent
                    }
                    let isScript = name == "script"
                    let keepScript = isScript && (tree.nodes.last?.attributes["type"]?.lowercased() == "application/ld+json")
                    descend = !(name == "style" || (isScript && !keepScript) || name == "noscript" && false)
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content {
                        let index = tree.nodes.count
                        tree.nodes.append(.init(
                            kind: .text, name: "", text: String(cString: content), attributes: [:],
                            parent: parent, children: [], depth: depth))
                        if parent >= 0 { tree.nodes[parent].children.append(index) }
                    }
                default:
                    break
                }
            }
            // Next node in pre-order.
            if descend, let child = current.pointee.children {
                node = child
                depth += 1
                continue
            }
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing {
                if up == root { break }
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climbing = up.pointee.parent
                depth -= 1
            }
        }
        return tree
    }

    private static func lowercasedName(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    private static func attributes(of node: xmlNodePtr) -> HTMLTree.Attributes {
        var result: HTMLTree.Attributes = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            guard HTMLTree.keptAttributes.contains(name) else { continue }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result[name] = value
        }
        return result
    }
}
