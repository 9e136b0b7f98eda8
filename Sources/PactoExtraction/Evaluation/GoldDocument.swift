import Foundation
import PactoModel

/// A hand annotation in the corpus format (`../shared/corpus/README.md`,
/// "Gold format"): members split into provinces and units, the location as
/// a province, head and deputy as names, awards with recipients.
public struct GoldDocument: Sendable, Decodable {
    public var language: String?
    public var title: String?
    public var published: String?
    public var authors: [String]
    public var events: [GoldEvent]

    enum CodingKeys: String, CodingKey { case language, title, published, authors, events }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        authors = try container.decodeIfPresent([String].self, forKey: .authors) ?? []
        events = try container.decodeIfPresent([GoldEvent].self, forKey: .events) ?? []
    }
}

public struct GoldEvent: Sendable, Decodable {
    public struct Organizer: Sendable, Decodable {
        public var kind: String?
        public var number: Int?
        public var parent: String?
    }

    public struct Person: Sendable, Decodable {
        public var name: String?
        public var title: String?
        public var role: String?
    }

    public struct Award: Sendable, Decodable {
        public var kind: String?
        public var issuer: String?
        public var recipients: [String]?
    }

    public var activities: [String]
    public var date: String?
    public var dayPart: String?
    public var locationProvince: String?
    public var organizer: Organizer?
    public var year: Int?
    public var memberCount: Int?
    public var memberProvinces: [String]
    public var memberUnits: [String]
    public var head: String?
    public var deputyHead: String?
    public var theme: String?
    public var people: [Person]
    public var awards: [Award]
    public var criteriaCount: Int?

    enum CodingKeys: String, CodingKey {
        case activities, date, dayPart, locationProvince, organizer, year, memberCount, memberProvinces, memberUnits
        case head, deputyHead, theme, people, awards, criteriaCount
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        activities = try container.decodeIfPresent([String].self, forKey: .activities) ?? []
        date = try container.decodeIfPresent(String.self, forKey: .date)
        dayPart = try container.decodeIfPresent(String.self, forKey: .dayPart)
        locationProvince = try container.decodeIfPresent(String.self, forKey: .locationProvince)
        organizer = try container.decodeIfPresent(Organizer.self, forKey: .organizer)
        year = try container.decodeIfPresent(Int.self, forKey: .year)
        memberCount = try container.decodeIfPresent(Int.self, forKey: .memberCount)
        memberProvinces = try container.decodeIfPresent([String].self, forKey: .memberProvinces) ?? []
        memberUnits = try container.decodeIfPresent([String].self, forKey: .memberUnits) ?? []
        head = try container.decodeIfPresent(String.self, forKey: .head)
        deputyHead = try container.decodeIfPresent(String.self, forKey: .deputyHead)
        theme = try container.decodeIfPresent(String.self, forKey: .theme)
        people = try container.decodeIfPresent([Person].self, forKey: .people) ?? []
        awards = try container.decodeIfPresent([Award].self, forKey: .awards) ?? []
        criteriaCount = try container.decodeIfPresent(Int.self, forKey: .criteriaCount)
    }
}
