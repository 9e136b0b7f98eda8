import Testing
@testable import PactoWeb

struct HTMLTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("TN&MT", "TN&amp;MT"),
        ("“Kỷ cương” \"x\"", "“Kỷ cương” &quot;x&quot;"),
        // A quote carrying a combining mark is one Character, still a quote byte.
        ("a\"\u{0301} onmouseover=x", "a&quot;\u{0301} onmouseover=x"),
    ])
    func escapesMarkup(input: String, expected: String) {
        #expect(HTMLText.escaped(input) == expected)
    }

    @Test(arguments: [
        // Given a snippet as the record writes it, when turned into HTML, then
        // matches are marked and everything else is escaped.
        ("tại **Long An**, Cụm", "tại <mark>Long An</mark>, Cụm"),
        ("**a** và **b**", "<mark>a</mark> và <mark>b</mark>"),
        ("<b>**x**</b>", "&lt;b&gt;<mark>x</mark>&lt;/b&gt;"),
        ("**<script>**", "<mark>&lt;script&gt;</mark>"),
        ("odd ** star", "odd ** star"),
        ("**a** and ** b", "<mark>a</mark> and ** b"),
        ("no marks", "no marks"),
        ("***a**", "<mark>*a</mark>"),
        ("**a** **b", "<mark>a</mark> **b"),
    ])
    func marksSnippets(input: String, expected: String) {
        #expect(HTMLText.snippet(input) == expected)
    }

    @Test(arguments: [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://baotainguyenmoitruong.vn/x.html", "http://baotainguyenmoitruong.vn/x.html"),
        ("javascript:alert(1)", nil),
        ("JaVaScRiPt:alert(1)", nil),
        ("data:text/html,<script>", nil),
        ("https://x.org/\"onmouseover=alert(1)", nil),
        ("/relative", nil),
    ] as [(String, String?)])
    func linksOnlyToWebAddresses(input: String, expected: String?) {
        #expect(HTMLText.safeLink(input) == expected)
    }
}
