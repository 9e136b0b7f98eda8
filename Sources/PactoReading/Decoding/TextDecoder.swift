#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes → text: picks the encoding (mark, declaration, content) and decodes,
/// repairing what cannot be decoded with U+FFFD and a warning instead of
/// failing.
struct TextDecoder {
    struct Decoded {
        var text: String
        var encoding: TextEncoding
        var warnings: [String]
    }

    /// - Parameter transportCharset: the charset the transport named (an HTTP
    ///   `Content-Type` kept in a web archive); it outranks `<meta>` but not a
    ///   byte-order mark or UTF-16, as in browsers.
    static func decode(_ bytes: [UInt8], transportCharset: String? = nil) -> Decoded {
        var warnings: [String] = []
        var finding = CharsetSniffer.sniff(bytes)
        if let transportCharset, TextEncoding(label: transportCharset) != nil {
            switch finding {
            case .declared, .nothing: finding = .declared(transportCharset)
            default: break
            }
        }
        let encoding: TextEncoding
        var payload = bytes[...]
        switch finding {
        case .byteOrderMark(let marked, let length):
            encoding = marked
            payload = bytes.dropFirst(length)
        case .unmarkedUTF16(let utf16):
            encoding = utf16
        case .declared(let label):
            let declared = TextEncoding(label: label) ?? .utf8
            if declared.isSingleByte, Self.isMultibyteUTF8(bytes) {
                warnings.append("declared charset \(label), but the bytes are UTF-8: read as UTF-8")
                encoding = .utf8
            } else if declared == .utf16LE || declared == .utf16BE {
                // A UTF-16 label found by an ASCII prescan means the bytes are not UTF-16.
                encoding = .utf8
            } else {
                encoding = declared
            }
        case .nothing:
            encoding = Self.guessUndeclared(bytes)
            if encoding != .utf8 {
                warnings.append("no charset declared and the bytes are not UTF-8: read as \(encoding.name)")
            }
        }
        var text: String
        switch encoding {
        case .utf8:
            text = Self.decodeUTF8(payload, warnings: &warnings)
        case .utf16LE, .utf16BE:
            text = Self.decodeUTF16(payload, bigEndian: encoding == .utf16BE, warnings: &warnings)
        default:
            if let converted = Self.convert(payload, from: encoding.converterName, warnings: &warnings) {
                text = converted
            } else {
                warnings.append("unknown charset \(encoding.name): read as UTF-8")
                text = Self.decodeUTF8(payload, warnings: &warnings)
                return Decoded(text: text, encoding: .utf8, warnings: warnings)
            }
        }
        if Self.containsNUL(text) {
            text = String(text.unicodeScalars.filter { $0 != "\0" }.map(Character.init))
            warnings.append("NUL characters removed")
        }
        return Decoded(text: text, encoding: encoding, warnings: warnings)
    }

    /// A NUL anywhere in the text (by memchr over its UTF-8).
    static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
    }

    /// True when the bytes are valid UTF-8 and contain at least one
    /// multi-byte sequence.
    static func isMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return false }
        // The standard library's validation (vectorised) rather than a
        // decoder loop: the same well-formedness rules.
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// Valid multi-byte UTF-8 sequences and invalid bytes in `bytes`.
    static func utf8Counts(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xC2 && byte <= 0xDF ? 2 : byte >= 0xE0 && byte <= 0xEF ? 3
                : byte >= 0xF0 && byte <= 0xF4 ? 4 : 0
            if length == 1 {
                index += 1
                continue
            }
            if length > 1, index + length <= bytes.count,
               bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        return (valid, invalid)
    }

    /// Without a declaration: UTF-8 when the bytes are valid UTF-8, else
    /// Vietnamese windows-1258 when its combining tone marks are frequent,
    /// else windows-1252.
    private static func guessUndeclared(_ bytes: [UInt8]) -> TextEncoding {
        if !bytes.contains(where: { $0 >= 0x80 }) || isMultibyteUTF8(bytes) { return .utf8 }
        // Mostly UTF-8 with some broken bytes: UTF-8, repaired.
        let (valid, invalid) = utf8Counts(bytes)
        if valid >= invalid { return .utf8 }
        // windows-1258: 0xCC 0xEC 0xD2 0xDE 0xF2 are the combining tone marks,
        // 0xE3 ă, 0xF0 đ, 0xF5 ơ, 0xFD ư; all rare in Western European text.
        let vietnamese: Set<UInt8> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2, 0xE3, 0xF0, 0xF5, 0xFD]
        var high = 0
        var marks = 0
        for byte in bytes where byte >= 0x80 {
            high += 1
            if vietnamese.contains(byte) { marks += 1 }
        }
        return marks * 3 > high ? .windows1258 : .windows1252
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, warnings: inout [String]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        warnings.append("invalid UTF-8 bytes replaced with U+FFFD")
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, warnings: inout [String]) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if bytes.count % 2 == 1 { warnings.append("odd trailing byte of UTF-16 dropped") }
        if let valid = String(validating: units, as: UTF16.self) { return valid }
        warnings.append("invalid UTF-16 replaced with U+FFFD")
        return String(decoding: units, as: UTF16.self)
    }

    /// Converts through iconv (the converter libxml2 itself uses); bytes the
    /// encoding does not define become U+FFFD. Nil when iconv does not know it.
    private static func convert(_ bytes: ArraySlice<UInt8>, from name: String, warnings: inout [String]) -> String? {
        let descriptor = iconv_open("UTF-8", name.uppercased())
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var replaced = 0
        input.withUnsafeMutableBufferPointer { source in
            guard let base = source.baseAddress else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            while inLeft > 0 {
                let (written, failed) = chunk.withUnsafeMutableBufferPointer { target -> (Int, Bool) in
                    guard let targetBase = target.baseAddress else { return (0, true) }
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(targetBase).assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    let failed = result == -1 && errno != E2BIG
                    return (target.count - outLeft, failed)
                }
                output.append(contentsOf: chunk[0..<written])
                if failed, inLeft > 0 {
                    // Skip the byte the encoding does not define.
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced += 1
                }
            }
            // Stateful converters (windows-1258 waits for combining marks) hold the last character back.
            let flushed = chunk.withUnsafeMutableBufferPointer { target -> Int in
                guard let targetBase = target.baseAddress else { return 0 }
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(targetBase).assumingMemoryBound(to: CChar.self)
                var outLeft = target.count
                _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
                return target.count - outLeft
            }
            output.append(contentsOf: chunk[0..<flushed])
        }
        if replaced > 0 { warnings.append("\(replaced) bytes undefined in \(name) replaced with U+FFFD") }
        return String(decoding: output, as: UTF8.self)
    }
}
