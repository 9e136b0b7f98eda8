import PactoModel
import PostgresNIO

/// Values bound to a statement as it is written: `bind` gives the next `$n`.
struct PostgresArguments {
    var binds = PostgresBindings()

    mutating func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// `NULL` for nil.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }
}

extension SearchFilter {
    /// The filters as PostgreSQL conditions over `event` (and `document`),
    /// the event's id being the expression `id`: the same tests as
    /// ``conditions(id:)`` makes for SQLite.
    func postgresConditions(id: String, arguments: inout PostgresArguments) -> [String] {
        var conditions: [String] = []
        if let organizer {
            if let kind = organizer.kind {
                conditions.append("event.organizerKind = \(arguments.bind(kind.rawValue))")
            }
            if let number = organizer.number {
                conditions.append("event.organizerNumber = \(arguments.bind(number))")
            }
            if let words = organizer.words {
                conditions.append("strpos(event.organizerKey, \(arguments.bind(words))) > 0")
            }
        }
        for key in ministryKeys {
            conditions.append("strpos(event.organizerParentKey, \(arguments.bind(key))) > 0")
        }
        if let year {
            conditions.append(
                "(event.year = \(arguments.bind(year)) OR (event.year IS NULL AND substr(event.sortDate, 1, 4) = \(arguments.bind(String(year)))))")
        }
        if let activity {
            conditions.append("strpos(' ' || event.activities || ' ', \(arguments.bind(" \(activity.rawValue) "))) > 0")
        }
        if let language {
            conditions.append("document.language = \(arguments.bind(language.rawValue))")
        }
        if let from {
            conditions.append("event.sortDate >= \(arguments.bind(from.date.description))")
        }
        if let to {
            conditions.append("event.sortDate <> '' AND event.sortDate <= \(arguments.bind(to.date.description))")
        }
        if let province {
            // Named then or now: every place is stored with today's unit of its name then.
            conditions.append(
                "EXISTS (SELECT 1 FROM eventPlace WHERE eventPlace.provinceToday = \(arguments.bind(province.today)) AND eventPlace.eventId = \(id))")
        }
        return conditions
    }

    /// How many events the filters keep.
    func postgresCount(on connection: PostgresConnection) throws -> Int {
        var arguments = PostgresArguments()
        let conditions = postgresConditions(id: "event.id", arguments: &arguments)
        let joins = needsDocument ? "JOIN document ON document.id = event.documentId" : ""
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try connection.run("SELECT count(*) FROM event \(joins) \(whereClause)", arguments.binds)
            .first?.value(0, as: Int.self) ?? 0
    }

    /// "Long An at the time; part of Tây Ninh since 1 July 2025" for each
    /// event of `ids` the province filter matched under its former name.
    func postgresNotes(for ids: [Int64], on connection: PostgresConnection) throws -> [Int64: String] {
        guard let province, !ids.isEmpty else { return [:] }
        var arguments = PostgresArguments()
        let sql = """
            SELECT eventId, province FROM eventPlace
            WHERE eventId = ANY(\(arguments.bind(ids))) AND provinceToday = \(arguments.bind(province.today))
              AND province <> \(arguments.bind(province.name))
            ORDER BY eventId, id
            """
        var notes: [Int64: String] = [:]
        for row in try connection.run(sql, arguments.binds) {
            let event = try row.value(0, as: Int64.self)
            if notes[event] == nil {
                let former = try row.value(1, as: String.self)
                notes[event] = "\(former) at the time; part of \(province.today) since 1 July 2025"
            }
        }
        return notes
    }
}
