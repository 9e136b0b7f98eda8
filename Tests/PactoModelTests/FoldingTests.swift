import PactoModel
import Testing

/// Folding for matching: case, diacritics, đ, tone placement, dashes,
/// quotes and spaces.
struct FoldingTests {
    @Test(arguments: [
        ("Hoà Bình", "hoa binh"),
        ("Hòa Bình", "hoa binh"),
        ("Thuỷ", "thuy"),
        ("Thủy", "thuy"),
        ("Đắk Lắk", "dak lak"),
        ("ĐÀ NẴNG", "da nang"),
        ("Bà Rịa–Vũng Tàu", "ba ria-vung tau"),
        ("Bà Rịa — Vũng Tàu", "ba ria - vung tau"),
        ("“Kỷ cương”", "\"ky cuong\""),
        ("  Long\u{00A0}An \t", "long an"),
        ("Ngh\u{0065}\u{0323}\u{0302} An", "nghe an"),
        ("Thừa\u{200B} Thiên Huế", "thua thien hue"),
        ("España ¿sí?", "espana ¿si?"),
        ("pingüino", "pinguino"),
        // Whole bodies: one- to three-byte letters, line feeds kept, CR LF as a space.
        ("ĐẮK LẮK\n\nÑandú – Sở Y tế", "dak lak\n\nnandu - so y te"),
        ("Sở Y tế\r\nLong An", "so y te long an"),
        ("Long An \u{2029} Đồng Tháp", "long an dong thap"),
    ])
    func fold(input: String, expected: String) {
        #expect(Folding.fold(input) == expected)
    }

    @Test(arguments: ["Khánh Hoà", "Khánh Hòa", "KHÁNH HOÀ", "Khanh Hoa", "Kha\u{0301}nh Ho\u{0300}a"])
    func sameKeyWhateverTheSpelling(input: String) {
        #expect(Folding.key(input) == "khanh hoa")
    }

    @Test(arguments: ["TP.HCM", "TP. HCM", "TP HCM", "tp-hcm"])
    func keysIgnorePunctuation(input: String) {
        #expect(Folding.key(input) == "tp hcm")
    }

    @Test(arguments: [
        "Chiều 29/3, tại Long An, Cụm thi đua số VIII",
        "Nghe\u{0323}\u{0302} An và Đà Nẵng “chủ đề”",
        "emoji 🎉 và chữ Hán 漢字",
        "Ia H’Drai\r\nKon Tum",
    ])
    func alignedKeepsOneUnitPerCharacter(input: String) {
        let aligned = Folding.aligned(input)
        #expect(aligned.count == input.count)
        #expect(aligned.utf16.count == input.count)
    }

    @Test(arguments: [("Hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Hoàng", "hoàng"), ("quý", "quý")])
    func tonePlacement(input: String, expected: String) {
        #expect(TonePlacement.normalized(input) == expected)
    }
}
