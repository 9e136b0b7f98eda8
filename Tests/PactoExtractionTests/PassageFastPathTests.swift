import Foundation
@testable import PactoExtraction
import PactoModel
import Testing

/// The shortcuts a passage takes while it is built give what the general
/// ways give, on the text of every fixture and on a few hard cases.
struct PassageFastPathTests {
    /// Every fixture body, and texts whose characters do not all stand alone
    /// (a combining mark, CR LF, a joiner).
    static let texts: [String] = AnchoredPatternTests.passages.map { String($0.1.characters) } + [
        "Ông ĐINH Văn Hoà’s TN&MT, ½ ² ǅ ß İ — “quoted” … \u{00A0}x 12/3/2024",
        "Hoa\u{300} cafe\u{301} 5\u{301} ngày",
        "dòng một\r\ndòng hai",
        "👩\u{200D}💻 Cụm thi đua số 5",
        "",
    ]

    @Test func characterRunIsFoldingsCharactersAndScalars() {
        for text in Self.texts {
            var run = CharacterRun(capacity: 0)
            run.append(text)
            let expected = Folding.charactersAndScalars(of: text)
            #expect(run.characters == expected.characters, "\(text.prefix(40))")
            #expect(run.standAlone == (expected.scalars != nil), "\(text.prefix(40))")
            if let scalars = expected.scalars { #expect(run.scalars == scalars) }
        }
    }

    /// Blocks joined: once a block has a character that does not stand
    /// alone, the scalars are given up and the characters stay those of each block.
    @Test func characterRunJoinsBlocks() {
        let blocks = [Self.texts[0], "\n\n", "Hoa\u{300} cafe\u{301}", "\n\n", Self.texts[1]]
        var run = CharacterRun(capacity: 0)
        for block in blocks { run.append(block) }
        #expect(run.characters == blocks.flatMap { Folding.charactersAndScalars(of: $0).characters })
        #expect(!run.standAlone)
    }

    @Test func placeKeysAreFoldingKeys() {
        var joined: [String] = ["", " ", "ha noi", "ha  noi", "ha noi ", " ha", "tp.hcm", "ba ria-vung tau", "đa nang"]
        for (_, passage) in AnchoredPatternTests.passages {
            for start in passage.tokens.indices {
                for length in 1...4 where start + length <= passage.tokens.count {
                    joined.append(passage.tokens[start..<(start + length)].map(\.key).joined(separator: " "))
                }
            }
        }
        for words in joined { #expect(PlaceFinder.key(words) == Folding.key(words), "\(words)") }
    }

    /// Letters found by their index are where the folded text holds them.
    @Test func letterIndexHoldsEveryLetter() {
        for (_, passage) in AnchoredPatternTests.passages {
            var expected = [[Int32]](repeating: [], count: 26)
            for (index, unit) in passage.units.enumerated() where unit >= 97 && unit <= 122 {
                expected[Int(unit - 97)].append(Int32(index))
            }
            for letter in 0..<26 {
                let found = passage.letterPositions[passage.letterStarts[letter]..<passage.letterStarts[letter + 1]]
                #expect(Array(found) == expected[letter])
            }
            #expect(passage.units == Array(passage.folded.utf16))
        }
    }

    @Test func shortTextsCountedByScalars() {
        for text in Self.texts + Self.texts.flatMap({ $0.split(separator: "\n").map(String.init) }) {
            for limit in [1, 5, 60, 220] {
                let expected = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) == nil
                #expect(Folding.hasAtMost(limit - 1, charactersIn: text) == expected, "\(text.prefix(40))")
            }
        }
    }

    @Test func foldedCharactersCountedAsCharacters() {
        var passages = AnchoredPatternTests.passages.map(\.1)
        passages.append(Passage(text: "Hoa\u{300} \u{301}cafe\u{301} Cụm thi đua"))
        for passage in passages {
            for start in stride(from: 0, to: passage.count, by: 7) {
                for length in [0, 3, 11] where start + length <= passage.count {
                    let expected = passage.folded.dropFirst(start).prefix(length)
                    #expect(passage.foldedCharacters(start..<(start + length)) == expected)
                }
            }
        }
    }

    @Test func arabicTokensAreNumeralsArabic() {
        var numbers = 0
        for (_, passage) in AnchoredPatternTests.passages {
            for token in passage.tokens {
                let expected = Numerals.arabic(passage.text(token.range)) != nil
                #expect(passage.isArabic(token) == expected, "\(passage.text(token.range))")
                if expected { numbers += 1 }
            }
        }
        #expect(numbers > 100)
    }
}
