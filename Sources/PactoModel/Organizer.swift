/// The cluster (Cụm) or bloc (Khối) that holds a meeting.
public struct Organizer: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case cluster
        case bloc
    }

    public var kind: Kind
    /// The cluster's number ("số VIII" → 8), nil when it has none.
    public var number: Int?
    /// The name as printed ("Cụm thi đua số VIII").
    public var label: String
    /// The owner written out in full ("Bộ Tài nguyên và Môi trường", "tỉnh Thanh Hóa").
    public var parent: String?
    /// Which organizer this is, for grouping reports into timelines; set by
    /// extraction (nil in documents written before it existed).
    public var identity: OrganizerIdentity?

    public init(kind: Kind, number: Int? = nil, label: String, parent: String? = nil, identity: OrganizerIdentity? = nil) {
        self.kind = kind
        self.number = number
        self.label = label
        self.parent = parent
        self.identity = identity
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(number, forKey: .number)
        try container.encode(label, forKey: .label)
        try container.encode(parent, forKey: .parent)
        try container.encodeIfPresent(identity, forKey: .identity)
    }
}
