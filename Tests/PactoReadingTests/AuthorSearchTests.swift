import Foundation
import Testing
@testable import PactoReading

/// `HTMLTree.line(of:maxCharacters:)` and `line(of:maxWords:)` read
/// containers only as far as they must and still answer what reading them
/// whole answers.
struct BoundedLineTests {
    static func check(_ html: String) -> Int {
        guard let tree = LibXML2Parser.parse(html) else { return 0 }
        var checked = 0
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            let whole = TextNormalizer.line(tree.text(of: index))
            let expected: String? = whole.count <= 80 ? whole : nil
            #expect(tree.line(of: index, maxCharacters: 80) == expected, "node \(index) \(whole.prefix(40).debugDescription)")
            let words = whole.split(separator: " ").count
            for maxWords in [2, 60, 200] {
                #expect(tree.line(of: index, maxWords: maxWords) == (words <= maxWords ? whole : nil),
                        "node \(index) max \(maxWords) \(whole.prefix(40).debugDescription)")
            }
            checked += 1
        }
        return checked
    }

    @Test func shortLineMatchesWholeText() throws {
        var checked = 0
        for relative in TreeBuilderTests.fixturePages {
            let html = String(HTMLReader.strippingPrologue(TextDecoder.decode([UInt8](try Fixtures.data(relative))).text))
            checked += Self.check(html)
        }
        // Text made of spaces, combining marks and invisible characters around the cut.
        let marks = String(repeating: "e\u{0301}\u{0302}\u{0303}", count: 300)
        let spaces = String(repeating: " \n\t\u{00A0}\u{200B}", count: 400)
        let odd = "<div><p>\(spaces)</p><p>\(spaces)</p><p>Texto: Ana Pérez</p></div>"
            + "<div><p>\(marks)</p><p>\(marks)</p></div>"
            + "<section><b>Tác giả:</b> \(String(repeating: "ả", count: 71))<i>\(spaces)</i><u>x</u></section>"
            + "<section><b>Tác giả:</b> \(String(repeating: "ả", count: 72))<i>\(spaces)</i><u>x</u></section>"
            + "<div><p>\(String(repeating: "một ", count: 199))</p><p>\(spaces)</p><p>hai</p></div>"
            + "<div><p>\(String(repeating: "một ", count: 200))</p><p>\(spaces)</p><p> \u{0301}hai</p></div>"
        checked += Self.check(odd)
        #expect(checked > 1000)
    }
}

/// A labelled byline anywhere on the page is found, as a page of its own
/// and with the colon split from the label by markup.
struct LabelledBylineTests {
    @Test(arguments: [
        ("<div><p>Intro text without a label.</p></div><div class=\"x\"><span>Tác giả bài viết:</span> Nguyễn Văn An</div>",
         ["Nguyễn Văn An"]),
        ("<section><p>Texto<b>:</b> Ana Pérez</p></section>", ["Ana Pérez"]),
        ("<p>Sin firma en esta página</p><p>Hora: 10</p>", []),
    ])
    func findsLabelledByline(html: String, authors: [String]) throws {
        let tree = try #require(LibXML2Parser.parse(html))
        #expect(AuthorSearch(tree: tree, flags: ClassHints.table(for: tree)).authors() == authors)
    }
}
