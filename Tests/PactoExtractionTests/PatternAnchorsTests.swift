@testable import PactoExtraction
import Testing

/// The anchors derived from a pattern: each case is a pattern and the
/// anchors worked out by hand from it (literal, how far before and after
/// it the match may run, the words that must follow or precede it).
struct PatternAnchorsTests {
    /// An anchor as the table writes it: `text` empty for a run of digits.
    struct Expected: Equatable, CustomStringConvertible {
        var text: String
        var before: Int
        var after: Int
        var followers: [String] = []
        var predecessors: [String] = []

        init(_ text: String, _ before: Int, _ after: Int, followers: [String] = [], predecessors: [String] = []) {
            self.text = text
            self.before = before
            self.after = after
            self.followers = followers
            self.predecessors = predecessors
        }

        init(_ anchor: Pattern.Anchor) {
            self.init(String(decoding: anchor.text, as: UTF16.self), anchor.before, anchor.after,
                      followers: anchor.followers.map { String(decoding: $0, as: UTF16.self) },
                      predecessors: anchor.predecessors.map { String(decoding: $0, as: UTF16.self) })
        }

        var description: String { "\(text.isEmpty ? "<digits>" : text) -\(before)+\(after) \(followers) \(predecessors)" }
    }

    static let digits = (0...9).map(String.init)
    static let space = PatternAnchors.spaceRunLength
    static let word = PatternAnchors.runLength

    static let cases: [(pattern: String, anchors: [Expected])] = [
        // A literal: the match is the anchor.
        (#"dang cai"#, [Expected("dang cai", 0, 0)]),
        // Look-behind takes no room; each alternative gives its own anchor,
        // here the rare "binh" with the words that may follow it.
        (#"(?<![a-z])tong ket|binh (?:xet|chon) (?:cac )?(?:danh hieu|thi dua)"#,
         [Expected("tong ket", 0, 0), Expected("binh", 0, 19, followers: ["xet", "chon"])]),
        // A bounded run before the anchor: the anchor is the long literal, 48 characters after the start at most.
        (#"(?:hoi nghi|le)[^.;]{0,40}phat dong"#, [Expected("phat dong", 48, 0)]),
        // Unbounded white space counts as `spaceRunLength` characters, a
        // word as `runLength`; the anchor is the rarer literal, after
        // white space and the other.
        (#"abc\s+def"#, [Expected("def", 3 + space, 0, predecessors: ["abc"])]),
        (#"fix\w*\s+(?:zu|ma)"#, [Expected("fix", 0, word + space + 2)]),
        // What precedes, as words ("0": any digit, which says all the digits say).
        (#"(?:\d+|hai)\s+xzqj"#, [Expected("xzqj", word + space, 0, predecessors: ["0", "hai"])]),
        // A group of literals and a run of digits (the empty text), with what follows them.
        (#"(\d{1,3}|hai|ba)\s+(?:chi tieu|tieu chi)(?![a-z])"#,
         [Expected("hai", 0, space + 8, followers: ["chi tieu", "tieu chi"]),
          Expected("ba", 0, space + 8, followers: ["chi tieu", "tieu chi"]),
          Expected("", 0, space + 8, followers: ["chi tieu", "tieu chi"])]),
        // What follows, as words: a literal, or one of the digits.
        (#"(cum|khoi)\s+(thi dua|\d)"#,
         [Expected("cum", 0, space + 7, followers: ["thi dua"] + digits),
          Expected("khoi", 0, space + 7, followers: ["thi dua"] + digits)]),
        // White space around a literal is left out of the anchor; what
        // comes before it may be several words.
        (#"(?:ky|ki)(?: ket)? giao uoc"#, [Expected("giao uoc", 7, 0, predecessors: [" ket", "ky", "ki"])]),
        // A look-ahead says what follows.
        (#"(?<![a-z])(huan chuong|co(?= (?:thi dua|cua bo)))(?![a-z])"#,
         [Expected("huan chuong", 0, 0), Expected("co", 0, 0, followers: ["thi dua", "cua bo"])]),
        // A repeated group: the first repetition holds the anchor, the others follow it.
        (#"(?:xin chao ){2,3}"#, [Expected("xin chao", 0, 1 + 9 * 2)]),
        // Dates: the runs of digits, followed by a separator or a word.
        (#"(\d{1,2})\s*[/.-]\s*(\d{1,2})"#, [Expected("", 0, space + 1 + space + 2, followers: ["-", ".", "/"])]),
        (#"ngay (\d{1,2}) thang"#, [Expected("", 5, 6, followers: ["thang"])]),
    ]

    /// Patterns run over the whole text: no literal in some alternative,
    /// literals too common to gain anything, look-behind wider than a
    /// window's margin, syntax left out of the analysis.
    static let unanchored = [
        #"[a-z]+"#, #"abc|\d*"#, #"(?<![a-z])(tai|o)\s+(?!hoi nghi)"#, #"(?<=[^x]{0,80})abc"#,
        #"abc(?=[^.]{0,70}x)"#, #"xyz[^.]*"#, #"xyz.+"#, #"(?i)abc"#, #"\p{L}abc"#, #"(abc)\1"#, #"ab?"#, #"^[^.]{0,9}"#, "",
    ]

    @Test(arguments: cases.indices)
    func derivedAnchors(index: Int) throws {
        let (pattern, expected) = Self.cases[index]
        let derived = try #require(PatternAnchors(pattern), "\(pattern)")
        let anchors = derived.anchors + (derived.digitRun.map { [$0] } ?? [])
        #expect(anchors.map(Expected.init) == expected, "\(pattern)")
    }

    @Test(arguments: unanchored)
    func runOverTheWholeText(pattern: String) {
        #expect(PatternAnchors(pattern) == nil)
    }

    /// Whatever the text, the analysis ends, without a trap.
    @Test func oddPatternsEnd() {
        let odd = [
            "(", ")", "((((((((", "a{2,1}", "a{99999999999999999999}", "[", "[]", "[^]", "\\", "(?<", "(?<name",
            "a**", "*", "|", "a||b", "(?:)", "()*", "(a*)*", "(?=a)*b", "[a-\\d]", "x{,3}", "\\u12", "[z-a]", "a{3",
            "(?<=a|bc)+d", "((a{0,1000}){0,1000}){0,1000}b", "[\\s\\S]{5}x", "\u{1F600}", "(?<n>ab)(?<!c)",
            String(repeating: "(", count: 500) + "a" + String(repeating: ")", count: 500),
            String(repeating: "(?:a|b)", count: 300), String(repeating: "(?:a?|b?)", count: 100) + "z",
            String(repeating: "a?", count: 200) + "z",
        ]
        for pattern in odd {
            _ = RegexSyntax.parse(pattern)
            _ = PatternAnchors(pattern)
        }
        #expect(RegexSyntax.parse("a{2,1}") == nil)
        #expect(RegexSyntax.parse(String(repeating: "(", count: 500) + "a" + String(repeating: ")", count: 500)) == nil)
    }

    /// The rules' patterns are searched around anchors, all but those run over parts of a text.
    @Test(arguments: AnchoredPatternTests.patterns.map(\.0))
    func rulePatternsAreAnchored(name: String) throws {
        let pattern = try #require(AnchoredPatternTests.patterns.first { $0.0 == name }?.1)
        #expect(pattern.isAnchored)
    }
}
