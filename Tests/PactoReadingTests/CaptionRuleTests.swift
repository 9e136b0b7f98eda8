import Foundation
import PactoModel
import Testing
@testable import PactoReading

/// The one caption rule, line by line: what credits or describes a photo,
/// and what only looks like it.
struct CaptionRuleTests {
    /// Captions wherever they stand, in a text capture or an HTML page.
    @Test(arguments: [
        "Quang cảnh hội nghị",
        "Toàn cảnh Hội nghị ký kết giao ước thi đua năm 2025.",
        "Một số hình ảnh tại hội nghị",
        "Các đại biểu chụp ảnh lưu niệm.",
        "Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.",
        "Đại diện lãnh đạo 6 Sở Tài nguyên và Môi trường ký kết giao ước thi đua",
        "Lãnh đạo Cụm trao Cờ thi đua cho các đơn vị xuất sắc",
        "Các đơn vị tặng hoa chúc mừng đơn vị Cụm trưởng",
        "Đại biểu tham quan mô hình của đơn vị",
        "Phó Chánh Thanh tra tỉnh Nguyễn Tùng Sơn – Khối trưởng Khối thi đua chủ trì hội nghị",
        "Phó Chánh án Tòa án nhân dân tỉnh Lê Văn Quỳnh – Khối phó Khối thi đua báo cáo tổng kết phong trào thi đua năm 2025",
        "Lãnh đạo các sở phát biểu. Ảnh: Thanh Mỹ",
        "La presidenta interina Vo Thi Anh Xuan habla. Foto: VPCTN",
        "Ký kết giao ước thi đua (Ảnh: Minh Anh)",
        "Ảnh tư liệu",
        "Anh: Thanh My",
        "Los delegados en la conferencia. Fotografía: VNA",
        // Spanish captions tell in the present, as Vietnamese ones do.
        "Siete unidades firman el convenio de emulación en la Conferencia",
        "El coronel Tran Van Lu, comandante provincial, entrega la bandera de emulación a la Comisaría de Lao Bao",
        "La camarada Le Anh Thu, presidenta de la Asociación provincial, interviene en la conferencia.",
        "El general de división Le Quang Dai pronuncia un discurso de orientación en la conferencia",
        "Los dirigentes de las unidades se toman una foto de recuerdo tras la firma",
        "El vicepresidente del Comité Popular provincial preside la conferencia",
    ])
    func describesOrCreditsAPhoto(line: String) {
        #expect(CaptionRule.isCaption(line))
        #expect(CaptionRule.isCaption(line, placement: .init(isFirst: true, isLast: false)))
    }

    /// Sentences of a report: not captions, wherever they stand.
    @Test(arguments: [
        "Sáng 5/3, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
        "Tại hội nghị, đồng chí Nguyễn Văn A phát biểu.",
        "Đồng chí Nguyễn Văn A phát biểu, nhấn mạnh vai trò của phong trào thi đua trong năm 2025.",
        "Phát biểu tại hội nghị, Giám đốc Sở cho biết năm 2024 Cụm đã hoàn thành các chỉ tiêu đề ra.",
        "Hội nghị đã thành công tốt đẹp. Các đơn vị ký kết giao ước thi đua.",
        "Các đơn vị đã ký kết giao ước thi đua năm 2025.",
        "Năm 2024, Cụm có 6 đơn vị thành viên",
        // "trào" is not "trao", though both fold alike.
        "Báo cáo tổng kết phong trào thi đua cho biết các đơn vị đã hoàn thành nhiệm vụ năm 2019…",
        "Khen thưởng các tập thể dẫn đầu phong trào thi đua (Sở Giáo dục, Sở Y tế)",
        // A clause cut short by the capture closes with its ";", not as a caption.
        "Phát biểu chỉ đạo Hội nghị, đồng chí Bùi Xuân Phương đánh giá cao việc ký Giao ước thi đua;",
        // The speech before its speaker opens a report, even cut short by the capture.
        "Phát biểu chỉ đạo Hội nghị, đồng chí Bùi Xuân Phương đánh giá cao việc ký Giao ước thi đua giữa các đơn vị; đồng thời, đ",
        "El Clúster de Emulación n.º 3 celebró la conferencia de balance el 5 de marzo.",
        // A report in the past, or a speech with what was said after it.
        "Las unidades firmaron el convenio de emulación de 2025.",
        "El camarada Nguyen Van An interviene en la conferencia y destacó los logros del movimiento de emulación.",
        "Al intervenir en la conferencia, el camarada Nguyen Van An pidió a las unidades mantener la emulación",
        "La entrega de los premios tuvo lugar al cierre de la conferencia.",
    ])
    func reportIsNotACaption(line: String) {
        #expect(!CaptionRule.isCaption(line))
    }

    /// In a text capture, a short line with no closing punctuation between
    /// paragraphs is a caption; the same line first or last is not, and a
    /// line that closes a sentence never is.
    @Test(arguments: [
        ("Năm 2024, Cụm có 6 đơn vị thành viên", false, false, true),
        ("Năm 2024, Cụm có 6 đơn vị thành viên", true, false, false),
        ("Năm 2024, Cụm có 6 đơn vị thành viên", false, true, false),
        ("Năm 2024, Cụm có 6 đơn vị thành viên.", false, false, false),
        ("Cụm có 6 đơn vị: Sở A, Sở B, Sở C, Sở D, Sở E và Sở G;", false, false, false),
        ("Đồng chí Chủ tịch nhấn mạnh: “Thi đua là yêu nước”", false, false, false),
        ("Công văn số 12/UBND-TĐKT./.", false, false, false),
    ])
    func betweenParagraphsInAText(line: String, isFirst: Bool, isLast: Bool, expected: Bool) {
        #expect(CaptionRule.isCaption(line, placement: .init(isFirst: isFirst, isLast: isLast)) == expected)
        // Without a text's placement (an HTML page), only what the line says counts.
        #expect(!CaptionRule.isCaption(line))
    }
}

/// Lines of a body that name writers or their office are marked as bylines
/// (the one that closes the article becomes its authors instead).
struct BylineMarkingTests {
    @Test(arguments: [
        "Thanh Mỹ – Bá Phúc",
        "MỸ LINH- DUY ANH",
        "Nguyễn Thanh Dao (Văn phòng)",
        "Bài, ảnh: Minh Anh",
        "Noticia y foto: Thanh My",
        "Văn Phòng Cụm Thi Đua",
        "Lê Minh Hoàng",
        "PV",
    ])
    func namesStandingAlone(line: String) {
        #expect(BylineRule.isByline(line))
    }

    @Test(arguments: [
        "Hội nghị đã thành công tốt đẹp.",
        "Đại diện lãnh đạo 6 Sở Tài nguyên và Môi trường ký kết giao ước thi đua",
        "Năm 2024, Cụm có 6 đơn vị thành viên",
        "Cụm thi đua số 3 gồm 6 đơn vị: Sở Tài chính các tỉnh Bắc Giang, Bắc Ninh, Lạng Sơn, Thái Nguyên, Cao Bằng và Hà Giang",
    ])
    func sentencesAreNotBylines(line: String) {
        #expect(!BylineRule.isByline(line))
    }

    /// In a text capture, a caption leaves the body; a source line that names a
    /// paper gives no writer, and the line of names above it is the byline.
    @Test func textCaptureMarksItsLines() throws {
        let text = """
        Ký kết giao ước thi đua năm 2025

        Ngày 5/3, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2025 tại tỉnh Bắc Giang.

        Quang cảnh hội nghị.

        Hội nghị đã thống nhất các nội dung thi đua của năm 2025 và bầu Sở Tài chính Bắc Ninh làm Cụm trưởng.

        MỸ LINH- DUY ANH

        Theo Báo Bắc Giang
        """
        let article = try Reader().read(bytes: Array(text.utf8), name: "case.txt")
        #expect(article.blocks.map(\.kind) == [.paragraph, .caption, .paragraph])
        #expect(!article.body.contains("Quang cảnh"))
        #expect(article.authors == ["MỸ LINH", "DUY ANH"])
    }
}
