import PactoModel
import Testing

/// The number of members, only when the text states it.
struct MemberCountRuleTests {
    @Test(arguments: [
        ("Ngày 5/3, Cụm thi đua số 3 gồm 7 đơn vị đã tổ chức ký kết giao ước thi đua.", 7),
        ("Ngày 5/3, Cụm thi đua số 3 có 08 thành viên tổ chức ký kết giao ước thi đua.", 8),
        ("Ngày 5/3, đại diện lãnh đạo 12 huyện, thị xã thuộc Khối thi đua số 1 đã ký kết giao ước thi đua.", 12),
        ("Ngày 5/3, Cụm thi đua 6 tỉnh Bắc Trung bộ tổ chức ký kết giao ước thi đua năm 2022.", 6),
        ("Ngày 5/3, lãnh đạo 9 sở, ngành thuộc Khối thi đua số 2 ký kết giao ước thi đua năm 2022.", 9),
        ("Ngày 5/3, Cụm thi đua số 2 gồm năm tỉnh đã ký kết giao ước thi đua năm 2022.", 5),
        ("Ngày 5/3, Cụm thi đua số 2 gồm 10 công đoàn phường đã ký kết giao ước thi đua năm 2022.", 10),
        ("Ngày 5/3, đại diện 10 trường đại học, cao đẳng thuộc Khối thi đua đã ký kết giao ước thi đua.", 10),
        ("Ngày 5/3, Cụm thi đua số 10 tổng kết năm 2024: 12/12 đơn vị thuộc Cụm hoàn thành xuất sắc nhiệm vụ.", 12),
        ("Ngày 5/3, Công an 4 tỉnh Cụm thi đua số 9 ký kết giao ước thi đua năm 2022.", 4),
        ("Ngày 5/3, Khối thi đua số 2 ký kết giao ước; dự có lãnh đạo của 10 cơ quan, đơn vị trong khối thi đua.", 10),
    ])
    func vietnamese(text: String, count: Int) throws {
        let event = try #require(Sample.event(text))
        #expect(event.memberCount == count)
    }

    @Test(arguments: [
        "Ngày 5/3, Cụm thi đua số 5 ký kết giao ước thi đua; năm qua có 4 đơn vị được tặng Cờ thi đua.",
        "Ngày 5/3, Cụm thi đua số 5 gồm các tỉnh: Hà Nam, Nam Định và Ninh Bình ký kết giao ước thi đua.",
        "Ngày 5/3, Cụm thi đua số 5 ký kết giao ước thi đua; 6/6 đơn vị hoàn thành nhiệm vụ.",
        "Ngày 5/3, Cụm thi đua số 5 ký kết giao ước thi đua với 3 nội dung và 20 chỉ tiêu.",
        "Ngày 5/3, Cụm thi đua số 5 ký kết giao ước thi đua; công tác thi đua ở 2 đơn vị được quan tâm.",
        "Ngày 5/3, Cụm thi đua số 3 tỉnh Thanh Hóa ký kết giao ước thi đua năm 2024.",
        "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước; Ủy ban MTTQ Việt Nam tỉnh dự hội nghị.",
    ])
    func notStated(text: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.memberCount == nil)
    }

    @Test(arguments: [
        ("El Clúster de Emulación n.º VIII comprende seis Departamentos de las provincias. El 5 de marzo firmaron el pacto de emulación.", 6),
        ("El 5 de marzo, líderes de 10 provincias del Clúster de Emulación firmaron el pacto de emulación.", 10),
        ("El 5 de marzo, los 12 miembros del Clúster de Emulación n.º 2 firmaron el pacto de emulación.", 12),
        ("El Grupo de Emulación No. 3 incluye cinco provincias. El 5 de marzo firmaron el pacto de emulación.", 5),
        ("El 5 de marzo, representantes de 7 departamentos del Bloque de Emulación número 1 firmaron el pacto de emulación.", 7),
        ("El 5 de marzo firmaron el pacto los miembros del Clúster de Emulación No. 6, que tiene 6 miembros.", 6),
        ("El Grupo de Emulación n.º 6, integrado por la Policía de 12 distritos urbanos, firmó el pacto de emulación el 5 de marzo.", 12),
        ("El Bloque de Emulación, formado por los hospitales de 9 distritos, firmó el pacto de emulación el 5 de marzo.", 9),
    ])
    func spanish(text: String, count: Int) throws {
        let event = try #require(Sample.event(text, language: .spanish))
        #expect(event.memberCount == count)
    }

    @Test func countDifferentFromListWarns() {
        let warnings = Sample.warnings(["Ngày 5/3/2022, Cụm thi đua số 3 gồm 5 tỉnh: Hà Nam, Nam Định và Ninh Bình ký kết giao ước thi đua."])
        #expect(warnings.contains { $0.hasPrefix("stated member count 5 differs from the 3 members listed") })
    }
}
