import Foundation

/// Text folding for matching: the same Vietnamese or Spanish words compare
/// equal however they were typed — case, diacritics (đ → d too, which Unicode
/// does not decompose), composed or decomposed Unicode, old or new tone
/// placement (Hoà / Hòa), dash and quote variants, odd spaces.
public enum Folding {
    /// The folded form of a whole phrase, for comparing names: lower case,
    /// no diacritics, dashes as "-", quotes dropped, spaces collapsed and trimmed.
    public static func fold(_ text: String) -> String {
        foldByScalars(text) ?? foldByCharacters(text)
    }

    /// ``fold(_:)-swift.type.method`` character by character: any text.
    static func foldByCharacters(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var memo = Memo()
        for character in text {
            let folded = memo.fold(character)
            if folded == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if folded == "\u{0}" { continue }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(folded)
        }
        return out
    }

    /// A key for looking names up: ``fold(_:)`` with every character that is
    /// not a letter or digit turned into a space ("Bà Rịa–Vũng Tàu" →
    /// "ba ria vung tau", "TP.HCM" → "tp hcm").
    public static func key(_ text: String) -> String {
        let folded = fold(text)
        if let fast = keyOfASCII(folded) { return fast }
        var out = ""
        var pendingSpace = false
        for character in folded {
            if character.isLetter || character.isNumber {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(character)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// The text folded character by character, keeping one character (and
    /// one UTF-16 unit) per input character, so that offsets found in the
    /// result — by `NSRegularExpression` too — are character offsets into
    /// the input. Characters with nothing to match on become "\u{1}".
    public static func aligned(_ text: String) -> String {
        let run = charactersAndScalars(of: text)
        return run.scalars.map { aligned(scalars: $0) } ?? aligned(run.characters)
    }

    /// The characters of a text, as `Array(text)` gives them, faster: when
    /// every scalar is a character of its own (Latin letters, Vietnamese
    /// ones included, general punctuation; no combining mark, joiner or CR),
    /// without grapheme breaking.
    public static func characters(of text: String) -> [Character] {
        charactersAndScalars(of: text).characters
    }

    /// ``characters(of:)``, and the scalars themselves when every character
    /// is one scalar that stands alone (then ``aligned(scalars:)`` and the
    /// like can work on numbers instead of characters).
    public static func charactersAndScalars(of text: String) -> (characters: [Character], scalars: [UInt32]?) {
        var characters: [Character] = []
        characters.reserveCapacity(text.utf8.count)
        var values: [UInt32] = []
        values.reserveCapacity(text.utf8.count)
        let table = standingAlone
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard standsAlone(value) else {
                var all: [Character] = []
                all.reserveCapacity(text.utf8.count)
                for character in text { all.append(character) }
                return (all, nil)
            }
            characters.append(table[slot(ofStandingAlone: value)])
            values.append(value)
        }
        return (characters, values)
    }

    /// Where a scalar that stands alone is in ``standingAlone``.
    @inline(__always)
    static func slot(ofStandingAlone value: UInt32) -> Int {
        value < 0x300 ? Int(value) : value < 0x2000 ? Int(value - 0x1E00) + 0x300 : Int(value - 0x2000) + 0x400
    }

    /// The character of each scalar that stands alone, made once: taken
    /// from here, a character costs less than made anew from its scalar.
    static let standingAlone: [Character] = {
        var table = [Character](repeating: " ", count: 0x428)
        for value in Array(0..<0x300) + Array(0x1E00...0x1EFF) + Array(0x2000...0x2027) {
            if let scalar = Unicode.Scalar(UInt32(value)) { table[slot(ofStandingAlone: UInt32(value))] = Character(scalar) }
        }
        return table
    }()

    /// `text.count <= limit`, without breaking the text into characters
    /// when the scalars up to the limit all stand alone (``standsAlone(_:)``).
    public static func hasAtMost(_ limit: Int, charactersIn text: String) -> Bool {
        if text.utf8.count <= limit { return true }
        var count = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar.value) else {
                guard let index = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) else { return true }
                return index == text.endIndex
            }
            count += 1
            if count > limit { return false }
        }
        return true
    }

    /// A scalar that is always a character of its own, whatever stands
    /// around it (Latin letters, Vietnamese ones included, spaces, general
    /// punctuation; not CR, a combining mark or a joiner), and has a folding
    /// in ``scalarTable``.
    @inline(__always)
    public static func standsAlone(_ value: UInt32) -> Bool {
        (value < 0x300 && value != 13) || (value >= 0x1E00 && value <= 0x1EFF)
            || (value >= 0x2000 && value <= 0x200B) || (value >= 0x2010 && value <= 0x2027)
    }

    /// Stands for a character of more than one scalar in the scalars given
    /// to ``aligned(scalars:characters:)``.
    public static let cluster = UInt32.max

    /// ``aligned(_:)`` of characters given as their scalars: each one-scalar
    /// character as its scalar, any other as ``cluster``, then folded from
    /// `characters` (the same characters, needed only when there are such).
    public static func aligned(scalars: [UInt32], characters: [Character] = []) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        let table = scalarTable
        for (index, value) in scalars.enumerated() {
            if value < 0x80 {
                bytes.append(foldASCII(UInt8(value)))
                continue
            }
            var unit: UInt16
            if value < 0x250 {
                unit = table.latin[Int(value)]
            } else if value < 0x300 {
                unit = alignedUnit(fold(Character(Unicode.Scalar(value)!)))
            } else if value >= 0x1E00 && value <= 0x1EFF {
                unit = table.extended[Int(value - 0x1E00)]
            } else if value >= 0x2000 && value <= 0x206F {
                unit = table.punctuation[Int(value - 0x2000)]
            } else if value == cluster {
                unit = alignedUnit(fold(characters[index]))
            } else {
                unit = Unicode.Scalar(value).map { alignedUnit(fold(Character($0))) } ?? 1
            }
            if unit == 0 { unit = 1 }
            appendUTF8(unit, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``fold(_:)-swift.type.method`` of a text whose every scalar is a
    /// character of its own with a folding in ``scalarTable`` (Latin letters,
    /// Vietnamese ones included, general punctuation; no combining mark, no
    /// CR): by table, without splitting the text into characters. Nil for
    /// any other text.
    static func foldByScalars(_ text: String) -> String? {
        var text = text
        // The UTF-8 bytes decoded here, the tables fetched once: the import
        // folds every article's whole body with this.
        return text.withUTF8 { utf8 -> String? in
            let table = scalarTable
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var pendingSpace = false
            var index = 0
            while index < utf8.count {
                let lead = utf8[index]
                let unit: UInt16
                if lead < 0x80 {
                    guard lead != 13 else { return nil }
                    unit = UInt16(foldASCII(lead))
                    index += 1
                } else {
                    // Valid UTF-8 (a Swift string's bytes): two bytes below 0xE0,
                    // three below 0xF0; four-byte scalars have no folding here.
                    guard lead < 0xF0 else { return nil }
                    let value: UInt32
                    if lead < 0xE0 {
                        value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                        index += 2
                    } else {
                        value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6
                            | UInt32(utf8[index + 2] & 0x3F)
                        index += 3
                    }
                    if value < 0x250 {
                        unit = table.latin[Int(value)]
                    } else if value >= 0x1E00 && value <= 0x1EFF {
                        unit = table.extended[Int(value - 0x1E00)]
                    } else if value >= 0x2000 && value <= 0x206F {
                        unit = table.punctuation[Int(value - 0x2000)]
                    } else {
                        return nil
                    }
                }
                if unit == 32 {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if unit == 0 { continue }
                if pendingSpace { bytes.append(32) }
                pendingSpace = false
                if unit < 0x80 {
                    bytes.append(UInt8(unit))
                } else {
                    appendUTF8(unit, to: &bytes)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// ``key(_:)`` of folded ASCII text, by bytes; nil for other text.
    static func keyOfASCII(_ folded: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for byte in folded.utf8 {
            guard byte < 0x80 else { return nil }
            let isLetter = (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90)
            if isLetter || (byte >= 48 && byte <= 57) {
                if pendingSpace && !bytes.isEmpty { bytes.append(32) }
                pendingSpace = false
                bytes.append(byte)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``fold(_:)-swift.type.method`` of each one-scalar character in three
    /// ranges, as a UTF-16 unit (0: vanishes, 32: a space). Worked out once
    /// from the character folding itself.
    static let scalarTable: (latin: [UInt16], extended: [UInt16], punctuation: [UInt16]) = {
        func unit(_ value: UInt32) -> UInt16 {
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            let folded = fold(Character(scalar))
            if folded == "\u{0}" { return 0 }
            guard folded.unicodeScalars.count == 1, let first = folded.unicodeScalars.first, first.value <= 0xFFFF else { return 1 }
            return UInt16(first.value)
        }
        return ((0..<0x250).map { unit(UInt32($0)) }, (0x1E00...0x1EFF).map { unit(UInt32($0)) },
                (0x2000...0x206F).map { unit(UInt32($0)) })
    }()

    /// ``aligned(_:)`` of text already split into characters.
    public static func aligned(_ characters: [Character]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count + characters.count / 4)
        // One-scalar characters, folded once each; others through ``fold(_:)-swift.type.method``.
        var known: [UInt32: UInt16] = [:]
        for character in characters {
            if let ascii = character.asciiValue, character.utf8.count == 1 {
                bytes.append(foldASCII(ascii))
                continue
            }
            let scalars = character.unicodeScalars
            let unit: UInt16
            if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
                if let folded = known[first.value] {
                    unit = folded
                } else {
                    unit = alignedUnit(fold(character))
                    known[first.value] = unit
                }
            } else {
                unit = alignedUnit(fold(character))
            }
            appendUTF8(unit, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A folded character as the one UTF-16 unit ``aligned(_:)`` writes.
    static func alignedUnit(_ folded: Character) -> UInt16 {
        guard folded != "\u{0}", let scalar = folded.unicodeScalars.first, scalar.value <= 0xFFFF,
              folded.unicodeScalars.count == 1 else { return 1 }
        return UInt16(scalar.value)
    }

    static func appendUTF8(_ unit: UInt16, to bytes: inout [UInt8]) {
        let value = UInt32(unit)
        if value < 0x80 {
            bytes.append(UInt8(value))
        } else if value < 0x800 {
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        } else if (0xD800...0xDFFF).contains(value) {
            bytes.append(0x01)
        } else {
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// ``fold(_:)-swift.type.method`` of a one-byte ASCII character.
    @inline(__always)
    static func foldASCII(_ ascii: UInt8) -> UInt8 {
        if ascii >= 65 && ascii <= 90 { return ascii + 32 }
        if ascii == 9 || ascii == 13 { return 32 }
        return ascii
    }

    /// Folds characters, each distinct non-ASCII one once: a text repeats
    /// its few dozen accented letters thousands of times.
    struct Memo {
        private var known: [Character: Character] = [:]

        mutating func fold(_ character: Character) -> Character {
            if character.isASCII { return Folding.fold(character) }
            if let folded = known[character] { return folded }
            let folded = Folding.fold(character)
            known[character] = folded
            return folded
        }
    }

    /// One character folded to one BMP scalar: "\u{0}" for characters that
    /// vanish (zero-width), " " for any space.
    public static func fold(_ character: Character) -> Character {
        if character.isASCII {
            guard let ascii = character.asciiValue else { return " " }  // "\r\n"
            if ascii >= 65 && ascii <= 90 { return Character(Unicode.Scalar(ascii + 32)) }
            if ascii == 9 || ascii == 10 || ascii == 13 { return character == "\n" ? "\n" : " " }
            return character
        }
        if let mapped = punctuation[character] { return mapped }
        guard let first = character.unicodeScalars.first else { return "\u{0}" }
        if first.properties.isWhitespace { return " " }
        if zeroWidth.contains(first.value) { return "\u{0}" }
        // Decomposed input: the base letter comes first; composed: look it up.
        let base = character.unicodeScalars.count > 1 ? first : (bases[first.value] ?? first)
        if base == "đ" || base == "Đ" || base == "ð" || base == "Ð" || base == "Ɖ" { return "d" }
        let lower = base.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let scalar = lower.first, scalar.value <= 0xFFFF {
            return Character(scalar)
        }
        return base.value <= 0xFFFF ? Character(base) : "\u{1}"
    }

    /// Dashes and quotes to their ASCII forms.
    static let punctuation: [Character: Character] = [
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-",
        "\u{2015}": "-", "\u{2212}": "-", "\u{FE58}": "-", "\u{FE63}": "-", "\u{FF0D}": "-",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{00AB}": "\"",
        "\u{00BB}": "\"", "\u{2033}": "\"", "\u{FF02}": "\"",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
        "\u{00B4}": "'", "\u{0060}": "'",
        "\u{2026}": ".", "\u{00A0}": " ", "\u{202F}": " ", "\u{2007}": " ",
    ]

    /// Latin letters with diacritics (Latin-1 to Latin Extended Additional,
    /// where Vietnamese and Spanish letters live) to their base letter.
    static let bases: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        for range: ClosedRange<UInt32> in [0x00C0...0x024F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
                if let base = decomposed.first, base != scalar { table[value] = base }
            }
        }
        return table
    }()

    static let zeroWidth: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]
}

