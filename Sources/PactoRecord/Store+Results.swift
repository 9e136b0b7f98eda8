import GRDB

/// A page of results and the counts beside it, as the web page shows them,
/// with the version of the record they were read from.
public struct SearchResults: Sendable {
    /// Nil when only the facets were asked for.
    public var page: SearchPage?
    public var facets: Facets?
    /// The record's version before the read: the results are at least this new.
    public var version: RecordVersion
}

extension Store {
    /// ``search(_:)`` and, when asked, ``facets(for:limit:)`` in one read
    /// transaction, on the record's reader threads: the calling task waits
    /// suspended, without holding one of the few threads Swift concurrency
    /// runs tasks on (a server's two, on two cores).
    /// - Parameters:
    ///   - page: false for the facets alone (the search page before any query).
    ///   - facets: also count by year, organizer and province.
    /// - Throws: ``SearchError`` for a query that cannot run.
    public func results(for query: SearchQuery, page: Bool = true, facets: Bool = false, facetLimit: Int = 12) async throws -> SearchResults {
        let filter = page ? try Self.validate(query) : try SearchFilter(query)
        let version = try version()
        return try await writer.read { db in
            SearchResults(
                page: page ? try Self.search(query, filter: filter, in: db) : nil,
                facets: facets ? try Self.facets(for: query, filter: filter, limit: facetLimit, in: db) : nil,
                version: version)
        }
    }
}
