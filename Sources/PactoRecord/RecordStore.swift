import PactoModel

/// What the commands and the web server ask of a record, whichever database
/// holds it: ``Store`` (one SQLite file, the default) or ``PostgresStore``
/// (a team's PostgreSQL server). ``RecordStores/open(_:readOnly:)`` picks
/// one from the `--db` value.
///
/// Both give the same answers for the same documents: the same folded words
/// are indexed, the same filters apply, exports are the same bytes.
public protocol RecordStore: Sendable {
    /// What is stored already: path → SHA-256 of its content.
    func storedFiles() throws -> [String: String]
    /// Writes a batch in one transaction. - Returns: documents new and replaced.
    @discardableResult
    func write(_ batch: [Imported]) throws -> (inserted: Int, updated: Int)
    /// Searches events; accent-insensitive in both languages (đ included).
    func search(_ query: SearchQuery) throws -> SearchPage
    /// A search page and its facets read together, with the record's version.
    func results(for query: SearchQuery, page: Bool, facets: Bool, facetLimit: Int) async throws -> SearchResults
    /// Counts by year, organizer and province of what `query` finds.
    func facets(for query: SearchQuery, limit: Int) throws -> Facets
    /// The record's version now: grows whenever its content changes.
    func version() throws -> RecordVersion
    func event(id: Int64) throws -> StoredEvent?
    /// Other events of the same organizer, newest first.
    func relatedEvents(to id: Int64, limit: Int) throws -> [SearchHit]
    /// Every cluster's and bloc's pacts, year by year.
    func pacts(organizer: String?) throws -> [PactTimeline]
    /// Every stored document as in `pacto extract --json`, in path order.
    func documents(_ body: (Document) throws -> Void) throws
    func counts() throws -> (documents: Int, events: Int)
    /// Every cluster and bloc with its number of events, most first.
    func organizers() throws -> [FacetValue]
}

extension RecordStore {
    public func results(for query: SearchQuery, page: Bool = true, facets: Bool = false) async throws -> SearchResults {
        try await results(for: query, page: page, facets: facets, facetLimit: 12)
    }

    public func relatedEvents(to id: Int64) throws -> [SearchHit] {
        try relatedEvents(to: id, limit: 10)
    }
}

extension Store: RecordStore {}

/// Opens the record a `--db` value names.
public enum RecordStores {
    /// `postgres://…` or `postgresql://…` opens a ``PostgresStore``; anything
    /// else is the path of a SQLite file.
    /// - Parameter readOnly: the server's and the search commands' access:
    ///   nothing is created or upgraded, SELECT is all they need.
    public static func open(_ location: String, readOnly: Bool) throws(StoreError) -> any RecordStore {
        if PostgresLocation.isPostgres(location) {
            return try PostgresStore(url: location, readOnly: readOnly)
        }
        return try Store(path: location, readOnly: readOnly)
    }

    /// `location` as messages show it: a PostgreSQL address without its password.
    public static func shown(_ location: String) -> String {
        PostgresLocation.isPostgres(location) ? PostgresLocation.redacted(location) : location
    }
}
