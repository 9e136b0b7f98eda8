import GRDB
import PactoModel

/// One value of a facet and how many events of a search have it.
public struct FacetValue: Sendable, Hashable, Codable {
    /// What a person reads ("2024", "Cụm thi đua số VIII", "Long An").
    public var label: String
    /// The filter value that narrows a search to it, for the field the facet is about.
    public var filter: String
    /// The parent body, set on organizer facets whose cluster number is shared across ministries.
    public var ministry: String?
    public var count: Int
}

/// Counts by year, organizer and province of the events a search finds.
public struct Facets: Sendable, Hashable, Codable {
    public var years: [FacetValue]
    public var organizers: [FacetValue]
    public var provinces: [FacetValue]
    /// True when the counts cover only the first ``Store/facetCap`` matches
    /// (newest first), not every match: a bound on the cost of a page.
    public var sampled: Bool
}

extension Store {
    /// Most matches a facet count looks at: counting more costs a pass over
    /// the whole index for a frequent word, and a page must stay fast (on a
    /// record of 100,000 events, 5,000 ids cost about 30 ms, 1,000 about 6).
    public static let facetCap = 1_000

    /// Counts by year, organizer and province of the events `query` finds
    /// (its text and its filters; paging is ignored).
    ///
    /// Read-only: one query for the matching ids (at most ``facetCap``), then
    /// three `GROUP BY` queries over them.
    /// - Parameter limit: values kept per facet, the largest counts first.
    /// - Throws: ``SearchError`` when a filter cannot be understood.
    public func facets(for query: SearchQuery, limit: Int = 12) throws -> Facets {
        let filter = try SearchFilter(query)
        return try writer.read { db in try Self.facets(for: query, filter: filter, limit: limit, in: db) }
    }

    /// The facets themselves, inside a read transaction.
    static func facets(for query: SearchQuery, filter: SearchFilter, limit: Int, in db: Database) throws -> Facets {
        let terms = query.terms
        // The matching ids, newest first, at most facetCap + 1 to tell whether we stopped.
        let conditions = filter.conditions(id: terms.isEmpty ? "event.id" : "candidate.id")
        let documentJoin = filter.needsDocument ? "JOIN document ON document.id = event.documentId" : ""
        let whereClause = conditions.sql.isEmpty ? "" : "WHERE " + conditions.sql.joined(separator: " AND ")
        var source: String
        var arguments = StatementArguments()
        if terms.isEmpty {
            source = "SELECT event.id AS id FROM event \(documentJoin) \(whereClause) ORDER BY event.id DESC LIMIT ?"
        } else {
            // The event row is read only when a filter needs it (most facet pages have none).
            let words = terms.map { "\"\($0)\"" }.joined(separator: " ")
            let joins = filter.needsEvent ? "CROSS JOIN event ON event.id = candidate.id \(documentJoin)" : ""
            source = """
                SELECT candidate.id AS id FROM (SELECT rowid AS id FROM search WHERE search MATCH ? ORDER BY rowid DESC) AS candidate
                \(joins) \(whereClause) LIMIT ?
                """
            arguments += [words]
        }
        arguments += conditions.arguments
        arguments += [Self.facetCap + 1]
        var ids = try Int64.fetchAll(db.cachedStatement(sql: source), arguments: arguments)
        let sampled = ids.count > Self.facetCap
        if sampled { ids.removeLast() }
        // The ids go back as one JSON array (json_each) rather than thousands of
        // bound parameters; a temporary table is not an option on a read-only connection.
        let idList = "[" + ids.map(String.init).joined(separator: ",") + "]"
        let keep = "id IN (SELECT value FROM json_each(?))"

        let years = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT coalesce(year, CAST(nullif(substr(sortDate, 1, 4), '') AS INTEGER)) AS y, count(*) AS n
                FROM event WHERE \(keep) GROUP BY y HAVING y IS NOT NULL ORDER BY n DESC, y DESC LIMIT ?
                """),
            arguments: [idList, limit]
        ).map { row -> FacetValue in
            let year: Int = row["y"]
            return FacetValue(label: String(year), filter: String(year), ministry: nil, count: row["n"])
        }.sorted { $0.label > $1.label }

        let organizers = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT organizerKind AS kind, organizerNumber AS number, organizerParent AS parent,
                       max(organizerLabel) AS label, count(*) AS n
                FROM event WHERE \(keep) AND organizerKey IS NOT NULL
                GROUP BY organizerKey ORDER BY n DESC, label LIMIT ?
                """),
            arguments: [idList, limit]
        ).map { row -> FacetValue in
            let kind: String = row["kind"]
            let number: Int? = row["number"]
            let label: String = row["label"] ?? kind
            let parent: String? = row["parent"]
            let word = kind == Organizer.Kind.bloc.rawValue ? "Khối" : "Cụm"
            let shown = OrganizerLabel.shown(label, parent: parent)
            return FacetValue(
                label: shown, filter: number.map { "\(word) \($0)" } ?? label, ministry: parent, count: row["n"])
        }

        let provinces = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT province, count(DISTINCT eventId) AS n FROM eventPlace
                WHERE eventId IN (SELECT value FROM json_each(?))
                GROUP BY province ORDER BY n DESC, province LIMIT ?
                """),
            arguments: [idList, limit]
        ).map { row -> FacetValue in
            let name: String = row["province"]
            return FacetValue(label: name, filter: name, ministry: nil, count: row["n"])
        }
        return Facets(years: years, organizers: organizers, provinces: provinces, sampled: sampled)
    }
}

extension Store {
    /// Every cluster and bloc of the record with its number of events, most
    /// events first: the directory a timeline is chosen from.
    ///
    /// `filter` is what narrows ``pacts(organizer:)`` to it ("Cụm 8", or the
    /// label when the organizer has no number), `ministry` its parent body.
    /// - Complexity: one pass over the `event_key` index, then one row per organizer.
    public func organizers() throws -> [FacetValue] {
        try writer.read { db in
            let keys = try Row.fetchAll(
                db,
                sql: """
                    SELECT organizerKey AS key, count(*) AS n FROM event WHERE organizerKey IS NOT NULL
                    GROUP BY organizerKey ORDER BY n DESC
                    """)
            return try keys.compactMap { row -> FacetValue? in
                let key: String = row["key"]
                guard let first = try Row.fetchOne(
                    db,
                    sql: "SELECT organizerKind, organizerNumber, organizerLabel, organizerParent FROM event WHERE organizerKey = ? LIMIT 1",
                    arguments: [key])
                else { return nil }
                let kind: String = first["organizerKind"] ?? Organizer.Kind.cluster.rawValue
                let number: Int? = first["organizerNumber"]
                let label: String = first["organizerLabel"] ?? key
                let parent: String? = first["organizerParent"]
                let word = kind == Organizer.Kind.bloc.rawValue ? "Khối" : "Cụm"
                return FacetValue(
                    label: OrganizerLabel.shown(label, parent: parent), filter: number.map { "\(word) \($0)" } ?? label,
                    ministry: parent, count: row["n"])
            }
        }
    }
}

/// An organizer's label with its owner, once: the identity's label already names it.
enum OrganizerLabel {
    static func shown(_ label: String, parent: String?) -> String {
        guard let parent, !Folding.key(label).contains(Folding.key(parent)) else { return label }
        return "\(label) – \(parent)"
    }
}
