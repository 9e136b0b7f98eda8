import CLibXML2

/// The floor under every import: libxml2 parsing the bytes and freeing the
/// tree, nothing else. The import benchmark compares Pacto's reading
/// against it.
enum ParseFloor {
    /// libxml2 must be set up once before threads parse at the same time.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes` as HTML (encoding left to libxml2) and frees the tree.
    /// - Returns: false when libxml2 produced no document.
    static func parse(_ bytes: [UInt8]) -> Bool {
        precondition(initialized, "libxml2 must be initialised")
        pacto_silenceErrors()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars -> Bool in
                guard let document = htmlReadMemory(chars, Int32(buffer.count), nil, nil, options) else { return false }
                xmlFreeDoc(document)
                return true
            }
        }
    }
}
