import Foundation
import PactoModel
import Testing
@testable import PactoReading

struct HTMLReaderTests {
    /// Every page under Fixtures/html reads into the Article written by hand
    /// beside it (`<name>.expected.json`): title, stamp, byline, URL,
    /// encoding, language and every body block.
    @Test(arguments: Fixtures.files(in: "html", ending: ".html"))
    func pageMatchesExpectedArticle(name: String) throws {
        let article = try Reader().read(path: Fixtures.path("html/" + name))
        let expected = try ExpectedArticle.load("html/" + name.replacingOccurrences(of: ".html", with: ".expected.json"))
        let got = ExpectedArticle(article)
        #expect(got.title == expected.title)
        #expect(got.published == expected.published)
        #expect(got.authors == expected.authors)
        #expect(got.url == expected.url)
        #expect(got.encoding == expected.encoding)
        #expect(got.language == expected.language)
        #expect(got.blocks == expected.blocks)
    }

    @Test func sapoOutsideTheBodyContainerIsKept() throws {
        let html = """
        <html><head><title>Khối thi đua ký giao ước - Báo Tỉnh</title></head><body>
        <nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a href="/thi-dua">Thi đua</a></nav>
        <h1 class="article-title">Khối thi đua ký giao ước</h1>
        <div class="article-sapo"><strong>Sáng 29/3, tại Cần Thơ, Khối thi đua các cơ quan tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2024.</strong></div>
        <div class="article-content">
        <p>Khối gồm 8 sở, ngành, trong đó Sở Xây dựng làm Trưởng Khối, Sở Công Thương làm Phó Khối năm 2024.</p>
        <p>Tại hội nghị, các thành viên đã thống nhất nội dung, tiêu chí thi đua và ký kết giao ước.</p>
        </div>
        <div class="tin-lien-quan"><a href="/a">Một tin khác về thi đua khen thưởng của tỉnh</a></div>
        </body></html>
        """
        let article = try Reader().read(bytes: Array(html.utf8), name: "sapo.html")
        #expect(article.title == "Khối thi đua ký giao ước")
        #expect(article.blocks.first?.text.hasPrefix("Sáng 29/3, tại Cần Thơ") == true)
        #expect(!article.body.contains("Một tin khác"))
        #expect(!article.body.contains("Trang chủ"))
    }

    /// A meta author that names the paper (its site's name, its publisher, its address) names no writer.
    @Test(arguments: [
        ("<meta property=\"og:site_name\" content=\"El Comercio Perú\"><meta name=\"author\" content=\"NOTICIAS EL COMERCIO PERÚ\">", [String]()),
        ("<meta property=\"og:site_name\" content=\"www.baoquangtri.vn\"><meta name=\"author\" content=\"Bao Quang Tri\">", []),
        ("<link rel=\"canonical\" href=\"https://www.eltiempo.com/a/b\"><meta name=\"author\" content=\"Casa Editorial El Tiempo\">", []),
        ("<meta property=\"og:site_name\" content=\"Diario EL PAIS Uruguay\"><meta name=\"author\" content=\"ElPais\">", []),
        // Near misses: a writer on the paper's site keeps the name.
        ("<meta property=\"og:site_name\" content=\"El Comercio Perú\"><meta name=\"author\" content=\"Mariano Martín\">", ["Mariano Martín"]),
        ("<meta property=\"og:site_name\" content=\"Báo Quảng Trị\"><meta name=\"author\" content=\"Thanh Trúc\">", ["Thanh Trúc"]),
    ] as [(String, [String])])
    func metaAuthorNamingThePaperIsNoWriter(head: String, authors: [String]) throws {
        let html = """
        <html><head><title>Khối thi đua ký giao ước</title>\(head)</head><body>
        <h1>Khối thi đua ký giao ước</h1><div class="article-content">
        <p>Sáng 29/3, tại Cần Thơ, Khối thi đua các cơ quan tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2024.</p>
        <p>Tại hội nghị, các thành viên đã thống nhất nội dung, tiêu chí thi đua và ký kết giao ước.</p></div></body></html>
        """
        let article = try Reader().read(bytes: Array(html.utf8), name: "author.html")
        #expect(article.authors == authors)
    }

    @Test func scriptAndStyleTextNeverReachTheBody() throws {
        let html = """
        <html><body><div class="content"><p>Đoạn văn thứ nhất của bài viết về hội nghị ký kết giao ước thi đua.</p>
        <script>var x = "không phải nội dung";</script><style>p { color: red }</style>
        <p>Đoạn văn thứ hai của bài viết, cũng nói về hội nghị và các đơn vị thành viên.</p></div></body></html>
        """
        let article = try Reader().read(bytes: Array(html.utf8), name: "script.html")
        #expect(article.blocks.count == 2)
        #expect(!article.body.contains("không phải nội dung"))
        #expect(!article.body.contains("color"))
    }

    @Test(arguments: [
        // (head metas, stamp printed under the headline, expected)
        ("<meta property=\"article:published_time\" content=\"2024-03-29T23:17:00Z\">", "30/03/2024 - 06:17", "2024-03-30T06:17"),
        ("<meta property=\"article:published_time\" content=\"2024-03-30T06:17:00+07:00\">", "", "2024-03-30T06:17"),
        ("", "Thứ Bảy, 30/3/2024 06:17 (GMT+7)", "2024-03-30T06:17"),
        ("<meta name=\"pubdate\" content=\"2024-03-30\">", "30/03/2024 06:17", "2024-03-30T06:17"),
        ("", "Ngày cập nhật: 12/9/2019 2:35:50 AM", "2019-12-09T02:35"),
        ("<meta property=\"article:published_time\" content=\"2023-01-02T08:00:00+07:00\">", "Thứ Hai, 23/11/2026", "2023-01-02T08:00"),
    ])
    func publicationStamp(metas: String, printed: String, expected: String) throws {
        let html = """
        <html><head><title>Cụm thi đua ký giao ước</title>\(metas)</head><body>
        <div class="top-bar"><span class="today">Thứ Hai, 23/11/2026</span></div>
        <h1>Cụm thi đua số 2 ký kết giao ước thi đua năm 2024</h1><div class="post-date">\(printed)</div>
        <div class="content"><p>Sáng 29/3, tại Cần Thơ, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2024, với nhiều nội dung.</p>
        <p>Các đơn vị thành viên đã thống nhất nội dung, tiêu chí thi đua và ký kết giao ước, phát động phong trào thi đua.</p></div>
        </body></html>
        """
        let article = try Reader().read(bytes: Array(html.utf8), name: "stamp.html")
        #expect(article.published?.description == expected)
    }
}

/// The prologue the HTML parser would show as text is dropped.
struct PrologueTests {
    @Test(arguments: [
        ("<html><p>x</p></html>", "<html><p>x</p></html>"),
        ("\u{FEFF}  <!DOCTYPE html><p>x</p>", "<!DOCTYPE html><p>x</p>"),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY a \"b\">]><p>[x]</p>", "<p>[x]</p>"),
        ("<!doctype html><p>[not a subset]</p>", "<!doctype html><p>[not a subset]</p>"),
        ("<?xml version=\"1.0\"?><html/>", "<html/>"),
    ])
    func strips(text: String, expected: String) {
        #expect(String(HTMLReader.strippingPrologue(text)) == expected)
    }
}
