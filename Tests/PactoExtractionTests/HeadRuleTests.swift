import PactoModel
import Testing

/// The head and deputy for the year, in every phrasing; the new one when
/// the role is handed over.
struct HeadRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var head: String?
        var deputy: String? = nil
        var testDescription: String { text }
    }

    /// Compares as the scorer does: province, or the text containing the name.
    static func matches(_ member: Member?, _ expected: String?) -> Bool {
        guard let expected else { return member == nil }
        guard let member else { return false }
        let key = Folding.fold(expected)
        return member.province.map(Folding.fold) == key || Folding.fold(member.text).contains(key)
    }

    @Test(arguments: [
        Case(text: "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua năm 2022. Năm 2022, Sở Tư pháp tỉnh Hà Nam là Cụm trưởng, Sở Tư pháp tỉnh Nam Định là Cụm phó.",
             head: "Hà Nam", deputy: "Nam Định"),
        Case(text: "Ngày 5/3, Cụm thi đua số 3 do Công an tỉnh Bắc Giang làm Cụm trưởng đã ký kết giao ước thi đua năm 2022.",
             head: "Bắc Giang"),
        Case(text: "Ngày 5/3, Khối thi đua số 2 gồm Sở Y tế (Trưởng khối), Sở Nội vụ (Phó trưởng khối) và Sở Tư pháp đã ký kết giao ước thi đua.",
             head: "Sở Y tế", deputy: "Sở Nội vụ"),
        Case(text: "Ngày 5/3, Khối thi đua số 2 ký kết giao ước thi đua. Ông Trần Văn Hùng, Giám đốc Sở Công Thương, Trưởng khối thi đua chủ trì hội nghị.",
             head: "Sở Công Thương"),
        Case(text: "Ngày 5/3, Cụm thi đua số 4 tổng kết năm 2022. Hội nghị đã bầu Cụm trưởng năm 2023 là UBND huyện Cư M’gar, Cụm phó là UBND huyện Krông Năng.",
             head: "Cư M’gar", deputy: "Krông Năng"),
        Case(text: "Ngày 5/3, Cụm thi đua số 4 tổng kết năm 2022. Trưởng cụm năm 2022 là LĐLĐ tỉnh Phú Yên; hội nghị thống nhất đơn vị Trưởng cụm năm 2023 là LĐLĐ tỉnh Khánh Hòa.",
             head: "Khánh Hòa"),
        Case(text: "Ngày 5/3, Khối thi đua số 6 ký kết giao ước thi đua. Trường Cao đẳng Y tế được giao nhiệm vụ khối trưởng năm 2022.",
             head: "Trường Cao đẳng Y tế"),
        Case(text: "Ngày 5/3, Cụm thi đua số 6 ký kết giao ước thi đua. Tại hội nghị, các đơn vị đã bầu Cụm trưởng, Cụm phó năm 2023.",
             head: nil),
        Case(text: "Chiều 28/12, Khối thi đua số 3 tổng kết năm 2023. Sở Nội vụ (đơn vị Trưởng khối) và Sở Tài chính (đơn vị Phó khối) đồng chủ trì hội nghị.",
             head: "Sở Nội vụ", deputy: "Sở Tài chính"),
        Case(text: "Ngày 10/1, Khối thi đua số 5 tổng kết năm 2023. Hội nghị bầu trưởng khối năm 2024 là Hội Nông dân tỉnh và phó khối là Tỉnh đoàn.",
             head: "Hội Nông dân tỉnh", deputy: "Tỉnh đoàn"),
        Case(text: "Ngày 10/1, Công an tỉnh Kon Tum được Bộ Công an giao là đơn vị Cụm trưởng Cụm thi đua số 9 năm 2024 đã tổ chức ký kết giao ước thi đua.",
             head: "Kon Tum"),
        Case(text: "Ngày 10/1, Khối thi đua số 2 ký kết giao ước thi đua. Năm 2024, Sở Xây dựng nhận bàn giao Trưởng khối từ Sở Giao thông vận tải - Trưởng khối năm 2023.",
             head: "Sở Xây dựng"),
        Case(text: "Ngày 20/1, Cụm thi đua số 3 tổng kết năm 2023. Hội nghị cũng đã bầu huyện Mường Lát là đơn vị Cụm trưởng năm 2024.",
             head: "Mường Lát"),
        Case(text: "Ngày 20/1, Khối thi đua số 4 ký kết giao ước thi đua. Trưởng khối năm 2024 là đồng chí Lê Văn Minh, Giám đốc Sở Công Thương.",
             head: "Sở Công Thương"),
        Case(text: "Ngày 20/1, Khối thi đua số 4 ký kết giao ước thi đua. Trưởng khối năm 2024 là ông Lê Văn Minh.",
             head: nil),
        Case(text: "Ngày 20/1, Khối thi đua số 4 ký kết giao ước thi đua. Trưởng khối năm 2024: Sở Y tế; Phó trưởng khối: Sở Nội vụ.",
             head: "Sở Y tế", deputy: "Sở Nội vụ"),
        Case(text: "Ngày 12/1, Cụm thi đua số 5 tổng kết năm 2023. Sở Tư pháp tỉnh Gia Lai đã chuyển giao nhiệm vụ Cụm trưởng năm 2024 cho Sở Tư pháp tỉnh Kon Tum.",
             head: "Kon Tum"),
    ])
    func vietnamese(_ example: Case) throws {
        let event = try #require(Sample.event(example.text))
        #expect(Self.matches(event.head, example.head), "head \(String(describing: event.head))")
        #expect(Self.matches(event.deputyHead, example.deputy), "deputy \(String(describing: event.deputyHead))")
    }

    @Test(arguments: [
        Case(text: "En 2024, el Departamento de Justicia de la provincia de Ha Nam será el responsable del Clúster de Emulación n.º 3, que firmó el pacto de emulación el 5 de marzo.",
             head: "Hà Nam"),
        Case(text: "El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto de emulación. La Policía de la provincia de Quang Tri es el jefe del Clúster de Emulación para 2024.",
             head: "Quảng Trị"),
        Case(text: "El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto de emulación. En 2024, la provincia de Kien Giang será la jefa del Clúster de Emulación.",
             head: "Kiên Giang"),
        Case(text: "El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto de emulación. El Departamento de Finanzas de Quang Ngai será el subjefe del Clúster.",
             head: nil, deputy: "Quảng Ngãi"),
        Case(text: "El 5 de marzo el Bloque de Emulación número 2 firmó el pacto de emulación. El Departamento de Salud será el jefe del Bloque de Emulación.",
             head: "Departamento de Salud"),
        Case(text: "El 5 de marzo el Clúster de Emulación n.º 6 firmó el pacto. La reunión, presidida por el director del Departamento de Finanzas de Gia Lai, jefe del Clúster, fue breve. El Departamento de Finanzas de Kon Tum actuará como subjefe.",
             head: "Gia Lai", deputy: "Kon Tum"),
        Case(text: "El 5 de marzo el Bloque de Emulación número 3 firmó el pacto. Este año lo encabeza el Departamento de Industria y Comercio.",
             head: "Departamento de Industria y Comercio"),
        Case(text: "El 5 de abril el Clúster de Emulación No. 6 firmó el pacto. El jefe del Clúster es el Departamento de Finanzas de Quang Nam y el subjefe es el Departamento de Finanzas de Quang Ngai.",
             head: "Quảng Nam", deputy: "Quảng Ngãi"),
        Case(text: "El 1 de abril, el Clúster de Emulación del Suroeste, encabezado por la provincia de Kien Giang, firmó el pacto de emulación para 2022.",
             head: "Kiên Giang"),
    ])
    func spanish(_ example: Case) throws {
        let event = try #require(Sample.event(example.text, language: .spanish))
        #expect(Self.matches(event.head, example.head), "head \(String(describing: event.head))")
        #expect(Self.matches(event.deputyHead, example.deputy), "deputy \(String(describing: event.deputyHead))")
    }
}
