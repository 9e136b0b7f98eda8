/// One meeting of a cluster or bloc as an article reports it, every value
/// normalised and traceable through ``evidence`` to the words it came from.
///
/// Encodes exactly the `events[]` object of the JSON contract
/// (`../shared/DESIGN.md`): every key present, `null` or `[]` when the text
/// says nothing.
public struct Event: Sendable, Hashable, Codable {
    public var activities: [Activity]
    /// The meeting's day (no time of day).
    public var date: Stamp?
    public var dayPart: DayPart?
    public var location: Location?
    public var organizer: Organizer?
    /// The year the pact, review or plan is for.
    public var year: Int?
    /// The number of members as the text states it.
    public var memberCount: Int?
    public var members: [Member]
    public var head: Member?
    public var deputyHead: Member?
    /// The slogan as printed, without its quote marks.
    public var theme: String?
    public var people: [Person]
    public var awards: [Award]
    public var criteriaCount: Int?
    /// For each field name of the contract, the span it was read from.
    public var evidence: [String: Evidence]

    public init(
        activities: [Activity] = [], date: Stamp? = nil, dayPart: DayPart? = nil,
        location: Location? = nil, organizer: Organizer? = nil, year: Int? = nil,
        memberCount: Int? = nil, members: [Member] = [], head: Member? = nil,
        deputyHead: Member? = nil, theme: String? = nil, people: [Person] = [],
        awards: [Award] = [], criteriaCount: Int? = nil, evidence: [String: Evidence] = [:]
    ) {
        self.activities = activities
        self.date = date
        self.dayPart = dayPart
        self.location = location
        self.organizer = organizer
        self.year = year
        self.memberCount = memberCount
        self.members = members
        self.head = head
        self.deputyHead = deputyHead
        self.theme = theme
        self.people = people
        self.awards = awards
        self.criteriaCount = criteriaCount
        self.evidence = evidence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(activities, forKey: .activities)
        try container.encode(date?.date, forKey: .date)
        try container.encode(dayPart, forKey: .dayPart)
        try container.encode(location, forKey: .location)
        try container.encode(organizer, forKey: .organizer)
        try container.encode(year, forKey: .year)
        try container.encode(memberCount, forKey: .memberCount)
        try container.encode(members, forKey: .members)
        try container.encode(head, forKey: .head)
        try container.encode(deputyHead, forKey: .deputyHead)
        try container.encode(theme, forKey: .theme)
        try container.encode(people, forKey: .people)
        try container.encode(awards, forKey: .awards)
        try container.encode(criteriaCount, forKey: .criteriaCount)
        try container.encode(evidence, forKey: .evidence)
    }
}
