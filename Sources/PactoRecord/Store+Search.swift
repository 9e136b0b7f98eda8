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
        let terms = query.terms
        guard !terms.isEmpty || query.hasFilters else {
            throw SearchError(message: "empty query: type some words, or give a filter such as --year or --organizer")
        }
        guard query.limit > 0, query.limit <= 1000, query.offset >= 0 else {
            throw SearchError(message: "--limit must be between 1 and 1000 and --offset not negative")
        }
        let filter = try SearchFilter(query)
        return try writer.read { db in
            if terms.isEmpty { return try Self.filterOnly(query, filter: filter, in: db) }
            // Every word must occur; the words side by side, as typed, rank first.
            let words = terms.map { "\"\($0)\"" }.joined(separator: " ")
            let match = terms.count > 1 ? "\"\(terms.joined(separator: " "))\" OR (\(words))" : words
            // The largest id stands for the number of events (counting the index would read it all).
            let events = max(1, try Int.fetchOne(db, sql: "SELECT max(id) FROM event") ?? 1)
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
                // never drive the full-text index row by row.
                let sql = """
                    WITH candidate AS MATERIALIZED (
                        SELECT rowid AS id, bm25(search, 10.0, 1.0) AS rank FROM search WHERE search MATCH ?)
                    SELECT candidate.id AS id, -candidate.rank AS score FROM candidate \(joins) \(whereFilters)
                    """
                let arguments = StatementArguments([match]) + conditions.arguments
                rows = try Row.fetchAll(db, sql: sql + " ORDER BY candidate.rank LIMIT ? OFFSET ?",
                                        arguments: arguments + [query.limit, query.offset]).map { ($0["id"], $0["score"]) }
                total = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(sql))", arguments: arguments) ?? 0
                exact = true
            } else {
                // Only frequent words: every event nearly matches and bm25 cannot tell
                // them apart, so walk the matches newest first and stop at the page.
                let sql = """
                    SELECT candidate.id FROM (SELECT rowid AS id FROM search WHERE search MATCH ? ORDER BY rowid DESC) AS candidate
                    \(joins.replacingOccurrences(of: "JOIN", with: "CROSS JOIN")) \(whereFilters)
                    """
                let arguments = StatementArguments([words]) + conditions.arguments
                let ids = try Int64.fetchAll(db, sql: sql + " LIMIT ? OFFSET ?", arguments: arguments + [query.limit, query.offset])
                // bm25 over a frequent-word query costs a pass over the whole index even
                // for one row: the score is how often the words occur in the event's title,
                // theme and other short fields, and in its body (tf, head weighted ×10).
                rows = try ids.map { ($0, try Self.localScore(of: $0, terms: terms, in: db)) }
                if !query.hasFilters {
                    let counted = try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT \(Self.countCap))",
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
            let hits = try rows.map { id, score in try Self.hit(id: id, score: score, terms: terms, filter: filter, in: db) }
            return SearchPage(query: query.text, total: total, totalIsExact: exact, results: hits)
        }
    }

    /// Events each folded word occurs in, counted up to `limit` only: all
    /// the planner needs to know is whether a word is rare or frequent, and
    /// an exact count of a frequent word would read its whole posting list.
    static func documentFrequencies(_ terms: [String], upTo limit: Int, in db: Database) throws -> [Int] {
        try terms.map { term in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ?)",
                arguments: ["\"\(term)\"", limit]) ?? 0
        }
    }

    /// A cheap relevance for one event: how often the words occur in its
    /// indexed short fields (title, theme, organizer, people, places), damped
    /// by their length.
    private static func localScore(of id: Int64, terms: [String], in db: Database) throws -> Double {
        guard let head = try String.fetchOne(db, sql: "SELECT head FROM search WHERE rowid = ?", arguments: [id])
        else { return 0 }
        let words = head.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let wanted = Set(terms)
        let hits = words.reduce(0) { $0 + (wanted.contains(String($1)) ? 1 : 0) }
        return 10 * Double(hits) / (1 + Double(words.count) / 50)
    }

    private static func filterOnly(_ query: SearchQuery, filter: SearchFilter, in db: Database) throws -> SearchPage {
        let conditions = filter.conditions(id: "event.id")
        let joins = filter.needsDocument ? "JOIN document ON document.id = event.documentId" : ""
        let whereClause = conditions.sql.isEmpty ? "" : "WHERE " + conditions.sql.joined(separator: " AND ")
        let ids = try Int64.fetchAll(
            db, sql: "SELECT event.id FROM event \(joins) \(whereClause) ORDER BY event.sortDate DESC, event.id DESC LIMIT ? OFFSET ?",
            arguments: conditions.arguments + [query.limit, query.offset])
        let total = try filter.count(in: db)
        let hits = try ids.map { try hit(id: $0, score: 0, terms: [], filter: filter, in: db) }
        return SearchPage(query: query.text, total: total, totalIsExact: true, results: hits)
    }

    private static func hit(id: Int64, score: Double, terms: [String], filter: SearchFilter, in db: Database) throws -> SearchHit {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT event.id, event.date, event.sortDate, event.organizerLabel, event.theme, document.path,
                       document.title, document.body
                FROM event JOIN document ON document.id = event.documentId WHERE event.id = ?
                """,
            arguments: [id])
        guard let row else { throw SearchError(message: "event \(id) vanished during the search") }
        let body: String = row["body"]
        let title: String? = row["title"]
        var snippet = Snippet.make(from: body, terms: terms)
        if snippet == nil, let title { snippet = Snippet.make(from: title, terms: terms) }
        if snippet == nil, let theme: String = row["theme"] { snippet = Snippet.make(from: theme, terms: terms) }
        let date: String? = row["date"]
        let sortDate: String = row["sortDate"]
        return SearchHit(
            event: id, file: row["path"], title: title, date: date ?? (sortDate.isEmpty ? nil : sortDate),
            organizer: row["organizerLabel"],
            snippet: snippet ?? Snippet.opening(of: body), score: (score * 1000).rounded() / 1000,
            note: try filter.note(for: id, in: db))
    }
}
