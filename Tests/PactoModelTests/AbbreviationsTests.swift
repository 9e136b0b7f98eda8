import PactoModel
import Testing

/// Abbreviations defined in the text, or well known, written out later.
struct AbbreviationsTests {
    @Test(arguments: [
        ("Bộ Tài nguyên và Môi trường (TN&MT) tổ chức hội nghị. Sở TN&MT tỉnh Long An là Cụm trưởng.", "TN&MT", "Tài nguyên và Môi trường"),
        ("Hội đồng Thi đua - Khen thưởng (HĐTĐKT) tỉnh hướng dẫn.", "HĐTĐKT", "Hội đồng Thi đua - Khen thưởng"),
        ("Ủy ban Mặt trận Tổ quốc (UBMTTQ) huyện chủ trì.", "UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
        ("Liên đoàn Lao động (LĐLĐ) các tỉnh ký kết.", "LĐLĐ", "Liên đoàn Lao động"),
        ("Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) tham dự.", "NN&PTNT", "Nông nghiệp và Phát triển nông thôn"),
    ])
    func definedInText(text: String, abbreviation: String, expansion: String) {
        #expect(Abbreviations(definedIn: text).expansion(of: abbreviation) == expansion)
    }

    @Test func expandedWhereUsed() {
        let abbreviations = Abbreviations(definedIn: "Bộ Tài nguyên và Môi trường (TN&MT) tổ chức hội nghị.")
        #expect(abbreviations.expanded("Sở TN&MT tỉnh Long An") == "Sở Tài nguyên và Môi trường tỉnh Long An")
    }

    @Test(arguments: [
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        ("UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Ban Tuyên giáo Thành ủy TPHCM", "Ban Tuyên giáo Thành ủy Thành phố Hồ Chí Minh"),
        ("Sở TN&MT Hà Nội", "Sở Tài nguyên và Môi trường Hà Nội"),
        ("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"),
    ])
    func wellKnown(phrase: String, expanded: String) {
        let known = Abbreviations.known(from: .standard)
        #expect(known.expanded(phrase) == expanded)
    }

    @Test(arguments: ["(BTV)", "(NTO)", "(GLO)", "(Thanhtra)"])
    func bylineTagsDefineNothing(text: String) {
        #expect(Abbreviations(definedIn: "Bài viết " + text + " về hội nghị").expansions.isEmpty)
    }
}
