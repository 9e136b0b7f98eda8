import GRDB
import PactoModel

/// The filters of a search as SQL over the event tables.
struct SearchFilter {
    var organizer: OrganizerFilter?
    var ministryKeys: [String] = []
    var year: Int?
    /// The province asked for, canonical, and the unit it belongs to today.
    var province: (name: String, today: String)?
    var activity: Activity?
    var language: Language?
    var from: Stamp?
    var to: Stamp?

    init(_ query: SearchQuery) throws {
        if let text = query.organizer {
            let parsed = OrganizerFilter(text)
            guard parsed.kind != nil || parsed.number != nil || parsed.words != nil else {
                throw SearchError(message: "--organizer \"\(text)\": say which cluster or bloc, e.g. \"Cụm VIII\", \"cluster 8\", \"Khối 2\"")
            }
            organizer = parsed
        }
        if let text = query.ministry {
            let gazetteer = Gazetteer.standard
            if let ministry = gazetteer.ministry(named: text) {
                ministryKeys = [Folding.key(ministry.name)]
            } else {
                let key = Folding.key(text)
                guard !key.isEmpty else { throw SearchError(message: "--ministry is empty") }
                ministryKeys = [key]
            }
        }
        year = query.year
        if let text = query.province {
            guard let name = Gazetteer.standard.province(named: text) else {
                throw SearchError(message: "--province \"\(text)\": no province or city of that name (try the name with or without diacritics)")
            }
            province = (name, Places.today(name))
        }
        activity = query.activity
        language = query.language
        from = query.from
        to = query.to
        if let from, let to, from > to {
            throw SearchError(message: "--from \(from) is after --to \(to)")
        }
    }

    /// The filters need the event row, or the document row too.
    var needsEvent: Bool {
        organizer != nil || !ministryKeys.isEmpty || year != nil || activity != nil || language != nil
            || from != nil || to != nil
    }
    var needsDocument: Bool { language != nil }

    /// SQL conditions over `event` (and `document`), the event's id being
    /// the expression `id`, with their arguments.
    func conditions(id: String) -> (sql: [String], arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let organizer {
            if let kind = organizer.kind {
                // With a year and a number, the year index (year, organizerNumber) finds
                // a few hundred events where the kind index finds thousands; the record
                // is read-only here, with no statistics to tell SQLite, so the unary +
                // keeps it off the kind index.
                conditions.append(year != nil && organizer.number != nil ? "+event.organizerKind = ?" : "event.organizerKind = ?")
                arguments += [kind.rawValue]
            }
            if let number = organizer.number {
                conditions.append("event.organizerNumber = ?")
                arguments += [number]
            }
            if let words = organizer.words {
                conditions.append("instr(event.organizerKey, ?) > 0")
                arguments += [words]
            }
        }
        for key in ministryKeys {
            conditions.append("instr(event.organizerParentKey, ?) > 0")
            arguments += [key]
        }
        if let year {
            conditions.append("(event.year = ? OR (event.year IS NULL AND substr(event.sortDate, 1, 4) = ?))")
            arguments += [year, String(year)]
        }
        if let activity {
            conditions.append("instr(' ' || event.activities || ' ', ?) > 0")
            arguments += [" \(activity.rawValue) "]
        }
        if let language {
            conditions.append("document.language = ?")
            arguments += [language.rawValue]
        }
        if let from {
            conditions.append("event.sortDate >= ?")
            arguments += [from.date.description]
        }
        if let to {
            conditions.append("event.sortDate <> '' AND event.sortDate <= ?")
            arguments += [to.date.description]
        }
        if let province {
            // Named then or now: every place is stored with today's unit of its name
            // then (Places.today), so the name asked for then is among today's unit.
            conditions.append("EXISTS (SELECT 1 FROM eventPlace WHERE eventPlace.provinceToday = ? AND eventPlace.eventId = \(id))")
            arguments += [province.today]
        }
        return (conditions, arguments)
    }

    /// How many events the filters keep.
    func count(in db: Database) throws -> Int {
        var copy = self
        let place = copy.province
        copy.province = nil
        let conditions = copy.conditions(id: "event.id")
        var joins = needsDocument ? "JOIN document ON document.id = event.documentId" : ""
        var arguments = conditions.arguments
        if let place, conditions.sql.isEmpty, !needsDocument {
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(DISTINCT eventId) FROM eventPlace WHERE provinceToday = ?"),
                arguments: [place.today]) ?? 0
        }
        if let place {
            // Drive from the place index rather than testing every event.
            joins = "JOIN (SELECT DISTINCT eventId FROM eventPlace WHERE provinceToday = ?) AS place ON place.eventId = event.id " + joins
            arguments = StatementArguments([place.today]) + arguments
        }
        let whereClause = conditions.sql.isEmpty ? "" : "WHERE " + conditions.sql.joined(separator: " AND ")
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM event \(joins) \(whereClause)"), arguments: arguments) ?? 0
    }

    /// "Long An at the time; part of Tây Ninh since 1 July 2025" for each
    /// event of `ids` (a JSON array) the province filter matched under its
    /// former name.
    func notes(for ids: String, in db: Database) throws -> [Int64: String] {
        guard let province else { return [:] }
        var notes: [Int64: String] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT eventId, province FROM eventPlace
                WHERE eventId IN (SELECT value FROM json_each(?)) AND provinceToday = ? AND province <> ?
                ORDER BY eventId, rowid
                """),
            arguments: [ids, province.today, province.name])
        while let row = try rows.next() {
            let event: Int64 = row[0]
            if notes[event] == nil {
                let former: String = row[1]
                notes[event] = "\(former) at the time; part of \(province.today) since 1 July 2025"
            }
        }
        return notes
    }
}
