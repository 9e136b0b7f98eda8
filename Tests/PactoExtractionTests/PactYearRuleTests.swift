import PactoModel
import Testing

/// The year the pact, review or plan is for.
struct PactYearRuleTests {
    @Test(arguments: [
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua năm 2022.", 2022 as Int?),
        ("Ngày 15/1, Cụm thi đua số 3 tổng kết công tác thi đua năm 2021 và ký kết giao ước thi đua năm 2022.", 2022),
        ("Ngày 1/4, Cụm thi đua số 3 tổng kết thực hiện giao ước thi đua năm 2021; các tỉnh đã ký kết giao ước.", 2022),
        ("Ngày 15/12, Cụm thi đua số 3 tổng kết công tác thi đua năm 2022 và triển khai nhiệm vụ năm 2023.", 2022),
        ("Ngày 15/7, Cụm thi đua số 3 sơ kết công tác thi đua 6 tháng đầu năm 2022.", 2022),
        ("Ngày 15/9, Cụm thi đua số 3 ký kết giao ước thi đua năm học 2022 - 2023.", nil),
        ("Ngày 15/3, Cụm thi đua số 3 ký kết giao ước thi đua giai đoạn 2021-2025.", nil),
    ])
    func vietnamese(text: String, year: Int?) throws {
        let event = try #require(Sample.event(text))
        #expect(event.year == year)
    }

    @Test func twoPactYearsWarn() {
        let warnings = Sample.warnings([
            "Ngày 5/3/2022, Cụm thi đua số 3 ký kết giao ước thi đua năm 2022.",
            "Các đơn vị đã ký kết giao ước thi đua năm 2023 với nhiều nội dung.",
        ])
        #expect(warnings.contains("two pact years: 2022, 2023"))
    }

    @Test(arguments: [
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto de emulación de 2022.", 2022 as Int?),
        ("El 29 de marzo el Clúster celebró una conferencia para resumir el pacto de emulación en 2023 y firmar el pacto de emulación en 2024. El Clúster de Emulación n.º 2 lo organizó.", 2024),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto de emulación para el año 2021.", 2021),
        ("El 15 de julio el Clúster de Emulación n.º 3 hizo el balance semestral de 2022.", 2022),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto de emulación para el año escolar 2022-2023.", nil),
    ])
    func spanish(text: String, year: Int?) throws {
        let event = try #require(Sample.event(text, language: .spanish))
        #expect(event.year == year)
    }
}
