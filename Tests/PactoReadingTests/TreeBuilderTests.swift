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

/// Class and id names read byte by byte (ASCII) give the tokens the
/// character-by-character reading gives, on every class and id of the
/// fixture pages and on names made to trip it.
struct ClassHintsASCIITests {
    static var names: [String] {
        var names = [
            "noi-dung chi-tiet", "tagStyle_z4kqwb css-1x2y3z", "vc_custom_1581234567", "entryContent  postBody",
            "ABCDef gHI", "a1B2c3D4", "x\r\ny\tz\u{0B}w\u{0C}v", "--", "-_-", "12345678", "1234567", "abcd1",
            "tin-lien-quan\nTinKhac", "", " ", "HTMLPage URLBox", "boxNews_2024 sapo", "ảnh chú-thích", "caf\u{E9}",
        ]
        for relative in TreeBuilderTests.fixturePages {
            guard let data = try? Fixtures.data(relative) else { continue }
            let html = String(HTMLReader.strippingPrologue(TextDecoder.decode([UInt8](data)).text))
            guard let tree = LibXML2Parser.parse(html) else { continue }
            for node in tree.nodes where node.kind == .element {
                names.append((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? ""))
            }
        }
        return names
    }

    @Test func asciiTokensMatchCharacterTokens() {
        let names = Self.names
        #expect(names.count > 500)
        for name in names {
            if let fast = ClassHints.asciiTokens(name) {
                #expect(fast == ClassHints.tokens(name), "\(name.debugDescription)")
            } else {
                #expect(name.utf8.contains { $0 >= 0x80 }, "\(name.debugDescription)")
            }
        }
    }
}

extension ClassHintsASCIITests {
    /// Stems looked up by first byte find what comparing every stem finds.
    @Test func stemBucketsMatchEveryStem() {
        let lists = [
            ClassHints.contentStems, ClassHints.boilerplateStems, ClassHints.weakStems, ClassHints.leadStems,
            ClassHints.captionStems, ClassHints.authorStems, ClassHints.dateStems,
        ]
        var matched = 0
        for name in Self.names + ["tin lien quan", "noi dung", "xtinlienquanx", "entrycontentbody"] {
            let hints = ClassHints(class: name, id: nil)
            let tokens = hints.tokens.map { Array($0.utf8) }
            let joined = Array(hints.joined.utf8)
            for list in lists {
                let naive = list.contains { stem in
                    let bytes = Array(stem.utf8)
                    return tokens.contains { $0.starts(with: bytes) }
                        || ClassHints.compoundStems.contains(stem) && joined.indices.contains { joined[$0...].starts(with: bytes) }
                }
                let fast = ClassHints.Stems(list).matches(tokens: tokens, joined: joined)
                #expect(fast == naive, "\(name.debugDescription)")
                if naive { matched += 1 }
            }
        }
        #expect(matched > 100)
    }
}

/// `AuthorSearch.shortLine` reads containers only as far as it must and
/// still answers what reading them whole answers.
struct ShortLineTests {
    static func check(_ html: String) -> Int {
        guard let tree = LibXML2Parser.parse(html) else { return 0 }
        let search = AuthorSearch(tree: tree, flags: ClassHints.table(for: tree))
        var checked = 0
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            let whole = TextNormalizer.line(tree.text(of: index))
            let expected: String? = whole.count <= 80 ? whole : nil
            #expect(search.shortLine(index) == expected, "node \(index) \(whole.prefix(40).debugDescription)")
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

extension ClassHintsASCIITests {
    /// The flags, worked out the slow way from the stem and word lists.
    static func referenceFlags(_ hints: ClassHints) -> ClassHints.Flags {
        guard !hints.tokens.isEmpty else { return [] }
        func has(_ stems: [String]) -> Bool {
            stems.contains { stem in
                hints.tokens.contains { $0.hasPrefix(stem) }
                    || ClassHints.compoundStems.contains(stem) && hints.joined.contains(stem)
            }
        }
        var flags: ClassHints.Flags = []
        if has(ClassHints.contentStems) { flags.insert(.content) }
        if hints.tokens.contains(where: ClassHints.boilerplateTokens.contains) || has(ClassHints.boilerplateStems) {
            flags.insert(.boilerplate)
        }
        if hints.tokens.contains(where: ClassHints.weakTokens.contains) || has(ClassHints.weakStems) { flags.insert(.weakBoilerplate) }
        if has(ClassHints.leadStems) { flags.insert(.lead) }
        if has(ClassHints.captionStems) { flags.insert(.caption) }
        if has(ClassHints.authorStems) { flags.insert(.author) }
        if has(ClassHints.dateStems) { flags.insert(.date) }
        if hints.tokens.contains(where: { $0.hasPrefix("title") || $0.hasPrefix("tieude") || $0 == "headline" || $0.hasPrefix("titulo") })
            || hints.joined.contains("tieude") {
            flags.insert(.title)
        }
        return flags
    }

    @Test func flagsMatchReference() {
        var flagged = 0
        for name in Self.names + ["tieu-de", "TieuDe", "ads top", "sns share", "tiêu-đề", "título", "headline x", "xheadline"] {
            let hints = ClassHints(class: name, id: "x")
            #expect(hints.flags == Self.referenceFlags(hints), "\(name.debugDescription)")
            #expect(ClassHints.flags(class: name, id: "x") == hints.flags, "\(name.debugDescription)")
            if !hints.flags.isEmpty { flagged += 1 }
        }
        #expect(flagged > 100)
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

/// The prologue the HTML parser would show as text is dropped.
struct PrologueTests {
    @Test(arguments: [
        ("<html><p>x</p></html>", "<html><p>x</p></html>"),
        ("\u{FEFF}  <!DOCTYPE html><p>x</p>", "<!DOCTYPE html><p>x</p>"),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY a \"b\">]><p>[x]</p>", "<p>[x]</p>"),
        ("<!doctype html><p>[not a subset]</p>", "<!doctype html><p>[not a subset]</p>"),
        ("<?xml version=\"1.0\"?><html/>", "<html/>"),
    ])
    func strips(text: String, expected: String) {
        #expect(String(HTMLReader.strippingPrologue(text)) == expected)
    }
}
