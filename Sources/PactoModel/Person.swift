/// An official named in an article, without "đồng chí", "ông", "bà" or rank.
public struct Person: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case chair
        case signatory
        case speaker
        case attendee
    }

    public var name: String
    public var title: String?
    public var role: Role?

    public init(name: String, title: String? = nil, role: Role? = nil) {
        self.name = name
        self.title = title
        self.role = role
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(title, forKey: .title)
        try container.encode(role, forKey: .role)
    }
}
