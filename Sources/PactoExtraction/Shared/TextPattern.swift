import Foundation

/// A regular expression searched for in short strings, as
/// `text.range(of: pattern, options: .regularExpression)` searches for it,
/// compiled once: Foundation finds the compiled form in a cache by a key it
/// builds anew on every call, which costs more than the search itself.
struct TextPattern: @unchecked Sendable {
    let regex: NSRegularExpression

    init(_ pattern: String) {
        // The patterns are constants of this module: a bad one is a programmer error.
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [])
        } catch {
            preconditionFailure("bad pattern \(pattern): \(error)")
        }
    }

    /// The first match in `text`: `text.range(of: pattern, options: .regularExpression)`.
    /// - Complexity: O(n) to hand the text to the regular-expression engine, plus the search.
    func firstRange<Text: StringProtocol>(in text: Text) -> Range<String.Index>? {
        let string = String(text)
        let found = regex.rangeOfFirstMatch(in: string, options: [], range: NSRange(location: 0, length: string.utf16.count))
        guard found.location != NSNotFound else { return nil }
        let utf16 = text.utf16
        let lower = utf16.index(utf16.startIndex, offsetBy: found.location)
        return lower..<utf16.index(lower, offsetBy: found.length)
    }

    /// `text` holds a match.
    func isFound<Text: StringProtocol>(in text: Text) -> Bool {
        firstRange(in: text) != nil
    }
}

extension String {
    /// `replacingOccurrences(of: target, with: replacement)`, by bytes when
    /// all three are ASCII (there Foundation's canonical comparison is a
    /// byte comparison): each occurrence from the left, none overlapping.
    func replacingASCII(_ target: String, with replacement: String) -> String {
        let isASCII = { (text: String) in text.utf8.allSatisfy { $0 < 0x80 } }
        guard !target.isEmpty, isASCII(self), isASCII(target), isASCII(replacement) else {
            return replacingOccurrences(of: target, with: replacement)
        }
        let text = Array(utf8)
        let needle = Array(target.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if index + needle.count <= text.count, text[index..<(index + needle.count)].elementsEqual(needle) {
                out += replacement.utf8
                index += needle.count
            } else {
                out.append(text[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
