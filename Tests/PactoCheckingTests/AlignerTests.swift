import Foundation
import PactoModel
import Testing
@testable import PactoChecking

/// Alignment of made-up paragraphs: one to one when faithful, an omission
/// or an addition where there is one.
struct AlignerTests {
    static let segmenter = Segmenter(finder: AnchorFinder(gazetteer: .standard, glossary: Fixtures.checker.glossary))

    static let vietnamese = [
        "Chiều 12/4, tại Cần Thơ, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2024.",
        "Cụm thi đua số 3 gồm 5 sở: Cần Thơ, Hậu Giang, Sóc Trăng, Bạc Liêu và Cà Mau.",
        "Năm 2023, các sở trong cụm đã được tặng 4 Bằng khen và 1 Cờ thi đua của Bộ trưởng.",
        "Giám đốc Sở Cần Thơ Trần Văn Bình phát biểu tại hội nghị.",
    ]
    static let spanish = [
        "La tarde del 12 de abril, en Can Tho, el Clúster de Emulación n.º 3 celebró la conferencia de firma del pacto de emulación de 2024.",
        "El Clúster de Emulación n.º 3 agrupa a 5 departamentos: Can Tho, Hau Giang, Soc Trang, Bac Lieu y Ca Mau.",
        "En 2023, los departamentos del clúster recibieron 4 Certificados de Mérito y 1 Bandera de Emulación del Ministro.",
        "El director del Departamento de Can Tho, Tran Van Binh, intervino en la conferencia.",
    ]

    static func segments(_ texts: [String], _ language: Language) -> [Segment] {
        texts.enumerated().map { index, text in
            segmenter.make(index: index, kind: .paragraph, text: text, block: index, bodyRange: nil, language: language)
        }
    }

    static func pairs(_ vietnamese: [String], _ spanish: [String]) -> [String] {
        Aligner().align(segments(vietnamese, .vietnamese), segments(spanish, .spanish)).map { group in
            "\(group.original.map(String.init).joined(separator: "+"))-\(group.translation.map(String.init).joined(separator: "+"))"
        }
    }

    @Test func faithfulIsOneToOne() {
        #expect(Self.pairs(Self.vietnamese, Self.spanish) == ["0-0", "1-1", "2-2", "3-3"])
    }

    @Test(arguments: 0..<4)
    func omittedParagraph(dropped: Int) {
        var spanish = Self.spanish
        spanish.remove(at: dropped)
        let pairs = Self.pairs(Self.vietnamese, spanish)
        #expect(pairs.contains("\(dropped)-"), "\(pairs)")
    }

    @Test func addedParagraph() {
        var spanish = Self.spanish
        spanish.insert("Los delegados visitaron después una fábrica de arroz de 300 trabajadores en el distrito de Phong Dien.", at: 2)
        #expect(Self.pairs(Self.vietnamese, spanish) == ["0-0", "1-1", "-2", "2-3", "3-4"])
    }
}
