/// What `pacto extract` says about one input: the article's identity and
/// stamps, the meetings it reports, and warnings about the document itself.
///
/// Encodes exactly one line of the JSON Lines contract in `../shared/DESIGN.md`.
public struct Document: Sendable, Hashable, Codable {
    /// The path as given.
    public var file: String
    /// Hex SHA-256 of the input bytes.
    public var sha256: String
    public var language: Language
    public var title: String?
    public var published: Stamp?
    public var authors: [String]
    public var events: [Event]
    public var warnings: [String]

    public init(
        file: String, sha256: String, language: Language, title: String? = nil,
        published: Stamp? = nil, authors: [String] = [], events: [Event] = [], warnings: [String] = []
    ) {
        self.file = file
        self.sha256 = sha256
        self.language = language
        self.title = title
        self.published = published
        self.authors = authors
        self.events = events
        self.warnings = warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(language, forKey: .language)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try container.encode(authors, forKey: .authors)
        try container.encode(events, forKey: .events)
        try container.encode(warnings, forKey: .warnings)
    }
}
