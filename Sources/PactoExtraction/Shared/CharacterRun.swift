import Foundation
import PactoModel

/// The characters of a passage's blocks (``Folding/charactersAndScalars(of:)``
/// of each, joined), and their scalars while every character is a scalar
/// that stands alone: then only the scalars are collected, and each
/// character is taken from a table rather than made anew.
struct CharacterRun {
    private(set) var scalars: [UInt32] = []
    /// The characters, once a block holds one that is not a scalar standing alone.
    private var mixed: [Character]?

    init(capacity: Int) {
        scalars.reserveCapacity(capacity)
    }

    /// Every character is a scalar that stands alone: ``scalars`` are the characters.
    var standAlone: Bool { mixed == nil }

    var count: Int { mixed?.count ?? scalars.count }

    var characters: [Character] {
        if let mixed { return mixed }
        let table = Self.table
        return [Character](unsafeUninitializedCapacity: scalars.count) { buffer, count in
            for (index, value) in scalars.enumerated() { (buffer.baseAddress! + index).initialize(to: table[Self.slot(value)]) }
            count = scalars.count
        }
    }

    mutating func append(_ text: String) {
        if mixed == nil {
            if let decoded = Self.scalarsStandingAlone(text) {
                scalars += decoded
                return
            }
            mixed = characters
        }
        for character in text { mixed!.append(character) }
    }

    /// The scalars of `text`, decoded from its UTF-8 (which a String always
    /// holds valid); nil when one does not stand alone.
    static func scalarsStandingAlone(_ text: String) -> [UInt32]? {
        var text = text
        return text.withUTF8 { bytes in
            var standAlone = true
            let scalars = [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var index = 0
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    var value: UInt32
                    if lead < 0x80 {
                        value = lead
                        index += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    }
                    guard Folding.standsAlone(value) else { standAlone = false; break }
                    buffer[count] = value
                    count += 1
                }
            }
            return standAlone ? scalars : nil
        }
    }

    /// Where a scalar that stands alone is in ``table``.
    @inline(__always)
    static func slot(_ value: UInt32) -> Int {
        value < 0x300 ? Int(value) : value < 0x2000 ? Int(value - 0x1E00) + 0x300 : Int(value - 0x2000) + 0x400
    }

    /// The character of each scalar that stands alone (U+0000–U+02FF,
    /// U+1E00–U+1EFF, U+2000–U+2027; the others in those ranges are never read).
    static let table: [Character] = {
        var table = [Character](repeating: " ", count: 0x428)
        for value in Array(0..<0x300) + Array(0x1E00...0x1EFF) + Array(0x2000...0x2027) {
            if let scalar = Unicode.Scalar(UInt32(value)) { table[slot(UInt32(value))] = Character(scalar) }
        }
        return table
    }()
}
