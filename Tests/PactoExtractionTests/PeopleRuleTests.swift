import PactoExtraction
import PactoModel
import Testing

/// Officials named in the body, in every order, without honorifics or ranks.
struct PeopleRuleTests {
    @Test(arguments: [
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua. Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh dự và phát biểu.",
         ["Nguyễn Văn An"]),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua. Giám đốc Sở Tư pháp tỉnh Hà Nam - Trần Thị Bình chủ trì hội nghị.",
         ["Trần Thị Bình"]),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua. Tham dự có ông Lê Hoàng Minh – Vụ trưởng Vụ Thi đua - Khen thưởng; bà Phạm Thu Hà – Phó Giám đốc Sở Nội vụ.",
         ["Lê Hoàng Minh", "Phạm Thu Hà"]),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua. Phát biểu tại hội nghị, Thiếu tướng Đỗ Văn Tuấn, Giám đốc Công an tỉnh, nhấn mạnh yêu cầu.",
         ["Đỗ Văn Tuấn"]),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua trước sự chứng kiến của Phó Chủ tịch nước Võ Thị Ánh Xuân.",
         ["Võ Thị Ánh Xuân"]),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua. TS Hoàng Văn Nam, Hiệu trưởng Trường Đại học Vinh chủ trì.",
         ["Hoàng Văn Nam"]),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua. Giám đốc Công an tỉnh Hà Nam Nguyễn Văn Hùng phát biểu tại hội nghị và đề nghị các đơn vị nỗ lực.",
         ["Nguyễn Văn Hùng"]),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua. Dự hội nghị có các đồng chí: Đặng Phong, Giám đốc Sở Tài chính; Vĩnh Thông, Phó Giám đốc Sở Tài chính.",
         ["Đặng Phong", "Vĩnh Thông"]),
    ])
    func vietnamese(text: String, names: [String]) throws {
        let event = try #require(Sample.event(text))
        #expect(event.people.map(\.name) == names)
    }

    @Test(arguments: [
        "Ngày 5/3, Cụm thi đua số 3 gồm Trường THPT Lê Quý Đôn, THPT Nguyễn Trãi và THPT Trần Phú ký kết giao ước thi đua.",
        "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua tại đường Trần Hưng Đạo.",
        "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua do Vụ Thi đua - Khen thưởng hướng dẫn.",
        "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua “Vì an ninh Tổ Quốc”.",
    ])
    func notPeople(text: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.people.isEmpty, "\(event.people.map(\.name))")
    }

    /// Lines Reading marked as a caption and a byline name no one; the
    /// same lines as paragraphs do.
    @Test func captionsAndBylinesNameNoOne() throws {
        let opening = Block(.paragraph, "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua năm 2022.")
        let caption = "Đồng chí Nguyễn Văn Bình, Giám đốc Sở Tư pháp phát biểu khai mạc hội nghị."
        let marked = Article(file: "sample.txt", language: .vietnamese,
                             blocks: [opening, Block(.caption, caption), Block(.byline, "Lê Minh Hoàng")])
        let event = try #require(Extractors.extract(from: marked).events.first)
        #expect(event.people.isEmpty)
        let unmarked = Article(file: "sample.txt", language: .vietnamese,
                               blocks: [opening, Block(.paragraph, caption), Block(.paragraph, "Lê Minh Hoàng")])
        let named = try #require(Extractors.extract(from: unmarked).events.first)
        #expect(named.people.map(\.name) == ["Nguyễn Văn Bình", "Lê Minh Hoàng"])
    }

    @Test func shortReportedSpeechIsNoCaption() throws {
        let event = try #require(Sample.event([
            "Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua năm 2022.",
            "Phát biểu tại hội nghị, ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh nhấn mạnh vai trò của các cụm thi đua.",
        ]))
        #expect(event.people.map(\.name) == ["Trần Văn Hòa"])
    }

    @Test func spanishTitlesStopAtTheVerb() throws {
        let event = try #require(Sample.event(
            "El 1 de abril el Clúster de Emulación firmó el pacto. En su intervención, Nguyen Luu Trung, vicepresidente del Comité Popular de Kien Giang, dijo que las provincias lograron buenos resultados. La vicepresidenta Vo Thi Anh Xuan asistió.",
            language: .spanish))
        #expect(event.people.map(\.title) == ["vicepresidente del Comité Popular de Kien Giang", "vicepresidenta"])
        #expect(event.people.first?.role == .speaker)
    }

    @Test func titleAndRoleAfterTheName() throws {
        let event = try #require(Sample.event("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua. Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh chủ trì hội nghị."))
        let person = try #require(event.people.first)
        #expect(person.title == "Phó Chủ tịch UBND tỉnh")
        #expect(person.role == .chair)
    }

    @Test(arguments: [
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto. El director del Departamento de Justicia, Nguyen Van An, afirmó que el pacto es importante.",
         ["Nguyen Van An"]),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto. La vicepresidenta Vo Thi Anh Xuan asistió a la conferencia.",
         ["Vo Thi Anh Xuan"]),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto. Estuvieron presentes Tran Van Binh, vicepresidente del Comité Popular provincial, y Le Thi Hoa, directora del Departamento del Interior.",
         ["Tran Van Binh", "Le Thi Hoa"]),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto. En su intervención, el viceministro Pham Quy Ty destacó los logros.",
         ["Pham Quy Ty"]),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto. Hoang Minh Duc, presidente del Comité Popular, presidió la conferencia.",
         ["Hoang Minh Duc"]),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto. Asistieron el camarada Dang Phong, director del Departamento de Finanzas, y la camarada Vu Lan, subdirectora.",
         ["Dang Phong", "Vu Lan"]),
    ])
    func spanish(text: String, names: [String]) throws {
        let event = try #require(Sample.event(text, language: .spanish))
        #expect(event.people.map(\.name) == names)
    }
}
