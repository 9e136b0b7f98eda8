import PactoModel
import Testing
@testable import PactoChecking

/// The anchors found in short phrases: the same fact gives the same key in
/// Vietnamese and in Spanish.
struct AnchorFinderTests {
    static let finder = AnchorFinder(gazetteer: .standard, glossary: Fixtures.checker.glossary)

    static func keys(_ text: String, _ language: Language, _ kind: Anchor.Kind) -> [String] {
        finder.anchors(of: ScannedText(text), language: language).anchors(kind).map(\.key)
    }

    @Test(arguments: [
        ("Chiều 29/3, tại Long An", Language.vietnamese, ["29-3"]),
        ("Sáng ngày 30/3/2018", .vietnamese, ["30-3"]),
        ("Ngày 07 tháng 8 năm 2024", .vietnamese, ["7-8"]),
        ("ngày 25-07-2024", .vietnamese, ["25-7"]),
        ("6/6 đơn vị hoàn thành", .vietnamese, []),
        ("la tarde del 29 de marzo", .spanish, ["29-3"]),
        ("el 7 de agosto de 2024", .spanish, ["7-8"]),
        ("el 29/3", .spanish, ["29-3"]),
    ])
    func dates(text: String, language: Language, expected: [String]) {
        #expect(Self.keys(text, language, .date) == expected)
    }

    @Test(arguments: [
        ("gồm 6 sở TN&MT", Language.vietnamese, ["6"]),
        ("comprende seis Departamentos", .spanish, ["6"]),
        ("Cụm thi đua số VIII", .vietnamese, ["8"]),
        ("el Clúster de Emulación n.º VIII", .spanish, ["8"]),
        ("Clúster de Emulación No. VIII", .spanish, ["8"]),
        ("02 tập thể và 03 cá nhân", .vietnamese, ["2", "3"]),
        ("dos colectivos y tres personas", .spanish, ["2", "3"]),
        ("1,5 tỷ đồng", .vietnamese, ["1500000000"]),
        ("1.500 millones de dongs", .spanish, ["1500000000"]),
        ("veintitrés criterios", .spanish, ["23"]),
        ("6 tháng đầu năm 2024", .vietnamese, ["2024"]),
        ("el primer semestre de 2024", .spanish, ["2024"]),
        ("un movimiento de emulación", .spanish, []),
        ("lúc 14h30", .vietnamese, []),
    ])
    func numbers(text: String, language: Language, expected: [String]) {
        #expect(Self.keys(text, language, .number) == expected)
    }

    @Test(arguments: [
        ("Long An, Tiền Giang, Vĩnh Long", Language.vietnamese, ["Long An", "Tiền Giang", "Vĩnh Long"]),
        ("Long An, Tien Giang, Vinh Long", .spanish, ["Long An", "Tiền Giang", "Vĩnh Long"]),
        ("TP.HCM và Hà Nội", .vietnamese, ["Hồ Chí Minh", "Hà Nội"]),
        ("Ciudad Ho Chi Minh y Hanói", .spanish, ["Hồ Chí Minh", "Hà Nội"]),
    ])
    func provinces(text: String, language: Language, expected: [String]) {
        #expect(Self.keys(text, language, .province) == expected)
    }

    @Test(arguments: [
        ("Giám đốc Sở TN&MT tỉnh Long An - Võ Minh Thành chia sẻ", Language.vietnamese, ["vo minh thanh"]),
        ("El director, Vo Minh Thanh, afirmó", .spanish, ["vo minh thanh"]),
        ("đồng chí Lê Tuấn Định – Phó giám đốc", .vietnamese, ["le tuan dinh"]),
        ("La Conferencia del Comité Popular", .spanish, []),
    ])
    func names(text: String, language: Language, expected: [String]) {
        #expect(Self.keys(text, language, .name) == expected)
    }

    @Test func seedLead() {
        let anchors = Self.finder.anchors(
            of: ScannedText("Chiều 29/3, tại Long An, Cụm thi đua số VIII-Bộ Tài nguyên và Môi trường (TN&MT) tổ chức Hội nghị ký kết giao ước thi đua năm 2024."),
            language: .vietnamese)
        #expect(anchors.keys(.date) == ["29-3"])
        #expect(anchors.keys(.number) == ["8", "2024"])
    }
}
