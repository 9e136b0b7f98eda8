import Foundation

/// Generates realistic provincial-portal article pages (menus, sidebars,
/// related lists, footer; a Vietnamese article about a cluster or bloc
/// meeting with sapo, paragraphs, captions and byline), deterministic for a
/// seed. Pages are about 80 KB, like the ones the import floor was measured on.
struct PageGenerator {
    private var random: SplitMix

    init(seed: UInt64) {
        random = SplitMix(seed: seed)
    }

    static let provinces = [
        "Long An", "Tiền Giang", "Vĩnh Long", "Đồng Tháp", "Bến Tre", "Trà Vinh", "Hà Nội", "Hải Phòng", "Nam Định",
        "Thái Bình", "Ninh Bình", "Hà Nam", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
        "Kon Tum", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Cần Thơ", "Sóc Trăng", "Hậu Giang", "An Giang", "Kiên Giang",
        "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng", "Tây Ninh",
    ]
    static let sectors = [
        "Sở Tài nguyên và Môi trường", "Sở Tư pháp", "Sở Tài chính", "Công an tỉnh", "Liên đoàn Lao động tỉnh",
        "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Hội Cựu chiến binh tỉnh", "Sở Y tế", "Sở Nội vụ",
    ]
    static let ministries = [
        "Bộ Tài nguyên và Môi trường", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công an", "Bộ Xây dựng", "Bộ Y tế",
    ]
    static let themes = [
        "Kỷ cương trách nhiệm, chủ động kịp thời, tăng tốc sáng tạo", "Đoàn kết, kỷ cương, trí tuệ và sáng tạo",
        "Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả", "Chủ động, nêu gương, kỷ cương, trách nhiệm, hiệu quả",
        "Đổi mới, sáng tạo, phát triển bền vững", "Thi đua lập thành tích chào mừng đại hội",
    ]
    static let names = [
        "Võ Minh Thành", "Lê Tuấn Định", "Nguyễn Quang Hải", "Trần Thị Lan", "Phạm Ngọc Sơn", "Hồ Quang Tuấn",
        "Đặng Phong", "Nguyễn Văn Châu", "Bùi Thị Hạnh", "Lương Văn Hiếu", "Đỗ Hữu Hiệu", "Trịnh Thị Hiếu",
    ]
    static let filler = [
        "Trong năm qua, các đơn vị trong Cụm đã triển khai sâu rộng các phong trào thi đua yêu nước, gắn với thực hiện nhiệm vụ chính trị của từng ngành, từng địa phương",
        "Công tác khen thưởng được thực hiện kịp thời, đúng người, đúng thành tích, có tác dụng nêu gương, động viên cán bộ, công chức, viên chức và người lao động",
        "Các đơn vị đã chú trọng phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, những cách làm hay, mô hình mới trong phong trào thi đua",
        "Hội nghị đã thảo luận, đánh giá những mặt làm được, chỉ ra hạn chế và đề ra giải pháp khắc phục trong thời gian tới",
        "Công tác cải cách hành chính tiếp tục được đẩy mạnh, chất lượng giải quyết thủ tục hành chính cho người dân và doanh nghiệp được nâng lên",
        "Phong trào thi đua đã góp phần quan trọng vào việc hoàn thành thắng lợi các chỉ tiêu phát triển kinh tế - xã hội của địa phương",
    ]

    mutating func pick<T>(_ list: [T]) -> T { list[Int(random.next() % UInt64(list.count))] }

    mutating func page(index: Int) -> String {
        let year = 2012 + Int(random.next() % 14)
        let month = 1 + Int(random.next() % 12)
        let day = 1 + Int(random.next() % 28)
        let number = 1 + Int(random.next() % 12)
        let sector = pick(Self.sectors)
        let ministry = pick(Self.ministries)
        var members: [String] = []
        while members.count < 5 { let p = pick(Self.provinces); if !members.contains(p) { members.append(p) } }
        let head = members[0]
        let theme = pick(Self.themes)
        let person = pick(Self.names)
        let title = "Cụm thi đua số \(number) - \(ministry) ký kết giao ước thi đua năm \(year)"
        var html = """
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>\(title) - Cổng thông tin điện tử</title>
        <meta property="og:title" content="\(title)"><meta property="article:published_time" content="\(year)-\(pad(month))-\(pad(day))T08:15:00+07:00">
        <link rel="canonical" href="https://portal.example.gov.vn/tin-tuc/\(index)"><style>body{font-family:Arial} .menu a{color:#036}</style>
        <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script></head><body>
        <div id="header"><div class="logo"><a href="/">Cổng thông tin điện tử tỉnh</a></div><div class="search"><form><input name="q"><button>Tìm kiếm</button></form></div></div>
        <ul class="menu">
        """
        for item in 0..<80 { html += "<li><a href=\"/chuyen-muc/\(item)\">Chuyên mục \(item) \(pick(Self.provinces))</a></li>" }
        html += "</ul><div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> &raquo; <a href=\"/tin-tuc\">Tin tức - Sự kiện</a></div>"
        html += "<div class=\"container\"><div class=\"main-column\"><div class=\"news-detail\">"
        html += "<h1 class=\"title\">\(title)</h1><div class=\"date\">\(pad(day))/\(pad(month))/\(year) 08:15</div>"
        html += "<div class=\"sapo\"><strong>Chiều \(day)/\(month), tại \(head), Cụm thi đua số \(number) - \(ministry) gồm \(members.count) \(sector.lowercased()) các tỉnh \(members.joined(separator: ", ")) tổ chức Hội nghị ký kết giao ước thi đua năm \(year).</strong></div>"
        html += "<div class=\"content-detail\">"
        let paragraphs = 8 + Int(random.next() % 8)
        for paragraph in 0..<paragraphs {
            var text = ""
            for _ in 0..<(3 + Int(random.next() % 4)) { text += pick(Self.filler) + ". " }
            if paragraph == 1 {
                text += "Năm \(year), \(sector) tỉnh \(head) là Cụm trưởng, \(sector) tỉnh \(members[1]) là Cụm phó. "
            }
            if paragraph == 2 {
                text += "Các đơn vị đã ký kết giao ước thi đua với chủ đề: “\(theme)”. "
            }
            if paragraph == 3 {
                text += "Phát biểu tại hội nghị, đồng chí \(person) – Giám đốc \(sector) tỉnh \(head) nhấn mạnh yêu cầu đổi mới công tác thi đua. "
            }
            html += "<p style=\"text-align: justify;\">\(text)</p>\n"
            if paragraph == 4 {
                html += "<p style=\"text-align:center\"><img src=\"/images/\(index).jpg\" width=\"600\"></p><p style=\"text-align:center\"><em>Đại diện lãnh đạo các đơn vị ký kết giao ước thi đua</em></p>"
            }
        }
        html += "<p style=\"text-align:right\"><strong>\(pick(Self.names))</strong></p></div>"
        html += "<div class=\"share\"><a href=\"#\">Facebook</a> <a href=\"#\">Zalo</a> <a href=\"#\">In bài viết</a></div>"
        html += "<div class=\"tin-lien-quan\"><h3>Tin liên quan</h3><ul>"
        for item in 0..<12 { html += "<li><a href=\"/tin/\(index)-\(item)\">\(pick(Self.filler).prefix(70))</a> (\(pad(1 + item))/\(pad(month))/\(year))</li>" }
        html += "</ul></div></div></div><div class=\"sidebar\"><div class=\"box\"><h3>Đọc nhiều</h3><ul>"
        for item in 0..<40 { html += "<li><a href=\"/doc-nhieu/\(item)\">\(pick(Self.filler).prefix(90))</a></li>" }
        html += "</ul></div><div class=\"box\"><h3>Liên kết website</h3><select><option>Chọn website</option>"
        for item in 0..<60 { html += "<option value=\"\(item)\">Sở ban ngành \(pick(Self.provinces))</option>" }
        html += "</select></div></div></div><div id=\"footer\"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Trung tâm, thành phố. Điện thoại: 0270 3822 000.</p>"
        html += "<p>Ghi rõ nguồn khi phát hành lại thông tin từ Cổng thông tin điện tử này.</p></div>"
        // Pad with more realistic furniture to about 80 KB.
        html += "<div class=\"footer-links\">"
        while html.utf8.count < 78_000 {
            html += "<a href=\"/lien-ket/\(random.next() % 10_000)\">\(pick(Self.sectors)) tỉnh \(pick(Self.provinces))</a> | "
        }
        html += "</div></body></html>"
        return html
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
