import PactoModel
import Testing

/// Criteria of the pact, in digits or words; contents are not criteria.
struct CriteriaRuleTests {
    @Test(arguments: [
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua với 3 nội dung và 23 chỉ tiêu.", 23),
        ("Ngày 5/3, Cụm thi đua số 3 thống nhất 15 tiêu chí và ký kết giao ước thi đua năm 2022.", 15),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua, phấn đấu đạt và vượt bảy chỉ tiêu.", 7),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua gồm 05 nhóm nội dung, 30 tiêu chí.", 30),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua với mười hai chỉ tiêu cụ thể.", 12),
    ])
    func vietnamese(text: String, count: Int) throws {
        let event = try #require(Sample.event(text))
        #expect(event.criteriaCount == count)
    }

    @Test(arguments: [
        "Ngày 5/3, Cụm thi đua số 3 ký kết 6 nội dung giao ước thi đua.",
        "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua; các đơn vị hoàn thành các chỉ tiêu được giao.",
        "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua; 100% chỉ tiêu đạt và vượt.",
        "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua; 9/12 chỉ tiêu đạt.",
        "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua nhằm hoàn thành chỉ tiêu kinh tế.",
    ])
    func notCriteria(text: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.criteriaCount == nil)
    }

    @Test(arguments: [
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto con 23 criterios.", 23),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto con siete criterios.", 7),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto, que incluye 15 indicadores.", 15),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto con diez criterios y tres contenidos.", 10),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto de 12 metas.", 12),
    ])
    func spanish(text: String, count: Int) throws {
        let event = try #require(Sample.event(text, language: .spanish))
        #expect(event.criteriaCount == count)
    }
}
