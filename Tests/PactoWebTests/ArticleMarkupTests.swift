import PactoModel
import Testing
@testable import PactoWeb

struct ArticleMarkupTests {
    @Test func marksEachSpanWithAnAnchor() {
        // Given a body with two fields read from it
        let body = "Chiều 29/3, tại Long An.\nCụm <b>VIII</b>."
        let evidence = [
            "date": Evidence(text: "Chiều 29/3", start: 0, end: 10),
            "location": Evidence(text: "Long An", start: 16, end: 23),
        ]
        // When it is rendered
        let html = ArticleMarkup.html(body: body, evidence: evidence)
        // Then each span is marked, anchored, and the rest escaped, one paragraph per line
        #expect(html == """
            <p><span class="anchor" id="ev-date"></span><mark class="ev f-date" title="date">Chiều 29/3</mark>, tại \
            <span class="anchor" id="ev-location"></span><mark class="ev f-location" title="location">Long An</mark>.</p>
            <p>Cụm &lt;b&gt;VIII&lt;/b&gt;.</p>
            """)
    }

    @Test func overlappingSpansNest() {
        let body = "abcdef"
        let evidence = [
            "head": Evidence(text: "abcd", start: 0, end: 4),
            "members": Evidence(text: "cdef", start: 2, end: 6),
        ]
        let html = ArticleMarkup.html(body: body, evidence: evidence)
        #expect(html == """
            <p><span class="anchor" id="ev-head"></span><mark class="ev f-head" title="head">ab</mark>\
            <span class="anchor" id="ev-members"></span><mark class="ev f-head f-members" title="head, members">cd</mark>\
            <mark class="ev f-members" title="members">ef</mark></p>
            """)
    }

    @Test func spansOutsideTheBodyAndOddNamesAreLeftOut() {
        let evidence = [
            "date": Evidence(text: "x", start: 3, end: 99),
            "bad\"name": Evidence(text: "a", start: 0, end: 1),
            "theme": Evidence(text: "", start: 2, end: 2),
        ]
        #expect(ArticleMarkup.html(body: "a<b", evidence: evidence) == "<p>a&lt;b</p>")
        #expect(ArticleMarkup.targetStyle(fields: ["bad\"name", "date"]).contains("bad") == false)
    }

    @Test func blankLinesMakeNoEmptyParagraphs() {
        #expect(ArticleMarkup.html(body: "a\n\n\nb\n", evidence: [:]) == "<p>a</p>\n<p>b</p>\n")
    }
}
