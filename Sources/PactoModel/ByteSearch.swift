import Foundation

/// Search by bytes in text made of precomposed Latin letters (Vietnamese
/// and Spanish in NFC) and ASCII punctuation: there, Foundation's
/// `range(of:)` (which compares canonically equivalent forms) finds exactly
/// what a byte search finds — no combining mark, no character with another
/// form — without a trip through NSString.
public enum ByteSearch {
    /// The character offset of the first occurrence of `needle` in
    /// `haystack`; nil when absent. Other text is searched with Foundation's
    /// `range(of:)`, as before.
    public static func offset(of needle: String, in haystack: String) -> Int? {
        guard isPlain(haystack), isPlain(needle) else {
            guard let found = haystack.range(of: needle) else { return nil }
            return haystack.distance(from: haystack.startIndex, to: found.lowerBound)
        }
        guard let byteOffset = byteOffset(of: needle, in: haystack) else { return nil }
        let index = haystack.utf8.index(haystack.utf8.startIndex, offsetBy: byteOffset)
        return haystack.distance(from: haystack.startIndex, to: index)
    }

    /// Every scalar a character of its own with no other canonical form.
    public static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return (value < 0x80 && value != 13) || (Folding.standsAlone(value) && value != 0x2000 && value != 0x2001)
        }
    }

    /// `haystack.contains(needle)`, by bytes on plain text.
    public static func contains(_ needle: String, in haystack: String) -> Bool {
        guard isPlain(haystack), isPlain(needle) else { return haystack.contains(needle) }
        if needle.isEmpty { return false }  // as Foundation's contains
        return byteOffset(of: needle, in: haystack) != nil
    }

    private static func byteOffset(of needle: String, in haystack: String) -> Int? {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern -> Int? in
                guard let first = pattern.first else { return nil }  // as range(of: "")
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
