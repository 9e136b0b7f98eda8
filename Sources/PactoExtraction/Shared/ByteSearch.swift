import Foundation

/// Literal search in ASCII text, by bytes: what `range(of:)` gives on such
/// text (nothing to compose, case kept), without a trip through NSString.
enum ByteSearch {
    /// The character offset of the first occurrence of `needle` in
    /// `haystack`; nil when absent. Any text that is not ASCII is searched
    /// with Foundation's `range(of:)`, as before.
    static func offset(of needle: String, in haystack: String) -> Int? {
        guard haystack.utf8.allSatisfy({ $0 < 0x80 }), needle.utf8.allSatisfy({ $0 < 0x80 }) else {
            guard let found = haystack.range(of: needle) else { return nil }
            return haystack.distance(from: haystack.startIndex, to: found.lowerBound)
        }
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern -> Int? in
                guard let first = pattern.first else { return 0 }
                guard pattern.count <= text.count else { return nil }
                var index = 0
                let last = text.count - pattern.count
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < pattern.count, text[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}
