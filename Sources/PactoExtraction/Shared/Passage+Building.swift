import Foundation
import PactoModel

// MARK: - Building

extension Passage {
    /// Words of the passage; `utf8` and `utf8Offsets` are its UTF-8 and
    /// where each character starts in it.
    static func tokenize(_ characters: [Character], classes: CharacterClasses, utf8: [UInt8], utf8Offsets: [Int32]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(characters.count / 4)
        // Articles repeat their syllables: fold each distinct word once.
        // Keyed by slices of `utf8`: a word is looked up without a copy of its bytes.
        var forms: [ArraySlice<UInt8>: (key: String, lower: String)] = [:]
        let flags = classes.flags
        var index = 0
        while index < characters.count {
            guard flags[index] & (CharacterClasses.letter | CharacterClasses.number) != 0 else { index += 1; continue }
            let start = index
            var letters = 0
            var capitals = 0
            while index < characters.count {
                let flag = flags[index]
                if flag & (CharacterClasses.letter | CharacterClasses.number | CharacterClasses.mark) != 0 {
                    if flag & CharacterClasses.letter != 0 {
                        letters += 1
                        if flag & CharacterClasses.upper != 0 { capitals += 1 }
                    }
                    index += 1
                } else if flag & CharacterClasses.joiner != 0, index + 1 < characters.count,
                          flags[index + 1] & CharacterClasses.letter != 0, index > start {
                    index += 1
                } else {
                    break
                }
            }
            // An ASCII word folds and lower-cases to its lower case alone.
            let bytes = Int(utf8Offsets[start])..<Int(utf8Offsets[index])
            let lowered: String? = utf8.withUnsafeBufferPointer { all in
                let slice = UnsafeBufferPointer(rebasing: all[bytes])
                guard slice.allSatisfy({ $0 < 0x80 }) else { return nil }
                return String(unsafeUninitializedCapacity: slice.count) { buffer in
                    for (offset, byte) in slice.enumerated() { buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
                    return slice.count
                }
            }
            if let lowered {
                tokens.append(Token(
                    range: start..<index, key: lowered, lower: lowered,
                    isCapitalized: flags[start] & (CharacterClasses.upper | CharacterClasses.number) != 0,
                    isAllCaps: letters >= 2 && capitals == letters))
                continue
            }
            // Words told apart by their bytes: hashing bytes costs less than
            // hashing a String (which compares through Unicode normalisation).
            let wordBytes = utf8[bytes]
            let form: (key: String, lower: String)
            if let known = forms[wordBytes] {
                form = known
            } else {
                let word = String(decoding: wordBytes, as: UTF8.self)
                form = (Folding.fold(word), TonePlacement.normalized(word))
                forms[wordBytes] = form
            }
            tokens.append(Token(
                range: start..<index, key: form.key, lower: form.lower,
                isCapitalized: flags[start] & (CharacterClasses.upper | CharacterClasses.number) != 0,
                isAllCaps: letters >= 2 && capitals == letters))
        }
        return tokens
    }

    /// Words a full stop follows without ending the sentence: "TP. Hồ Chí
    /// Minh", "Tp. Bang Lung", "P. Trung", "No. 5", "n.º".
    static let abbreviations: Set<String> = ["TP", "Tp", "tp", "P", "No", "n.º", "S.A", "S.R.L", "S.L"]
    /// The longest of ``abbreviations``, in characters.
    static let longestAbbreviation = abbreviations.map(\.count).max() ?? 0

    /// The sentences of each block: a line break ends one, and so does a
    /// full stop, "!", "?" or "…" with a space (or a line, or a closing
    /// quote) after it and then a capital, a digit, an opening quote or
    /// bracket or a dash, unless it closes one of ``abbreviations``.
    static func splitSentences(_ characters: [Character], classes: CharacterClasses, blocks: [Segment]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        let ascii = classes.ascii
        let flags = classes.flags
        // The one-byte characters compared: a character that is not ASCII reads as 0 in `ascii`.
        let (lineBreak, quote, stop) = (UInt8(ascii: "\n"), UInt8(ascii: "\""), UInt8(ascii: "."))
        let (exclamation, question) = (UInt8(ascii: "!"), UInt8(ascii: "?"))
        let (bracket, dash) = (UInt8(ascii: "("), UInt8(ascii: "-"))
        for block in blocks {
            var start = block.range.lowerBound
            var index = start
            while index < block.range.upperBound {
                let byte = ascii[index]
                var ends = false
                if byte == lineBreak {
                    ends = true
                } else if byte == stop || byte == exclamation || byte == question || flags[index] & CharacterClasses.ellipsis != 0 {
                    // The next character: a space, a line or a closing quote (a space past the end).
                    let next = index + 1 < block.range.upperBound ? characters[index + 1] : " "
                    let spaceAfter = next == " " || next == "\n" || next == "\"" || next == "”"
                    // After next: a capital, a digit, an opening quote or bracket, a dash ("A" past the end).
                    var capitalAfter = true
                    if index + 2 < block.range.upperBound {
                        let afterNext = ascii[index + 2]
                        capitalAfter = flags[index + 2] & (CharacterClasses.upper | CharacterClasses.number) != 0
                            || afterNext == quote || afterNext == bracket || afterNext == dash || characters[index + 2] == "“"
                    }
                    ends = spaceAfter && capitalAfter
                        && !(byte == stop && closesAbbreviation(characters, at: index, sentenceStart: start))
                        && !(byte == stop && closesNumbering(characters, at: index))
                }
                if ends {
                    if index + 1 > start { sentences.append(start..<(index + 1)) }
                    start = index + 1
                }
                index += 1
            }
            if block.range.upperBound > start { sentences.append(start..<block.range.upperBound) }
        }
        return sentences
    }

    /// The mark at `index` ("." or ")") closes the number of an item in a
    /// list: one or two digits after a colon, semicolon or comma ("gồm: 01.
    /// Sở …; 02. Sở …", "integrado por: 1) la Policía …").
    static func closesNumbering(_ characters: [Character], at index: Int) -> Bool {
        var start = index
        while start > 0, index - start < 3, characters[start - 1].isASCII, characters[start - 1].isNumber { start -= 1 }
        guard (1...2).contains(index - start) else { return false }
        var before = start - 1
        while before >= 0, characters[before] == " " { before -= 1 }
        return before >= 0 && before < start - 1 && ":;,".contains(characters[before])
    }

    /// The full stop at `index` closes one of ``abbreviations``: the word
    /// before it (its letters and inner stops, within the sentence) is one.
    static func closesAbbreviation(_ characters: [Character], at index: Int, sentenceStart: Int) -> Bool {
        var wordStart = index
        while wordStart > sentenceStart, index - wordStart <= longestAbbreviation, characters[wordStart - 1].isLetter || characters[wordStart - 1] == "." {
            wordStart -= 1
        }
        let length = index - wordStart
        return length > 0 && length <= longestAbbreviation && abbreviations.contains(String(characters[wordStart..<index]))
    }
}
