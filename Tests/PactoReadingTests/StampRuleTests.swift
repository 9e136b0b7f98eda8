import Foundation
import PactoModel
import Testing
@testable import PactoReading

struct StampRuleTests {
    @Test(arguments: [
        ("30/03/2024 - 06:17", "2024-03-30T06:17"),
        ("Thứ Bảy, 30/3/2024 06:17 (GMT+7)", "2024-03-30T06:17"),
        ("Ngày cập nhật: 12/9/2019 2:35:50 AM", "2019-12-09T02:35"),
        ("Cập nhật ngày: 31/07/2020 05:16:46", "2020-07-31T05:16"),
        ("Cập nhật lúc: 16:12 20/05/2018", "2018-05-20T16:12"),
        ("05:12 - Thứ Sáu, 10/11/2017 Lượt xem: 1655", "2017-11-10T05:12"),
        ("Thứ năm - 04/01/2024 15:202130", "2024-01-04"),
        ("Văn phòng Chủ tịch nước30/03/2024", "2024-03-30"),
        ("Ngày 07 tháng 8 năm 2024", "2024-08-07"),
        ("25-07-2024", "2024-07-25"),
        ("2024-03-30T06:17:00+07:00", "2024-03-30T06:17"),
        ("29 de marzo de 2024", "2024-03-29"),
        ("Viết bởi Andy - Th9 21, 2017", "2017-09-21"),
        ("tháng 12 3, 2019", "2019-12-03"),
        ("Publicado el 5 de diciembre de 2023 a las 10:30", "2023-12-05T10:30"),
        ("March 29, 2024", "2024-03-29"),
        ("12/25/2019 3:05:00 PM", "2019-12-25T15:05"),
    ])
    func findsStamp(text: String, expected: String) {
        #expect(StampRule.firstStamp(in: text)?.stamp.description == expected)
    }

    @Test(arguments: ["6 tháng đầu năm 2020", "năm 2024", "32/13/2024", "Số 16/HD-HĐTĐKT", "date 2025-07"])
    func findsNoStamp(text: String) {
        #expect(StampRule.firstStamp(in: text) == nil)
    }

    @Test(arguments: [
        ("30/03/2024 - 06:17", true),
        ("Cập nhật ngày: 25/04/2013 - 09:47", true),
        ("Thứ bảy, 06/04/2024 07:20", true),
        ("Chiều 29/3/2024, tại Long An, Cụm thi đua số VIII tổ chức Hội nghị ký kết giao ước thi đua.", false),
    ])
    func stampLines(text: String, isStampLine: Bool) {
        #expect(StampRule.isStampLine(text) == isStampLine)
    }
}

/// The four-digit screen in front of the stamp patterns agrees with the
/// patterns' own `\d{4}` (any script's digits) on real lines and odd ones.
struct FourDigitScreenTests {
    @Test func screenMatchesRegex() throws {
        let regex = try NSRegularExpression(pattern: #"\d{4}"#)
        var lines = ["2024", "202", "20 24", "١٢٣٤ arabic-indic", "१२३४ devanagari", "12३४ mixed", "１２３４ fullwidth", "²³⁴⁵", "Ⅻ", ""]
        for name in Fixtures.files(in: "check", ending: ".txt") {
            let text = try String(contentsOfFile: Fixtures.path("check/" + name), encoding: .utf8)
            lines += text.split(separator: "\n").map(String.init)
        }
        for line in lines {
            let expected = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
            #expect(StampRule.hasFourDigits(line) == expected, "\(line.prefix(40))")
        }
    }
}
