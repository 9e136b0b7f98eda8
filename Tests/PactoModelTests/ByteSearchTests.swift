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
