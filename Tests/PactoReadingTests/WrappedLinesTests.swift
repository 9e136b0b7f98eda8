import Foundation
import PactoModel
import Testing
@testable import PactoReading

/// Plain-text captures with hard line breaks inside sentences read as the
/// paragraphs they were.
struct WrappedLinesTests {
    /// Texts of both languages, as captured without wrapping. (Not
    /// `pairs/*-617-plo.txt`: their headline and stamp are run into one line,
    /// which a wrap may cut into a headline and a stamp line.)
    static let texts = [
        "pairs/vi-605-quochoi.txt", "pairs/es-605-quochoi.txt", "pairs/vi-621-cand.txt", "pairs/es-621-cand.txt",
        "pairs/vi-630-tapchicaosu.txt", "pairs/es-630-tapchicaosu.txt", "check/tnmt-cum8-2024.vi.txt",
        "check/tnmt-cum8-2024.es.txt", "check/khoi-kinhte-2024.vi.txt", "check/khoi-kinhte-2024.es.txt",
        "check/514-plo.vi.txt", "check/514-plo.es.txt",
    ]

    static let widths = [60, 72, 80, 100]

    /// Wrapped at a width with blank lines kept between paragraphs: the same
    /// Article as unwrapped.
    @Test(arguments: texts, widths)
    func wrappedParagraphsReadAsUnwrapped(name: String, width: Int) throws {
        let text = try String(contentsOf: URL(fileURLWithPath: Fixtures.path(name)), encoding: .utf8)
        let unwrapped = try Self.read(text)
        let wrapped = try Self.read(Self.wrap(text, width: width, paragraphSeparator: "\n\n"))
        #expect(wrapped.blocks == unwrapped.blocks, "\(name) at \(width)")
        #expect(wrapped.title == unwrapped.title)
        #expect(wrapped.published == unwrapped.published)
        #expect(wrapped.authors == unwrapped.authors)
        #expect(wrapped.language == unwrapped.language)
    }

    /// Wrapped with no blank lines anywhere (one line break between
    /// paragraphs too), against the text with one line break between its
    /// paragraphs: the same header and text, and no paragraph cut inside a
    /// sentence. (A wrap that falls after a sentence inside a paragraph
    /// cannot be told from a paragraph's end there.)
    @Test(arguments: texts, [72, 80])
    func wrappedWithoutBlankLinesCutsNoSentence(name: String, width: Int) throws {
        let text = try String(contentsOf: URL(fileURLWithPath: Fixtures.path(name)), encoding: .utf8)
        let unwrapped = try Self.read(Self.wrap(text, width: .max, paragraphSeparator: "\n"))
        let wrapped = try Self.read(Self.wrap(text, width: width, paragraphSeparator: "\n"))
        #expect(wrapped.title == unwrapped.title, "\(name) at \(width)")
        #expect(wrapped.published == unwrapped.published)
        #expect(wrapped.authors == unwrapped.authors)
        #expect(wrapped.blocks.map(\.text).joined(separator: " ") == unwrapped.blocks.map(\.text).joined(separator: " "))
        let unwrappedEnds = Set(unwrapped.blocks.map(\.text))
        for block in wrapped.blocks.dropLast() where !unwrappedEnds.contains(block.text) {
            #expect(PlainTextReader.endsSentence(block.text),
                    "\(name) at \(width) cut inside a sentence: \(block.text.suffix(60))")
        }
    }

    @Test(arguments: [
        // (capture, blocks expected as kind:text)
        // A paragraph broken before lower-case words, with a blank line after.
        ("Tiêu đề: Cụm thi đua số 3 ký kết giao ước năm 2024\n\nSáng 12/4, tại Cần Thơ, Cụm thi đua số 3 tổ chức hội\nnghị ký kết giao ước thi đua năm 2024.\n\nĐoạn thứ hai của bài viết, có dấu chấm ở cuối câu.",
         ["paragraph:Sáng 12/4, tại Cần Thơ, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
          "paragraph:Đoạn thứ hai của bài viết, có dấu chấm ở cuối câu."]),
        // A line left open on a comma or on "của" continues before a capital.
        ("Cụm thi đua số 3 ký kết giao ước năm 2024\n\nSáng 12/4, tại trụ sở của\nUBND tỉnh Cần Thơ, Cụm thi đua số 3 tổ chức hội nghị,\nCụm trưởng là Sở Tư pháp.\n\nĐoạn thứ hai của bài viết, có dấu chấm ở cuối câu.",
         ["paragraph:Sáng 12/4, tại trụ sở của UBND tỉnh Cần Thơ, Cụm thi đua số 3 tổ chức hội nghị, Cụm trưởng là Sở Tư pháp.",
          "paragraph:Đoạn thứ hai của bài viết, có dấu chấm ở cuối câu."]),
        // A short caption between paragraphs stays a caption.
        ("Cụm thi đua số 3 ký kết giao ước năm 2024\n\nSáng 12/4, tại Cần Thơ, Cụm thi đua số 3 tổ chức hội\nnghị ký kết giao ước thi đua năm 2024.\nToàn cảnh hội nghị\nĐoạn thứ hai của bài viết, có dấu chấm ở cuối\ncâu và dài hơn một dòng.",
         ["paragraph:Sáng 12/4, tại Cần Thơ, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
          "caption:Toàn cảnh hội nghị",
          "paragraph:Đoạn thứ hai của bài viết, có dấu chấm ở cuối câu và dài hơn một dòng."]),
        // List items stay their own blocks; a wrapped item is joined.
        ("Cụm thi đua số 3 ký kết giao ước năm 2024\n\nSáng 12/4, tại Cần Thơ, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước.\nHội nghị thống nhất các nội dung sau:\n- Bầu Cụm trưởng năm 2025 là Sở Tư pháp\ntỉnh Cần Thơ;\n- Bầu Cụm phó là Sở Tài chính;\na) thi đua hoàn thành nhiệm vụ;\n1. ký kết giao ước thi đua.",
         ["paragraph:Sáng 12/4, tại Cần Thơ, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước.",
          "paragraph:Hội nghị thống nhất các nội dung sau:",
          "paragraph:- Bầu Cụm trưởng năm 2025 là Sở Tư pháp tỉnh Cần Thơ;",
          "paragraph:- Bầu Cụm phó là Sở Tài chính;",
          "paragraph:a) thi đua hoàn thành nhiệm vụ;",
          "paragraph:1. ký kết giao ước thi đua."]),
        // A bracket opened on one line and closed on the next, even by a date.
        ("Nhiệt liệt chào mừng 67 năm Ngày Chiến thắng Điện Biên Phủ (7/5/1954 -\n7/5/2021) và Kỷ niệm 131 năm Ngày sinh Chủ tịch (19/5/1890 -\n19/5/2021)!\n\nCụm thi đua các trường chính trị tổ chức hội nghị ký kết giao ước thi đua năm 2021.",
         ["paragraph:Nhiệt liệt chào mừng 67 năm Ngày Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2021) và Kỷ niệm 131 năm Ngày sinh Chủ tịch (19/5/1890 - 19/5/2021)!",
          "paragraph:Cụm thi đua các trường chính trị tổ chức hội nghị ký kết giao ước thi đua năm 2021."]),
        // A font-size widget ("A A") ends on no connector.
        ("Cụm thi đua số 3 ký kết giao ước năm 2024\n\nA A\n\nTheo đó, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
         ["paragraph:Theo đó, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024."]),
        // Spanish: lower-case continuations, and a line left open on "de".
        ("El Clúster de Emulación n.º 3 firma el pacto de 2024\n\nLa mañana del 12 de abril, en Can Tho, el Clúster de\nEmulación n.º 3 celebró la conferencia para la firma\ndel pacto de emulación de 2024.\n\nTran Lam",
         ["paragraph:La mañana del 12 de abril, en Can Tho, el Clúster de Emulación n.º 3 celebró la conferencia para la firma del pacto de emulación de 2024."]),
    ] as [(String, [String])])
    func handWrappedCaptures(capture: String, blocks: [String]) throws {
        let article = try Self.read(capture)
        #expect(article.blocks.map { "\($0.kind.rawValue):\($0.text)" } == blocks)
    }

    /// The headline is never joined to the first paragraph, nor the stamp
    /// to either, even when the capture is wrapped at the headline's length.
    @Test func headlineAndStampStandAlone() throws {
        let capture = """
        Cụm thi đua số 3 ký kết giao ước thi đua năm 2024 tại Cần Thơ
        Ngày 12/4, tại Cần Thơ, Cụm thi đua số 3 gồm các sở, ban, ngành
        của tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2024 và
        triển khai phương hướng, nhiệm vụ năm 2024 với sự tham dự của
        lãnh đạo các đơn vị thành viên trong cụm, cùng đại diện của các
        sở, ngành liên quan.
        12/04/2024 08:15
        Đoạn thứ hai của bài viết, có dấu chấm ở cuối câu.
        """
        let article = try Self.read(capture)
        #expect(article.title == "Cụm thi đua số 3 ký kết giao ước thi đua năm 2024 tại Cần Thơ")
        #expect(article.blocks.first?.text.hasPrefix("Ngày 12/4, tại Cần Thơ") == true)
        #expect(article.blocks.first?.text.hasSuffix("cùng đại diện của các sở, ngành liên quan.") == true)
        #expect(!article.blocks.contains { $0.text.contains("08:15") && $0.text.contains("Đoạn") })
    }

    @Test(arguments: [
        ("- Bầu Cụm trưởng", true), ("+ Khen thưởng", true), ("• Một mục", true), ("a) thi đua", true),
        ("1. Ký kết", true), ("12) Mục", true), ("IV. Phương hướng", true), ("Sáng 12/4", false), ("12/4, tại", false),
        ("TP.HCM: Các TAND", false),
    ])
    func listItems(line: String, isItem: Bool) {
        #expect(WrappedLines.isListItem(line) == isItem)
    }

    static func read(_ text: String) throws -> Article {
        try Reader().read(bytes: Array(text.utf8), name: "capture.txt")
    }

    /// The text's lines wrapped greedily at `width` characters (a word
    /// longer than the width stands alone), paragraphs separated as asked.
    static func wrap(_ text: String, width: Int, paragraphSeparator: String) -> String {
        let paragraphs = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return paragraphs.map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            if !line.isEmpty { lines.append(line) }
            return lines.joined(separator: "\n")
        }.joined(separator: paragraphSeparator)
    }
}
