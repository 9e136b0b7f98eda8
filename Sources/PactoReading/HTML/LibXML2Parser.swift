internal import CLibXML2

/// The only place Pacto talks to libxml2's HTML parser: parses UTF-8 text in
/// recover mode with network access off, straight into an ``HTMLTree``
/// through libxml2's SAX interface (no C document is built).
enum LibXML2Parser {
    /// Nodes deeper than this are attached to their ancestor at this depth:
    /// their text is kept, their nesting is not. The default of
    /// ``Reader/Options/maxDepth``.
    static let maxDepth = 256

    /// The most ``Reader/Options/maxDepth`` may be: the stages after the
    /// parser walk the tree, and a bounded depth keeps every walk cheap.
    static let depthCeiling = 4096

    /// Pages beyond this many nodes keep their first nodes only.
    static let maxNodes = 2_000_000

    /// Parser options: recover from bad markup, never touch the network, no
    /// error output (errors are expected on real pages), no implied DOCTYPE,
    /// and ignore `<meta charset>` because the text is already decoded.
    /// (Internal: the tests' reference parser reads with the same options.)
    static var options: Int32 {
        Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
    }

    /// Call once before parsing from several threads.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `text` straight into an ``HTMLTree`` through libxml2's SAX
    /// interface (see ``TreeBuilder``): no C document is built.
    static func parse(_ text: some StringProtocol, maxDepth: Int = maxDepth) -> HTMLTree? {
        precondition(initialized, "libxml2 must be initialised")
        pacto_silenceErrors()
        // One copy of the bytes (element by element for a Substring otherwise).
        var utf8 = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return nil }
        let builder = UnsafeMutablePointer<TreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: TreeBuilder(maxDepth: min(max(1, maxDepth), depthCeiling)))
        defer { builder.deinitialize(count: 1).deallocate() }
        let parsed = utf8.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars -> Bool in
                guard let context = htmlCreateMemoryParserCtxt(chars, Int32(buffer.count)) else { return false }
                defer { htmlFreeParserCtxt(context) }
                guard let handler = context.pointee.sax else { return false }
                Self.install(on: handler)
                context.pointee._private = UnsafeMutableRawPointer(builder)
                // What htmlReadMemory does, with Pacto's handler.
                htmlCtxtUseOptions(context, options)
                context.pointee.html = 1
                if let utf8Handler = xmlFindCharEncodingHandler("UTF-8") {
                    xmlSwitchToEncoding(context, utf8Handler)
                }
                htmlParseDocument(context)
                return true
            }
        }
        guard parsed else { return nil }
        let tree = builder.pointee.finish()
        return tree.nodes.isEmpty ? nil : tree
    }

    /// The builder behind a parser context's private pointer.
    private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<TreeBuilder>? {
        guard let context, let opaque = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else {
            return nil
        }
        return opaque.assumingMemoryBound(to: TreeBuilder.self)
    }

    /// Replaces the tree-building callbacks of libxml2's default HTML
    /// handler with the builder's; no document is started.
    private static func install(on handler: UnsafeMutablePointer<xmlSAXHandler>) {
        handler.pointee.startDocument = nil
        handler.pointee.endDocument = nil
        handler.pointee.getEntity = nil
        handler.pointee.setDocumentLocator = nil
        handler.pointee.internalSubset = { context, _, _, _ in LibXML2Parser.builder(context)?.pointee.doctype() }
        handler.pointee.startElement = { context, name, attributes in
            guard let name else { return }
            LibXML2Parser.builder(context)?.pointee.startElement(name, attributes: attributes)
        }
        handler.pointee.endElement = { context, _ in LibXML2Parser.builder(context)?.pointee.endElement() }
        handler.pointee.characters = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            LibXML2Parser.builder(context)?.pointee.text(bytes, count: Int(count), cdata: false)
        }
        handler.pointee.cdataBlock = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            LibXML2Parser.builder(context)?.pointee.text(bytes, count: Int(count), cdata: true)
        }
        // Blanks are kept (characters); libxml2's own builder drops these.
        handler.pointee.ignorableWhitespace = { _, _, _ in }
        handler.pointee.comment = { context, _ in LibXML2Parser.builder(context)?.pointee.otherNode() }
        handler.pointee.processingInstruction = { context, _, _ in LibXML2Parser.builder(context)?.pointee.otherNode() }
    }
}
