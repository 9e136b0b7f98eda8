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
    /// - Complexity: O(n) in the length of `text`.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// A search snippet as HTML: escaped first, then each `**match**` the
    /// record marked turned into `<mark>match</mark>`. An unpaired `**` is
    /// left as it is.
    static func snippet(_ text: String) -> String {
        let parts = escaped(text).components(separatedBy: "**")
        guard parts.count > 2 else { return parts.joined(separator: "**") }
        var output = ""
        for (index, part) in parts.enumerated() {
            if index == 0 {
                output += part
            } else if index % 2 == 1 {
                // An opening `**` with a closing one after it.
                output += index + 1 < parts.count ? "<mark>" + part : "**" + part
            } else {
                output += "</mark>" + part
            }
        }
        return output
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
