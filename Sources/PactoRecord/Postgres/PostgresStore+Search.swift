import PactoModel
import PostgresNIO

extension PostgresStore {
    /// Searches events as ``Store/search(_:)`` does: every folded word must
    /// occur; a selective word ranks its matches (`ts_rank`, the short fields
    /// weighing ten times the body, the words side by side first); a query
    /// made only of frequent words lists its matches newest first.
    public func search(_ query: SearchQuery) throws -> SearchPage {
        let filter = try Store.validate(query)
        return try pool.transaction(readOnly: true) { connection in
            try Self.search(query, filter: filter, on: connection)
        }
    }

    public func results(for query: SearchQuery, page: Bool, facets: Bool, facetLimit: Int) async throws -> SearchResults {
        let filter = page ? try Store.validate(query) : try SearchFilter(query)
        let version = try version()
        return try pool.transaction(readOnly: true) { connection in
            SearchResults(
                page: page ? try Self.search(query, filter: filter, on: connection) : nil,
                facets: facets ? try Self.facets(for: query, filter: filter, limit: facetLimit, on: connection) : nil,
                version: version)
        }
    }

    static func search(_ query: SearchQuery, filter: SearchFilter, on connection: PostgresConnection) throws -> SearchPage {
        let terms = query.terms
        if terms.isEmpty { return try filterOnly(query, filter: filter, on: connection) }
        let match = SearchVector.allWords(terms)
        let events = max(1, try connection.run("SELECT coalesce(max(id), 0) FROM event").first?.value(0, as: Int64.self) ?? 1)
        let threshold = max(Store.frequentFloor, Int(Double(events) * Store.frequentShare))
        let frequencies = try terms.map { term in
            var arguments = PostgresArguments()
            let sql = "SELECT count(*) FROM (SELECT 1 FROM search WHERE vector @@ \(arguments.bind(SearchVector.allWords([term])))::tsquery LIMIT \(threshold + 1)) AS hit"
            return try connection.run(sql, arguments.binds).first?.value(0, as: Int.self) ?? 0
        }
        if frequencies.contains(0) {
            return SearchPage(query: query.text, total: 0, totalIsExact: true, results: [])
        }
        let rarest = frequencies.min() ?? 0
        var arguments = PostgresArguments()
        let matchBind = arguments.bind(match)
        let conditions = filter.postgresConditions(id: "candidate.id", arguments: &arguments)
        let whereFilters = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let joins = filter.needsEvent
            ? "JOIN event ON event.id = candidate.id" + (filter.needsDocument ? " JOIN document ON document.id = event.documentId" : "")
            : ""
        let rows: [(Int64, Double)]
        let total: Int
        let exact: Bool
        if rarest <= threshold {
            // A selective word: rank every match, then filter, page and count in one statement.
            let rankBind = arguments.bind(SearchVector.ranking(terms))
            let kept = """
                WITH candidate AS MATERIALIZED (
                    SELECT eventId AS id, ts_rank(vector, \(rankBind)::tsquery, 1)::float8 AS rank
                    FROM search WHERE vector @@ \(matchBind)::tsquery),
                kept AS (SELECT candidate.id AS id, candidate.rank AS rank FROM candidate \(joins) \(whereFilters))
                """
            let page = try connection.run(
                kept + " SELECT id, rank, (SELECT count(*) FROM kept) FROM kept ORDER BY rank DESC, id LIMIT \(query.limit) OFFSET \(query.offset)",
                arguments.binds)
            rows = try page.map { (try $0.value(0, as: Int64.self), try $0.value(1, as: Double.self) * 10) }
            if let first = page.first {
                total = try first.value(2, as: Int.self)
            } else {
                total = try connection.run(kept + " SELECT count(*) FROM kept", arguments.binds).first?.value(0, as: Int.self) ?? 0
            }
            exact = true
        } else {
            // Only frequent words: walk the matches newest first and stop at the page.
            let sql = """
                SELECT candidate.id FROM (SELECT eventId AS id FROM search WHERE vector @@ \(matchBind)::tsquery) AS candidate
                \(joins) \(whereFilters) ORDER BY candidate.id DESC LIMIT \(query.limit) OFFSET \(query.offset)
                """
            let ids = try connection.run(sql, arguments.binds).map { try $0.value(0, as: Int64.self) }
            let scores = try localScores(of: ids, terms: terms, on: connection)
            rows = ids.map { ($0, scores[$0] ?? 0) }
            if !query.hasFilters {
                var count = PostgresArguments()
                let counted = try connection.run(
                    "SELECT count(*) FROM (SELECT 1 FROM search WHERE vector @@ \(count.bind(match))::tsquery LIMIT \(Store.countCap)) AS hit",
                    count.binds
                ).first?.value(0, as: Int.self) ?? 0
                total = counted
                exact = counted < Store.countCap
            } else {
                let filtered = try filter.postgresCount(on: connection)
                total = max(ids.count + query.offset, Int((Double(filtered) * Double(rarest) / Double(events)).rounded()))
                exact = false
            }
        }
        let hits = try Self.hits(for: rows, terms: terms, filter: filter, on: connection)
        return SearchPage(query: query.text, total: total, totalIsExact: exact, results: hits)
    }

    /// How often the words occur in each event's short fields, damped by
    /// their length: ``Store``'s score for frequent words.
    private static func localScores(of ids: [Int64], terms: [String], on connection: PostgresConnection) throws -> [Int64: Double] {
        guard !ids.isEmpty else { return [:] }
        let needles = terms.map(FoldedWords.scalars(of:))
        var arguments = PostgresArguments()
        var scores: [Int64: Double] = [:]
        for row in try connection.run("SELECT eventId, head FROM search WHERE eventId = ANY(\(arguments.bind(ids)))", arguments.binds) {
            var head = try row.value(1, as: String.self)
            var words = 0
            var hits = 0
            head.withUTF8 { bytes in
                FoldedWords.forEach(in: bytes, range: 0..<bytes.count) { word, _ in
                    words += 1
                    if needles.contains(where: { $0.elementsEqual(word) }) { hits += 1 }
                    return true
                }
            }
            scores[try row.value(0, as: Int64.self)] = 10 * Double(hits) / (1 + Double(words) / 50)
        }
        return scores
    }

    private static func filterOnly(_ query: SearchQuery, filter: SearchFilter, on connection: PostgresConnection) throws -> SearchPage {
        var arguments = PostgresArguments()
        let conditions = filter.postgresConditions(id: "event.id", arguments: &arguments)
        let joins = filter.needsDocument ? "JOIN document ON document.id = event.documentId" : ""
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let ids = try connection.run(
            "SELECT event.id FROM event \(joins) \(whereClause) ORDER BY event.sortDate DESC, event.id DESC LIMIT \(query.limit) OFFSET \(query.offset)",
            arguments.binds
        ).map { try $0.value(0, as: Int64.self) }
        let total = try filter.postgresCount(on: connection)
        let hits = try Self.hits(for: ids.map { ($0, 0) }, terms: [], filter: filter, on: connection)
        return SearchPage(query: query.text, total: total, totalIsExact: true, results: hits)
    }

    /// The result rows of a page, in its order, snippets cut as on SQLite.
    private static func hits(
        for rows: [(Int64, Double)], terms: [String], filter: SearchFilter, on connection: PostgresConnection
    ) throws -> [SearchHit] {
        guard !rows.isEmpty else { return [] }
        let ids = rows.map(\.0)
        var arguments = PostgresArguments()
        let window = Store.snippetWindow
        var found: [Int64: HitRow] = [:]
        for row in try connection.run("""
            SELECT event.id, event.date, event.sortDate, event.organizerLabel, event.theme, document.path,
                   document.title, substr(document.body, 1, \(window)), length(document.body) > \(window)
            FROM event JOIN document ON document.id = event.documentId
            WHERE event.id = ANY(\(arguments.bind(ids)))
            """, arguments.binds)
        {
            let hit = HitRow(
                date: try row.value(1), sortDate: try row.value(2), organizer: try row.value(3), theme: try row.value(4),
                path: try row.value(5), title: try row.value(6), body: try row.value(7), cut: try row.value(8))
            found[try row.value(0, as: Int64.self)] = hit
        }
        let notes = try filter.postgresNotes(for: ids, on: connection)
        return try rows.map { id, score in
            guard let row = found[id] else { throw SearchError(message: "event \(id) vanished during the search") }
            return row.hit(event: id, score: score, terms: terms, note: notes[id])
        }
    }
}

/// What a result row shows, read from either store.
struct HitRow {
    var date: String?
    var sortDate: String
    var organizer: String?
    var theme: String?
    var path: String
    var title: String?
    /// The beginning of the body (``Store/snippetWindow`` characters).
    var body: String
    var cut: Bool

    func hit(event: Int64, score: Double, terms: [String], note: String?) -> SearchHit {
        var snippet = Snippet.make(from: body, terms: terms, truncated: cut)
        if snippet == nil, let title { snippet = Snippet.make(from: title, terms: terms) }
        if snippet == nil, let theme { snippet = Snippet.make(from: theme, terms: terms) }
        return SearchHit(
            event: event, file: path, title: title, date: date ?? (sortDate.isEmpty ? nil : sortDate),
            organizer: organizer, snippet: snippet ?? Snippet.opening(of: body, truncated: cut),
            score: (score * 1000).rounded() / 1000, note: note)
    }
}
