import Foundation
import Testing
@testable import PactoReading

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
                let fast = !ClassHints.Stems([(list, .content)]).flags(tokens: tokens, joined: joined).isEmpty
                #expect(fast == naive, "\(name.debugDescription)")
                if naive { matched += 1 }
            }
        }
        #expect(matched > 100)
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
