/// Words of a text: runs of letters (and digits, when asked), as
/// `split(whereSeparator:)` with `Character.isLetter` / `isNumber` gives
/// them. When every scalar stands alone (``Folding/standsAlone(_:)``: Latin
/// and Vietnamese letters, spaces, general punctuation), a character is its
/// scalar and its classes are read from a table made once.
public enum Words {
    /// Letters and digits.
    public static func lettersAndDigits(_ text: String) -> [Substring] {
        split(text, digits: true) ?? text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    /// Letters only.
    public static func letters(_ text: String) -> [Substring] {
        split(text, digits: false) ?? text.split(whereSeparator: { !$0.isLetter })
    }

    private static let letter: UInt8 = 1
    private static let digit: UInt8 = 2

    /// Classes of the scalars that stand alone, by a dense index.
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x300 + 0x100 + 0x30)
        for value in 0..<UInt32(0x300) { table[Int(value)] = classes(value) }
        for value in UInt32(0x1E00)..<0x1F00 { table[0x300 + Int(value - 0x1E00)] = classes(value) }
        for value in UInt32(0x2000)..<0x2030 { table[0x400 + Int(value - 0x2000)] = classes(value) }
        return table
    }()

    private static func classes(_ value: UInt32) -> UInt8 {
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let character = Character(scalar)
        return (character.isLetter ? letter : 0) | (character.isNumber ? digit : 0)
    }

    private static func classes(of value: UInt32) -> UInt8 {
        if value < 0x300 { return table[Int(value)] }
        if value >= 0x1E00, value < 0x1F00 { return table[0x300 + Int(value - 0x1E00)] }
        return table[0x400 + Int(value - 0x2000)]
    }

    /// nil when a scalar does not stand alone.
    private static func split(_ text: String, digits: Bool) -> [Substring]? {
        let wanted = digits ? letter | digit : letter
        var words: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            guard Folding.standsAlone(value) else { return nil }
            if classes(of: value) & wanted != 0 {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(text[wordStart..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let wordStart = start { words.append(text[wordStart..<text.endIndex]) }
        return words
    }
}
