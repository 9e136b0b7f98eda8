import Foundation
import Testing
@testable import PactoReading

/// The SAX tree builder must give the tree a copy of libxml2's own document
/// gives, node for node: every fixture page, and markup that puts libxml2's
/// tree builder on its less travelled paths.
struct TreeBuilderTests {
    static func differences(_ html: String, maxDepth: Int = LibXML2Parser.maxDepth) -> [String] {
        let built = LibXML2Parser.parse(html, maxDepth: maxDepth)
        let copied = LibXML2Parser.parseByCopy(html, maxDepth: maxDepth)
        guard let built, let copied else {
            return built == nil && copied == nil ? [] : ["one parse gave no tree: built \(built != nil), copied \(copied != nil)"]
        }
        var found: [String] = []
        if built.nodes.count != copied.nodes.count {
            found.append("\(built.nodes.count) nodes built, \(copied.nodes.count) copied")
        }
        for (index, (a, b)) in zip(built.nodes, copied.nodes).enumerated() {
            if a.kind != b.kind || a.name != b.name || a.text != b.text || a.attributes != b.attributes
                || a.parent != b.parent || a.children != b.children || a.depth != b.depth {
                found.append("node \(index): built \(a.kind) \(a.name) \(a.text.prefix(40).debugDescription) parent \(a.parent) "
                    + "depth \(a.depth); copied \(b.kind) \(b.name) \(b.text.prefix(40).debugDescription) parent \(b.parent) depth \(b.depth)")
                if found.count > 5 { break }
            }
        }
        return found
    }

    static var fixturePages: [String] {
        let root = Fixtures.root
        let walker = FileManager.default.enumerator(atPath: root.path)
        var pages: [String] = []
        while let relative = walker?.nextObject() as? String {
            if relative.hasSuffix(".html") || relative.hasSuffix(".htm") { pages.append(relative) }
        }
        return pages.sorted()
    }

    @Test(arguments: fixturePages)
    func fixturePageGivesTheCopiedTree(relative: String) throws {
        let data = try Fixtures.data(relative)
        let text = TextDecoder.decode([UInt8](data)).text
        let html = String(HTMLReader.strippingPrologue(text))
        #expect(Self.differences(html) == [])
        #expect(Self.differences(html, maxDepth: 3) == [])
    }

    /// Each case names the libxml2 behaviour it exercises.
    static let markup: [(String, String)] = [
        ("plain page", "<html><head><title>T</title></head><body><p>a <b>b</b> c</p></body></html>"),
        ("no html element", "<p>one</p><p>two</p>"),
        ("text before everything", "hello <b>world</b>"),
        ("doctype first", "<!DOCTYPE html><html><body><p>x</p></body></html><p>after</p>"),
        ("strict doctype, blank body text",
         "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body> <p>x</p> </body></html>"),
        ("comment first, content after the root",
         "<!-- c --><html><body><p>x</p></body></html><div>after</div>tail"),
        ("content after the root, no doctype", "<html><body><p>x</p></body></html><div>after <i>it</i></div>tail"),
        ("misplaced doctype", "<html><body><p>x</p><!DOCTYPE html></body></html><p>late</p>"),
        ("doctype between two runs of text", "<style>s</style>\n <!DOCTYPE html>\n<html><body>a <!DOCTYPE html> b</body></html>"),
        ("processing instruction first", "<?php echo 1; ?><html><body>x</body></html><p>y</p>"),
        ("comments split text", "<p>one<!-- a -->two<!-- b --><!-- c -->three</p>"),
        ("processing instruction splits text", "<p>one<?x y?>two</p>"),
        ("prefixed names", "<p>a<o:p>b</o:p><fb:like href=\"u\"></fb:like><x:>c</x:><:y>d</:y><a:b:c>e</a:b:c></p>"),
        ("JSON-LD script kept, others not",
         "<head><script type=\"application/ld+json\">{\"a\": \"<b>\"}</script><script>var x = '<p>';</script>"
            + "<style>p { color: red }</style></head><body><p>x</p></body>"),
        ("JSON-LD type in capitals", "<script type=\"Application/LD+JSON\">{}</script><p>x</p>"),
        ("noscript", "<body><noscript><img src=\"a.png\" alt=\"A\"> text</noscript><p>x</p></body>"),
        ("entities and references", "<p>a &amp; b &lt;c&gt; &nbsp; &#7841; &unknown; &</p>"),
        ("long text in chunks", "<p>" + String(repeating: "chữ Việt và español ñ ", count: 400) + "</p>"),
        ("attributes", "<div class=\"a b\" ID=\"x\" data-x=\"1\" hidden style=\"display:none\" onclick=\"f()\">y</div>"),
        ("boolean and empty attributes", "<input disabled checked value=\"\"><option selected>o</option>"),
        ("nested html, head and body", "<html lang=\"vi\"><body><html lang=\"es\"><head><title>t</title></head><body class=\"b\">x</body></html>"),
        ("unclosed and misnested", "<div><p>a<b>b<i>c</b>d</i></p><table><tr><td>1<td>2</table>e"),
        ("whitespace everywhere", "<html>\n <head>\n </head>\n <body>\n  <ul>\n   <li> a </li>\n  </ul>\n  <img src=x> \n </body>\n</html>\n"),
        ("CDATA-like text", "<p><![CDATA[ x ]]>y</p>"),
        ("deep nesting", String(repeating: "<div>", count: 40) + "deep" + String(repeating: "</div>", count: 40) + "<p>after</p>"),
        ("deep script", String(repeating: "<span>", count: 8) + "<script type=\"application/ld+json\">{}</script>z"),
        ("frameset", "<frameset><frame src=\"a\"></frameset><noframes><p>x</p></noframes>"),
        ("only a comment", "<!-- nothing -->"),
        ("only text", "just text"),
    ]

    @Test(arguments: markup.map(\.0))
    func markupGivesTheCopiedTree(name: String) throws {
        let html = try #require(Self.markup.first { $0.0 == name }?.1)
        #expect(Self.differences(html) == [])
        for depth in [1, 2, 5] {
            #expect(Self.differences(html, maxDepth: depth) == [], "maxDepth \(depth)")
        }
    }
}
