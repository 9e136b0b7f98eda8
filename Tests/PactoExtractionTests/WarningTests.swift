import PactoModel
import Testing

/// Warnings about the document itself.
struct WarningTests {
    @Test(arguments: [
        "Ngày 5/3/2022, Cụm thi đua số 3 gồm 5 tỉnh: Hà Nam, Nam Định và Ninh Bình ký kết giao ước thi đua.",
        "Ngày 5/3/2022, Khối thi đua số 1 gồm 4 đơn vị: Sở Y tế, Sở Nội vụ ký kết giao ước thi đua.",
        "Ngày 5/3/2022, Cụm thi đua số 2 có 08 thành viên, gồm các huyện: A Lưới, Phong Điền và Quảng Điền ký kết giao ước thi đua.",
        "Ngày 5/3/2022, đại diện 3 đơn vị thuộc Khối thi đua số 4 gồm Sở Y tế và Sở Tư pháp ký kết giao ước thi đua.",
        "Ngày 5/3/2022, Cụm thi đua 4 tỉnh gồm các tỉnh: Lào Cai, Yên Bái ký kết giao ước thi đua.",
    ])
    func statedCountDiffersFromList(text: String) {
        #expect(Sample.warnings([text]).contains { $0.hasPrefix("stated member count") })
    }

    @Test(arguments: [
        "Ngày 5/3/2022, tại tỉnh Vân Xuyên, Cụm thi đua số 3 ký kết giao ước thi đua.",
        "Ngày 5/3/2022, Sở Tư pháp tỉnh Quảng Nguyên thuộc Cụm thi đua số 3 ký kết giao ước thi đua.",
        "Ngày 5/3/2022, Cụm thi đua số 3 tỉnh Tây Hòa ký kết giao ước thi đua.",
        "Ngày 5/3/2022, Cụm thi đua số 3 ký kết giao ước thi đua tại tỉnh Bắc Sơn.",
        "Ngày 5/3/2022, Công an tỉnh Hà Lâm là Cụm trưởng Cụm thi đua số 3 đã ký kết giao ước thi đua.",
    ])
    func unknownPlace(text: String) {
        #expect(Sample.warnings([text]).contains { $0.hasPrefix("unknown place:") })
    }

    @Test(arguments: [
        "Chiều 29/3, Cụm thi đua số 8 tổ chức hội nghị ký kết giao ước thi đua.",
        "Sáng 12/10, tại Hà Nội, Khối thi đua số 2 tổng kết công tác thi đua.",
        "Ngày 07 tháng 8, Khối thi đua số 3 đã tổ chức hội nghị triển khai công tác thi đua.",
        "Ngày 25-7, Cụm thi đua số 4 sơ kết công tác thi đua 6 tháng đầu năm.",
        "El 29 de marzo, el Clúster de Emulación n.º VIII firmó el pacto de emulación.",
    ])
    func undatable(text: String) {
        let language: Language = text.hasPrefix("El ") ? .spanish : .vietnamese
        #expect(Sample.warnings([text], language: language).contains { $0.hasPrefix("undatable date") })
    }

    @Test func cleanDocumentHasNoWarnings() {
        let text = "Chiều 29/3/2024, tại Long An, Cụm thi đua số 8 gồm 3 sở các tỉnh: Long An, Bến Tre và Trà Vinh ký kết giao ước thi đua năm 2024."
        #expect(Sample.warnings([text]).isEmpty)
    }
}
