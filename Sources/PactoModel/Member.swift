/// A unit named in an article (a member of a cluster or bloc, its head or
/// deputy): the words as printed and, when it is identified by one, its
/// province under the canonical name of the article's date.
public struct Member: Sendable, Hashable, Codable {
    public var text: String
    public var province: String?

    public init(text: String, province: String? = nil) {
        self.text = text
        self.province = province
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(province, forKey: .province)
    }
}

/// Where a meeting took place: the venue as printed and its province.
public typealias Location = Member
