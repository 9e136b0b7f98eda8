import Foundation
import PactoModel

/// A piece of text prepared for matching: its characters, the aligned
/// folding (one character per character, so regular-expression offsets are
/// character offsets into the text) and its words.
struct ScannedText: Sendable {
    let text: String
    let characters: [Character]
    /// ``Folding/aligned(_:)`` of the text.
    let folded: String
    let tokens: [Token]

    /// A word: a run of letters and digits ("&" inside, as in "TN&MT").
    struct Token: Sendable, Hashable {
        var range: Range<Int>
        /// The folded word.
        var key: String
        /// The original starts with a capital letter.
        var isCapitalized: Bool
        /// The original has a letter only Vietnamese uses (ư, ơ, ă, đ, ạ, ệ ...).
        var isVietnamese: Bool
    }

    init(_ text: String) {
        self.text = text
        let characters = Array(text)
        self.characters = characters
        let folded = Folding.aligned(text)
        self.folded = folded
        let foldedCharacters = Array(folded)
        var found: [Token] = []
        var start: Int?
        func close(_ end: Int) {
            guard let begin = start else { return }
            start = nil
            var slice = begin..<end
            while slice.count > 0, foldedCharacters[slice.upperBound - 1] == "&" { slice = slice.lowerBound..<(slice.upperBound - 1) }
            guard !slice.isEmpty else { return }
            let original = characters[slice]
            let first = original.first
            found.append(Token(
                range: slice,
                key: String(foldedCharacters[slice]),
                isCapitalized: first.map { $0.isUppercase } ?? false,
                isVietnamese: original.contains { Self.isVietnameseLetter($0) }))
        }
        for index in foldedCharacters.indices {
            let character = foldedCharacters[index]
            let inWord = character.isLetter || character.isNumber
                || (character == "&" && start != nil && index + 1 < foldedCharacters.count && foldedCharacters[index + 1].isLetter)
            if inWord {
                if start == nil { start = index }
            } else {
                close(index)
            }
        }
        close(foldedCharacters.count)
        tokens = found
    }

    func string(_ range: Range<Int>) -> String {
        String(characters[max(0, range.lowerBound)..<min(characters.count, range.upperBound)])
    }

    /// The index of the first token starting at or after a character offset.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Every match of a pattern over the folded text.
    func matches(_ expression: NSRegularExpression) -> [NSTextCheckingResult] {
        expression.matches(in: folded, range: NSRange(location: 0, length: (folded as NSString).length))
    }

    /// A capture group's character range, nil when it did not take part.
    func range(of result: NSTextCheckingResult, group: Int) -> Range<Int>? {
        let range = result.range(at: group)
        guard range.location != NSNotFound else { return nil }
        return range.location..<(range.location + range.length)
    }

    /// A capture group's folded text.
    func capture(_ result: NSTextCheckingResult, _ group: Int) -> String? {
        guard let range = range(of: result, group: group) else { return nil }
        return (folded as NSString).substring(with: NSRange(location: range.lowerBound, length: range.count))
    }

    /// Letters Vietnamese uses and Spanish never does.
    static func isVietnameseLetter(_ character: Character) -> Bool {
        for scalar in String(character).precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x0128, 0x0129, 0x0168, 0x0169,
                 0x1EA0...0x1EF9, 0x00C3, 0x00E3, 0x00D5, 0x00F5, 0x00C2, 0x00E2, 0x00CA, 0x00EA, 0x00D4, 0x00F4,
                 0x00C0, 0x00E0, 0x00C8, 0x00E8, 0x00CC, 0x00EC, 0x00D2, 0x00F2, 0x00D9, 0x00F9, 0x00DD, 0x00FD:
                return true
            case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031B:
                return scalar.value != 0x0301
            default:
                continue
            }
        }
        return false
    }
}

/// Compiles a pattern written in this source (a programmer error if it fails).
func pattern(_ text: String) -> NSRegularExpression {
    do {
        return try NSRegularExpression(pattern: text, options: [])
    } catch {
        preconditionFailure("bad pattern \(text): \(error)")
    }
}
