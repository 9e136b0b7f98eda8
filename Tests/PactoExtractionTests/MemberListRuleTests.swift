import PactoModel
import Testing

/// Members from lists in all their shapes, each mapped to its province.
struct MemberListRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var members: [String]
        var provinces: [String?]
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Ngày 5/3, Cụm thi đua số 3 gồm Sở Tư pháp các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình và Thanh Hoá tổ chức ký kết giao ước thi đua.",
             members: ["Nghệ An", "Hà Tĩnh", "Quảng Bình", "Thanh Hoá"], provinces: ["Nghệ An", "Hà Tĩnh", "Quảng Bình", "Thanh Hóa"]),
        Case(text: "Ngày 5/3, Cụm thi đua số 2 (gồm các huyện Krông Pắc, Ea Kar, M’Drắk và Krông Bông) tổ chức ký kết giao ước thi đua.",
             members: ["Krông Pắc", "Ea Kar", "M’Drắk", "Krông Bông"], provinces: [nil, nil, nil, nil]),
        Case(text: "Ngày 5/3, Khối thi đua số 1 gồm 4 đơn vị: Sở Nội vụ; Sở Tư pháp; Thanh tra tỉnh; Văn phòng UBND tỉnh đã ký kết giao ước thi đua.",
             members: ["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh", "Văn phòng UBND tỉnh"], provinces: [nil, nil, nil, nil]),
        Case(text: "Ngày 5/3, Cụm thi đua số 4 gồm Liên đoàn Lao động các tỉnh Lào Cai, Yên Bái, Hà Giang và Tuyên Quang ký kết giao ước thi đua.",
             members: ["Lào Cai", "Yên Bái", "Hà Giang", "Tuyên Quang"], provinces: ["Lào Cai", "Yên Bái", "Hà Giang", "Tuyên Quang"]),
        Case(text: "Ngày 5/3, Khối thi đua số 5 bao gồm: Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo và Sở Y tế đã ký kết giao ước thi đua.",
             members: ["Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Y tế"], provinces: [nil, nil, nil]),
        Case(text: "Ngày 5/3, Cụm thi đua số 7 gồm các xã: An Phú, Tân Hòa, Bình Mỹ và Phước Lợi tổ chức ký kết giao ước thi đua.",
             members: ["An Phú", "Tân Hòa", "Bình Mỹ", "Phước Lợi"], provinces: [nil, nil, nil, nil]),
        Case(text: "Ngày 5/3, tại Cần Thơ, Công an 3 tỉnh: Sóc Trăng, Hậu Giang và Bạc Liêu thuộc Cụm thi đua số 8 ký kết giao ước thi đua.",
             members: ["Sóc Trăng", "Hậu Giang", "Bạc Liêu"], provinces: ["Sóc Trăng", "Hậu Giang", "Bạc Liêu"]),
        Case(text: "Sáng 15-1, Khối thi đua số 2 gồm 4 cơ quan: Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Trường Chính trị tỉnh và Báo tỉnh ký kết giao ước thi đua. Đồng chí Lê Văn Nam, Trưởng Ban Tổ chức Tỉnh ủy, Trưởng khối thi đua chủ trì.",
             members: ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Trường Chính trị tỉnh", "Báo tỉnh"], provinces: [nil, nil, nil, nil]),
        Case(text: "Ngày 10/3, Khối thi đua số 3 gồm: Hội Đông y tỉnh, Hội Chữ thập đỏ tỉnh và Hội Người mù tỉnh ký kết giao ước thi đua.",
             members: ["Hội Đông y tỉnh", "Hội Chữ thập đỏ tỉnh", "Hội Người mù tỉnh"], provinces: [nil, nil, nil]),
        Case(text: "Sáng 2/3, Khối thi đua số 4 gồm 4 đơn vị (Sở Y tế, Sở Nội vụ, Sở Tư pháp và Thanh tra tỉnh) tổ chức ký kết giao ước thi đua.",
             members: ["Sở Y tế", "Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"], provinces: [nil, nil, nil, nil]),
        Case(text: "Ngày 9-10, Cụm thi đua số 1 gồm Công an 4 thành phố: Hải Phòng, Đà Nẵng, Cần Thơ và Hà Nội đã tổ chức hội nghị tổng kết.",
             members: ["Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Nội"], provinces: ["Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Nội"]),
        Case(text: "Ngày 5/3, Cụm thi đua số 2 gồm 3 đơn vị: Hội Nông dân Hà Nam – Cụm trưởng, Hội Nông dân Nam Định – Cụm phó, Hội Nông dân Ninh Bình ký kết giao ước thi đua.",
             members: ["Hội Nông dân Hà Nam", "Hội Nông dân Nam Định", "Hội Nông dân Ninh Bình"], provinces: ["Hà Nam", "Nam Định", "Ninh Bình"]),
    ])
    func vietnamese(_ example: Case) throws {
        let event = try #require(Sample.event(example.text))
        #expect(event.members.map(\.text) == example.members)
        #expect(event.members.map(\.province) == example.provinces)
    }

    @Test(arguments: [
        ("Ngày 2/4, Cụm thi đua Tây Nam bộ tổng kết năm 2022; 3 tỉnh Hậu Giang, Bạc Liêu, Cà Mau vượt chỉ tiêu thu ngân sách.",
         ["Hậu Giang", "Bạc Liêu", "Cà Mau"]),
        ("Ngày 10/11, Cụm thi đua số 2 các tỉnh Tây Bắc tổng kết năm 2017, dưới sự chỉ đạo của Tỉnh ủy Hòa Bình, Sơn La, Lai Châu.",
         ["Hòa Bình", "Sơn La", "Lai Châu"]),
    ])
    func provincesNamedTogether(text: String, provinces: [String]) throws {
        let event = try #require(Sample.event(text))
        #expect(event.members.compactMap(\.province) == provinces)
    }

    @Test func provincesNamedTogetherOutsideAClusterOfProvincesAreNotMembers() throws {
        let event = try #require(Sample.event("Ngày 10/11, Khối thi đua số 2 tổng kết năm 2017; đoàn đã tham quan Hòa Bình, Sơn La, Lai Châu."))
        #expect(event.members.isEmpty)
    }

    @Test func membersAfterTheMergerTakeTheNewProvince() throws {
        let event = try #require(Sample.event("Ngày 5/9/2025, Cụm thi đua số 3 gồm các tỉnh: Long An, Bến Tre và Kiên Giang ký kết giao ước thi đua."))
        #expect(event.members.map(\.province) == ["Tây Ninh", "Vĩnh Long", "An Giang"])
    }

    @Test func documentsAreNotMembers() throws {
        let event = try #require(Sample.event("Ngày 5/3, Khối thi đua số 2 ký kết giao ước thi đua. Các đại biểu góp ý vào các dự thảo gồm: Quy chế hoạt động, Kế hoạch hoạt động và Bảng điểm."))
        #expect(event.members.isEmpty)
    }

    @Test(arguments: [
        Case(text: "El 5 de marzo, el Clúster de Emulación n.º 3 comprende las siguientes provincias: Nghe An, Ha Tinh, Quang Binh y Thanh Hoa, y firmó el pacto de emulación.",
             members: ["Nghe An", "Ha Tinh", "Quang Binh", "Thanh Hoa"], provinces: ["Nghệ An", "Hà Tĩnh", "Quảng Bình", "Thanh Hóa"]),
        Case(text: "El Clúster de Emulación n.º 1 incluye los Departamentos de Justicia de las provincias de: Lao Cai, Yen Bai y Ha Giang. El 5 de marzo firmaron el pacto de emulación.",
             members: ["Lao Cai", "Yen Bai", "Ha Giang"], provinces: ["Lào Cai", "Yên Bái", "Hà Giang"]),
        Case(text: "El Clúster de Emulación n.º 2 está integrado por: Hanói, Hai Phong y Ciudad Ho Chi Minh. El 5 de marzo firmaron el pacto de emulación.",
             members: ["Hanói", "Hai Phong", "Ciudad Ho Chi Minh"], provinces: ["Hà Nội", "Hải Phòng", "Hồ Chí Minh"]),
        Case(text: "El Grupo de Emulación No. 4 comprende seis provincias: Soc Trang, Hau Giang, Bac Lieu, Ca Mau, Kien Giang y An Giang. El 5 de marzo firmaron el pacto de emulación.",
             members: ["Soc Trang", "Hau Giang", "Bac Lieu", "Ca Mau", "Kien Giang", "An Giang"],
             provinces: ["Sóc Trăng", "Hậu Giang", "Bạc Liêu", "Cà Mau", "Kiên Giang", "An Giang"]),
        Case(text: "El Clúster de Emulación n.º 5 agrupa a las provincias de Dak Lak, Gia Lai y Kon Tum. El 5 de marzo firmaron el pacto de emulación.",
             members: ["Dak Lak", "Gia Lai", "Kon Tum"], provinces: ["Đắk Lắk", "Gia Lai", "Kon Tum"]),
        Case(text: "El 5 de marzo, los departamentos de Finanzas de tres provincias del norte (Lao Cai, Yen Bai y Ha Giang) firmaron el pacto del Clúster de Emulación n.º 1.",
             members: ["Lao Cai", "Yen Bai", "Ha Giang"], provinces: ["Lào Cai", "Yên Bái", "Hà Giang"]),
        Case(text: "El 20 de enero firmó el pacto el Grupo de Emulación No. 11, compuesto por 3 unidades: la Asociación de Literatura y Artes; la Asociación de Periodistas; el Colegio de Abogados.",
             members: ["Asociación de Literatura y Artes", "Asociación de Periodistas", "Colegio de Abogados"], provinces: [nil, nil, nil]),
    ])
    func spanish(_ example: Case) throws {
        let event = try #require(Sample.event(example.text, language: .spanish))
        #expect(event.members.map(\.text) == example.members)
        #expect(event.members.map(\.province) == example.provinces)
    }
}
