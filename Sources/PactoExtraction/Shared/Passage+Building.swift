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
        var forms: [[UInt8]: (key: String, lower: String)] = [:]
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
            let wordBytes = Array(utf8[bytes])
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

    static func splitSentences(_ characters: [Character], classes: CharacterClasses, blocks: [Segment]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        let ascii = classes.ascii
        let flags = classes.flags
        for block in blocks {
            var start = block.range.lowerBound
            var index = start
            while index < block.range.upperBound {
                let byte = ascii[index]
                var ends = false
                if byte == 10 {
                    ends = true
                } else if byte == 46 || byte == 33 || byte == 63 || (byte == 0 && flags[index] & CharacterClasses.ellipsis != 0) {
                    // The next character: a space, a line or a closing quote (a space past the end).
                    let next = index + 1 < block.range.upperBound ? ascii[index + 1] : 32
                    let spaceAfter = next == 32 || next == 10 || next == 34
                        || next == 0 && characters[index + 1] == "”"
                    // "TP. Hồ Chí Minh", "Tp. Bang Lung", "n.º", "No.": an abbreviation, not an
                    // end (the one, two or three characters of the sentence before the mark).
                    let available = min(3, index - start)
                    let last = available >= 1 ? ascii[index - 1] : 0
                    let second = available >= 2 ? ascii[index - 2] : 0
                    let abbreviation = second == 84 && (last == 80 || last == 112) || second == 116 && last == 112
                        || second == 32 && last == 80 || second == 78 && last == 111
                        || available == 3 && ascii[index - 3] == 110 && second == 46 && characters[index - 1] == "º"
                    // After next: a capital, a digit, an opening quote or bracket, a dash ("A" past the end).
                    var capitalAfter = true
                    if index + 2 < block.range.upperBound {
                        let afterNext = ascii[index + 2]
                        capitalAfter = flags[index + 2] & (CharacterClasses.upper | CharacterClasses.number) != 0
                            || afterNext == 34 || afterNext == 40 || afterNext == 45 || afterNext == 0 && characters[index + 2] == "“"
                    }
                    ends = !abbreviation && spaceAfter && capitalAfter
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

    /// A short line describing a picture ("... phát biểu khai mạc hội nghị.",
    /// "Quang cảnh hội nghị", "... Foto: VPCTN").
    static func looksLikeCaption(_ text: String) -> Bool {
        guard text.utf8.count < 1000 else { return false }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, Folding.hasAtMost(219, charactersIn: trimmed) else { return false }
        let folded = Folding.fold(trimmed)
        if ByteSearch.contains("anh:", in: folded) || ByteSearch.contains("foto:", in: folded) || folded.hasPrefix("anh ") { return true }
        for opening in Lexicon.sceneOpenings where folded.hasPrefix(opening) { return true }
        // One sentence only.
        guard !ByteSearch.contains(". ", in: String(trimmed.dropLast())) else { return false }
        for opening in Lexicon.reportOpenings where folded.hasPrefix(opening) { return false }
        // "<Title> <Name> phát biểu tại hội nghị.": the verb near the end, nothing reported after it.
        if let verb = folded.range(of: "phat bieu", options: .backwards),
           folded.distance(from: verb.upperBound, to: folded.endIndex) < 45,
           !["cho biet", "nhan manh", "de nghi", "khang dinh", "yeu cau"].contains(where: { ByteSearch.contains($0, in: folded) }) {
            return true
        }
        guard !trimmed.hasSuffix(".") else { return false }
        return Lexicon.captionVerbs.contains { ByteSearch.contains($0, in: folded) }
    }

    /// A byline: a short line of names, with no sentence in it.
    static func looksLikeByline(_ text: String) -> Bool {
        guard text.utf8.count < 300 else { return false }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 60, !trimmed.hasSuffix(".") else { return false }
        let words = trimmed.split { !$0.isLetter }
        guard words.count <= 8 else { return false }
        let capitalized = words.filter { $0.first?.isUppercase ?? false }.count
        return capitalized * 3 >= words.count * 2
    }
}

extension String {
    /// The text without white space at either end (Unicode's White_Space
    /// property: the same set as Foundation's whitespacesAndNewlines),
    /// without a round trip through NSString.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        while lower < upper, scalars[lower].properties.isWhitespace { lower = scalars.index(after: lower) }
        while upper > lower, scalars[scalars.index(before: upper)].properties.isWhitespace { upper = scalars.index(before: upper) }
        return String(scalars[lower..<upper])
    }
}
