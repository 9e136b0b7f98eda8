import Foundation
import GRDB
import PactoModel

/// An event as stored, with the document it came from.
public struct StoredEvent: Sendable, Hashable {
    public var id: Int64
    public var event: Event
    public var path: String
    public var title: String?
    public var published: String?
    public var url: String?
    public var language: String
    /// The Article body the evidence offsets point into.
    public var body: String
}

/// One year of one cluster's or bloc's timeline.
public struct PactYear: Sendable, Hashable, Codable {
    public var year: Int
    public var theme: String?
    public var head: String?
    public var deputyHead: String?
    public var memberCount: Int?
    public var members: [String]
    public var events: [Int64]
    public var sources: [String]
}

/// The timeline of one organizer.
public struct PactTimeline: Sendable, Hashable, Codable {
    public var organizer: String
    public var kind: String
    public var number: Int?
    public var parent: String?
    public var years: [PactYear]

    /// The owner to show beside the label: none when the label names it already.
    public var parentNote: String? {
        guard let parent, !Folding.key(organizer).contains(Folding.key(parent)) else { return nil }
        return parent
    }
}

extension Store {
    public func event(id: Int64) throws -> StoredEvent? {
        try writer.read { db in
            guard let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT event.id, event.json, document.path, document.title, document.published, document.url,
                           document.language, document.body
                    FROM event JOIN document ON document.id = event.documentId WHERE event.id = ?
                    """,
                arguments: [id])
            else { return nil }
            guard let event = JSONText.decode(Event.self, from: row["json"]) else {
                throw StoreError(path: "event \(id)", reason: "stored event cannot be decoded")
            }
            return StoredEvent(
                id: id, event: event, path: row["path"], title: row["title"], published: row["published"],
                url: row["url"], language: row["language"], body: row["body"])
        }
    }

    /// Other events of the same organizer, newest first.
    public func relatedEvents(to id: Int64, limit: Int = 10) throws -> [SearchHit] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT other.id, other.date, other.sortDate, other.organizerLabel, document.path, document.title
                    FROM event AS this JOIN event AS other ON other.organizerKey = this.organizerKey AND other.id <> this.id
                    JOIN document ON document.id = other.documentId
                    WHERE this.id = ? ORDER BY other.sortDate DESC LIMIT ?
                    """,
                arguments: [id, limit])
            return rows.map { row in
                let sortDate: String = row["sortDate"]
                return SearchHit(
                    event: row["id"], file: row["path"], title: row["title"],
                    date: row["date"] ?? (sortDate.isEmpty ? nil : sortDate), organizer: row["organizerLabel"],
                    snippet: "", score: 0, note: nil)
            }
        }
    }

    /// Every cluster's and bloc's pacts, year by year; `organizer` narrows
    /// them ("Cụm VIII", "cluster 8", words of the label). Within a year the
    /// Vietnamese originals speak first (a translation's theme is a rendering),
    /// then the dated reports, oldest first.
    public func pacts(organizer: String? = nil) throws -> [PactTimeline] {
        let filter = organizer.map(OrganizerFilter.init)
        return try writer.read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let filter {
                if let kind = filter.kind { conditions.append("organizerKind = ?"); arguments += [kind.rawValue] }
                if let number = filter.number { conditions.append("organizerNumber = ?"); arguments += [number] }
                if let words = filter.words { conditions.append("instr(organizerKey, ?) > 0"); arguments += [words] }
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM pact \(whereClause) ORDER BY organizerKey, year, language <> 'vi', sortDate = '', sortDate", arguments: arguments)
            var timelines: [String: PactTimeline] = [:]
            var order: [String] = []
            for row in rows {
                let key: String = row["organizerKey"]
                if timelines[key] == nil {
                    order.append(key)
                    timelines[key] = PactTimeline(
                        organizer: row["organizerLabel"] ?? "", kind: row["organizerKind"] ?? "",
                        number: row["organizerNumber"], parent: row["organizerParent"], years: [])
                }
                let year: Int = row["year"]
                let eventId: Int64 = row["eventId"]
                let members = try String.fetchAll(db, sql: "SELECT coalesce(province, text) FROM member WHERE eventId = ?", arguments: [eventId])
                guard var timeline = timelines[key] else { continue }
                if let last = timeline.years.last, last.year == year {
                    var merged = last
                    merged.theme = merged.theme ?? row["theme"]
                    merged.head = merged.head ?? row["headProvince"] ?? row["headText"]
                    merged.deputyHead = merged.deputyHead ?? row["deputyProvince"] ?? row["deputyText"]
                    merged.memberCount = merged.memberCount ?? row["memberCount"]
                    for member in members where !merged.members.contains(member) { merged.members.append(member) }
                    merged.events.append(eventId)
                    merged.sources.append(row["path"])
                    timeline.years[timeline.years.count - 1] = merged
                } else {
                    timeline.years.append(PactYear(
                        year: year, theme: row["theme"], head: row["headProvince"] ?? row["headText"],
                        deputyHead: row["deputyProvince"] ?? row["deputyText"], memberCount: row["memberCount"],
                        members: members, events: [eventId], sources: [row["path"]]))
                }
                timelines[key] = timeline
            }
            return order.compactMap { timelines[$0] }
        }
    }

    /// Every stored document as in `pacto extract --json`, in the order of
    /// their paths (bytes of UTF-8): not the import order, which parallel
    /// reading makes differ between two imports of the same files.
    public func documents(_ body: (Document) throws -> Void) throws {
        try writer.read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, path, sha256, language, title, published, authors, warnings FROM document ORDER BY path")
            while let row = try rows.next() {
                let id: Int64 = row["id"]
                let events = try String.fetchAll(db, sql: "SELECT json FROM event WHERE documentId = ? ORDER BY ordinal", arguments: [id])
                    .compactMap { JSONText.decode(Event.self, from: $0) }
                let published: String? = row["published"]
                try body(Document(
                    file: row["path"], sha256: row["sha256"], language: Language(rawValue: row["language"]) ?? .undetermined,
                    title: row["title"], published: published.flatMap(Stamp.init(iso:)),
                    authors: JSONText.decode([String].self, from: row["authors"]) ?? [],
                    events: events, warnings: JSONText.decode([String].self, from: row["warnings"]) ?? []))
            }
        }
    }

    /// Counts of what the record holds.
    public func counts() throws -> (documents: Int, events: Int) {
        try writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0)
        }
    }
}
