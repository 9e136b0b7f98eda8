import Foundation
import PactoModel
import Testing
@testable import PactoChecking

/// Faithful Spanish versions of real articles (`Fixtures/check/*.es.txt`)
/// come out without errors; the same versions with one planted difference
/// (a changed date, number, province, name or award; a dropped or an added
/// paragraph) must each report an error.
struct PlantedDifferenceTests {
    static let pairs = [
        "tnmt-cum8-2024", "khoi-kinhte-2024", "tnmt-cum1-2020", "524-cand", "513-kontumtv", "512-baotayninh",
        "530-baogialai", "514-plo", "526-baodongthap", "509-baoninhthuan", "523-baoninhthuan", "532-hcmcpv",
        "503-baothanhhoa", "517-baodienbienphu", "tnmt-cum1-2018", "520-kontumtv", "522-vhttdldaklak", "535-vietnamvn",
        "519-thptphanboichau", "531-nld", "533-stcphuyen", "505-moc",
    ]

    static func translation(_ pair: String) throws -> String {
        try Fixtures.text("check/\(pair).es.txt")
    }

    static func check(_ pair: String, translation: String) throws -> CheckReport {
        try Fixtures.check("check/\(pair).vi.txt", translationText: translation, name: "\(pair).es.txt")
    }

    static func errors(_ report: CheckReport) -> [String] {
        report.facts.filter { $0.severity == .error && $0.verdict != .match }.map(\.field)
            + report.segments.omitted.filter { $0.severity == .error }.map { "omitted:" + $0.kind }
            + report.segments.added.filter { $0.severity == .error }.map { "added:" + $0.kind }
    }

    @Test(arguments: pairs)
    func faithfulTranslationHasNoError(pair: String) throws {
        let report = try Self.check(pair, translation: try Self.translation(pair))
        #expect(Self.errors(report).isEmpty, "\(pair): \(report.text())")
        #expect(report.exitStatus == 0)
    }

    /// What was changed, and the fields an error about it may be reported under.
    struct Plant: Sendable, CustomStringConvertible {
        var pair: String
        var old: String
        var new: String
        var fields: [String]
        var description: String { "\(pair): \(old) → \(new)" }
    }

    static let date = ["date", "body.date", "dayPart"]
    static let number = ["memberCount", "criteriaCount", "year", "organizer.number", "body.number", "body.time"]
    static let province = ["members", "location", "head", "deputyHead", "organizer.parent", "body.province"]
    static let name = ["people", "body.name", "authors"]
    static let award = ["awards", "awards.issuer", "body.award", "body.issuer"]

    static let plants: [Plant] = [
        Plant(pair: "tnmt-cum8-2024", old: "La tarde del 29 de marzo", new: "La tarde del 27 de marzo", fields: date),
        Plant(pair: "tnmt-cum8-2024", old: "formado por 6 Departamentos", new: "formado por 7 Departamentos", fields: number),
        Plant(pair: "tnmt-cum8-2024", old: "Long An, Tien Giang, Vinh Long", new: "Long An, Tien Giang, Vinh Phuc", fields: province),
        Plant(pair: "tnmt-cum8-2024", old: "Võ Minh Thành", new: "Võ Minh Tâm", fields: name),
        Plant(pair: "tnmt-cum8-2024", old: "de Long An es el jefe del Clúster de Emulación n.º VIII.", new: "de Ben Tre es el jefe del Clúster de Emulación n.º VIII.", fields: province),
        Plant(pair: "tnmt-cum8-2024", old: "en Long An, el Clúster", new: "en Tien Giang, el Clúster", fields: province),
        Plant(pair: "tnmt-cum8-2024", old: "en Long An, el Clúster de Emulación n.º VIII", new: "en Long An, el Clúster de Emulación n.º VI", fields: number),
        Plant(pair: "khoi-kinhte-2024", old: "El 7 de agosto de 2024", new: "El 17 de agosto de 2024", fields: date),
        Plant(pair: "khoi-kinhte-2024", old: "con 3 contenidos y 23 criterios", new: "con 3 contenidos y 25 criterios", fields: number),
        Plant(pair: "khoi-kinhte-2024", old: "a 2 colectivos", new: "a 3 colectivos", fields: number),
        Plant(pair: "khoi-kinhte-2024", old: "Nguyễn Quang Hải", new: "Nguyễn Quang Huy", fields: name),
        Plant(pair: "khoi-kinhte-2024", old: "La Conferencia entregó los Certificados de Mérito del Presidente", new: "La Conferencia entregó las Banderas de Emulación del Presidente", fields: award),
        Plant(pair: "khoi-kinhte-2024", old: "La Conferencia entregó los Certificados de Mérito del Presidente del Comité Popular provincial", new: "La Conferencia entregó los Certificados de Mérito del Primer Ministro", fields: award),
        Plant(pair: "tnmt-cum1-2020", old: "La tarde del 10 de julio", new: "La tarde del 12 de julio", fields: date),
        Plant(pair: "tnmt-cum1-2020", old: "Hanói, Hai Phong, Ha Nam", new: "Hanói, Hai Phong, Quang Nam", fields: province),
        Plant(pair: "tnmt-cum1-2020", old: "jornada laboral de 8 horas", new: "jornada laboral de 10 horas", fields: number),
        Plant(pair: "524-cand", old: "1 unidad recibió", new: "2 unidades recibieron", fields: number),
        Plant(pair: "524-cand", old: "y 4 unidades recibieron", new: "y 5 unidades recibieron", fields: number),
        Plant(pair: "524-cand", old: "1 unidad recibió la Bandera de Emulación del Gobierno", new: "1 unidad recibió el Certificado de Mérito del Gobierno", fields: award),
        Plant(pair: "524-cand", old: "«Por la seguridad de la Patria» de 2019", new: "«Por la seguridad de la Patria» de 2020", fields: number),
        Plant(pair: "513-kontumtv", old: "Nguyen Van Lan", new: "Nguyen Van Long", fields: name),
        Plant(pair: "513-kontumtv", old: "acordó 22 criterios", new: "acordó 20 criterios", fields: number),
        Plant(pair: "513-kontumtv", old: "los 10 distritos", new: "los 9 distritos", fields: number),
        Plant(pair: "513-kontumtv", old: "pacto de emulación de 2015. El señor", new: "pacto de emulación de 2016. El señor", fields: number),
        Plant(pair: "512-baotayninh", old: "Binh Duong, Dong Nai y Binh Phuoc", new: "Binh Duong, Dong Nai y Long An", fields: province),
        Plant(pair: "512-baotayninh", old: "Federación del Trabajo de Tay Ninh fue elegida", new: "Federación del Trabajo de Dong Nai fue elegida", fields: province),
        Plant(pair: "512-baotayninh", old: "pacto de emulación de 2013 del clúster", new: "pacto de emulación de 2014 del clúster", fields: number),
        Plant(pair: "530-baogialai", old: "La tarde del 30 de marzo", new: "La tarde del 13 de marzo", fields: date),
        Plant(pair: "530-baogialai", old: "compuesto por 13 unidades", new: "compuesto por 15 unidades", fields: number),
        Plant(pair: "530-baogialai", old: "Los 6 contenidos principales", new: "Los 8 contenidos principales", fields: number),
        Plant(pair: "530-baogialai", old: "provincia de Gia Lai", new: "provincia de Kon Tum", fields: province),
        Plant(pair: "514-plo", old: "Ung Thi Xuan Huong", new: "Ung Thi Xuan Mai", fields: name),
        Plant(pair: "514-plo", old: "Pham Quy Ty", new: "Pham Van Ty", fields: name),
        Plant(pair: "514-plo", old: "superar siete criterios", new: "superar nueve criterios", fields: number),
        Plant(pair: "514-plo", old: "para el 100 % de las sentencias", new: "para el 90 % de las sentencias", fields: number),
        Plant(pair: "526-baodongthap", old: "Hoy, 31 de julio de 2020", new: "Hoy, 30 de julio de 2020", fields: date),
        Plant(pair: "526-baodongthap", old: "provincia de Dong Thap (segundo", new: "provincia de An Giang (segundo", fields: province),
        Plant(pair: "509-baoninhthuan", old: "El 10 de marzo", new: "El 12 de marzo", fields: date),
        Plant(pair: "509-baoninhthuan", old: "XI Congreso Nacional", new: "X Congreso Nacional", fields: number),
        Plant(pair: "509-baoninhthuan", old: "el Departamento de Salud, ", new: "el Departamento de Finanzas, ", fields: ["members", "body.ministry"]),
        Plant(pair: "523-baoninhthuan", old: "El 25 de mayo", new: "El 25 de junio", fields: date),
        Plant(pair: "523-baoninhthuan", old: "n.º 4, dependiente del Departamento de Educación y Formación, integrado", new: "n.º 5, dependiente del Departamento de Educación y Formación, integrado", fields: number),
        Plant(pair: "523-baoninhthuan", old: "conceda la Bandera de Emulación al Instituto Le Duan", new: "conceda el Certificado de Mérito al Instituto Le Duan", fields: award),
        Plant(pair: "523-baoninhthuan", old: "al Instituto Nguyen Du.", new: "al Instituto Tran Phu.", fields: ["awards"]),
        Plant(pair: "532-hcmcpv", old: "La tarde del 11 de abril", new: "La tarde del 21 de abril", fields: date),
        Plant(pair: "532-hcmcpv", old: "el 100 % de los cuadros", new: "el 95 % de los cuadros", fields: number),
        Plant(pair: "503-baothanhhoa", old: "Quach Thi Tuoi", new: "Quach Thi Tuyet", fields: name),
        Plant(pair: "503-baothanhhoa", old: "más de 28.000 millones de dongs", new: "más de 18.000 millones de dongs", fields: number),
        Plant(pair: "503-baothanhhoa", old: "en la comuna de Kim Tan", new: "en la comuna de Kim Son", fields: ["head"]),
        Plant(pair: "517-baodienbienphu", old: "Asociación de Veteranos de la provincia de Son La", new: "Asociación de Veteranos de la provincia de Lai Chau", fields: province),
        Plant(pair: "517-baodienbienphu", old: "la mañana del 10 de noviembre", new: "la tarde del 10 de noviembre", fields: date),
        Plant(pair: "520-kontumtv", old: "con Dak Ha como jefe del clúster", new: "con Dak To como jefe del clúster", fields: ["head"]),
        Plant(pair: "520-kontumtv", old: "El clúster de emulación número 1 del bloque", new: "El clúster de emulación número 2 del bloque", fields: number),
        Plant(pair: "522-vhttdldaklak", old: "formado por nueve unidades", new: "formado por once unidades", fields: number),
        Plant(pair: "522-vhttdldaklak", old: "Nguyen Van Ha", new: "Nguyen Van Hoa", fields: name),
        Plant(pair: "535-vietnamvn", old: "más de 2,7 mil millones", new: "más de 7,2 mil millones", fields: number),
        Plant(pair: "535-vietnamvn", old: "distrito de Tan Thanh", new: "distrito de Thanh Hoa", fields: ["awards"]),
        Plant(pair: "535-vietnamvn", old: "«Bandera de Emulación del sector de Justicia»", new: "«Certificado de Mérito del sector de Justicia»", fields: award),
        Plant(pair: "519-thptphanboichau", old: "del curso escolar 2017-2018", new: "del curso escolar 2018-2019", fields: number),
        Plant(pair: "531-nld", old: "alcanzaron casi 88.000 mil millones", new: "alcanzaron casi 78.000 mil millones", fields: number),
        Plant(pair: "531-nld", old: "ciudad de Phu Quoc", new: "ciudad de Rach Gia", fields: name + province),
        Plant(pair: "531-nld", old: "Clúster de Emulación del Suroeste, presidido", new: "Clúster de Emulación del Sudeste, presidido", fields: province),
        Plant(pair: "531-nld", old: "La vicepresidenta del país, Vo Thi Anh Xuan, asistió", new: "La presidenta del país, Vo Thi Anh Xuan, asistió", fields: ["people.title", "body.issuer"]),
        Plant(pair: "533-stcphuyen", old: "el subjefe es el Departamento de Finanzas de la provincia de Quang Ngai", new: "el subjefe es el Departamento de Finanzas de la provincia de Phu Yen", fields: province),
        Plant(pair: "533-stcphuyen", old: "Decisión n.º 01/QĐ-BTC del 2 de enero de 2024", new: "Decisión n.º 01/QĐ-BTC del 12 de enero de 2024", fields: date),
        Plant(pair: "505-moc", old: "conceder el «Certificado de Mérito del Ministerio de Construcción»", new: "conceder la «Bandera de Emulación del Ministerio de Construcción»", fields: award),
        Plant(pair: "505-moc", old: "«Bandera de Emulación del Ministerio de Construcción»", new: "«Bandera de Emulación del Ministerio de Transporte»", fields: award + ["body.ministry"]),
        Plant(pair: "tnmt-cum1-2018", old: "La mañana del 30 de marzo de 2018", new: "La mañana del 31 de marzo de 2018", fields: date),
        Plant(pair: "tnmt-cum1-2018", old: "en la ciudad de Hai Duong", new: "en la ciudad de Hai Phong", fields: province),
        Plant(pair: "tnmt-cum1-2018", old: "el camarada Vu Minh Son", new: "el camarada Vu Minh Hai", fields: name),
        Plant(pair: "tnmt-cum1-2018", old: "de 10 provincias y ciudades de la región", new: "de 11 provincias y ciudades de la región", fields: number),
        Plant(pair: "tnmt-cum1-2018", old: "recibieron certificados de mérito y banderas de emulación", new: "recibieron certificados de mérito y la Orden del Trabajo", fields: award),
    ]

    @Test(arguments: plants)
    func changedFactIsAnError(plant: Plant) throws {
        let text = try Self.translation(plant.pair)
        try #require(text.contains(plant.old), "the fixture must contain the text to change")
        let report = try Self.check(plant.pair, translation: text.replacingOccurrences(of: plant.old, with: plant.new))
        let errors = Self.errors(report)
        #expect(errors.contains { plant.fields.contains($0) }, "\(plant): errors \(errors)")
        #expect(report.exitStatus == 1)
    }

    static let addedParagraph = """
        Durante la reunión, los delegados visitaron también la sede del nuevo centro de atención al ciudadano y \
        se comprometieron a organizar un torneo deportivo entre los funcionarios de todas las unidades durante el mes de septiembre.
        """

    static func paragraphs(_ text: String) -> (parts: [String], separator: String) {
        let separator = text.contains("\n\n") ? "\n\n" : "\n"
        return (text.components(separatedBy: separator), separator)
    }

    @Test(arguments: pairs)
    func droppedParagraphIsAnError(pair: String) throws {
        let (parts, separator) = Self.paragraphs(try Self.translation(pair))
        // Drop the middle one of the long paragraphs.
        let long = parts.indices.filter { parts[$0].count > 150 }
        let dropped = try #require(long.isEmpty ? nil : long[long.count / 2])
        var kept = parts
        kept.remove(at: dropped)
        let report = try Self.check(pair, translation: kept.joined(separator: separator))
        #expect(report.segments.omitted.contains { $0.severity == .error }, "\(pair): dropped \(parts[dropped].prefix(60))")
    }

    @Test(arguments: pairs)
    func addedParagraphIsAnError(pair: String) throws {
        var (parts, separator) = Self.paragraphs(try Self.translation(pair))
        parts.insert(Self.addedParagraph, at: max(1, parts.count / 2))
        let report = try Self.check(pair, translation: parts.joined(separator: separator))
        #expect(report.segments.added.contains { $0.severity == .error && $0.text.hasPrefix("Durante la reunión") })
    }
}

/// A translator who joins two paragraphs, or splits one, leaves nothing out.
/// (Known limit: a caption without a final stop run into the next paragraph,
/// as in `512-baotayninh`, is still reported as omitted.)
struct JoinedParagraphTests {
    static let pairs = [
        "tnmt-cum8-2024", "khoi-kinhte-2024", "513-kontumtv", "514-plo", "524-cand", "503-baothanhhoa",
        "509-baoninhthuan", "519-thptphanboichau", "530-baogialai", "tnmt-cum1-2018", "tnmt-cum1-2020",
    ]

    @Test(arguments: pairs)
    func joinedParagraphs(pair: String) throws {
        let (parts, separator) = PlantedDifferenceTests.paragraphs(try PlantedDifferenceTests.translation(pair))
        let joinable = parts.indices.dropLast().filter { parts[$0].count > 60 && parts[$0 + 1].count > 60 }
        let index = try #require(joinable.isEmpty ? nil : joinable[joinable.count / 2])
        var joined = parts
        joined[index] = parts[index] + " " + parts[index + 1]
        joined.remove(at: index + 1)
        let report = try PlantedDifferenceTests.check(pair, translation: joined.joined(separator: separator))
        #expect(PlantedDifferenceTests.errors(report).isEmpty, "\(pair): \(PlantedDifferenceTests.errors(report))")
    }
}
