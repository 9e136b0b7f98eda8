import Foundation
import GRDB
import PactoModel

/// One event found by a search.
public struct SearchHit: Sendable, Hashable, Codable {
    public var event: Int64
    public var file: String
    public var title: String?
    public var date: String?
    public var organizer: String?
    /// Words of the article around the match, matches between `**`.
    public var snippet: String
    /// bm25 relevance: higher is better.
    public var score: Double
    /// Set when the province filter matched a unit by its name at the
    /// article's date ("Long An, part of Tây Ninh since 1 July 2025").
    public var note: String?
}

/// A page of results.
public struct SearchPage: Sendable, Hashable, Codable {
    public var query: String
    public var total: Int
    /// False when ``total`` is a lower bound: queries made only of words that
    /// nearly every article contains stop counting early.
    public var totalIsExact: Bool
    public var results: [SearchHit]
}

/// Why a search cannot run: the message is for the person who typed it.
public struct SearchError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public var description: String { message }
}

extension Store {
    /// How many rows a word may match before it counts as frequent: a query
    /// made only of frequent words is answered newest-first (bm25 cannot tell
    /// such documents apart anyway) so that it never ranks the whole record.
    static let frequentShare = 0.05
    static let frequentFloor = 2000
    /// Counting stops here for queries made only of frequent words.
    static let countCap = 1_000

    /// Searches events. Accent-insensitive in both languages (đ included).
    public func search(_ query: SearchQuery) throws -> SearchPage {
        let filter = try Self.validate(query)
        return try writer.read { db in try Self.search(query, filter: filter, in: db) }
    }

    /// Checks what `query` asks before any database work.
    /// - Throws: ``SearchError`` with a message for the person who typed it.
    static func validate(_ query: SearchQuery) throws -> SearchFilter {
        guard !query.terms.isEmpty || query.hasFilters else {
            throw SearchError(message: "empty query: type some words, or give a filter such as --year or --organizer")
        }
        guard query.limit > 0, query.limit <= 1000, query.offset >= 0 else {
            throw SearchError(message: "--limit must be between 1 and 1000 and --offset not negative")
        }
        return try SearchFilter(query)
    }

    /// The search itself, inside a read transaction.
    static func search(_ query: SearchQuery, filter: SearchFilter, in db: Database) throws -> SearchPage {
        let terms = query.terms
        if terms.isEmpty { return try Self.filterOnly(query, filter: filter, in: db) }
        // Every word must occur; the words side by side, as typed, rank first.
        let words = terms.map { "\"\($0)\"" }.joined(separator: " ")
        let match = terms.count > 1 ? "\"\(terms.joined(separator: " "))\" OR (\(words))" : words
        // The largest id stands for the number of events (counting the index would read it all).
        let events = max(1, try Int.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM event")) ?? 1)
        let threshold = max(Self.frequentFloor, Int(Double(events) * Self.frequentShare))
        let frequencies = try Self.documentFrequencies(terms, upTo: threshold + 1, in: db)
        if frequencies.contains(where: { $0 == 0 }) {
            return SearchPage(query: query.text, total: 0, totalIsExact: true, results: [])
        }
        let rarest = frequencies.min() ?? 0
        let conditions = filter.conditions(id: "candidate.id")
        let whereFilters = conditions.sql.isEmpty ? "" : "WHERE " + conditions.sql.joined(separator: " AND ")
        let joins = filter.needsEvent ? "JOIN event ON event.id = candidate.id" + (filter.needsDocument ? " JOIN document ON document.id = event.documentId" : "") : ""
        var rows: [(Int64, Double)]
        let total: Int
        let exact: Bool
        if rarest <= threshold {
            // A selective word: rank every match (a few thousand at most) by bm25,
            // then filter. The matches are materialised first so that the filters
            // never drive the full-text index row by row, and once only: the page
            // and the total come from the same statement.
            let sql = """
                WITH candidate AS MATERIALIZED (
                    SELECT rowid AS id, bm25(search, 10.0, 1.0) AS rank FROM search WHERE search MATCH ?),
                kept AS (SELECT candidate.id AS id, candidate.rank AS rank FROM candidate \(joins) \(whereFilters))
                """
            let arguments = StatementArguments([match]) + conditions.arguments
            let page = try Row.fetchAll(
                db.cachedStatement(sql: sql + " SELECT id, -rank AS score, (SELECT count(*) FROM kept) AS total FROM kept ORDER BY rank LIMIT ? OFFSET ?"),
                arguments: arguments + [query.limit, query.offset])
            rows = page.map { ($0["id"], $0["score"]) }
            if let first = page.first {
                total = first["total"]
            } else {
                total = try Int.fetchOne(db.cachedStatement(sql: sql + " SELECT count(*) FROM kept"), arguments: arguments) ?? 0
            }
            exact = true
        } else {
            // Only frequent words: every event nearly matches and bm25 cannot tell
            // them apart, so walk the matches newest first and stop at the page.
            let sql = """
                SELECT candidate.id FROM (SELECT rowid AS id FROM search WHERE search MATCH ? ORDER BY rowid DESC) AS candidate
                \(joins.replacingOccurrences(of: "JOIN", with: "CROSS JOIN")) \(whereFilters)
                """
            let arguments = StatementArguments([words]) + conditions.arguments
            let ids = try Int64.fetchAll(
                db.cachedStatement(sql: sql + " LIMIT ? OFFSET ?"), arguments: arguments + [query.limit, query.offset])
            // bm25 over a frequent-word query costs a pass over the whole index even
            // for one row: the score is how often the words occur in the event's title,
            // theme and other short fields (tf, damped by their length).
            let scores = try Self.localScores(of: ids, terms: terms, in: db)
            rows = ids.map { ($0, scores[$0] ?? 0) }
            if !query.hasFilters {
                let counted = try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT \(Self.countCap))"),
                    arguments: [words]) ?? 0
                total = counted
                exact = counted < Self.countCap
            } else {
                // Estimated: the events the filters keep, times the share of events
                // holding the rarest word.
                let filtered = try filter.count(in: db)
                total = max(ids.count + query.offset, Int((Double(filtered) * Double(rarest) / Double(events)).rounded()))
                exact = false
            }
        }
        let hits = try Self.hits(for: rows, terms: terms, filter: filter, in: db)
        return SearchPage(query: query.text, total: total, totalIsExact: exact, results: hits)
    }
    /// Events each folded word occurs in, counted up to `limit` only: all
    /// the planner needs to know is whether a word is rare or frequent, and
    /// an exact count of a frequent word would read its whole posting list.
    static func documentFrequencies(_ terms: [String], upTo limit: Int, in db: Database) throws -> [Int] {
        try terms.map { term in
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ?)"),
                arguments: ["\"\(term)\"", limit]) ?? 0
        }
    }

    /// A cheap relevance for each event: how often the words occur in its
    /// indexed short fields (title, theme, organizer, people, places), damped
    /// by their length. One query for the page.
    private static func localScores(of ids: [Int64], terms: [String], in db: Database) throws -> [Int64: Double] {
        guard !ids.isEmpty else { return [:] }
        let needles = terms.map(FoldedWords.scalars(of:))
        var scores: [Int64: Double] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT rowid, head FROM search WHERE rowid IN (SELECT value FROM json_each(?))"),
            arguments: [idList(ids)])
        while let row = try rows.next() {
            var head: String = row[1]
            var words = 0
            var hits = 0
            head.withUTF8 { bytes in
                FoldedWords.forEach(in: bytes, range: 0..<bytes.count) { word, _ in
                    words += 1
                    if needles.contains(where: { $0.elementsEqual(word) }) { hits += 1 }
                    return true
                }
            }
            scores[row[0]] = 10 * Double(hits) / (1 + Double(words) / 50)
        }
        return scores
    }

    private static func filterOnly(_ query: SearchQuery, filter: SearchFilter, in db: Database) throws -> SearchPage {
        let conditions = filter.conditions(id: "event.id")
        let joins = filter.needsDocument ? "JOIN document ON document.id = event.documentId" : ""
        let whereClause = conditions.sql.isEmpty ? "" : "WHERE " + conditions.sql.joined(separator: " AND ")
        let ids = try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT event.id FROM event \(joins) \(whereClause) ORDER BY event.sortDate DESC, event.id DESC LIMIT ? OFFSET ?"),
            arguments: conditions.arguments + [query.limit, query.offset])
        let total = try filter.count(in: db)
        let hits = try Self.hits(for: ids.map { ($0, 0) }, terms: [], filter: filter, in: db)
        return SearchPage(query: query.text, total: total, totalIsExact: true, results: hits)
    }

    /// Characters of a body a snippet is cut from: matches further in are
    /// rare (the words are in the title or the opening), and a body may be
    /// megabytes long.
    static let snippetWindow = 20_000

    /// The result rows of a page, in its order: one query for the events and
    /// the beginning of their bodies, one for the province notes.
    private static func hits(for rows: [(Int64, Double)], terms: [String], filter: SearchFilter, in db: Database) throws -> [SearchHit] {
        guard !rows.isEmpty else { return [] }
        let ids = idList(rows.map(\.0))
        var found: [Int64: Row] = [:]
        let cursor = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT event.id, event.date, event.sortDate, event.organizerLabel, event.theme, document.path,
                       document.title, substr(document.body, 1, \(snippetWindow)) AS body,
                       length(document.body) > \(snippetWindow) AS cut
                FROM event JOIN document ON document.id = event.documentId
                WHERE event.id IN (SELECT value FROM json_each(?))
                """),
            arguments: [ids])
        while let row = try cursor.next() { found[row["id"]] = row.copy() }
        let notes = try filter.notes(for: ids, in: db)
        return try rows.map { id, score in
            guard let row = found[id] else { throw SearchError(message: "event \(id) vanished during the search") }
            let body: String = row["body"]
            let cut: Bool = row["cut"]
            let title: String? = row["title"]
            var snippet = Snippet.make(from: body, terms: terms, truncated: cut)
            if snippet == nil, let title { snippet = Snippet.make(from: title, terms: terms) }
            if snippet == nil, let theme: String = row["theme"] { snippet = Snippet.make(from: theme, terms: terms) }
            let date: String? = row["date"]
            let sortDate: String = row["sortDate"]
            return SearchHit(
                event: id, file: row["path"], title: title, date: date ?? (sortDate.isEmpty ? nil : sortDate),
                organizer: row["organizerLabel"],
                snippet: snippet ?? Snippet.opening(of: body, truncated: cut), score: (score * 1000).rounded() / 1000,
                note: notes[id])
        }
    }

    /// Ids as one JSON array for `json_each`: one bound value, whatever
    /// their number, so the statement is prepared once.
    static func idList(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
