/// Which cluster or bloc an event belongs to, whatever the language and
/// spelling of the report: kind, number, owner by its canonical Vietnamese
/// name, and the province a provincial bloc belongs to. "Cụm thi đua số 01",
/// "Cụm 1" and "Clúster de Emulación n.º 1" of one owner have one identity;
/// two "Khối thi đua số 6" of different provinces have two.
public struct OrganizerIdentity: Sendable, Hashable, Codable {
    public var kind: Organizer.Kind
    public var number: Int?
    /// The owner's canonical Vietnamese name ("Bộ Công an", "Công an thành phố Hà Nội").
    public var parent: String?
    /// The province the organizer belongs to, canonical today, when one is named.
    public var province: String?
    /// What tells two organizers without a number apart: the words of the
    /// printed name after "Cụm/Khối thi đua" ("các cơ quan Đảng"), folded.
    public var name: String?
    /// One readable label ("Khối thi đua số 6 – tỉnh Gia Lai").
    public var label: String
    /// The grouping key: equal for the same organizer.
    public var key: String

    public init(_ organizer: Organizer, location: String? = nil, gazetteer: Gazetteer = .standard) {
        kind = organizer.kind
        number = organizer.number
        var parent = organizer.parent.map { printed in
            gazetteer.ministry(named: printed)?.name ?? gazetteer.body(opening: printed)?.vietnamese ?? printed
        }
        if let printed = parent, let province = gazetteer.province(named: printed) {
            // "Provincia de Gia Lai" → "tỉnh Gia Lai".
            parent = Self.isCity(province, gazetteer) ? "thành phố \(province)" : "tỉnh \(province)"
        }
        self.parent = parent
        // The province: named in the owner ("Công an tỉnh Phú Thọ", "tỉnh Gia Lai") or, for a bloc, where it meets.
        let named = parent.flatMap { Self.province(in: $0, gazetteer) } ?? Self.province(in: organizer.label, gazetteer)
        // A bloc is usually a province's: where it meets tells which, when nothing else does
        // (a number alone, or no name at all).
        let bare = organizer.number != nil || Self.distinguishingWords(of: organizer.label) == nil
        province = (named ?? (organizer.kind == .bloc && organizer.parent == nil && bare ? location : nil))
            .map { gazetteer.canonical($0, on: Self.today) }
        let kindName = organizer.kind == .cluster ? "Cụm thi đua" : "Khối thi đua"
        name = organizer.number == nil ? Self.distinguishingWords(of: organizer.label) : nil
        var label = kindName + (organizer.number.map { " số \($0)" } ?? "")
        if organizer.number == nil, let printed = Self.printedName(of: organizer.label) { label += " " + printed }
        // The owner, or else the province, unless the name already says it.
        if let owner = parent ?? province, !Folding.key(label).contains(Folding.key(owner)) { label += " – " + owner }
        self.label = label
        key = [organizer.kind.rawValue, organizer.number.map(String.init) ?? "", parent.map(Folding.key) ?? "",
               province.map(Folding.key) ?? "", name ?? ""].joined(separator: "|")
    }

    static let today = Stamp(year: 9999, month: 12, day: 31)

    static func isCity(_ province: String, _ gazetteer: Gazetteer) -> Bool {
        gazetteer.provinces.first { $0.name == province }?.kind == "city"
            || gazetteer.provinces2025.first { $0.name == province }?.kind == "city"
    }

    /// The last province named in a phrase ("Công an thành phố Hà Nội" → Hà Nội).
    static func province(in phrase: String, _ gazetteer: Gazetteer) -> String? {
        let words = Folding.key(phrase).split(separator: " ").map(String.init)
        var found: String?
        var index = 0
        while index < words.count {
            var matched = 0
            for length in stride(from: min(gazetteer.longestPlaceName, words.count - index), through: 1, by: -1) {
                let candidate = words[index..<(index + length)].joined(separator: " ")
                if let place = gazetteer.places[candidate], !place.isCity,
                   index == 0 || !Self.beforeAPersonsName.contains(words[index - 1]) {
                    found = place.province
                    matched = length
                    break
                }
            }
            index += max(matched, 1)
        }
        return found
    }

    /// Last words of a name given after a person, not a place: "Học viện Chính trị
    /// quốc gia Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đội Thiếu niên
    /// Tiền phong Hồ Chí Minh", "tư tưởng Hồ Chí Minh".
    static let beforeAPersonsName: Set<String> = ["gia", "san", "phong", "tich", "tuong", "bac", "lang"]

    /// Words that introduce the organizer and say nothing of which one it is.
    static let kindWords: Set<String> = [
        "cum", "khoi", "thi", "dua", "cac", "cluster", "bloque", "grupo", "de", "emulacion", "la", "el", "los", "las",
        "so", "n", "o", "no", "numero",
    ]

    /// The folded words of a printed name that tell it apart ("co quan dang").
    static func distinguishingWords(of label: String) -> String? {
        let words = Folding.key(label).split(separator: " ").filter { !kindWords.contains(String($0)) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The printed name after "Cụm/Khối thi đua (các)" ("cơ quan Đảng"), nil when nothing is left.
    static func printedName(of label: String) -> String? {
        var words = label.split(separator: " ").map(String.init)
        while let first = words.first, kindWords.contains(Folding.key(first)) { words.removeFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
