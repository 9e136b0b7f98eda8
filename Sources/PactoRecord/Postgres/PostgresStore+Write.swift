import Foundation
import PactoModel
import PostgresNIO

extension PostgresStore {
    /// Writes a batch in one transaction. A document whose SHA-256 is stored
    /// already (another importer's, or the same file under another path) is
    /// left alone; a changed file replaces its older version under the same
    /// path. An importer killed half-way leaves whole batches only.
    ///
    /// The documents go in SHA-256 order: two importers writing overlapping
    /// batches then wait for each other in one order and never deadlock.
    @discardableResult
    public func write(_ batch: [Imported]) throws -> (inserted: Int, updated: Int) {
        let items = batch.sorted { $0.document.sha256 < $1.document.sha256 }
        let now = Store.timestamp(Date())
        return try pool.transaction { connection in
            var inserted = 0
            var updated = 0
            for item in items {
                var binds = PostgresBindings()
                binds.append(item.path)
                binds.append(item.document.sha256)
                let replaced = try connection.run(
                    "DELETE FROM document WHERE path = $1 AND sha256 <> $2", binds).metadata.rows ?? 0
                let prepared = item.rows
                guard let documentId = try Self.insert(item, rows: prepared, importedAt: now, on: connection) else { continue }
                if replaced > 0 { updated += 1 } else { inserted += 1 }
                for (ordinal, (event, eventRows)) in zip(item.document.events, prepared.events).enumerated() {
                    try Self.insert(
                        event, rows: eventRows, ordinal: ordinal, documentId: documentId, document: item.document,
                        bodyIndex: prepared.bodyIndex, on: connection)
                }
            }
            // The version moves once per batch, at its end: readers see it with the rows.
            _ = try connection.run("UPDATE recordRevision SET value = value + 1")
            return (inserted, updated)
        }
    }

    /// The document's row, or nil when its content (or path) is stored already.
    private static func insert(
        _ item: Imported, rows prepared: PreparedRows, importedAt: String, on connection: PostgresConnection
    ) throws -> Int64? {
        let article = item.article
        let document = item.document
        var binds = PostgresBindings()
        binds.append(item.path)
        binds.append(document.sha256)
        binds.append(document.language.rawValue)
        binds.append(document.title)
        binds.append(document.published?.description)
        binds.append(article.url)
        binds.append(article.encoding)
        binds.append(prepared.authors)
        binds.append(prepared.body)
        binds.append(prepared.blocks)
        binds.append(prepared.warnings)
        binds.append(importedAt)
        let rows = try connection.run("""
            INSERT INTO document (path, sha256, language, title, published, url, encoding, authors, body, blocks, warnings, importedAt)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            ON CONFLICT DO NOTHING RETURNING id
            """, binds)
        return try rows.first?.value(0, as: Int64.self)
    }

    private static func insert(
        _ event: Event, rows prepared: PreparedRows.EventRows, ordinal: Int, documentId: Int64, document: Document,
        bodyIndex: String, on connection: PostgresConnection
    ) throws {
        let sortDate = event.date?.date.description ?? document.published?.date.description ?? ""
        let organizer = event.organizer
        let parent = organizer?.identity?.parent ?? organizer?.parent
        var binds = PostgresBindings()
        binds.append(documentId)
        binds.append(ordinal)
        binds.append(event.activities.map(\.rawValue).joined(separator: " "))
        binds.append(event.date?.date.description)
        binds.append(sortDate)
        binds.append(event.dayPart?.rawValue)
        binds.append(event.location?.text)
        binds.append(event.location?.province)
        binds.append(event.location?.province.map(Places.today))
        binds.append(organizer?.kind.rawValue)
        binds.append(organizer?.number)
        binds.append(organizer?.identity?.label ?? organizer?.label)
        binds.append(parent)
        binds.append(parent.map(Folding.key))
        binds.append(organizer.map(OrganizerKey.make))
        binds.append(event.year)
        binds.append(event.memberCount)
        binds.append(event.head?.text)
        binds.append(event.head?.province)
        binds.append(event.deputyHead?.text)
        binds.append(event.deputyHead?.province)
        binds.append(event.theme)
        binds.append(event.criteriaCount)
        binds.append(prepared.json)
        let eventId = try connection.run("""
            INSERT INTO event (documentId, ordinal, activities, date, sortDate, dayPart, locationText,
                locationProvince, locationProvinceToday, organizerKind, organizerNumber, organizerLabel,
                organizerParent, organizerParentKey, organizerKey, year, memberCount, headText, headProvince,
                deputyText, deputyProvince, theme, criteriaCount, json)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
            RETURNING id
            """, binds).first?.value(0, as: Int64.self) ?? 0
        // One statement per table, all the event's rows in it.
        var rows = PostgresArguments()
        let id = rows.bind(eventId)
        var statements: [String] = []
        if !event.members.isEmpty {
            let values = event.members.map { member in
                "(\(id), \(rows.bind(member.text)), \(rows.bind(member.province)), \(rows.bind(member.province.map(Places.today))))"
            }
            statements.append("INSERT INTO member (eventId, text, province, provinceToday) VALUES " + values.joined(separator: ", "))
        }
        if !prepared.places.isEmpty {
            let values = prepared.places.map { province in
                "(\(id), \(rows.bind(province)), \(rows.bind(Places.today(province))))"
            }
            statements.append("INSERT INTO eventPlace (eventId, province, provinceToday) VALUES " + values.joined(separator: ", "))
        }
        if !event.people.isEmpty {
            let values = event.people.map { person in
                "(\(id), \(rows.bind(person.name)), \(rows.bind(person.title)), \(rows.bind(person.role?.rawValue)))"
            }
            statements.append("INSERT INTO person (eventId, name, title, role) VALUES " + values.joined(separator: ", "))
        }
        if !event.awards.isEmpty {
            let values = zip(event.awards, prepared.recipients).map { award, recipients in
                "(\(id), \(rows.bind(award.kind.rawValue)), \(rows.bind(award.issuer)), \(rows.bind(recipients)))"
            }
            statements.append("INSERT INTO award (eventId, kind, issuer, recipients) VALUES " + values.joined(separator: ", "))
        }
        let head = prepared.searchHead
        let vector = SearchVector.literal(head: head, body: bodyIndex)
        statements.append("INSERT INTO search (eventId, head, vector) VALUES (\(id), \(rows.bind(head)), \(rows.bind(vector))::tsvector)")
        do {
            // The statements share the bound values: one data-modifying WITH runs them all.
            let sql = statements.count == 1
                ? statements[0]
                : "WITH " + statements.dropLast().enumerated().map { "s\($0) AS (\($1))" }.joined(separator: ", ") + " " + statements.last!
            _ = try connection.run(sql, rows.binds)
        }
    }
}
