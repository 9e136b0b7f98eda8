import Foundation

/// Turning text from the record into HTML that shows it as text.
///
/// Everything an article, a title or a person typed goes through
/// ``escaped(_:)`` before it is placed in a page; templates use the
/// escaping `{{…}}` for plain values, and only the few fragments built here
/// (snippets with `<mark>`, the article with its evidence) go out raw.
enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` replaced by their entities.
    ///
    /// Works on UTF-8 bytes: the five are ASCII, and no byte of another
    /// character can be taken for them (a quote followed by a combining mark
    /// is escaped too).
    /// - Complexity: O(n) in the bytes of `text`.
    static func escaped(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        append(text.utf8, escapedTo: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// A search snippet as HTML: escaped first, then each `**match**` the
    /// record marked turned into `<mark>match</mark>`. An unpaired `**` is
    /// left as it is.
    /// - Complexity: O(n) in the bytes of `text`.
    static func snippet(_ text: String) -> String {
        let bytes = Array(text.utf8)
        // Where each `**` starts, left to right, not overlapping.
        var stars: [Int] = []
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "*"), bytes[index + 1] == UInt8(ascii: "*") {
                stars.append(index)
                index += 2
            } else {
                index += 1
            }
        }
        // Pairs open and close; an odd last one stays as it is.
        let paired = stars.count - stars.count % 2
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 32 + paired * 6)
        var position = 0
        for (number, star) in stars.enumerated() {
            append(bytes[position..<star], escapedTo: &output)
            if number < paired {
                output.append(contentsOf: (number % 2 == 0 ? "<mark>" : "</mark>").utf8)
            } else {
                output.append(contentsOf: "**".utf8)
            }
            position = star + 2
        }
        append(bytes[position...], escapedTo: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ bytes: some Sequence<UInt8>, escapedTo output: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
    }

    /// `text` when it is an absolute http(s) address safe to put in `href`,
    /// else nil: a `javascript:` or `data:` link in an article never becomes
    /// a link.
    static func safeLink(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return nil }
        return text
    }
}
