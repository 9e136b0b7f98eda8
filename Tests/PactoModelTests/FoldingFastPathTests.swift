import Foundation
@testable import PactoModel
import Testing

/// The fast paths of folding (by scalar tables, by bytes) give exactly what
/// folding character by character gives, on real article text and on the
/// characters where the two could part (joiners, CR LF, combining marks,
/// odd spaces, letters outside the tables).
struct FoldingFastPathTests {
    static let samples: [String] = {
        var texts = [
            "Cụm thi đua số 5 – Bộ Xây dựng “ký kết” giao ước… năm 2024",
            "ĐỒNG THÁP\u{00A0}và\u{2003}Bà Rịa–Vũng Tàu\u{200B}!",
            "Hoà Bình, thuỷ lợi, khoẻ mạnh, QUÝ, Quý, ủy ban",
            "a\u{200D}b c\u{200C}d \u{200D}e",
            "line\r\nnext\rlast\ttab",
            "Cu\u{0309}m decomposed, Đ\u{0323}, e\u{0301}",
            "İstanbul ǅ ß ﬁ Ⅻ ²",
            "emoji 👍🏽 and 👨‍👩‍👧 Straße",
            "ñandú, pingüino, acción: 12 criterios; «pacto»",
            "  leading and trailing  ",
            "",
        ]
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/check")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted() where name.hasSuffix(".txt") {
            if let text = try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) {
                texts.append(text)
                texts += text.split(separator: "\n").prefix(40).map(String.init)
            }
        }
        return texts
    }()

    @Test func samplesIncludeFixtures() {
        #expect(Self.samples.count > 100)
    }

    @Test func foldMatchesCharacterFolding() {
        for text in Self.samples {
            #expect(Folding.fold(text) == Folding.foldByCharacters(text), "\(text.prefix(60))")
        }
    }

    @Test func alignedKeepsOneUnitPerCharacter() {
        for text in Self.samples {
            let characters = Array(text)
            var memo = Folding.Memo()
            let expected = String(characters.map { character -> Character in
                let folded = memo.fold(character)
                return folded == "\u{0}" ? "\u{1}" : folded
            })
            #expect(Folding.aligned(characters) == expected, "\(text.prefix(60))")
        }
    }

    @Test func tonePlacementShortcutAgrees() {
        for text in Self.samples {
            for word in text.split(whereSeparator: { !$0.isLetter }) {
                let lower = String(word).lowercased()
                if TonePlacement.isSettled(lower) {
                    #expect(TonePlacement.movingTones(lower) == lower, "\(word)")
                }
            }
        }
        #expect(!TonePlacement.isSettled("hoà"))
        #expect(TonePlacement.normalized("Hoà") == "hòa")
        #expect(TonePlacement.normalized("Thuỷ") == "thủy")
        #expect(TonePlacement.normalized("Đồng") == "đồng")
    }

    /// Tones moved by table give what decomposing and composing gives: on
    /// every sample (whole and word by word), and on every vowel that could
    /// follow "o", "u" or "qu" with every ending.
    @Test func tonesMovedByTableAgree() {
        var texts: [String] = []
        for text in Self.samples {
            texts.append(text.lowercased())
            texts += text.split(separator: " ").map { $0.lowercased() }
        }
        let seconds = (Array(0x61...0x7A) + Array(0xC0...0x24F) + Array(0x1E00...0x1EFF)).compactMap { Unicode.Scalar(UInt32($0)) }
        for start in ["o", "u", "qu", "hoa", "thu", "kh", ""] {
            for second in seconds {
                for end in ["", " ", "n", ",", "a", "ng", "\u{301}", "\u{2000}", "ặ"] {
                    texts.append((start + String(Character(second)) + end).lowercased())
                }
            }
        }
        var moved = 0
        for lower in texts {
            guard let byTable = TonePlacement.movingTonesByTable(lower) else { continue }
            let expected = TonePlacement.movingTonesByNormalizing(lower)
            #expect(byTable.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(lower.prefix(60))")
            if !byTable.unicodeScalars.elementsEqual(lower.unicodeScalars) { moved += 1 }
        }
        #expect(moved > 100)
        // The table, made in one text, is each scalar's own decomposition and composition.
        for value in Array(0..<0x300) + Array(0x1E00...0x1EFF) + Array(0x2000...0x2027) {
            guard Folding.standsAlone(UInt32(value)), let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = String(Character(scalar))
            let decomposed = text.decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            let slot = TonePlacement.slot(UInt32(value))
            #expect(TonePlacement.decompositions.parts[slot] == (decomposed.count > 1 ? decomposed : nil))
            let back = text.decomposedStringWithCanonicalMapping.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            #expect(TonePlacement.decompositions.stable[slot] == (back == [UInt32(value)]))
        }
        #expect(TonePlacement.movingTonesByTable("hoà") == "hòa")
        #expect(TonePlacement.movingTonesByTable("oặ") == nil)
    }
}

extension FoldingFastPathTests {
    @Test func charactersAsArrayGivesThem() {
        for text in Self.samples {
            #expect(Folding.characters(of: text) == Array(text), "\(text.prefix(60))")
        }
    }
}

extension FoldingFastPathTests {
    @Test func alignedFromScalarsAgrees() {
        var checked = 0
        for text in Self.samples {
            let run = Folding.charactersAndScalars(of: text)
            #expect(run.characters == Array(text))
            guard let scalars = run.scalars else { continue }
            checked += 1
            #expect(Folding.aligned(scalars: scalars) == Folding.aligned(run.characters), "\(text.prefix(60))")
        }
        #expect(checked > 50)
    }
}

extension FoldingFastPathTests {
    @Test func latinLowerCaseIsLowercased() {
        var texts = Self.samples
        texts += ["ĐỒNG THÁP İSTANBUL ΣΊΣΥΦΟΣ", "ǅǄǈ ẞ Ω K Å", String((0x80..<0x250).compactMap { Unicode.Scalar($0).map(Character.init) })]
        texts.append(String((0x1E00...0x1EFF).compactMap { Unicode.Scalar($0).map(Character.init) }))
        for text in texts {
            #expect(LatinCase.lowercased(text) == text.lowercased(), "\(text.prefix(60))")
        }
    }
}

/// `Folding.hasAtMost` answers `text.count <= limit` on every sample and
/// every limit around its length, combining marks and CR LF included.
struct CharacterLimitTests {
    @Test func hasAtMostMatchesCount() {
        let extra = ["e\u{0301}" + String(repeating: "a", count: 10), String(repeating: "\r\n", count: 7), "👨‍👩‍👧x"]
        for text in FoldingFastPathTests.samples + extra {
            let count = text.count
            for limit in Set([0, 1, count - 1, count, count + 1, text.utf8.count, text.unicodeScalars.count, 40, 300]) where limit >= 0 {
                #expect(Folding.hasAtMost(limit, charactersIn: text) == (count <= limit), "\(text.prefix(30)) limit \(limit)")
            }
        }
    }
}
