import PactoModel
import Testing

/// The cluster or bloc: kind, number (Roman or Arabic), owner written out.
struct OrganizerRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var kind: Organizer.Kind
        var number: Int?
        var parent: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Sáng 12/3, Cụm thi đua số III - Bộ Tư pháp tổ chức hội nghị ký kết giao ước thi đua năm 2023.",
             kind: .cluster, number: 3, parent: "Bộ Tư pháp"),
        Case(text: "Ngày 5/4, Cụm thi đua số 2 thuộc Bộ Xây dựng đã tổ chức ký kết giao ước thi đua năm 2022.",
             kind: .cluster, number: 2, parent: "Bộ Xây dựng"),
        Case(text: "Chiều 20/2, Khối thi đua số 4 của UBND tỉnh Nghệ An tổ chức hội nghị ký kết giao ước thi đua năm 2021.",
             kind: .bloc, number: 4, parent: "Ủy ban nhân dân tỉnh Nghệ An"),
        Case(text: "Ngày 18/1, Cụm thi đua số XII, Bộ Công an tổ chức hội nghị tổng kết phong trào thi đua năm 2023.",
             kind: .cluster, number: 12, parent: "Bộ Công an"),
        Case(text: "Ngày 9/3, Khối thi đua các cơ quan Đảng tỉnh Quảng Ninh tổ chức ký kết giao ước thi đua năm 2020.",
             kind: .bloc, number: nil, parent: "tỉnh Quảng Ninh"),
        Case(text: "Sáng 7/3, Cụm thi đua 5 tỉnh Tây Nguyên tổ chức hội nghị ký kết giao ước thi đua năm 2019.",
             kind: .cluster, number: nil, parent: nil),
        Case(text: "Ngày 15/1, Cụm thi đua số 07 ngành Tư pháp tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
             kind: .cluster, number: 7, parent: nil),
        Case(text: "Ngày 24/2, Khối thi đua Kinh tế tổng hợp 2 tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
             kind: .bloc, number: 2, parent: nil),
        Case(text: "Ngày 10/3, Cụm thi đua số 9 Sở Tài nguyên và Môi trường (TN&MT) tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
             kind: .cluster, number: 9, parent: "Sở Tài nguyên và Môi trường"),
        Case(text: "Nhằm đánh giá kết quả của Cụm thi đua, ngày 26/01/2026, tại tỉnh Lạng Sơn, Cụm thi đua Sở Tư pháp các tỉnh miền núi phía Bắc tổ chức tổng kết và ký kết giao ước thi đua 2026.",
             kind: .cluster, number: nil, parent: nil),
        Case(text: "Chiều 16/11, Cụm Thi đua số II, Đoàn thanh niên Bộ Tư pháp đã tổ chức cuộc họp bình xét thi đua năm 2023.",
             kind: .cluster, number: 2, parent: "Đoàn thanh niên Bộ Tư pháp"),
        Case(text: "Ngày 5/3, Khối thi đua 20 có 15 đơn vị thành viên đã ký kết giao ước thi đua năm 2024.",
             kind: .bloc, number: 20, parent: nil),
        Case(text: "Tại huyện Đăk Glei, lãnh đạo 9 huyện, thành phố của tỉnh Kon Tum ký kết giao ước thi đua năm 2016. Ông A Pớt, trưởng khối thi đua các huyện, thành phố chủ trì.",
             kind: .bloc, number: nil, parent: "tỉnh Kon Tum"),
    ])
    func vietnamese(_ example: Case) throws {
        let event = try #require(Sample.event(example.text))
        #expect(event.organizer?.kind == example.kind)
        #expect(event.organizer?.number == example.number)
        #expect(event.organizer?.parent == example.parent)
    }

    @Test(arguments: [
        Case(text: "El 12 de marzo, el Clúster de Emulación n.º III celebró la firma del pacto de emulación de 2023.",
             kind: .cluster, number: 3, parent: nil),
        Case(text: "El 5 de abril, el Grupo de Emulación No. 2 del Ministerio de Construcción firmó el pacto de emulación para 2022.",
             kind: .cluster, number: 2, parent: "Bộ Xây dựng"),
        Case(text: "El 20 de febrero, el Bloque de Emulación número 4 firmó el pacto de emulación de 2021.",
             kind: .bloc, number: 4, parent: nil),
        Case(text: "El 18 de enero, el Clúster de Emulación XII del Ministerio de Seguridad Pública firmó el pacto de emulación.",
             kind: .cluster, number: 12, parent: "Bộ Công an"),
        Case(text: "El 9 de marzo, el Clúster de Emulación de las provincias del Sudeste firmó el pacto de emulación de 2020.",
             kind: .cluster, number: nil, parent: nil),
    ])
    func spanish(_ example: Case) throws {
        let event = try #require(Sample.event(example.text, language: .spanish))
        #expect(event.organizer?.kind == example.kind)
        #expect(event.organizer?.number == example.number)
        #expect(event.organizer?.parent == example.parent)
    }

    @Test(arguments: [
        "Đại hội Thi đua yêu nước tỉnh lần thứ V đã khai mạc sáng nay với 300 đại biểu.",
        "Sở Tư pháp tỉnh nhận Cờ thi đua của Bộ Tư pháp năm 2023.",
        "Hội đồng Thi đua - Khen thưởng Trung ương họp phiên thứ 12 ngày 28/6.",
        "Thủ tướng yêu cầu phát động phong trào thi đua trong toàn quốc.",
        "Các phong trào thi đua yêu nước được triển khai sâu rộng trong năm 2024.",
        "Ngày 4/1/2024, Sở Tư pháp Bình Định đón nhận Cờ thi đua; năm 2023 Sở là đơn vị dẫn đầu Cụm thi đua số 5.",
        // "thi đua khối lượng": no name after the word; "cụm ba nhà máy", "ba tỉnh bạn": no cluster of provinces.
        "Các đơn vị đã ký kết giao ước thi đua khối lượng công việc năm 2024 tại hội nghị tổng kết của Sở.",
        "Công ty tổ chức hội nghị tổng kết năm 2023 tại cụm ba nhà máy ở Bình Dương.",
        // "khối cơ quan" in lower case, not after "thi đua": the agencies in general.
        "Các đơn vị khối cơ quan Nhà nước tổ chức hội nghị tổng kết phong trào thi đua năm 2023.",
        "Hội nghị tổng kết phong trào thi đua năm 2023 của tỉnh có đại diện ba tỉnh bạn tham dự.",
    ])
    func noClusterNoEvent(_ text: String) {
        #expect(Sample.event(text) == nil)
    }

    /// "bloque IVA", "bloque de viviendas", "grupo de cinco ministros": no Roman number, no name
    /// after the emulation, no provinces grouped.
    @Test(arguments: [
        "La empresa celebró la conferencia de balance de 2023 en el bloque IVA del edificio.",
        "La conferencia de balance de la emulación del bloque de viviendas del barrio se celebró el 5 de enero de 2024.",
        "Un grupo de cinco ministros asistió a la conferencia de balance de la emulación de 2023 de la provincia.",
    ])
    func noClusterNoEventSpanish(_ text: String) {
        #expect(Sample.event(text, language: .spanish) == nil)
    }

    /// A cluster or bloc named without "thi đua" / "de Emulación" and no number, no other
    /// mention in the text: the word in lower case after the emulation it holds, a capitalized
    /// name following; or a cluster named by how many provinces it groups, the count spelled out.
    @Test(arguments: [
        ("Ngày 12/1/2024, huyện Thanh Liêm tổ chức hội nghị ký kết giao ước thi đua khối Văn hóa – Xã hội năm 2024.",
         Organizer.Kind.bloc, "khối Văn hóa – Xã hội"),
        ("Sáng 8/3, Hội đồng thi đua huyện tổ chức ký kết giao ước thi đua năm 2023 khối Đảng, Mặt trận và các đoàn thể.", .bloc, "khối Đảng"),
        ("Chiều 8/7, Khối cơ quan Nội chính tỉnh tổ chức Hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2022.", .bloc, nil),
        ("Hội nghị tổng kết thi đua cụm Tây Nguyên năm 2022 diễn ra tại Sở Tư pháp tỉnh Đắk Lắk.", .cluster, "cụm Tây Nguyên"),
        ("Lãnh đạo cụm năm tỉnh Tây Nguyên vừa dự hội nghị tổng kết công tác thi đua, khen thưởng năm 2019 tại Pleiku.", .cluster, nil),
        ("Đại diện cụm sáu tỉnh Bắc Trung Bộ đã ký kết giao ước thi đua năm 2021 tại TP Vinh.", .cluster, nil),
        ("Hội nghị sơ kết 6 tháng đầu năm 2020 của cụm bốn huyện miền núi diễn ra tại huyện Quế Phong.", .cluster, nil),
        ("La firma del pacto de emulación del bloque de Asuntos Internos y los organismos del distrito tuvo lugar el 8 de marzo de 2022.",
         .bloc, "bloque de Asuntos Internos"),
        ("Los dirigentes del grupo de siete provincias fronterizas del norte asistieron a la conferencia de balance de la emulación de 2008.",
         .cluster, "grupo de siete provincias"),
        ("El clúster de las cinco provincias de las Tierras Altas Centrales firmó el pacto de emulación de 2021 en Pleiku.",
         .cluster, "clúster de las cinco provincias"),
    ] as [(String, Organizer.Kind, String?)])
    func namedPlainly(text: String, kind: Organizer.Kind, label: String?) throws {
        let spanish = ["La ", "Los ", "El "].contains(where: text.hasPrefix)
        let event = try #require(Sample.event(text, language: spanish ? .spanish : .vietnamese))
        #expect(event.organizer?.kind == kind)
        #expect(event.organizer?.number == nil)
        if let label { #expect(event.organizer?.label == label) }
    }

    /// Peers that sign a pact among themselves, no cluster named: a bloc named by its members.
    @Test(arguments: [
        ("Chiều 30/3, tại Bệnh viện Đa khoa tỉnh diễn ra hội nghị ký kết thi đua giữa các bệnh viện tuyến tỉnh năm 2021.", "các bệnh viện tuyến tỉnh"),
        ("Ngày 12/2, lãnh đạo 9 trường THPT trên địa bàn huyện đã ký kết giao ước thi đua giữa 9 trường năm học 2023-2024.", "9 trường"),
        ("Sáng 5/3, Sở Y tế tổ chức lễ ký giao ước thi đua giữa các trung tâm y tế tuyến huyện năm 2024.", "các trung tâm y tế tuyến huyện"),
        ("Ngày 20/1, Ký kết thi đua giữa 12 đơn vị Bệnh viện tuyến thành phố năm 2021 diễn ra tại Cần Thơ.", "12 đơn vị Bệnh viện tuyến thành phố"),
        ("Chiều 8/3, các chi nhánh ngân hàng trên địa bàn tỉnh ký kết giao ước thi đua giữa ba chi nhánh năm 2025.", "ba chi nhánh"),
        ("Ngày 10/4, Công ty tổ chức hội nghị kí kết giao ước thi đua giữa các xí nghiệp thành viên năm 2022.", "các xí nghiệp thành viên"),
    ])
    func peerPactVietnamese(text: String, label: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.organizer?.kind == .bloc)
        #expect(event.organizer?.number == nil)
        #expect(event.organizer?.label == label)
    }

    @Test(arguments: [
        ("La tarde del 30 de marzo se firmó el pacto de emulación entre los 12 hospitales de la ciudad para 2021.", "los 12 hospitales de la ciudad"),
        ("El 5 de marzo, los directores firmaron el pacto de emulación entre las escuelas secundarias del distrito, en la sede del Departamento.", "las escuelas secundarias del distrito"),
        ("El 8 de marzo, tres sucursales bancarias suscribieron un pacto de emulación entre tres sucursales de la provincia en 2025.", "tres sucursales de la provincia"),
        ("El 10 de abril, la compañía celebró la firma del pacto de emulación entre las empresas miembros.", "las empresas miembros"),
    ])
    func peerPactSpanish(text: String, label: String) throws {
        let event = try #require(Sample.event(text, language: .spanish))
        #expect(event.organizer?.kind == .bloc)
        #expect(event.organizer?.number == nil)
        #expect(event.organizer?.label == label)
    }

    /// Near misses: a movement among units, a unit registering its pact items with its own sections.
    @Test(arguments: [
        ("Ngày 5/3, xã An Châu tổ chức hội nghị triển khai đăng ký giao ước thi đua giữa các ấp năm 2024.", Language.vietnamese),
        ("Các đơn vị đẩy mạnh phong trào thi đua giữa các khoa, phòng trong bệnh viện năm 2024.", .vietnamese),
        ("Năm 2024, Sở tiếp tục tạo không khí thi đua giữa các đơn vị trực thuộc.", .vietnamese),
        ("Ngày 5/7, Sở tổ chức ký kết thi đua giữa năm 2024 với các phòng chuyên môn.", .vietnamese),
        ("El 5 de marzo, el hospital lanzó un movimiento de emulación entre sus departamentos.", .spanish),
        ("El pacto de emulación entre las unidades se firmará el próximo año.", .spanish),
    ])
    func peerPactNearMiss(text: String, language: Language) {
        #expect(Sample.event(text, language: language) == nil)
    }
}
