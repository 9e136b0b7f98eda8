import Foundation
import PactoModel
import Testing
@testable import PactoReading

struct PlainTextReaderTests {
    /// Every seed reads into its golden Article (Fixtures/seeds/*.article.json).
    @Test(arguments: Fixtures.files(in: "seeds", ending: ".txt"))
    func seedMatchesGolden(name: String) throws {
        let article = try Reader().read(path: Fixtures.path("seeds/" + name))
        let golden = "seeds/" + name.replacingOccurrences(of: ".txt", with: ".article.json")
        if ExpectedArticle.recording {
            try ExpectedArticle(article).record(to: golden)
            Issue.record("recorded \(golden); review it and run again without PACTO_RECORD")
            return
        }
        #expect(ExpectedArticle(article) == (try ExpectedArticle.load(golden)))
    }

    @Test func interfaceTextNeverReachesTheBody() throws {
        let interface = ["Chia sẻ bài viết", "Xem cỡ chữ - + Đọc bài viết", "Gửi bình luận", "reset captcha",
                         "Tiếng Việt | English", "Kommentar (0)", "Fuente"]
        for name in Fixtures.files(in: "seeds", ending: ".txt") {
            let body = try Reader().read(path: Fixtures.path("seeds/" + name)).body
            for text in interface {
                #expect(!body.contains(text), "\(name) keeps \(text)")
            }
        }
    }

    @Test(arguments: [
        // (text, title, published, authors)
        ("Tiếng Việt | English\n\n30/03/2024 - 06:17\n\nCụm thi đua số 2 ký kết giao ước năm 2024\n\nSáng 29/3, tại Cần Thơ, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua.\n\nThu Hà\n\nChia sẻ bài viết",
         "Cụm thi đua số 2 ký kết giao ước năm 2024", "2024-03-30T06:17", ["Thu Hà"]),
        (" date 2025-12-13 Ngày 13/12, ở Ninh Bình, các thành viên Cụm thi đua đã bầu Cụm trưởng năm 2026.\n\nNội dung tiếp theo của bài viết, có dấu chấm.",
         nil, "2025-12-13", []),
        ("Báo Công An Tỉnh\n\nCông an 5 tỉnh Cụm thi đua số 7 ký kết giao ước thi đua\n\nThứ bảy, 06/04/2024 07:20\nNăm 2024, Công an tỉnh Quảng Trị là đơn vị Cụm trưởng Cụm thi đua số 7.\n\nBảo Hà",
         "Công an 5 tỉnh Cụm thi đua số 7 ký kết giao ước thi đua", "2024-04-06T07:20", ["Bảo Hà"]),
        ("KHỐI THI ĐUA VĂN HOÁ - XÃ HỘI TỈNH:\n\nKý kết giao ước thi đua năm 2011\n\nNgày 10-3, các đơn vị thuộc Khối thi đua đã ký kết giao ước thi đua năm 2011.\n\nTin, ảnh: Tuấn Anh\nBình luận\n\nTin khác\nMột bài khác",
         "Ký kết giao ước thi đua năm 2011", nil, ["Tuấn Anh"]),
        ("Hội nghị sơ kết 6 tháng đầu năm 2020\n\nCập nhật ngày: 31/07/2020 05:16:46\n\nHôm nay, ngày 31/7/2020, UBND tỉnh Đồng Tháp đăng cai tổ chức hội nghị.\n\nNgô Tổng Trưởng\n\nGửi bình luận của bạn",
         "Hội nghị sơ kết 6 tháng đầu năm 2020", "2020-07-31T05:16", ["Ngô Tổng Trưởng"]),
        ("Vietnam.vn - Nền tảng quảng bá Việt Nam\n\nLa presidenta asiste a la Conferencia del Clúster de Emulación\n\nVăn phòng Chủ tịch nước30/03/2024\n\nEl 29 de marzo, en la ciudad de Quy Nhon, el Clúster celebró una conferencia.",
         "La presidenta asiste a la Conferencia del Clúster de Emulación", "2024-03-30", []),
        ("Tin mới\n\nLa provincia firma el pacto de emulación de 2024\n\nEl 29 de marzo, en la ciudad de Quy Nhon, el Clúster celebró una conferencia.\n\nCTV Lâm Hiền – Thành Trung\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai.",
         "La provincia firma el pacto de emulación de 2024", nil, ["Lâm Hiền", "Thành Trung"]),
        // The stamp run onto the end of the headline.
        ("TP.HCM: Các TAND khu vực Cụm thi đua số IV tổng kết phong trào thi đua 07/10/2025 15:57\n\n(PLO)- Trong năm 2025, các TAND khu vực đã thực hiện tốt các phong trào thi đua.",
         "TP.HCM: Các TAND khu vực Cụm thi đua số IV tổng kết phong trào thi đua", "2025-10-07T15:57", []),
        // A lead without its stop that opens with its day is body, not a headline.
        (" date 2025-11-26 Chiều 26-11, tại phường Bến Cát, Cụm thi đua số 10 gồm các phường Bến Cát, Tân Uyên và Thới Hòa tổ chức bình chọn kết quả thi đua năm 2025\n\nThời gian qua, các đơn vị trong Cụm tích cực thi đua.",
         nil, "2025-11-26", []),
        ("(CTTĐTBP) - Sáng nay 21/6, tại thị xã Bình Long đã diễn ra hội nghị giao ban Cụm thi đua của 7 tỉnh miền Đông Nam Bộ\n\nHội nghị đánh giá kết quả 6 tháng đầu năm.",
         nil, nil, []),
        ("La tarde del 13 de marzo de 2023, en la sede del Comité Popular de la comuna, se celebró la Conferencia de firma del pacto de emulación\n\nAsistieron representantes de las comunas.",
         nil, nil, []),
        // A greeting banner above the stamp is header, not the body's first paragraph.
        ("¡Saludamos calurosamente el 131.º aniversario del natalicio del Presidente Ho Chi Minh!\n\nMiércoles, 12 de mayo de 2021 - 17:40\n\nEl Clúster de Emulación de las escuelas políticas firma el pacto de 2021\n\nEl 2 de abril de 2021, en la Escuela Política, el Clúster firmó el pacto de emulación.",
         "El Clúster de Emulación de las escuelas políticas firma el pacto de 2021", "2021-05-12T17:40", []),
        // A dateline or source on its own line under the headline is not the headline.
        ("Cụm thi đua số 3 tổng kết năm 2024\n\nHà Nội (TTXVN)\n\nSáng 10/1, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2024.",
         "Cụm thi đua số 3 tổng kết năm 2024", nil, []),
        ("El Clúster n.º 3 hace balance de 2024\n\nHanoi, 13 ene (VNA)\n\nLa mañana del 10 de enero, el Clúster de Emulación n.º 3 celebró la conferencia de balance.",
         "El Clúster n.º 3 hace balance de 2024", nil, []),
        ("Khối thi đua số 2 ký kết giao ước\n\n(Báo Nghệ An)\n\nChiều 12/3, Khối thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
         "Khối thi đua số 2 ký kết giao ước", nil, []),
        // Near miss: a headline ending in a bracket keeps it.
        ("Cụm thi đua số 3 tổng kết năm 2024 (Sở Y tế)\n\nSáng 10/1, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2024.",
         "Cụm thi đua số 3 tổng kết năm 2024 (Sở Y tế)", nil, []),
        // Near miss: a headline that names a date inside it stays the headline.
        ("Cụm thi đua số 3 ký kết giao ước thi đua ngày 26/11\n\nChiều 26/11, tại Bến Cát, Cụm thi đua số 3 đã ký kết giao ước thi đua năm 2025.",
         "Cụm thi đua số 3 ký kết giao ước thi đua ngày 26/11", nil, []),
        // s11m: a portal's date above the headline, the page's stamp under it: the stamp under it.
        ("Thứ 7, 04/02/2023, 13:43[GMT+7]\n\nKhối thi đua các sở, ngành văn hóa - xã hội ký kết giao ước thi đua năm 2023\n\nThứ 2, 12/12/2022 | 17:58:17\n1,991 lượt xem\nChiều ngày 12/12, Khối thi đua các sở, ngành văn hóa - xã hội tổ chức hội nghị tổng kết năm 2022.",
         "Khối thi đua các sở, ngành văn hóa - xã hội ký kết giao ước thi đua năm 2023", "2022-12-12T17:58", []),
        // Near miss: a stamp above the headline alone stays the stamp.
        ("10:07, 24/07/2020\n\nKhối thi đua các cơ quan tham mưu sơ kết 6 tháng đầu năm\n\nNgày 24-7, Khối thi đua các cơ quan tham mưu của Tỉnh ủy sơ kết thi đua 6 tháng đầu năm.",
         "Khối thi đua các cơ quan tham mưu sơ kết 6 tháng đầu năm", "2020-07-24T10:07", []),
        // A portal's error line above the headline is furniture, not the lead.
        ("Cannot retrieve the URL specified in the Content Link property. For more assistance, contact your site administrator.\n\nKhối thi đua các sở, ngành nội chính ký giao ước thi đua năm 2019\n\n12/03/2019\n\nChiều ngày 12/3, Khối thi đua các sở, ngành nội chính tổ chức Hội nghị ký kết giao ước thi đua năm 2019.",
         "Khối thi đua các sở, ngành nội chính ký giao ước thi đua năm 2019", "2019-03-12", []),
        // The writer and the stamp of a WordPress header; the headline printed again under them is the same headline.
        ("Hội nghị Khối thi đua các trường cao đẳng - Năm học 2019 - 2020\n\nViết bởi Minh Tâm - Th10 5, 2019\nHội nghị Khối thi đua các trường cao đẳng\nnăm học 2019 - 2020\n\nChiều ngày 3 tháng 10 năm 2019, tại Trường Cao đẳng Kỹ thuật, Khối thi đua đã tổ chức Hội nghị lần thứ nhất.",
         "Hội nghị Khối thi đua các trường cao đẳng - Năm học 2019 - 2020", "2019-10-05", ["Minh Tâm"]),
        ("Khối thi đua số 5 ký kết giao ước thi đua năm 2024\n\nĐăng bởi: Admin | 15/03/2024\n\nSáng 14/3, Khối thi đua số 5 đã tổ chức Hội nghị ký kết giao ước thi đua năm 2024.",
         "Khối thi đua số 5 ký kết giao ước thi đua năm 2024", "2024-03-15", []),
        // A banner of watchwords above the lead is no headline.
        ("Đoàn kết, trách nhiệm - kỷ cương, liêm chính - bản lĩnh, hiệu quả\n\nNgày 29/3/2024, tại Hội trường VKSND tỉnh Trà Vinh, Cụm thi đua số 13 tổ chức Hội nghị ký kết giao ước thi đua năm 2024.",
         nil, nil, []),
        ("Công minh, chính trực, khách quan, thận trọng, khiêm tốn\n\nNgày 29/3/2024, tại Hội trường VKSND tỉnh Trà Vinh, Cụm thi đua số 13 tổ chức Hội nghị ký kết giao ước thi đua năm 2024.",
         nil, nil, []),
        // Near miss: a headline that lists provinces ends on its verb.
        ("Hà Nội, Hải Phòng, Quảng Ninh, Thái Bình ký kết giao ước thi đua\n\nSáng 10/3, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
         "Hà Nội, Hải Phòng, Quảng Ninh, Thái Bình ký kết giao ước thi đua", nil, []),
        // s12d: a photo's line under the headline (a scene, two sentences run together) keeps the headline.
        ("Cụm thi đua số 4 tổng kết năm 2020\nToàn cảnh Hội nghị tổng kết Cụm thi đua số 4\n\nNăm 2020, các đơn vị trong Cụm đã tích cực triển khai hoạt động theo kế hoạch.",
         "Cụm thi đua số 4 tổng kết năm 2020", nil, []),
        ("HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH KHỐI THI ĐUA CÁC TRƯỜNG THPT NĂM HỌC 2023 – 2024\n\nKhối thi đua các trường THPT năm học 2023 – 2024. Hội nghị triển khai kế hoạch tại Trường THPT Chu Văn An\n\nChiều ngày 12/10/2023, Trường THPT Chu Văn An đã tổ chức Hội nghị triển khai kế hoạch hoạt động Khối thi đua.",
         "HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH KHỐI THI ĐUA CÁC TRƯỜNG THPT NĂM HỌC 2023 – 2024", nil, []),
        // s12d: a call to emulate in capitals above the headline is a banner, not the lead.
        ("TOÀN ĐẢNG, TOÀN DÂN, TOÀN QUÂN RA SỨC THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ NĂM 2024!\n\nHỘI NGHỊ TỔNG KẾT CỤM THI ĐUA SỐ 3\n\nSáng ngày 9/1/2024, tại Cần Thơ, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua.",
         "HỘI NGHỊ TỔNG KẾT CỤM THI ĐUA SỐ 3", nil, []),
        // s12d: the writer's name, a bar and the stamp under the headline; the writer's office after a dash.
        ("Cụm thi đua số 3 tổng kết năm 2021\n\nMinh Hải| 20/12/2021 09:15\n\nSáng 19/12, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2021.",
         "Cụm thi đua số 3 tổng kết năm 2021", "2021-12-20T09:15", ["Minh Hải"]),
        ("Cụm thi đua số 2 tổng kết năm 2021\n\nSáng 15/12, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2021.\n\nHoàng Minh Thu - Thanh tra Sở Xây dựng",
         "Cụm thi đua số 2 tổng kết năm 2021", nil, ["Hoàng Minh Thu"]),
        // s13r: a capture of the headline alone is its headline; a lead alone is no headline.
        ("Tổng kết cụm thi đua LĐLĐ các tỉnh Bắc Trung Bộ: Trong gian nan, vai trò của công đoàn càng rõ",
         "Tổng kết cụm thi đua LĐLĐ các tỉnh Bắc Trung Bộ: Trong gian nan, vai trò của công đoàn càng rõ", nil, []),
        ("El Clúster de Emulación de los sindicatos del Centro Norte hace balance de 2024",
         "El Clúster de Emulación de los sindicatos del Centro Norte hace balance de 2024", nil, []),
        ("Chiều 26-11, tại phường Bến Cát, Cụm thi đua số 10 tổ chức bình chọn kết quả thi đua năm 2025",
         nil, nil, []),
        // Near miss: a section's name before the bar is no writer.
        ("Khối thi đua số 1 ký kết giao ước năm 2022\n\nTin tức - sự kiện | 02/03/2022 10:20\n\nSáng 1/3, Khối thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2022.",
         "Khối thi đua số 1 ký kết giao ước năm 2022", "2022-03-02T10:20", []),
    ] as [(String, String?, String?, [String])])
    func headerAndByline(text: String, title: String?, published: String?, authors: [String]) throws {
        let article = try Reader().read(bytes: Array(text.utf8), name: "case.txt")
        #expect(article.title == title)
        #expect(article.published?.description == published)
        #expect(article.authors == authors)
        #expect(!article.body.contains("Bình luận"))
        #expect(!article.body.contains("Trả lời"))
    }

    /// Picture files a capture left as text are furniture: no title, no author, no body.
    @Test(arguments: [
        ("KHOI THI DUA (1).JPG", true), ("anh-hoi-nghi-ky-ket.png", true), ("IMG 7955", true), ("IMG_20240312_0915.jpeg", true),
        ("DSC_0123", true), ("z5248157361541_0f1c.jpg", true), ("Ảnh 1.webp", true),
        // Near misses: a sentence that names a file, a unit named like a camera, a short line.
        ("Xem ảnh tại địa chỉ anh-hoi-nghi.png, trang của Sở.", false), ("IMG Group ký kết giao ước thi đua", false),
        ("Ảnh: Minh Đức", false), ("DSC", false), ("Lãnh đạo các đơn vị ký kết giao ước thi đua năm 2024.", false),
        // A line of marks alone.
        (".", true), ("***", true), ("— —", true), ("2024", false),
    ])
    func pictureFileLines(line: String, isFurniture: Bool) {
        #expect(InterfaceText.isInterface(line) == isFurniture)
    }

    @Test func pictureFileNamesAreNeitherTitleNorAuthor() throws {
        let text = "KHOI THI DUA (1).JPG\n\nEl 5 de marzo, el Bloque de Emulación n.º 9 firmó el pacto de emulación de 2016.\n\nKHOI THI DUA (2).JPG\n\nAl final, las unidades firmaron el pacto.\n\nKHOI THI DUA (3).JPG"
        let article = try Reader().read(bytes: Array(text.utf8), name: "case.txt")
        #expect(article.title == nil)
        #expect(article.authors.isEmpty)
        #expect(!article.body.contains(".JPG"))
    }

    /// A line of marks after the byline leaves the byline the last line.
    @Test func bylineBeforeAStrayMark() throws {
        let text = "Tin tức\n\nNgày 5/3, Cụm thi đua số 2 ký kết giao ước thi đua năm 2024.\n\nX.THIEN\n\n \n\n.\n"
        let article = try Reader().read(bytes: Array(text.utf8), name: "case.txt")
        #expect(article.authors == ["X.THIEN"])
    }

    /// A photo's line under the headline is neither the headline nor furniture: the article's first caption.
    @Test(arguments: [
        ("Cụm thi đua số 4 tổng kết năm 2020\nToàn cảnh Hội nghị tổng kết Cụm thi đua số 4\n\nNăm 2020, các đơn vị trong Cụm đã tích cực triển khai hoạt động theo kế hoạch.",
         "Toàn cảnh Hội nghị tổng kết Cụm thi đua số 4"),
        ("Khối thi đua số 2 ký kết giao ước\n\nKhối thi đua số 2 năm 2024. Các đơn vị ký kết giao ước thi đua\n\nChiều 5/3/2024, Khối thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua.",
         "Khối thi đua số 2 năm 2024. Các đơn vị ký kết giao ước thi đua"),
    ])
    func photoLineUnderHeadlineIsCaption(text: String, caption: String) throws {
        let article = try Reader().read(bytes: Array(text.utf8), name: "case.txt")
        #expect(article.blocks.first?.kind == .caption)
        #expect(article.blocks.first?.text == caption)
        #expect(!article.setAside.contains(caption))
    }

    @Test func captionRunIntoParagraphIsSplit() throws {
        let text = "Tiêu đề bài viết về thi đua\n\nĐoạn đầu của bài viết có đủ sáu từ trở lên.                 Phó giám đốc Sở phát biểu tại lễ ký kết\n\nĐoạn cuối của bài viết cũng có dấu chấm."
        let article = try Reader().read(bytes: Array(text.utf8), name: "case.txt")
        #expect(article.blocks.map(\.kind) == [.paragraph, .caption, .paragraph])
        #expect(article.blocks[1].text == "Phó giám đốc Sở phát biểu tại lễ ký kết")
    }
}
