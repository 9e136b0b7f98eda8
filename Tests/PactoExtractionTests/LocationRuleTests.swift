import PactoModel
import Testing

/// The meeting's province: the venue after "tại" / "ở" (a city gives its
/// province), the host, a province in brackets, the cluster's own province.
struct LocationRuleTests {
    @Test(arguments: [
        ("Sáng 12/3, tại thành phố Quy Nhơn, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua năm 2023.", "Bình Định"),
        ("Ngày 5/4, tại Hội trường UBND tỉnh Bắc Giang, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua.", "Bắc Giang"),
        ("Chiều 20/2, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2021 tại TP.HCM.", "Hồ Chí Minh"),
        ("Ngày 18/1, ở Đà Lạt, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2023.", "Lâm Đồng"),
        ("Ngày 9/3, tại Khánh Hoà, Cụm thi đua số 1 ký kết giao ước thi đua năm 2020.", "Khánh Hòa"),
        ("Ngày 9/3, UBND huyện Ea Kar (Đắk Lắk) tổ chức hội nghị ký kết giao ước thi đua Cụm thi đua số 3 năm 2020.", "Đắk Lắk"),
        ("Ngày 9/3, tại xã Tân Phú, Cụm thi đua số 2 tỉnh Đồng Nai tổ chức hội nghị tổng kết năm 2020.", "Đồng Nai"),
        ("Ngày 20/3, UBND tỉnh Sóc Trăng đăng cai tổ chức hội nghị ký kết giao ước thi đua Cụm thi đua các tỉnh Tây Nam bộ năm 2019.", "Sóc Trăng"),
        ("Ngày 10/8/2025, tại Long An, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.", "Tây Ninh"),
        ("Ngày 10/3/2024, tại Thừa Thiên Huế, Cụm thi đua số 3 ký kết giao ước thi đua năm 2024.", "Thừa Thiên Huế"),
        ("Ngày 10/3/2025, tại Thừa Thiên Huế, Cụm thi đua số 3 ký kết giao ước thi đua năm 2025.", "Huế"),
        ("Ngày 10/3, tại trụ sở Liên đoàn Lao động tỉnh Hà Tĩnh, Cụm thi đua số 2 ký kết giao ước thi đua năm 2023.", "Hà Tĩnh"),
        // The unit that holds the meeting, with its province, when no venue is named.
        ("Chiều 28/2, Cục Thống kê tỉnh Hòa Bình (đơn vị Trưởng Khối thi đua số 3) đã tổ chức hội nghị ký kết giao ước thi đua năm 2023.", "Hòa Bình"),
    ])
    func vietnamese(text: String, province: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.location?.province == province)
    }

    @Test(arguments: [
        "Ngày 9/3, tại Hội trường Sở Xây dựng, Khối thi đua số 2 ký kết giao ước thi đua năm 2020.",
        "Ngày 21/3, tại Công ty TNHH Cao su ở Tp. Bang Lung – Vương quốc Campuchia, Khối thi đua số 10 ký kết giao ước thi đua.",
        "Tại hội nghị, Cụm thi đua số 4 đã ký kết giao ước thi đua năm 2019.",
        "Ngày 5/5, Cụm thi đua số 4 ký kết giao ước thi đua tại trụ sở Văn phòng Đoàn ĐBQH và HĐND tỉnh.",
        "Ngày 9/3, tại Hội trường Tài nguyên, Cụm thi đua số 2 ký kết giao ước thi đua năm 2020.",
    ])
    func noProvince(text: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.location?.province == nil)
    }

    @Test(arguments: [
        ("El 29 de marzo, en la ciudad de Quy Nhon, el Clúster de Emulación n.º 3 firmó el pacto de emulación de 2024.", "Bình Định"),
        ("El 29 de marzo, en Hanói, el Clúster de Emulación n.º 3 firmó el pacto de emulación de 2024.", "Hà Nội"),
        ("El 29 de marzo, en la provincia de Tien Giang, el Clúster de Emulación n.º 8 firmó el pacto de emulación de 2024.", "Tiền Giang"),
        ("El 29 de marzo, en Ciudad Ho Chi Minh, el Clúster de Emulación n.º 8 firmó el pacto de emulación de 2024.", "Hồ Chí Minh"),
        ("El 1 de abril de 2022, en Phu Quoc, provincia de Kien Giang, el Clúster de Emulación del Suroeste firmó el pacto.", "Kiên Giang"),
        ("La tarde del 5 de febrero, el Departamento de Salud de la provincia de Dien Bien, jefe del Bloque de Emulación n.º 2, celebró la conferencia de balance de 2023.", "Điện Biên"),
    ])
    func spanish(text: String, province: String) throws {
        let event = try #require(Sample.event(text, language: .spanish))
        #expect(event.location?.province == province)
    }
}
