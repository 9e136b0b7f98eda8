import Foundation
import PactoModel
import Testing
@testable import PactoChecking

/// The shipped glossary loads and its forms match by folded words.
struct GlossaryTests {
    static let glossary = Fixtures.checker.glossary

    @Test(arguments: ["thi-dua", "giao-uoc", "cum-thi-dua", "cum-truong", "certificate-of-merit", "ky-cuong", "trach-nhiem", "chu-dong", "kip-thoi", "sang-tao"])
    func shipsEntry(id: String) {
        #expect(Self.glossary.entry(id: id) != nil)
    }

    @Test(arguments: [
        ("Cụm thi đua số VIII", Language.vietnamese, "cum-thi-dua"),
        ("el Clúster de Emulación n.º VIII", .spanish, "cum-thi-dua"),
        ("el Grupo de Emulación No. VIII", .spanish, "cum-thi-dua"),
        ("Bằng khen của Chủ tịch UBND tỉnh", .vietnamese, "certificate-of-merit"),
        ("los Certificados de Mérito del Presidente", .spanish, "certificate-of-merit"),
        ("con puntualidad", .spanish, "kip-thoi"),
    ])
    func findsForm(text: String, language: Language, id: String) {
        let found = Self.glossary.mentions(in: ScannedText(text), language: language).map(\.entry)
        #expect(found.contains(id), "\(found)")
    }

    @Test func anotherGlossaryFileCanBeGiven() throws {
        let json = #"{"entries": [{"id": "x", "kind": "theme", "vi": ["kịp thời"], "es": ["a tiempo"]}], "leftovers": ["Fuente"]}"#
        let glossary = try Glossary(data: Data(json.utf8))
        #expect(glossary.entries.count == 1)
        #expect(glossary.leftovers == ["Fuente"])
    }

    @Test func badGlossaryIsAnError() {
        #expect(throws: CheckError.self) { try Glossary(data: Data("{".utf8)) }
    }
}
