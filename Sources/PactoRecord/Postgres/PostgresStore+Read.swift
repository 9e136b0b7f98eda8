import PactoModel
import PostgresNIO

extension PostgresStore {
    public func event(id: Int64) throws -> StoredEvent? {
        let row = try pool.withConnection { connection in
            var arguments = PostgresArguments()
            return try connection.run("""
                SELECT event.json, document.path, document.title, document.published, document.url,
                       document.language, document.body
                FROM event JOIN document ON document.id = event.documentId WHERE event.id = \(arguments.bind(id))
                """, arguments.binds).first
        }
        guard let row else { return nil }
        guard let event = JSONText.decode(Event.self, from: try row.value(0, as: String.self)) else {
            throw StoreError(path: "event \(id)", reason: "stored event cannot be decoded")
        }
        return StoredEvent(
            id: id, event: event, path: try row.value(1), title: try row.value(2), published: try row.value(3),
            url: try row.value(4), language: try row.value(5), body: try row.value(6))
    }

    public func relatedEvents(to id: Int64, limit: Int) throws -> [SearchHit] {
        try pool.withConnection { connection in
            var arguments = PostgresArguments()
            return try connection.run("""
                SELECT other.id, other.date, other.sortDate, other.organizerLabel, document.path, document.title
                FROM event AS this JOIN event AS other ON other.organizerKey = this.organizerKey AND other.id <> this.id
                JOIN document ON document.id = other.documentId
                WHERE this.id = \(arguments.bind(id)) ORDER BY other.sortDate DESC, other.id DESC LIMIT \(limit)
                """, arguments.binds
            ).map { row in
                let sortDate = try row.value(2, as: String.self)
                return SearchHit(
                    event: try row.value(0), file: try row.value(4), title: try row.value(5),
                    date: try row.value(1, as: String?.self) ?? (sortDate.isEmpty ? nil : sortDate),
                    organizer: try row.value(3), snippet: "", score: 0, note: nil)
            }
        }
    }

    public func pacts(organizer: String?) throws -> [PactTimeline] {
        let filter = organizer.map(OrganizerFilter.init)
        return try pool.transaction(readOnly: true) { connection in
            var arguments = PostgresArguments()
            var conditions: [String] = []
            if let filter {
                if let kind = filter.kind { conditions.append("organizerKind = \(arguments.bind(kind.rawValue))") }
                if let number = filter.number { conditions.append("organizerNumber = \(arguments.bind(number))") }
                if let words = filter.words { conditions.append("strpos(organizerKey, \(arguments.bind(words))) > 0") }
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            // Bytes order, as SQLite compares text; reports of the same day by path
            // (SQLite leaves them in import order).
            let rows = try connection.run("""
                SELECT organizerKey, organizerLabel, organizerKind, organizerNumber, organizerParent, year, eventId,
                       theme, headProvince, headText, deputyProvince, deputyText, memberCount, path
                FROM pact \(whereClause)
                ORDER BY organizerKey COLLATE "C", year, language <> 'vi', sortDate = '', sortDate COLLATE "C", path COLLATE "C", eventId
                """, arguments.binds)
            let eventIds = try rows.map { try $0.value(6, as: Int64.self) }
            var memberArguments = PostgresArguments()
            var members: [Int64: [String]] = [:]
            for row in try connection.run(
                "SELECT eventId, coalesce(province, text) FROM member WHERE eventId = ANY(\(memberArguments.bind(eventIds))) ORDER BY id",
                memberArguments.binds)
            {
                members[try row.value(0, as: Int64.self), default: []].append(try row.value(1))
            }
            var timelines: [String: PactTimeline] = [:]
            var order: [String] = []
            for row in rows {
                let key = try row.value(0, as: String.self)
                if timelines[key] == nil {
                    order.append(key)
                    timelines[key] = PactTimeline(
                        organizer: try row.value(1, as: String?.self) ?? "", kind: try row.value(2, as: String?.self) ?? "",
                        number: try row.value(3), parent: try row.value(4), years: [])
                }
                let year = try row.value(5, as: Int.self)
                let eventId = try row.value(6, as: Int64.self)
                let theme = try row.value(7, as: String?.self)
                let head = try row.value(8, as: String?.self) ?? row.value(9, as: String?.self)
                let deputy = try row.value(10, as: String?.self) ?? row.value(11, as: String?.self)
                let memberCount = try row.value(12, as: Int?.self)
                let path = try row.value(13, as: String.self)
                let eventMembers = members[eventId] ?? []
                guard var timeline = timelines[key] else { continue }
                if let last = timeline.years.last, last.year == year {
                    var merged = last
                    merged.theme = merged.theme ?? theme
                    merged.head = merged.head ?? head
                    merged.deputyHead = merged.deputyHead ?? deputy
                    merged.memberCount = merged.memberCount ?? memberCount
                    for member in eventMembers where !merged.members.contains(member) { merged.members.append(member) }
                    merged.events.append(eventId)
                    merged.sources.append(path)
                    timeline.years[timeline.years.count - 1] = merged
                } else {
                    timeline.years.append(PactYear(
                        year: year, theme: theme, head: head, deputyHead: deputy, memberCount: memberCount,
                        members: eventMembers, events: [eventId], sources: [path]))
                }
                timelines[key] = timeline
            }
            return order.compactMap { timelines[$0] }
        }
    }

    /// Every stored document, in the byte order of their paths (as SQLite
    /// orders them), read in pages of one snapshot.
    public func documents(_ body: (Document) throws -> Void) throws {
        try pool.transaction(readOnly: true) { connection in
            var after: String?
            while true {
                var arguments = PostgresArguments()
                let start = after.map { "WHERE path COLLATE \"C\" > \(arguments.bind($0))" } ?? ""
                let page = try connection.run("""
                    SELECT id, path, sha256, language, title, published, authors, warnings FROM document
                    \(start) ORDER BY path COLLATE "C" LIMIT 500
                    """, arguments.binds)
                guard !page.isEmpty else { return }
                let ids = try page.map { try $0.value(0, as: Int64.self) }
                var eventArguments = PostgresArguments()
                var events: [Int64: [Event]] = [:]
                for row in try connection.run(
                    "SELECT documentId, json FROM event WHERE documentId = ANY(\(eventArguments.bind(ids))) ORDER BY documentId, ordinal",
                    eventArguments.binds)
                {
                    if let event = JSONText.decode(Event.self, from: try row.value(1, as: String.self)) {
                        events[try row.value(0, as: Int64.self), default: []].append(event)
                    }
                }
                for row in page {
                    let published = try row.value(5, as: String?.self)
                    try body(Document(
                        file: try row.value(1), sha256: try row.value(2),
                        language: Language(rawValue: try row.value(3)) ?? .undetermined, title: try row.value(4),
                        published: published.flatMap(Stamp.init(iso:)),
                        authors: JSONText.decode([String].self, from: try row.value(6)) ?? [],
                        events: events[try row.value(0, as: Int64.self)] ?? [],
                        warnings: JSONText.decode([String].self, from: try row.value(7)) ?? []))
                }
                after = try page[page.endIndex - 1].value(1, as: String.self)
            }
        }
    }
}
