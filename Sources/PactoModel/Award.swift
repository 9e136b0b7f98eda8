/// An award presented, decided or proposed at a meeting.
public struct Award: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case certificateOfMerit = "certificate-of-merit"
        case emulationFlag = "emulation-flag"
        case other
    }

    public var kind: Kind
    /// Who grants it, as printed ("Bộ Xây dựng", "Chủ tịch UBND tỉnh").
    public var issuer: String?
    public var recipients: [String]

    public init(kind: Kind, issuer: String? = nil, recipients: [String] = []) {
        self.kind = kind
        self.issuer = issuer
        self.recipients = recipients
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(recipients, forKey: .recipients)
    }
}
