/// Finds the character encoding a page declares, before any parser sees it,
/// the way browsers prescan: byte-order mark first, then `<meta charset>`,
/// `<meta http-equiv="Content-Type" content="…; charset=…">` and the XML
/// declaration within the first bytes.
///
/// libxml2 2.9 falls back to Latin-1 on pages whose `<title>` comes before
/// the charset `<meta>`; prescanning avoids that.
struct CharsetSniffer {
    /// How far into the bytes a declaration is looked for.
    static let prescanLength = 8192

    enum Finding: Equatable {
        /// A byte-order mark, and its length in bytes.
        case byteOrderMark(TextEncoding, length: Int)
        /// A label declared in the markup (lower-cased, trimmed).
        case declared(String)
        /// UTF-16 without a mark, told by the zero bytes of ASCII text.
        case unmarkedUTF16(TextEncoding)
        case nothing
    }

    static func sniff(_ bytes: [UInt8]) -> Finding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .byteOrderMark(.utf8, length: 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .byteOrderMark(.utf16LE, length: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .byteOrderMark(.utf16BE, length: 2) }
        if let utf16 = unmarkedUTF16(bytes) { return .unmarkedUTF16(utf16) }
        if let label = declaredLabel(bytes.prefix(prescanLength)) { return .declared(label) }
        return .nothing
    }

    /// Whether ``sniff(_:)`` finds a byte-order mark or unmarked UTF-16,
    /// without looking for a declaration.
    static func isMarkedOrUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || unmarkedUTF16(bytes) != nil
    }

    /// ASCII-heavy UTF-16 text has a zero in every other byte.
    private static func unmarkedUTF16(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(512)
        guard sample.count >= 16 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros > half * 7 / 10, evenZeros < half / 10 { return .utf16LE }
        if evenZeros > half * 7 / 10, oddZeros < half / 10 { return .utf16BE }
        return nil
    }

    /// The charset named by a meta tag or an XML declaration, if any.
    private static func declaredLabel(_ head: ArraySlice<UInt8>) -> String? {
        // Lower-case ASCII copy; non-ASCII bytes cannot be part of a label.
        let lower = head.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if lower.starts(with: Array("<?xml".utf8)),
           let end = firstIndex(of: Array("?>".utf8), in: lower, from: 0),
           let label = value(after: Array("encoding".utf8), in: lower, from: 0, to: end) {
            return label
        }
        var position = 0
        while let meta = firstIndex(of: Array("<meta".utf8), in: lower, from: position) {
            let end = lower[meta...].firstIndex(of: UInt8(ascii: ">")) ?? lower.count
            if let label = value(after: Array("charset".utf8), in: lower, from: meta, to: end) {
                return label
            }
            position = end
        }
        return nil
    }

    /// Reads `name = "value"` / `name=value` between `from` and `to`.
    private static func value(after name: [UInt8], in bytes: [UInt8], from: Int, to end: Int) -> String? {
        // The first occurrence from `from` on, if it starts before `end`.
        guard let found = firstIndex(of: name, in: bytes, from: from, before: end) else { return nil }
        var index = found + name.count
        func skipSpaces() { while index < end, bytes[index] == 32 || bytes[index] == 9 || bytes[index] == 10 || bytes[index] == 13 { index += 1 } }
        skipSpaces()
        guard index < end, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
        let start = index
        while index < end {
            let byte = bytes[index]
            let isLabel = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":")
            guard isLabel else { break }
            index += 1
        }
        guard index > start else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The first place at or after `from` (and before `limit`) where `needle` starts.
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int, before limit: Int = .max) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        let first = needle[0]
        var index = from
        while index <= bytes.count - needle.count, index < limit {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
