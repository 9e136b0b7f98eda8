import PactoModel
import Testing

/// The meeting's day and its part: day-first dates, the year from the text,
/// the title or the stamp; document dates and periods are not meeting dates.
struct MeetingDateRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var title: String? = nil
        var published: String? = nil
        var date: String?
        var dayPart: DayPart?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Chiều 29/3, tại Long An, Cụm thi đua số VIII tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
             date: "2024-03-29", dayPart: .afternoon),
        Case(text: "Sáng ngày 30/3/2018, Cụm thi đua số 1 đã tổ chức hội nghị ký giao ước thi đua.",
             date: "2018-03-30", dayPart: .morning),
        Case(text: "Ngày 07 tháng 8 năm 2024, Khối thi đua số 3 đã tổ chức hội nghị triển khai công tác thi đua.",
             date: "2024-08-07", dayPart: nil),
        Case(text: "Ngày 25-5, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm học 2017-2018.",
             date: "2018-05-25", dayPart: nil),
        Case(text: "Tối 14/12, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.",
             date: "2022-12-14", dayPart: .evening),
        Case(text: "Trưa 5/1, Khối thi đua số 6 ký kết giao ước thi đua.", published: "2023-01-06",
             date: "2023-01-05", dayPart: .noon),
        Case(text: "Chiều 10/7, Cụm thi đua số 1 sơ kết công tác thi đua 6 tháng đầu năm 2020.",
             date: "2020-07-10", dayPart: .afternoon),
        Case(text: "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND tỉnh, ngày 15/3 Cụm thi đua số 5 tổ chức ký kết giao ước thi đua năm 2024.",
             date: "2024-03-15", dayPart: nil),
        Case(text: "Hôm nay, ngày 31/7/2020, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2020.",
             date: "2020-07-31", dayPart: nil),
        Case(text: "Cụm thi đua số 3 ngày 15/3 đã tổ chức hội nghị ký kết giao ước thi đua năm 2023.",
             date: "2023-03-15", dayPart: nil),
        Case(text: "Thực hiện Kế hoạch số 12/KH-CTĐ, ngày 20/3/2023 Khối thi đua số 2 tổ chức ký kết giao ước thi đua.",
             date: "2023-03-20", dayPart: nil),
        Case(text: "Ngày 26-12, Cụm thi đua số 10 tổng kết công tác thi đua năm 2025 và đề ra nhiệm vụ năm 2026.",
             date: "2025-12-26", dayPart: nil),
        Case(text: "Sáng 20/1, Cụm thi đua số 11 tổ chức hội nghị tổng kết năm 2025.", title: "Cụm thi đua số 11 triển khai nhiệm vụ năm 2026",
             date: "2026-01-20", dayPart: .morning),
        Case(text: "Sáng nay, tại Hà Nội, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024.", published: "2024-03-05T11:20",
             date: "2024-03-05", dayPart: .morning),
        Case(text: "Chiều nay (10/4), Khối thi đua số 1 tổ chức hội nghị tổng kết công tác thi đua năm 2023.", published: "2024-04-10",
             date: "2024-04-10", dayPart: .afternoon),
    ])
    func vietnamese(_ example: Case) throws {
        let event = try #require(Sample.event(example.text, title: example.title, published: example.published))
        #expect(event.date?.description == example.date)
        #expect(event.dayPart == example.dayPart)
    }

    @Test(arguments: [
        Case(text: "El 29 de marzo, el Clúster de Emulación n.º VIII firmó el pacto de emulación de 2024.",
             published: "2024-03-30", date: "2024-03-29", dayPart: nil),
        Case(text: "La tarde del 29 de marzo, el Clúster de Emulación n.º VIII firmó el pacto de emulación de 2024.",
             date: "2024-03-29", dayPart: .afternoon),
        Case(text: "En la mañana del 5 de enero de 2023, el Grupo de Emulación No. 2 firmó el pacto de emulación.",
             date: "2023-01-05", dayPart: .morning),
        Case(text: "La noche del 14 de diciembre, el Clúster de Emulación n.º 3 celebró una conferencia para resumir el pacto de emulación de 2022.",
             date: "2022-12-14", dayPart: .evening),
        Case(text: "El 1 de abril de 2022, el Clúster de Emulación del Suroeste firmó el pacto de emulación.",
             date: "2022-04-01", dayPart: nil),
        // A document's date before the meeting's.
        Case(text: "En cumplimiento de la Guía n.º 30-HD/HVCTQG, del 3 de febrero de 2021, el 2 de abril de 2021 el Clúster de Emulación firmó el pacto de emulación.",
             date: "2021-04-02", dayPart: nil),
        Case(text: "Conforme a la Directiva del 8 de febrero de 2023, la tarde del 13 de marzo de 2023 el Clúster de Emulación firmó el pacto de emulación.",
             date: "2023-03-13", dayPart: .afternoon),
    ])
    func spanish(_ example: Case) throws {
        let event = try #require(Sample.event(example.text, title: example.title, published: example.published, language: .spanish))
        #expect(event.date?.description == example.date)
        #expect(event.dayPart == example.dayPart)
    }

    @Test(arguments: [
        "Cụm thi đua số 2 ký kết giao ước thi đua; 6/6 đơn vị đạt chỉ tiêu.",
        "Cụm thi đua số 2 sơ kết công tác thi đua 6 tháng đầu năm.",
        "Cập nhật ngày: 12/9/2019 2:35:50 AM. Cụm thi đua số 2 ký kết giao ước thi đua.",
        "Cụm thi đua số 2 ký kết giao ước thi đua theo Hướng dẫn số 16/HD-HĐTĐKT ngày 25-07-2024.",
        "Cụm thi đua số 2 ký kết giao ước; 9/12 tỉnh có mức tăng trưởng dương.",
    ])
    func notMeetingDates(_ text: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.date == nil)
    }

    @Test func dateFromTheTitleWhenTheBodyHasNone() throws {
        let event = try #require(Sample.event("Các đơn vị trong Cụm thi đua số 2 đã ký kết giao ước thi đua năm 2023.",
                                              title: "Sáng 12/3, Cụm thi đua số 2 ký kết giao ước thi đua"))
        #expect(event.date?.description == "2023-03-12")
        #expect(event.dayPart == .morning)
        #expect(event.evidence["date"] == nil)
    }

    @Test func undatableDateWarns() {
        let warnings = Sample.warnings(["Chiều 29/3, Cụm thi đua số 8 tổ chức hội nghị ký kết giao ước thi đua."])
        #expect(warnings.contains { $0.hasPrefix("undatable date") })
    }
}
