/// Lower-casing that does not go through the general Unicode machinery for
/// the letters Pacto's texts are made of: Vietnamese and Spanish text is
/// Latin letters (ASCII, Latin-1, Latin Extended-A/B and Extended
/// Additional), whose lower case is one scalar each. The result is always
/// exactly `String.lowercased()`: any other scalar (and the few Latin ones
/// whose lower case is longer, such as "İ") hands the text to it.
public enum LatinCase {
    public static func lowercased(_ text: String) -> String {
        // ASCII text: the standard library's own fast path.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(value >= 65 && value <= 90 ? UInt8(value + 32) : UInt8(value))
                continue
            }
            var lower: UInt32 = 0
            if value < 0x250 {
                lower = table.latin[Int(value)]
            } else if value >= 0x1E00 && value <= 0x1EFF {
                lower = table.extended[Int(value - 0x1E00)]
            } else if value >= 0x2000 && value <= 0x206F {
                lower = value  // punctuation and spaces: no case
            }
            guard lower != 0, let mapped = Unicode.Scalar(lower) else { return text.lowercased() }
            bytes += Unicode.UTF8.encode(mapped)!
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Each scalar's lower case when it is one scalar; 0 when it is not.
    static let table: (latin: [UInt32], extended: [UInt32]) = {
        func lower(_ value: Int) -> UInt32 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
            let mapped = String(scalar).lowercased().unicodeScalars
            guard mapped.count == 1, let first = mapped.first else { return 0 }
            return first.value
        }
        return ((0..<0x250).map(lower), (0x1E00...0x1EFF).map(lower))
    }()
}

extension StringProtocol {
    /// `lowercased()`, by ``LatinCase`` where it can.
    public func lowercasedLatin() -> String {
        LatinCase.lowercased(String(self))
    }
}
