import PactoModel
/// A character encoding Pacto can decode, by its canonical (IANA, lower-case)
/// name. UTF-8 and UTF-16 are decoded by the standard library; every other
/// encoding goes through libxml2's converters (iconv).
struct TextEncoding: Hashable, Sendable {
    /// The name reported in ``Article/encoding``.
    var name: String

    static let utf8 = TextEncoding(name: "utf-8")
    static let utf16LE = TextEncoding(name: "utf-16le")
    static let utf16BE = TextEncoding(name: "utf-16be")
    static let windows1252 = TextEncoding(name: "windows-1252")
    static let windows1258 = TextEncoding(name: "windows-1258")

    /// Maps a declared label to an encoding, following the WHATWG label
    /// table for the common cases; unknown labels are kept as written so
    /// that iconv may still know them.
    init?(label: String) {
        let label = label.lowercasedLatin().trimming(" \t\r\n\"'")
        guard !label.isEmpty else { return nil }
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode": self = .utf16LE
        case "utf-16be", "unicodefffe": self = .utf16BE
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "cp819", "ibm819", "us-ascii", "ascii",
             "iso-ir-100", "csisolatin1", "ansi_x3.4-1968":
            self = TextEncoding(name: "iso-8859-1")
        case "windows-1252", "cp1252", "x-cp1252": self = .windows1252
        case "windows-1258", "cp1258", "x-cp1258": self = .windows1258
        case "gbk", "gb2312", "x-gbk", "chinese", "csgb2312": self = TextEncoding(name: "gbk")
        case "shift-jis", "shift_jis", "sjis", "ms_kanji", "windows-31j": self = TextEncoding(name: "shift_jis")
        default: self = TextEncoding(name: label)
        }
    }

    private init(name: String) {
        self.name = name
    }

    /// The name handed to the converter. Latin-1 labels decode as
    /// windows-1252, its superset, as browsers do.
    var converterName: String {
        switch name {
        case "iso-8859-1": return "windows-1252"
        default: return name
        }
    }

    /// Encodings that map one byte to one character; for these, valid UTF-8
    /// bytes with multi-byte sequences mean the declaration is wrong.
    var isSingleByte: Bool {
        name == "iso-8859-1" || name.hasPrefix("windows-125") || name.hasPrefix("iso-8859-")
            || name.hasPrefix("cp125") || name == "koi8-r" || name == "koi8-u"
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    func trimming(_ characters: String) -> String {
        let set = Set(characters)
        var slice = String(self)[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
