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

    /// - Parameter scalars: each character's scalar, ``Folding/cluster`` for
    ///   a character of several.
    init(_ characters: [Character], scalars: [UInt32]) {
        var ascii = [UInt8](repeating: 0, count: scalars.count)
        var flags = [UInt8](repeating: 0, count: scalars.count)
        let (asciiFlags, latinFlags) = (Self.asciiFlags, Self.latinFlags)
        let (extendedFlags, punctuationFlags) = (Self.extendedFlags, Self.punctuationFlags)
        // Other characters are asked once each (by their scalar, when they are one).
        var known: [UInt32: UInt8] = [:]
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
                    } else if value == Folding.cluster {
                        flags[index] = Self.flags(of: characters[index])
                    } else if let flag = known[value] {
                        flags[index] = flag
                    } else {
                        let flag = Self.flags(of: characters[index])
                        known[value] = flag
                        flags[index] = flag
                    }
                }
            }
        }
        self.ascii = ascii
        self.flags = flags
    }

    /// The classes of the characters of three ranges of scalars, looked up.
    static let latinFlags: [UInt8] = (0..<0x300).map { value in
        Unicode.Scalar(UInt32(value)).map { flags(of: Character($0)) } ?? 0
    }
    static let extendedFlags: [UInt8] = (0x1E00...0x1EFF).map { value in
        Unicode.Scalar(UInt32(value)).map { flags(of: Character($0)) } ?? 0
    }
    static let punctuationFlags: [UInt8] = (0x2000...0x206F).map { value in
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
