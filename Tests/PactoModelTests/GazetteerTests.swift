import PactoModel
import Testing

/// The bundled gazetteer: 63 provinces until 30 June 2025, 34 since, the
/// mapping between them, aliases, Spanish forms, ministries.
struct GazetteerTests {
    let gazetteer = Gazetteer.standard

    @Test func loads() {
        #expect(Gazetteer.loadingError == nil)
        #expect(gazetteer.provinces.count == 63)
        #expect(gazetteer.provinces2025.count == 34)
    }

    @Test(arguments: [
        ("Long An", "Long An"), ("TP.HCM", "Hồ Chí Minh"), ("TPHCM", "Hồ Chí Minh"), ("Sài Gòn", "Hồ Chí Minh"),
        ("Ciudad Ho Chi Minh", "Hồ Chí Minh"), ("Hanói", "Hà Nội"), ("Tien Giang", "Tiền Giang"), ("Khánh Hoà", "Khánh Hòa"),
        ("Bà Rịa–Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("BR-VT", "Bà Rịa - Vũng Tàu"), ("tỉnh Quảng Nam", "Quảng Nam"),
        ("Thua Thien Hue", "Thừa Thiên Huế"), ("Quy Nhơn", "Bình Định"), ("Đăk Lăk", "Đắk Lắk"),
    ])
    func aliases(name: String, province: String) {
        #expect(gazetteer.province(named: name) == province)
    }

    @Test(arguments: [
        ("Long An", "2025-06-30", "Long An"), ("Long An", "2025-07-01", "Tây Ninh"), ("Hà Giang", "2025-08-01", "Tuyên Quang"),
        ("Thừa Thiên Huế", "2024-12-31", "Thừa Thiên Huế"), ("Thừa Thiên Huế", "2025-01-01", "Huế"),
        ("Bình Dương", "2025-09-01", "Hồ Chí Minh"), ("Hà Nội", "2026-01-01", "Hà Nội"), ("Kon Tum", "2025-07-01", "Quảng Ngãi"),
    ])
    func canonicalAtADate(name: String, date: String, expected: String) {
        #expect(gazetteer.canonical(name, on: Stamp(iso: date)) == expected)
    }

    @Test func everyMergedUnitExists() {
        let newNames = Set(gazetteer.provinces2025.map(\.name))
        for province in gazetteer.provinces {
            #expect(newNames.contains(province.mergedInto ?? ""), "\(province.name) → \(province.mergedInto ?? "nil")")
        }
    }

    @Test(arguments: [
        ("Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường"),
        ("Ministerio de Recursos Naturales y Medio Ambiente", "Bộ Tài nguyên và Môi trường"),
        ("Ministerio de Seguridad Pública", "Bộ Công an"),
        ("BCA", "Bộ Công an"),
        ("Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường"),
    ])
    func ministries(name: String, expected: String) {
        #expect(gazetteer.ministry(named: name)?.name == expected)
    }

    @Test func ministryMergerOf2025() {
        let environment = gazetteer.ministry(named: "Bộ Tài nguyên và Môi trường")
        #expect(environment?.mergedInto == "Bộ Nông nghiệp và Môi trường")
    }

    /// A body read from a phrase in its canonical Vietnamese form, with its place.
    @Test(arguments: [
        ("Asociación de Veteranos de Guerra de Vietnam celebró", "Hội Cựu chiến binh Việt Nam"),
        ("Policía de la ciudad de Hanói firmó", "Công an thành phố Hà Nội"),
        ("Fiscalía Popular de la provincia de Binh Phuoc", "Viện kiểm sát nhân dân tỉnh Bình Phước"),
        // A province's branch of a national body drops the country.
        ("Comité del Frente de la Patria de la provincia de Nghe An", "Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An"),
        ("Academia Nacional de Política Ho Chi Minh", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("Corporación de Electricidad de Vietnam", "Tập đoàn Điện lực Việt Nam"),
        ("Banco de Agricultura y Desarrollo Rural de Vietnam", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
    ])
    func bodyOpeningAPhrase(phrase: String, vietnamese: String) {
        #expect(Gazetteer.standard.body(opening: phrase)?.vietnamese == vietnamese)
    }
}
