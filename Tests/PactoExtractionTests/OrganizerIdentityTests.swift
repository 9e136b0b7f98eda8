import PactoExtraction
import PactoModel
import Testing

/// One organizer, one identity: reports of the same cluster in either
/// language and spelling share a key; different clusters do not.
struct OrganizerIdentityTests {
    static func identity(_ text: String, _ language: Language) -> OrganizerIdentity? {
        let article = Article(file: "identity.txt", language: language, blocks: [Block(.paragraph, text)])
        return Extractors.extract(from: article).events.first?.organizer?.identity
    }

    /// Phrasings of one organizer, each with the label every one of them must show.
    @Test(arguments: [
        ([("Ngày 5/3, Cụm thi đua số 01, Bộ Công an tổ chức hội nghị tổng kết năm 2024.", Language.vietnamese),
          ("Ngày 6/3, Cụm thi đua số I thuộc Bộ Công an ký kết giao ước thi đua năm 2025.", .vietnamese),
          ("El 5 de marzo, el Clúster de Emulación n.º 1 del Ministerio de Seguridad Pública celebró la conferencia de balance de 2024.", .spanish),
          ("El 5 de marzo, el Grupo de Emulación No. 1 del Ministerio de Seguridad Pública firmó el pacto de emulación de 2025.", .spanish)],
         "Cụm thi đua số 1 – Bộ Công an"),
        ([("Ngày 12/1, Khối thi đua số 6 của tỉnh Gia Lai tổng kết công tác thi đua năm 2024.", .vietnamese),
          ("El 12 de enero, el Bloque de Emulación n.º 6 de la provincia de Gia Lai hizo balance del trabajo de emulación de 2024.", .spanish)],
         "Khối thi đua số 6 – tỉnh Gia Lai"),
    ] as [([(String, Language)], String)])
    func spellingsOfOneOrganizer(phrasings: [(String, Language)], label: String) throws {
        let identities = phrasings.map { Self.identity($0.0, $0.1) }
        let first = try #require(identities.first ?? nil)
        #expect(first.label == label)
        for (identity, phrasing) in zip(identities, phrasings) {
            #expect(identity?.key == first.key, "\(phrasing.0)")
        }
    }

    @Test(arguments: [
        ("Ngày 12/1, Khối thi đua số 6 của tỉnh Gia Lai tổng kết năm 2024.", "Ngày 12/1, Khối thi đua số 6 của tỉnh Nghệ An tổng kết năm 2024."),
        ("Ngày 5/3, Cụm thi đua số 1, Bộ Công an tổng kết năm 2024.", "Ngày 5/3, Cụm thi đua số 1, Bộ Tư pháp tổng kết năm 2024."),
        ("Ngày 5/3, Cụm thi đua số 2 tổng kết năm 2024.", "Ngày 5/3, Khối thi đua số 2 tổng kết năm 2024."),
        // Two blocs without a number, told apart by what their members are.
        ("Ngày 5/3, Khối thi đua các Ban xây dựng Đảng tổng kết năm 2024.", "Ngày 5/3, Khối thi đua các Sở, ngành Nội chính tổng kết năm 2024."),
    ])
    func differentOrganizers(one: String, other: String) throws {
        let first = try #require(Self.identity(one, .vietnamese))
        let second = try #require(Self.identity(other, .vietnamese))
        #expect(first.key != second.key)
    }

    /// A name without a number reads as the name, never as a bare "Khối" or "Khối thi đua các".
    @Test(arguments: [
        ("Ngày 10/1, Khối thi đua các trường đại học tỉnh Quảng Ninh tổng kết năm 2024.", "Khối thi đua trường đại học – tỉnh Quảng Ninh"),
        ("Ngày 10/1, Khối thi đua số 3 tổng kết năm 2024.", "Khối thi đua số 3"),
        // An owner named after a person has no province: Hồ Chí Minh here is no city.
        ("Theo Quyết định của Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh về việc thành lập Cụm thi đua các trường chính trị, ngày 5/3/2021 Cụm thi đua các trường chính trị Tây Nam Bộ ký kết giao ước thi đua năm 2021.",
         "Cụm thi đua trường chính trị – Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("Ngày 5/3, Cụm thi đua số 2 thuộc Thành đoàn Thành phố Hồ Chí Minh ký kết giao ước thi đua năm 2024.", "Cụm thi đua số 2 – Thành đoàn thành phố Hồ Chí Minh"),
        // Units the name describes are no owner ("các Ban", "các cơ quan Đảng"); a count goes on with it.
        ("Ngày 12/3, Khối thi đua các Ban xây dựng Đảng tổ chức ký kết giao ước thi đua năm 2024.", "Khối thi đua Ban xây dựng Đảng"),
        ("Ngày 12/3, Cụm thi đua 6 tỉnh Bắc Trung Bộ tổ chức ký kết giao ước thi đua năm 2024.", "Cụm thi đua 6 tỉnh Bắc Trung Bộ"),
        // A bloc named without "thi đua".
        ("Ngày 12/3, Khối các cơ quan Đảng tỉnh tổ chức ký kết giao ước thi đua năm 2024.", "Khối thi đua cơ quan Đảng tỉnh"),
    ])
    func readableLabel(text: String, label: String) throws {
        #expect(try #require(Self.identity(text, .vietnamese)).label == label)
    }
}
