import Foundation
@testable import PactoModel
import Testing

/// Byte search finds what Foundation's `range(of:)` finds, on the text it
/// takes, and hands other text to Foundation.
struct ByteSearchTests {
    static func foundation(_ needle: String, _ haystack: String) -> Int? {
        haystack.range(of: needle).map { haystack.distance(from: haystack.startIndex, to: $0.lowerBound) }
    }

    @Test(arguments: [
        ("giam doc", "pho giam doc so y te"),
        (" chủ trì", "Giám đốc Sở Nội vụ chủ trì hội nghị"),
        (" phát biểu", "Phó Chủ tịch UBND tỉnh phát biểu"),
        ("ô", "công"), ("o", "công"), ("ong", "công ông"),
        ("", "abc"), ("abc", ""), ("x", "abc"),
        (" dijo", "el presidente, dijo que"), ("señaló", "y señaló"),
        ("hoà", "Hòa Bình hoà"), ("e\u{301}", "café"), ("é", "cafe\u{301}"),
        ("\n", "a\r\nb"), ("Å", "\u{212B}ngström"),
    ])
    func agreesWithFoundation(needle: String, haystack: String) {
        #expect(ByteSearch.offset(of: needle, in: haystack) == Self.foundation(needle, haystack))
    }

    @Test func textOfCombiningMarksIsNotPlain() {
        #expect(ByteSearch.isPlain("Chủ tịch – Đồng Tháp"))
        #expect(!ByteSearch.isPlain("cafe\u{301}"))
        #expect(!ByteSearch.isPlain("a\r\nb"))
    }
}

extension ByteSearchTests {
    @Test(arguments: [
        ("display:none", "color:red;display:none"), ("", "abc"), ("", ""), ("abc", ""),
        ("telegram", "síguenos en telegram"), ("kênh", "theo dõi kênh"), ("e\u{301}", "café"), ("o", "công"),
    ])
    func containsAgrees(needle: String, haystack: String) {
        #expect(ByteSearch.contains(needle, in: haystack) == haystack.contains(needle))
    }
}

extension ByteSearchTests {
    @Test(arguments: [
        ("de", "giam doc so y te de nghi de"), (" la ", "A la B la C"), ("ô", "công ông"), ("x", "abc"),
        ("abc", ""), ("e\u{301}", "café café"), ("\n", "a\r\nb\n"), ("vị", "đơn vị, đơn vị"),
    ])
    func rangeAgreesWithFoundation(needle: String, haystack: String) {
        #expect(ByteSearch.range(of: needle, in: haystack) == haystack.range(of: needle))
        #expect(ByteSearch.range(of: needle, in: haystack, backwards: true) == haystack.range(of: needle, options: .backwards))
        if let first = haystack.range(of: needle) {
            #expect(ByteSearch.range(of: needle, in: haystack, from: first.upperBound)
                == haystack.range(of: needle, range: first.upperBound..<haystack.endIndex))
        }
    }

    @Test func rangeFindsFirstLastAndAfter() {
        let text = "A la B la C"
        let offsets = { (range: Range<String.Index>?) in range.map { text.distance(from: text.startIndex, to: $0.lowerBound) } }
        #expect(offsets(ByteSearch.range(of: " la ", in: text)) == 1)
        #expect(offsets(ByteSearch.range(of: " la ", in: text, backwards: true)) == 6)
        #expect(offsets(ByteSearch.range(of: " la ", in: text, from: text.index(text.startIndex, offsetBy: 2))) == 6)
        #expect(ByteSearch.range(of: " la ", in: text, from: text.index(text.startIndex, offsetBy: 7)) == nil)
    }
}

extension ByteSearchTests {
    @Test(arguments: [
        (["tiếng Việt có dấu", "ý kiến bạn đọc trước khi"], "Vui lòng gõ tiếng Việt có dấu", true),
        (["tiếng Việt có dấu", "ý kiến bạn đọc trước khi"], "Tòa soạn biên tập ý kiến bạn đọc trước khi đăng", true),
        (["tiếng Việt có dấu"], "Vui lòng gõ tiếng việt có dấu", false),
        (["comentarios serán moderados"], "Los comentarios serán moderados.", true),
        (["comentarios serán moderados"], "Los comentarios sera\u{301}n moderados.", true),
        (["", "x"], "abc", false),
        ([], "abc", false),
        (["o"], "công", false),
    ])
    func containsAny(needles: [String], haystack: String, expected: Bool) {
        #expect(ByteSearch.containsAny(needles, in: haystack) == expected)
    }
}
