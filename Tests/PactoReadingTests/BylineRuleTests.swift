import Testing
@testable import PactoReading

struct BylineRuleTests {
    @Test(arguments: [
        ("Thanh Mỹ", ["Thanh Mỹ"]),
        ("Trung Kiên – Bá Phúc", ["Trung Kiên", "Bá Phúc"]),
        ("Nguyễn Thanh Dao (Văn phòng)", ["Nguyễn Thanh Dao"]),
        ("Bài và ảnh: Việt Thịnh (VP Sở)", ["Việt Thịnh"]),
        ("Tin, ảnh: Tuấn Anh", ["Tuấn Anh"]),
        ("CTV Lâm Hiền – Thành Trung", ["Lâm Hiền", "Thành Trung"]),
        ("HÀ ĐỨC THÀNH", ["HÀ ĐỨC THÀNH"]),
        ("P.TRUNG", ["P.TRUNG"]),
        ("Por Thanh My", ["Thanh My"]),
        ("Bài: Minh Anh, ảnh: Quốc Huy", ["Minh Anh", "Quốc Huy"]),
        ("PV", []),
    ])
    func recognisesBylines(line: String, names: [String]) {
        #expect(BylineRule.authors(in: line) == names)
    }

    @Test(arguments: [
        "Đại diện lãnh đạo 6 Sở Tài nguyên và Môi trường ký kết giao ước thi đua",
        "Hội nghị đã thành công tốt đẹp.",
        "PHÒNG TỔ CHỨC CÁN BỘ",
        "La presidenta interina Vo Thi Anh Xuan habla. Foto: VPCTN",
        "Năm 2024",
    ])
    func rejectsNonBylines(line: String) {
        let names = BylineRule.authors(in: line)
        #expect(names == nil || names == [])
    }
}
