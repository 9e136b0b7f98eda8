import Foundation
import Testing
@testable import PactoReading

struct BylineRuleTests {
    @Test(arguments: [
        ("Thanh Mỹ", ["Thanh Mỹ"]),
        ("Trung Kiên – Bá Phúc", ["Trung Kiên", "Bá Phúc"]),
        ("Nguyễn Thanh Dao (Văn phòng)", ["Nguyễn Thanh Dao"]),
        ("Bài và ảnh: Việt Thịnh (VP Sở)", ["Việt Thịnh"]),
        ("Tin, ảnh: Tuấn Anh", ["Tuấn Anh"]),
        ("CTV Lâm Hiền – Thành Trung", ["Lâm Hiền", "Thành Trung"]),
        ("HÀ ĐỨC THÀNH", ["HÀ ĐỨC THÀNH"]),
        ("P.TRUNG", ["P.TRUNG"]),
        ("Por Thanh My", ["Thanh My"]),
        ("Bài: Minh Anh, ảnh: Quốc Huy", ["Minh Anh", "Quốc Huy"]),
        ("PV", []),
    ])
    func recognisesBylines(line: String, names: [String]) {
        #expect(BylineRule.authors(in: line) == names)
    }

    @Test(arguments: [
        "Đại diện lãnh đạo 6 Sở Tài nguyên và Môi trường ký kết giao ước thi đua",
        "Hội nghị đã thành công tốt đẹp.",
        "PHÒNG TỔ CHỨC CÁN BỘ",
        "La presidenta interina Vo Thi Anh Xuan habla. Foto: VPCTN",
        "Năm 2024",
    ])
    func rejectsNonBylines(line: String) {
        let names = BylineRule.authors(in: line)
        #expect(names == nil || names == [])
    }
}

/// A line opens with a byline label ending in a colon, in either case.
struct BylineLabelTests {
    @Test(arguments: [
        ("Tác giả bài viết: Nguyễn Văn A", true), ("TÁC GIẢ: Lê B", true), ("Bài và ảnh : Việt Thịnh", true),
        ("Texto: Ana Pérez", true), ("ảnh: Quốc Huy", true), ("Ảnh: Quốc Huy", true), ("Por: Juan", true),
        ("Por Juan", false), ("Thanh Mỹ", false), ("Tin tức: hôm nay", false), ("Giờ: 10:30", false), ("", false),
        ("Bài viết liên quan", false), ("by: someone", true), ("Written by Jane", false),
    ])
    func opensWithLabel(line: String, labelled: Bool) {
        #expect(BylineRule.hasLabel(line) == labelled)
    }
}

/// `Prefixes` answers what testing every prefix with `hasPrefix` answers.
struct PrefixesTests {
    @Test func opensMatchesHasPrefix() throws {
        let lists = [
            BlockFilter.readAlsoPrefixes, BlockFilter.callsToAction, InterfaceText.linePrefixes,
            InterfaceText.sourcePrefixes, Array(InterfaceText.tailOpeners).sorted(), BylineRule.prefixes,
        ]
        var lines: [String] = []
        for list in lists {
            for prefix in list {
                lines += [prefix, prefix + " x", prefix.uppercased(), prefix.decomposedStringWithCanonicalMapping + " y",
                          String(prefix.dropFirst()), "x" + prefix]
            }
        }
        for name in Fixtures.files(in: "check", ending: ".txt") {
            let text = try String(contentsOfFile: Fixtures.path("check/" + name), encoding: .utf8)
            lines += text.split(separator: "\n").map { $0.lowercased() }
        }
        lines += ["", " ", "\u{0301}xem thêm", "ảnh", "a\u{0309}nh: x", "Ảnh:"]
        var opened = 0
        for list in lists {
            let prefixes = Prefixes(list)
            for line in lines {
                let expected = list.contains { line.hasPrefix($0) }
                #expect(prefixes.opens(line) == expected, "\(line.prefix(30).debugDescription)")
                if expected { opened += 1 }
            }
        }
        #expect(opened > 200)
    }
}
