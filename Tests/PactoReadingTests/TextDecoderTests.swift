import Foundation
import PactoModel
import Testing
@testable import PactoReading

struct TextDecoderTests {
    @Test func utf8BOMIsDropped() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Thi đua".utf8))
        #expect(decoded.text == "Thi đua")
        #expect(decoded.encoding == .utf8)
    }

    @Test func utf16LittleAndBigEndian() {
        let text = "Cụm thi đua ¿qué?"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(TextDecoder.decode(little).text == text)
        #expect(TextDecoder.decode(little).encoding == .utf16LE)
        #expect(TextDecoder.decode(big).text == text)
        #expect(TextDecoder.decode(big).encoding == .utf16BE)
    }

    @Test func windows1258AfterTitle() {
        // "Tiện" in windows-1258: T i ê + combining dot below (0xF2) n
        let html: [UInt8] = Array("<html><head><title>x</title><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>Ti".utf8)
            + [0xEA, 0xF2] + Array("n</body></html>".utf8)
        let decoded = TextDecoder.decode(html)
        #expect(decoded.encoding == .windows1258)
        #expect(TextNormalizer.nfc(decoded.text).contains("Tiện"))
    }

    @Test func latin1Declared() {
        let bytes: [UInt8] = Array("<meta charset=\"iso-8859-1\"><p>Emulaci".utf8) + [0xF3] + Array("n y se".utf8) + [0xF1] + Array("al".utf8)
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding.name == "iso-8859-1")
        #expect(decoded.text.contains("Emulación y señal"))
    }

    @Test func declaredLatin1ButUTF8() {
        let bytes = Array("<meta charset=\"iso-8859-1\"><p>Cụm thi đua</p>".utf8)
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.contains("Cụm thi đua"))
        #expect(!decoded.warnings.isEmpty)
    }

    @Test func invalidUTF8IsRepairedWithWarning() {
        let bytes = Array("Cụm thi ".utf8) + [0xC3, 0x28] + Array(" đua".utf8)
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.text.contains("\u{FFFD}"))
        #expect(decoded.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test func undeclaredVietnameseLegacyIsGuessed() {
        // "Cụm thi đua" in windows-1258: C u + dot below (0xF2) m, đ = 0xF0
        let bytes: [UInt8] = [0x43, 0x75, 0xF2, 0x6D, 0x20, 0x74, 0x68, 0x69, 0x20, 0xF0, 0x75, 0x61]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == .windows1258)
        #expect(TextNormalizer.nfc(decoded.text) == "Cụm thi đua")
    }

    @Test(arguments: [
        ("Cu\u{0323}m thi đua", "Cụm thi đua"),
        ("Kha\u{0301}nh Ho\u{0300}a", "Khánh Hòa"),
        ("a\u{00A0}b\u{200B}c  \t d", "a bc d"),
        ("  thi   đua  ", "thi đua"),
        ("Se\u{00F1}or", "Señor"),
    ])
    func normalisesLines(input: String, expected: String) {
        #expect(TextNormalizer.line(input) == expected)
    }
}

/// The vectorised UTF-8 check agrees with decoding scalar by scalar.
struct MultibyteUTF8Tests {
    static func byDecoding(_ bytes: [UInt8]) -> Bool {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return false }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    @Test func matchesDecoding() throws {
        var samples: [[UInt8]] = [
            [], Array("ascii only".utf8), Array("Cụm thi đua".utf8), [0xC3], [0xC3, 0x28], [0xE0, 0x80, 0xAF],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xC0, 0xAF], [0xFF], [0x61, 0xCC, 0x81],
        ]
        for relative in TreeBuilderTests.fixturePages {
            let data = [UInt8](try Fixtures.data(relative))
            samples.append(data)
            samples.append(Array(data.prefix(data.count / 2)))
        }
        for bytes in samples {
            #expect(TextDecoder.isMultibyteUTF8(bytes) == Self.byDecoding(bytes), "\(bytes.prefix(8))")
        }
    }
}

/// The mark-or-UTF-16 test says what a full sniff says about those two cases.
struct MarkOrUTF16Tests {
    @Test func agreesWithSniff() throws {
        var samples: [[UInt8]] = [
            [], [0xEF, 0xBB, 0xBF, 0x3C], [0xFF, 0xFE, 0x3C, 0x00], [0xFE, 0xFF, 0x00, 0x3C],
            Array("<html><meta charset=utf-8>".utf8), Array("<html>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            Array(String(repeating: "<p>hola</p>", count: 20).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            Array(String(repeating: "<p>hola</p>", count: 20).utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
        ]
        for relative in TreeBuilderTests.fixturePages { samples.append([UInt8](try Fixtures.data(relative))) }
        for bytes in samples {
            let expected: Bool
            switch CharsetSniffer.sniff(bytes) {
            case .byteOrderMark, .unmarkedUTF16: expected = true
            default: expected = false
            }
            #expect(CharsetSniffer.isMarkedOrUTF16(bytes) == expected, "\(bytes.prefix(8))")
        }
    }
}

/// Declarations after other metas, and the word "charset" where no label follows.
struct DeclaredCharsetTests {
    @Test(arguments: [
        (String(repeating: "<meta name=\"a\" content=\"b\">", count: 200) + "<meta charset=\"windows-1258\">", "windows-1258"),
        ("<meta name=\"description\" content=\"about charset\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
         "iso-8859-1"),
        ("<meta name=\"charset\" content=\"x\"><title>t</title>", nil),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html>", "utf-8"),
        ("<html><title>charset=x</title><meta charset=utf-8>", "utf-8"),
    ] as [(String, String?)])
    func declared(head: String, label: String?) {
        let finding = CharsetSniffer.sniff(Array(head.utf8))
        if let label {
            #expect(finding == .declared(label))
        } else {
            #expect(finding == .nothing)
        }
    }
}
