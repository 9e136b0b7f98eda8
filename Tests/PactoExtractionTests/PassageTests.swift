import Foundation
@testable import PactoExtraction
import PactoModel
import Testing

/// A passage as the rules read it: its sentences, words, folded text and
/// blocks, with the answers written out by hand.
struct PassageTests {
    /// Sentences end at a stop, "!", "?" or "…" before a capital, a digit, a
    /// quote, a bracket or a dash, and at a line break; not after an
    /// abbreviation of the table ("TP.", "Tp.", "P.", "No.", "n.º").
    @Test(arguments: [
        ("Hội nghị diễn ra tại TP. Hồ Chí Minh. Cụm có 6 đơn vị.",
         ["Hội nghị diễn ra tại TP. Hồ Chí Minh.", " Cụm có 6 đơn vị."]),
        ("Trụ sở ở Tp. Bang Lung (TP. Cần Thơ). Năm 2024 tốt.", ["Trụ sở ở Tp. Bang Lung (TP. Cần Thơ).", " Năm 2024 tốt."]),
        ("Bài của P. Trung. No. 5 là số. Hết", ["Bài của P. Trung.", " No. 5 là số.", " Hết"]),
        ("Ông nói: “Tốt lắm!” Rồi về. “Hay quá”", ["Ông nói: “Tốt lắm!” Rồi về.", " “Hay quá”"]),
        ("Vì sao? 12 đơn vị… Tất cả đến. (Xem thêm)", ["Vì sao?", " 12 đơn vị…", " Tất cả đến.", " (Xem thêm)"]),
        ("Dòng một\nDòng hai. tiếp tục thường. - Gạch đầu dòng", ["Dòng một\n", "Dòng hai. tiếp tục thường.", " - Gạch đầu dòng"]),
        ("el n.º. 3 de la lista. Fin", ["el n.º. 3 de la lista.", " Fin"]),
        ("version 2.0 ra mắt.Tiếp theo", ["version 2.0 ra mắt.Tiếp theo"]),
    ])
    func sentences(text: String, expected: [String]) {
        let passage = Passage(text: text)
        #expect(passage.sentences.map { passage.text($0) } == expected)
    }

    @Test func wordsWithTheirFoldingAndCase() {
        let passage = Passage(text: "Sở TN&MT và UBND tỉnh Bình Định 2024 cafe\u{301}")
        #expect(passage.tokens.map(\.key) == ["so", "tn&mt", "va", "ubnd", "tinh", "binh", "dinh", "2024", "cafe"])
        #expect(passage.tokens.prefix(8).map(\.lower) == ["sở", "tn&mt", "và", "ubnd", "tỉnh", "bình", "định", "2024"])
        #expect(passage.tokens.map(\.isCapitalized) == [true, true, false, true, false, true, true, true, false])
        #expect(passage.tokens.map(\.isAllCaps) == [false, true, false, true, false, false, false, false, false])
        #expect(passage.tokens.map { passage.isArabic($0) } == [false, false, false, false, false, false, false, true, false])
    }

    /// Offsets count characters: a decomposed letter, CR LF and an emoji
    /// joined by a zero-width joiner are one character each.
    @Test func offsetsCountCharacters() {
        let passage = Passage(text: "Hoa\u{300} cafe\u{301} 👩\u{200D}💻 Cụm 5")
        #expect(passage.count == 16)
        #expect(passage.text(4..<9) == "cafe\u{301} ")
        #expect(passage.text(9..<10) == "👩\u{200D}💻")
        #expect(passage.text(11..<14) == "Cụm")
        #expect(passage.foldedCharacters(11..<14) == "cum")
        #expect(passage.alignedText(0..<3) == "hoa")
        #expect(passage.folded.count == passage.count)
        #expect(passage.tokens.map { passage.text($0.range) } == ["Hoa\u{300}", "cafe\u{301}", "Cụm", "5"])
    }

    @Test func asciiTextIsFoldedByItsBytes() {
        let passage = Passage(text: "Cum thi dua so 5, TP.HCM")
        #expect(passage.isASCII)
        #expect(passage.folded == "cum thi dua so 5, tp.hcm")
        #expect(passage.foldedCharacters(4..<11) == "thi dua")
    }

    /// Captions follow the body; a block keeps the kind Reading gave it.
    @Test func blocksKeepTheirKinds() {
        let passage = Passage(blocks: [
            Block(.paragraph, "Cụm thi đua số 5 họp."), Block(.caption, "Quang cảnh hội nghị"),
            Block(.byline, "Thanh Mỹ"), Block(.heading, "Tin vắn"),
        ])
        #expect(passage.text(0..<passage.bodyCount) == "Cụm thi đua số 5 họp.\n\nThanh Mỹ\n\nTin vắn")
        #expect(passage.blocks.map(\.kind) == [.paragraph, .byline, .heading, .caption])
        #expect(!passage.isCaption(0))
        #expect(passage.isByline(23))
        #expect(!passage.isCaption(23))
        #expect(passage.isCaption(passage.bodyCount + 3))
        #expect(passage.text(passage.blocks[3].range) == "Quang cảnh hội nghị")
        #expect(passage.sentence(containing: 25) == passage.blocks[1].range)
    }

    @Test(arguments: [
        ("Quảng Ninh", "quang ninh"), ("ha noi", "ha noi"), ("ha  noi", "ha noi"), ("tp.hcm", "tp hcm"),
        ("Bà Rịa–Vũng Tàu", "ba ria vung tau"), (" ha", "ha"), ("đa nang", "da nang"),
    ])
    func placeKeys(words: String, key: String) {
        #expect(PlaceFinder.key(words) == key)
    }
}
