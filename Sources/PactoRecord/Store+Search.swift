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
    static let countCap = 10_000

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
            let frequencies = try Self.documentFrequencies(terms, in: db)
            if frequencies.contains(where: { $0 == 0 }) {
                return SearchPage(query: query.text, total: 0, totalIsExact: true, results: [])
            }
            let events = try Int.fetchOne(db, sql: "SELECT count(*) FROM search") ?? 0
            let threshold = max(Self.frequentFloor, Int(Double(events) * Self.frequentShare))
            let selective = (frequencies.min() ?? 0) <= threshold
            let (joins, conditions, arguments) = filter.sql()
            let from = "FROM search \(joins) WHERE search MATCH ?\(conditions.isEmpty ? "" : " AND " + conditions.joined(separator: " AND "))"
            let allArguments = StatementArguments([match]) + arguments
            var rows: [(Int64, Double)]
            let total: Int
            let exact: Bool
            if selective {
                rows = try Row.fetchAll(
                    db, sql: "SELECT search.rowid AS id, -bm25(search, 10.0, 1.0) AS score \(from) ORDER BY bm25(search, 10.0, 1.0) LIMIT ? OFFSET ?",
                    arguments: allArguments + [query.limit, query.offset]
                ).map { ($0["id"], $0["score"]) }
                total = try Int.fetchOne(db, sql: "SELECT count(*) \(from)", arguments: allArguments) ?? 0
                exact = true
            } else {
                let ids = try Int64.fetchAll(
                    db, sql: "SELECT search.rowid \(from) ORDER BY search.rowid DESC LIMIT ? OFFSET ?",
                    arguments: allArguments + [query.limit, query.offset])
                rows = try Self.scores(of: ids, match: match, in: db)
                if terms.count == 1, !query.hasFilters, let frequency = frequencies.first {
                    total = frequency
                    exact = true
                } else {
                    let counted = try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM (SELECT 1 \(from) LIMIT \(Self.countCap))", arguments: allArguments) ?? 0
                    total = counted
                    exact = counted < Self.countCap
                }
            }
            let hits = try rows.map { id, score in try Self.hit(id: id, score: score, terms: terms, filter: filter, in: db) }
            return SearchPage(query: query.text, total: total, totalIsExact: exact, results: hits)
        }
    }

    /// Documents (here: events) each folded word occurs in, from the index's vocabulary.
    static func documentFrequencies(_ terms: [String], in db: Database) throws -> [Int] {
        try terms.map { term in
            try Int.fetchOne(db, sql: "SELECT doc FROM searchVocabulary WHERE term = ?", arguments: [term]) ?? 0
        }
    }

    /// bm25 for a handful of rows only.
    private static func scores(of ids: [Int64], match: String, in db: Database) throws -> [(Int64, Double)] {
        try ids.map { id in
            let score = try Double.fetchOne(
                db, sql: "SELECT -bm25(search, 10.0, 1.0) FROM search WHERE search MATCH ? AND rowid = ?",
                arguments: [match, id]) ?? 0
            return (id, score)
        }
    }

    private static func filterOnly(_ query: SearchQuery, filter: SearchFilter, in db: Database) throws -> SearchPage {
        let (joins, conditions, arguments) = filter.sql(eventTable: "event", idColumn: "event.id")
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let ids = try Int64.fetchAll(
            db, sql: "SELECT event.id FROM event \(joins) \(whereClause) ORDER BY event.sortDate DESC, event.id DESC LIMIT ? OFFSET ?",
            arguments: arguments + [query.limit, query.offset])
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM event \(joins) \(whereClause)", arguments: arguments) ?? 0
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
