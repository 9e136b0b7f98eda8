import Foundation

/// Names of bodies (ministries, agencies, mass organisations and their
/// provincial branches) read from a phrase, in their canonical Vietnamese
/// form: "Asociación de Veteranos de Guerra de Vietnam" → "Hội Cựu chiến
/// binh Việt Nam", "Policía de la ciudad de Hanói" → "Công an thành phố Hà
/// Nội", "Ministerio de Finanzas" → "Bộ Tài chính".
public struct BodyName: Sendable, Hashable {
    /// The canonical Vietnamese name.
    public var vietnamese: String
    /// How many characters of the phrase the name took.
    public var length: Int
}

extension Gazetteer {
    /// The body a phrase opens with, and the place it belongs to when the
    /// phrase names one ("de la provincia de Binh Phuoc", "provincial",
    /// "de Vietnam"); nil when it opens with no known body.
    public func body(opening phrase: String, on date: Stamp? = nil) -> BodyName? {
        // One line: a name does not run on over a line break.
        let folded = Folding.fold(String(phrase.prefix { $0 != "\n" }))
        guard let (name, canonical) = bodyNames.first(where: { folded.hasPrefix($0.folded) && Self.endsWord(folded, at: $0.folded.count) })
        else { return nil }
        var length = name.count
        var vietnamese = canonical
        let rest = String(folded.dropFirst(length))
        for (connector, kind) in Self.placeConnectors where rest.hasPrefix(connector) {
            let after = rest.dropFirst(connector.count)
            if kind == "vn" {
                if !Folding.fold(vietnamese).hasSuffix("viet nam") { vietnamese += " Việt Nam" }
                length += connector.count
                break
            }
            // A province's branch of a national body drops the country: "Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An".
            let branch = vietnamese.hasSuffix(" Việt Nam") ? String(vietnamese.dropLast(" Việt Nam".count)) : vietnamese
            if kind == "tinh" {
                // "Policía provincial de Thanh Hoa": the province may follow.
                if after.hasPrefix(" de "), let (province, taken) = provinceRun(opening: String(after.dropFirst(4)), on: date) {
                    vietnamese = branch + " tỉnh " + province
                    length += connector.count + 4 + taken
                    break
                }
                vietnamese = branch + " tỉnh"
                length += connector.count
                break
            }
            guard let (province, taken) = provinceRun(opening: String(after), on: date) else { continue }
            let isCity = places[Folding.key(province)].map { _ in provinces.first { $0.name == province }?.kind == "city" } ?? false
                || provinces2025.first { $0.name == province }?.kind == "city"
            vietnamese = branch + (kind == "city" || isCity ? " thành phố " : " tỉnh ") + province
            length += connector.count + taken
            break
        }
        return BodyName(vietnamese: vietnamese, length: length)
    }

    /// The longest run of up to four words opening `text` that names a
    /// province, and how many characters it takes.
    func provinceRun(opening text: String, on date: Stamp?) -> (String, Int)? {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        for count in stride(from: min(4, words.count), through: 1, by: -1) {
            let candidate = words.prefix(count).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",.;"))
            if let province = province(named: candidate, on: date) {
                return (province, words.prefix(count).joined(separator: " ").count)
            }
        }
        return nil
    }

    /// Folded connectors between a body's name and its place, and what they say.
    static let placeConnectors: [(String, String)] = [
        (" de la provincia de ", "province"), (" de la ciudad de ", "city"), (" de ciudad ", "city"),
        (" de la ciudad ", "city"), (" provincial", "tinh"), (" de vietnam", "vn"), (" tinh ", "province"),
        (" thanh pho ", "city"), (" tp ", "city"), (" tp. ", "city"), (" viet nam", "vn"), (" de ", "province"), (" ", "province"),
    ]

    static func endsWord(_ text: String, at offset: Int) -> Bool {
        guard offset < text.count else { return true }
        let character = text[text.index(text.startIndex, offsetBy: offset)]
        return !(character.isLetter || character.isNumber)
    }
}
