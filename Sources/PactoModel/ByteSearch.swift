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

    /// `haystack.range(of: needle)` from `start` on (Foundation's `range:`
    /// from there to the end), or with `backwards` the last occurrence
    /// (`options: .backwards`), by bytes on plain text.
    public static func range(of needle: String, in haystack: String, from start: String.Index? = nil,
                             backwards: Bool = false) -> Range<String.Index>? {
        guard isPlain(haystack), isPlain(needle) else {
            return haystack.range(of: needle, options: backwards ? .backwards : [],
                                  range: (start ?? haystack.startIndex)..<haystack.endIndex)
        }
        let first = start.map { haystack.utf8.distance(from: haystack.startIndex, to: $0) } ?? 0
        guard let offset = byteOffset(of: needle, in: haystack, from: first, backwards: backwards) else { return nil }
        let lower = haystack.utf8.index(haystack.startIndex, offsetBy: offset)
        return lower..<haystack.utf8.index(lower, offsetBy: needle.utf8.count)
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

    /// Whether any of `needles` occurs in `haystack`: ``contains(_:in:)`` for
    /// each, the haystack checked once.
    public static func containsAny(_ needles: [String], in haystack: String) -> Bool {
        guard isPlain(haystack) else { return needles.contains { !$0.isEmpty && haystack.contains($0) } }
        return needles.contains { needle in
            guard isPlain(needle) else { return haystack.contains(needle) }
            return !needle.isEmpty && byteOffset(of: needle, in: haystack) != nil
        }
    }

    /// Where `needle` starts in `haystack`'s UTF-8 at `first` or after (the
    /// last such place when `backwards`).
    private static func byteOffset(of needle: String, in haystack: String, from first: Int = 0, backwards: Bool = false) -> Int? {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern -> Int? in
                guard let head = pattern.first else { return nil }  // as range(of: "")
                guard first + pattern.count <= text.count else { return nil }
                let last = text.count - pattern.count
                let step = backwards ? -1 : 1
                var index = backwards ? last : first
                while index >= first && index <= last {
                    if text[index] == head {
                        var offset = 1
                        while offset < pattern.count, text[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return index }
                    }
                    index += step
                }
                return nil
            }
        }
    }
}
