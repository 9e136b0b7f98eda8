import Foundation
import PactoModel

/// What the rules ask of each character, worked out once per passage: its
/// byte when it is a one-byte ASCII character (0 otherwise) and its class
/// (the `Character` properties, each distinct character asked once).
struct CharacterClasses: Sendable {
    static let letter: UInt8 = 1
    static let number: UInt8 = 2
    /// Its first scalar is a non-spacing mark.
    static let mark: UInt8 = 4
    static let upper: UInt8 = 8
    /// An apostrophe or "&", which may join two parts of a word.
    static let joiner: UInt8 = 16
    /// "…", which may end a sentence.
    static let ellipsis: UInt8 = 32

    let ascii: [UInt8]
    let flags: [UInt8]

    init(_ characters: [Character]) {
        var ascii = [UInt8](repeating: 0, count: characters.count)
        var flags = [UInt8](repeating: 0, count: characters.count)
        // One-scalar characters, asked once each.
        var known: [UInt32: UInt8] = [:]
        for (index, character) in characters.enumerated() {
            if let value = character.asciiValue, character.utf8.count == 1 {
                ascii[index] = value
                flags[index] = Self.asciiFlags[Int(value)]
                continue
            }
            let scalars = character.unicodeScalars
            if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
                if let flag = known[first.value] {
                    flags[index] = flag
                } else {
                    let flag = Self.flags(of: character)
                    known[first.value] = flag
                    flags[index] = flag
                }
            } else {
                flags[index] = Self.flags(of: character)
            }
        }
        self.ascii = ascii
        self.flags = flags
    }

    /// Classes of characters that are each one scalar standing alone.
    init(scalars: [UInt32], characters: [Character]) {
        var ascii = [UInt8](repeating: 0, count: scalars.count)
        var flags = [UInt8](repeating: 0, count: scalars.count)
        let (asciiFlags, latinFlags) = (Self.asciiFlags, Self.latinFlags)
        let (extendedFlags, punctuationFlags) = (Self.extendedFlags, Self.punctuationFlags)
        ascii.withUnsafeMutableBufferPointer { ascii in
            flags.withUnsafeMutableBufferPointer { flags in
                for (index, value) in scalars.enumerated() {
                    if value < 0x80 {
                        ascii[index] = UInt8(value)
                        flags[index] = asciiFlags[Int(value)]
                    } else if value < 0x300 {
                        flags[index] = latinFlags[Int(value)]
                    } else if value >= 0x1E00 && value <= 0x1EFF {
                        flags[index] = extendedFlags[Int(value - 0x1E00)]
                    } else if value >= 0x2000 && value <= 0x206F {
                        flags[index] = punctuationFlags[Int(value - 0x2000)]
                    } else {
                        flags[index] = Self.flags(of: characters[index])
                    }
                }
            }
        }
        self.ascii = ascii
        self.flags = flags
    }

    static let latinFlags: [UInt8] = (0..<0x300).map { value in
        Unicode.Scalar(UInt32(value)).map { flags(of: Character($0)) } ?? 0
    }
    static let punctuationFlags: [UInt8] = (0x2000...0x206F).map { value in
        Unicode.Scalar(UInt32(value)).map { flags(of: Character($0)) } ?? 0
    }
    static let extendedFlags: [UInt8] = (0x1E00...0x1EFF).map { value in
        Unicode.Scalar(UInt32(value)).map { flags(of: Character($0)) } ?? 0
    }

    static func flags(of character: Character) -> UInt8 {
        var flag: UInt8 = 0
        if character.isLetter { flag |= letter }
        if character.isNumber { flag |= number }
        if character.isUppercase { flag |= upper }
        if character.unicodeScalars.first?.properties.generalCategory == .nonspacingMark { flag |= mark }
        if character == "’" || character == "'" || character == "&" { flag |= joiner }
        if character == "…" { flag |= ellipsis }
        return flag
    }

    static let asciiFlags: [UInt8] = (0..<128).map { flags(of: Character(Unicode.Scalar(UInt8($0)))) }
}

/// `lower..<upper`, empty when upper is below lower.
func clampedRange(_ lower: Int, _ upper: Int) -> Range<Int> {
    lower..<max(lower, upper)
}
