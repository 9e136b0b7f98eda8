import PactoModel

/// What `pacto search` and the web page ask the record: words (matched
/// without regard to case or diacritics, đ included) and filters.
public struct SearchQuery: Sendable, Hashable {
    public var text: String
    /// "Cụm VIII", "Cụm thi đua số 8", "cluster 8", "Khối 2", "bloc".
    public var organizer: String?
    /// A ministry or parent by name or abbreviation ("TN&MT", "Bộ Công an").
    public var ministry: String?
    public var year: Int?
    /// A province by its name then or now ("Tây Ninh" also finds Long An before the 2025 merger).
    public var province: String?
    public var activity: Activity?
    public var language: Language?
    public var from: Stamp?
    public var to: Stamp?
    public var limit: Int
    public var offset: Int

    public init(
        text: String, organizer: String? = nil, ministry: String? = nil, year: Int? = nil, province: String? = nil,
        activity: Activity? = nil, language: Language? = nil, from: Stamp? = nil, to: Stamp? = nil,
        limit: Int = 20, offset: Int = 0
    ) {
        self.text = text
        self.organizer = organizer
        self.ministry = ministry
        self.year = year
        self.province = province
        self.activity = activity
        self.language = language
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }

    /// The folded words of ``text`` (letters and digits only).
    public var terms: [String] {
        Folding.key(text).split(separator: " ").map(String.init).filter { !$0.isEmpty }
    }

    var hasFilters: Bool {
        organizer != nil || ministry != nil || year != nil || province != nil || activity != nil
            || language != nil || from != nil || to != nil
    }
}

/// An organizer filter read from what a person types.
struct OrganizerFilter: Equatable {
    var kind: Organizer.Kind?
    var number: Int?
    /// Folded words to find in the label when no number is given.
    var words: String?

    init(_ text: String) {
        let key = Folding.key(text)
        var words = key.split(separator: " ").map(String.init)
        let clusterWords: Set<String> = ["cum", "cluster", "cluster", "grupo", "clúster"]
        let blocWords: Set<String> = ["khoi", "bloc", "bloque", "block"]
        if let first = words.first, clusterWords.contains(first) {
            kind = .cluster
            words.removeFirst()
        } else if let first = words.first, blocWords.contains(first) {
            kind = .bloc
            words.removeFirst()
        }
        let fillers: Set<String> = ["thi", "dua", "so", "no", "n", "o", "de", "emulacion", "emulation", "number", "nº"]
        let remaining = words.filter { !fillers.contains($0) }
        if remaining.count == 1, let value = Numerals.value(of: remaining[0]) {
            number = value
            self.words = nil
        } else {
            number = nil
            self.words = remaining.isEmpty ? nil : remaining.joined(separator: " ")
        }
    }
}
