import PactoModel
import PostgresNIO

extension PostgresStore {
    public func facets(for query: SearchQuery, limit: Int) throws -> Facets {
        let filter = try SearchFilter(query)
        return try pool.transaction(readOnly: true) { connection in
            try Self.facets(for: query, filter: filter, limit: limit, on: connection)
        }
    }

    /// Counts by year, organizer and province over the first ``Store/facetCap``
    /// matches, newest first, as ``Store`` counts them.
    static func facets(for query: SearchQuery, filter: SearchFilter, limit: Int, on connection: PostgresConnection) throws -> Facets {
        let terms = query.terms
        var arguments = PostgresArguments()
        let source: String
        if terms.isEmpty {
            let conditions = filter.postgresConditions(id: "event.id", arguments: &arguments)
            let documentJoin = filter.needsDocument ? "JOIN document ON document.id = event.documentId" : ""
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            source = "SELECT event.id FROM event \(documentJoin) \(whereClause) ORDER BY event.id DESC LIMIT \(Store.facetCap + 1)"
        } else {
            let match = arguments.bind(SearchVector.allWords(terms))
            let conditions = filter.postgresConditions(id: "candidate.id", arguments: &arguments)
            let documentJoin = filter.needsDocument ? "JOIN document ON document.id = event.documentId" : ""
            let joins = filter.needsEvent ? "JOIN event ON event.id = candidate.id \(documentJoin)" : ""
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            source = """
                SELECT candidate.id FROM (SELECT eventId AS id FROM search WHERE vector @@ \(match)::tsquery) AS candidate
                \(joins) \(whereClause) ORDER BY candidate.id DESC LIMIT \(Store.facetCap + 1)
                """
        }
        var ids = try connection.run(source, arguments.binds).map { try $0.value(0, as: Int64.self) }
        let sampled = ids.count > Store.facetCap
        if sampled { ids.removeLast() }

        var yearArguments = PostgresArguments()
        let years = try connection.run("""
            SELECT y, count(*) AS n FROM (
                SELECT coalesce(year, CAST(nullif(substr(sortDate, 1, 4), '') AS BIGINT)) AS y
                FROM event WHERE id = ANY(\(yearArguments.bind(ids)))) AS dated
            WHERE y IS NOT NULL GROUP BY y ORDER BY n DESC, y DESC LIMIT \(limit)
            """, yearArguments.binds
        ).map { row -> FacetValue in
            let year = try row.value(0, as: Int.self)
            return FacetValue(label: String(year), filter: String(year), ministry: nil, count: try row.value(1))
        }.sorted { $0.label > $1.label }

        var organizerArguments = PostgresArguments()
        let organizers = try connection.run("""
            SELECT min(organizerKind), min(organizerNumber), min(organizerParent), max(organizerLabel) AS label, count(*) AS n
            FROM event WHERE id = ANY(\(organizerArguments.bind(ids))) AND organizerKey IS NOT NULL
            GROUP BY organizerKey ORDER BY n DESC, label LIMIT \(limit)
            """, organizerArguments.binds
        ).map { row -> FacetValue in
            let kind = try row.value(0, as: String.self)
            let number = try row.value(1, as: Int?.self)
            let label = try row.value(3, as: String?.self) ?? kind
            let parent = try row.value(2, as: String?.self)
            let word = kind == Organizer.Kind.bloc.rawValue ? "Khối" : "Cụm"
            return FacetValue(
                label: OrganizerLabel.shown(label, parent: parent), filter: number.map { "\(word) \($0)" } ?? label,
                ministry: parent, count: try row.value(4))
        }

        var placeArguments = PostgresArguments()
        let provinces = try connection.run("""
            SELECT province, count(DISTINCT eventId) AS n FROM eventPlace
            WHERE eventId = ANY(\(placeArguments.bind(ids)))
            GROUP BY province ORDER BY n DESC, province LIMIT \(limit)
            """, placeArguments.binds
        ).map { row -> FacetValue in
            let name = try row.value(0, as: String.self)
            return FacetValue(label: name, filter: name, ministry: nil, count: try row.value(1))
        }
        return Facets(years: years, organizers: organizers, provinces: provinces, sampled: sampled)
    }

    public func organizers() throws -> [FacetValue] {
        try pool.transaction(readOnly: true) { connection in
            let keys = try connection.run("""
                SELECT organizerKey, count(*) AS n FROM event WHERE organizerKey IS NOT NULL
                GROUP BY organizerKey ORDER BY n DESC, organizerKey
                """)
            return try keys.compactMap { row -> FacetValue? in
                let key = try row.value(0, as: String.self)
                var arguments = PostgresArguments()
                guard let first = try connection.run(
                    "SELECT organizerKind, organizerNumber, organizerLabel, organizerParent FROM event WHERE organizerKey = \(arguments.bind(key)) ORDER BY id LIMIT 1",
                    arguments.binds
                ).first else { return nil }
                let kind = try first.value(0, as: String?.self) ?? Organizer.Kind.cluster.rawValue
                let number = try first.value(1, as: Int?.self)
                let label = try first.value(2, as: String?.self) ?? key
                let parent = try first.value(3, as: String?.self)
                let word = kind == Organizer.Kind.bloc.rawValue ? "Khối" : "Cụm"
                return FacetValue(
                    label: OrganizerLabel.shown(label, parent: parent), filter: number.map { "\(word) \($0)" } ?? label,
                    ministry: parent, count: try row.value(1))
            }
        }
    }
}
