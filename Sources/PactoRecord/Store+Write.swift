import Foundation
import GRDB
import PactoModel

/// One file ready to be stored: its path, what the reader found, and what
/// the extractor made of it.
public struct Imported: Sendable {
    public var path: String
    public var article: Article
    public var document: Document
    /// The rows' text, when the importer's worker made it already.
    var prepared: PreparedRows?

    public init(path: String, article: Article, document: Document) {
        self.path = path
        self.article = article
        self.document = document
    }
}

extension Store {
    /// What is stored already: path → SHA-256 of its content.
    public func storedFiles() throws -> [String: String] {
        try writer.read { db in
            var files: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, sha256 FROM document")
            while let row = try rows.next() {
                files[row["path"]] = row["sha256"]
            }
            return files
        }
    }

    /// Writes a batch in one transaction: each document replaces the stored
    /// version with the same path (and its events). An import killed in the
    /// middle leaves whole batches only.
    /// - Returns: how many documents were new and how many replaced an older version.
    @discardableResult
    public func write(_ batch: [Imported]) throws -> (inserted: Int, updated: Int) {
        defer { changes.recordWrite() }
        return try writer.write { db in
            var inserted = 0
            var updated = 0
            let now = Self.timestamp(Date())
            for item in batch {
                if let old = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM document WHERE path = ?"), arguments: [item.path]) {
                    try Self.deleteDocument(id: old, in: db)
                    updated += 1
                } else {
                    inserted += 1
                }
                try Self.insert(item, importedAt: now, in: db)
            }
            return (inserted, updated)
        }
    }

    /// `2026-11-23T06:20:05Z`, as ISO8601DateFormatter writes it, without
    /// making one (a formatter costs more to make than a batch of rows to write).
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    static func deleteDocument(id: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM search WHERE rowid IN (SELECT id FROM event WHERE documentId = ?)").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?").execute(arguments: [id])
    }

    private static func insert(_ item: Imported, importedAt: String, in db: Database) throws {
        let article = item.article
        let document = item.document
        let rows = item.rows
        try db.cachedStatement(sql: """
                INSERT INTO document (path, sha256, language, title, published, url, encoding, authors, body, blocks, warnings, importedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(
            arguments: [
                item.path, document.sha256, document.language.rawValue, document.title,
                document.published?.description, article.url, article.encoding, rows.authors,
                rows.body, rows.blocks, rows.warnings, importedAt,
            ])
        let documentId = db.lastInsertedRowID
        for (ordinal, (event, eventRows)) in zip(document.events, rows.events).enumerated() {
            try insert(
                event, rows: eventRows, ordinal: ordinal, documentId: documentId, document: document, bodyIndex: rows.bodyIndex,
                in: db)
        }
    }

    private static func insert(
        _ event: Event, rows: PreparedRows.EventRows, ordinal: Int, documentId: Int64, document: Document, bodyIndex: String,
        in db: Database
    ) throws {
        let sortDate = event.date?.date.description ?? document.published?.date.description ?? ""
        let organizer = event.organizer
        try db.cachedStatement(sql: """
                INSERT INTO event (documentId, ordinal, activities, date, sortDate, dayPart, locationText,
                    locationProvince, locationProvinceToday, organizerKind, organizerNumber, organizerLabel,
                    organizerParent, organizerParentKey, organizerKey, year, memberCount, headText, headProvince,
                    deputyText, deputyProvince, theme, criteriaCount, json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(
            arguments: [
                documentId, ordinal, event.activities.map(\.rawValue).joined(separator: " "),
                event.date?.date.description, sortDate, event.dayPart?.rawValue, event.location?.text,
                event.location?.province, event.location?.province.map(Places.today),
                organizer?.kind.rawValue, organizer?.number, organizer?.identity?.label ?? organizer?.label,
                organizer?.identity?.parent ?? organizer?.parent, (organizer?.identity?.parent ?? organizer?.parent).map(Folding.key), organizer.map(OrganizerKey.make), event.year, event.memberCount, event.head?.text,
                event.head?.province, event.deputyHead?.text, event.deputyHead?.province, event.theme,
                event.criteriaCount, rows.json,
            ])
        let eventId = db.lastInsertedRowID
        for member in event.members {
            try db.cachedStatement(sql: "INSERT INTO member (eventId, text, province, provinceToday) VALUES (?, ?, ?, ?)").execute(
                arguments: [eventId, member.text, member.province, member.province.map(Places.today)])
        }
        for province in rows.places {
            try db.cachedStatement(sql: "INSERT INTO eventPlace (eventId, province, provinceToday) VALUES (?, ?, ?)").execute(
                arguments: [eventId, province, Places.today(province)])
        }
        for person in event.people {
            try db.cachedStatement(sql: "INSERT INTO person (eventId, name, title, role) VALUES (?, ?, ?, ?)").execute(
                arguments: [eventId, person.name, person.title, person.role?.rawValue])
        }
        for (award, recipients) in zip(event.awards, rows.recipients) {
            try db.cachedStatement(sql: "INSERT INTO award (eventId, kind, issuer, recipients) VALUES (?, ?, ?, ?)").execute(
                arguments: [eventId, award.kind.rawValue, award.issuer, recipients])
        }
        try db.cachedStatement(sql: "INSERT INTO search (rowid, head, body) VALUES (?, ?, ?)").execute(
            arguments: [eventId, rows.searchHead, bodyIndex])
    }
}

/// JSON for the columns that hold lists and whole events.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        encode(value, with: encoder())
    }

    /// The encoder ``encode(_:with:)`` wants: sorted keys, slashes as they are.
    /// One serves a whole document (it is not to be shared between threads).
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encode(_ value: some Encodable, with encoder: JSONEncoder) -> String {
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String?) -> T? {
        guard let text, let data = text.data(using: .utf8) else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }
}

/// Province names across the 2025 merger.
public enum Places {
    private static let farFuture = Stamp(year: 9999, month: 12, day: 31)

    /// The unit a province belongs to today ("Long An" → "Tây Ninh").
    public static func today(_ province: String) -> String {
        Gazetteer.standard.canonical(province, on: farFuture)
    }
}

/// The key that groups one organizer's events into a timeline: kind,
/// number and parent, folded; the label when there is no number.
enum OrganizerKey {
    static func make(_ organizer: Organizer) -> String {
        if let identity = organizer.identity { return identity.key }
        let parent = organizer.parent.map(Folding.key) ?? ""
        if let number = organizer.number {
            return "\(organizer.kind.rawValue)|\(number)|\(parent)"
        }
        return "\(organizer.kind.rawValue)||\(parent)|\(Folding.key(organizer.label))"
    }
}

/// What the search index holds for an event, folded (case, diacritics, đ).
enum SearchText {
    /// Every province the event is tied to: its members', venue's, head's and deputy's,
    /// once each and sorted, so the rows written are the same on every import.
    static func places(of event: Event) -> [String] {
        var places = Set<String>()
        for member in event.members {
            if let province = member.province { places.insert(province) }
        }
        for province in [event.location?.province, event.head?.province, event.deputyHead?.province].compactMap({ $0 }) {
            places.insert(province)
        }
        return places.sorted()
    }

    static func head(of event: Event, document: Document, places: [String]) -> String {
        var parts: [String] = []
        parts.append(document.title ?? "")
        parts.append(event.theme ?? "")
        if let organizer = event.organizer {
            parts.append(organizer.label)
            parts.append(organizer.parent ?? "")
            parts.append(organizer.kind == .cluster ? "cụm cluster clúster" : "khối bloc bloque")
        }
        parts.append(contentsOf: event.people.map { [$0.name, $0.title ?? ""].joined(separator: " ") })
        parts.append(contentsOf: event.members.map(\.text))
        parts.append(contentsOf: places.flatMap { [$0, Places.today($0)] })
        parts.append(event.location?.text ?? "")
        parts.append(event.head?.text ?? "")
        parts.append(event.deputyHead?.text ?? "")
        parts.append(contentsOf: event.awards.flatMap(\.recipients))
        return Folding.fold(parts.filter { !$0.isEmpty }.joined(separator: " \u{2029} "))
    }
}
