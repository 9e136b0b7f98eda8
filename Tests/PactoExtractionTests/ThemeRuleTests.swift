import PactoModel
import Testing

/// The quoted slogan the cluster adopts, without its quote marks.
struct ThemeRuleTests {
    @Test(arguments: [
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua năm 2022 với chủ đề “Đoàn kết, kỷ cương, sáng tạo, hiệu quả”.",
         "Đoàn kết, kỷ cương, sáng tạo, hiệu quả"),
        ("Ngày 5/3, Cụm thi đua số 3 ký kết giao ước thi đua năm 2022. Chủ đề thi đua năm 2022 là: \"Chủ động, linh hoạt, vượt khó\".",
         "Chủ động, linh hoạt, vượt khó"),
        ("Ngày 5/3, Khối thi đua số 1 ký giao ước thi đua với khẩu hiệu hành động: “Kỷ cương, trách nhiệm, hành động, hiệu quả”.",
         "Kỷ cương, trách nhiệm, hành động, hiệu quả"),
        ("Ngày 5/3, Cụm thi đua số 2 ký kết giao ước thi đua với chủ đề trọng tâm «Đổi mới, sáng tạo, phát triển».",
         "Đổi mới, sáng tạo, phát triển"),
        ("Ngày 5/3, Cụm thi đua số 2 ký kết giao ước thi đua, hướng tới mục tiêu “Xây dựng ngành vững mạnh toàn diện”.",
         "Xây dựng ngành vững mạnh toàn diện"),
    ])
    func vietnamese(text: String, theme: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.theme == theme)
    }

    @Test(arguments: [
        "Ngày 5/3, Cụm thi đua số 7 ký giao ước thi đua, bám sát phong trào do Bộ Công an phát động với khẩu hiệu hành động “Xây dựng CAND thật sự trong sạch, vững mạnh”.",
        "Ngày 5/3, Cụm thi đua số 7 ký giao ước thi đua; với phương châm “Nhà nước và Nhân dân cùng làm”, các đơn vị đã vận động.",
        "Ngày 5/3, Cụm thi đua số 7 ký giao ước thi đua, đẩy mạnh phong trào “Vì an ninh Tổ quốc”.",
        "Ngày 5/3, Cụm thi đua số 7 ký giao ước thi đua nhằm đạt mục tiêu phát triển kinh tế - xã hội.",
        "Ngày 5/3, Cụm thi đua số 7 ký giao ước thi đua; các phong trào “Người tốt, việc tốt” được duy trì.",
    ])
    func notThemes(text: String) throws {
        let event = try #require(Sample.event(text))
        #expect(event.theme == nil)
    }

    @Test(arguments: [
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto de emulación con el tema: “Disciplina, responsabilidad, creatividad”.",
         "Disciplina, responsabilidad, creatividad"),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto de emulación con el lema \"Solidaridad e innovación\".",
         "Solidaridad e innovación"),
        ("El 5 de marzo el Grupo de Emulación No. 2 firmó el pacto de emulación bajo el tema «Unidad, disciplina, eficacia».",
         "Unidad, disciplina, eficacia"),
        ("El 5 de marzo el Clúster de Emulación n.º 3 firmó el pacto con el tema de “Acelerar y avanzar”.",
         "Acelerar y avanzar"),
        ("El 5 de marzo el Bloque de Emulación número 1 firmó el pacto de emulación, con el lema: “Proactividad y eficiencia”.",
         "Proactividad y eficiencia"),
        ("El 5 de marzo el Clúster de Emulación n.º 2 firmó el pacto. «¡Unidad y disciplina!» es el lema elegido por los miembros.",
         "Unidad y disciplina"),
        ("El 5 de marzo el Grupo de Emulación número 6 se fijó el lema de acción “Innovación, disciplina, eficacia” y firmó el pacto.",
         "Innovación, disciplina, eficacia"),
        ("El 5 de marzo el Bloque de Emulación n.º 4 firmó el pacto de emulación de 2024 con el lema del Bloque “Unidad y creatividad”.",
         "Unidad y creatividad"),
    ])
    func spanish(text: String, theme: String) throws {
        let event = try #require(Sample.event(text, language: .spanish))
        #expect(event.theme == theme)
    }
}
