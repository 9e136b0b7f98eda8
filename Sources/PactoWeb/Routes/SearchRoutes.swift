import HTTPTypes
import Hummingbird
import PactoRecord

/// The search page (`/`) and `/api/search`.
///
/// Answers are made once per record version and kept in a ``ResponseCache``
/// keyed by the parameters as read (decoded, trimmed, in a fixed order):
/// the same search asked again costs a version check and a copy. The record
/// is read on its own threads (``Store/results(for:page:facets:facetLimit:)``),
/// so the tasks serving connections are never blocked by SQLite.
struct SearchRoutes: Sendable {
    let store: any RecordStore
    let templates: PageTemplates
    let cache: ResponseCache<Key>

    /// What a kept answer is for.
    enum Key: Hashable, Sendable {
        case page(SearchParameters)
        case api(SearchParameters)
    }

    init(store: any RecordStore, templates: PageTemplates, configuration: WebConfiguration) {
        self.store = store
        self.templates = templates
        cache = ResponseCache(capacity: configuration.cacheEntries, maximumBytes: configuration.cacheBytes)
    }

    func add(to router: Router<WebRequestContext>) {
        router.get("/", use: page)
        router.get("/search", use: page)
        router.get("/api/search", use: api)
    }

    /// The form, and when something was asked, the results, facets and pages.
    /// A query the record cannot run shows the form again with the reason (400).
    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> Response {
        let parameters = try SearchParameters(request)
        return try await answer(.page(parameters)) {
            if parameters.isEmpty {
                let results = try await store.results(for: SearchQuery(text: ""), page: false, facets: true)
                let view = SearchView(parameters: parameters, page: nil, facets: results.facets)
                return (try html(view), .ok, results.version)
            }
            do {
                let results = try await store.results(for: parameters.query, facets: true)
                let view = SearchView(parameters: parameters, page: results.page, facets: results.facets)
                return (try html(view), .ok, results.version)
            } catch let error as SearchError {
                let version = try store.version()
                let view = SearchView(parameters: parameters, page: nil, facets: nil, message: error.message)
                return (try html(view), .badRequest, version)
            }
        }
    }

    /// The page of results as `pacto search --json` prints it.
    @Sendable func api(_ request: Request, context: WebRequestContext) async throws -> Response {
        let parameters = try SearchParameters(request, strictness: .api)
        return try await answer(.api(parameters)) {
            let results = try await store.results(for: parameters.query)
            return (try JSONResponse<SearchPage>.encoded(results.page), .ok, results.version)
        }
    }

    /// The kept answer for `key` if the record has not changed since it was
    /// made, else a new one from `make`, kept for next time. The response
    /// says which in `X-Pacto-Cache` (`hit` or `miss`).
    private func answer(
        _ key: Key,
        make: @escaping @Sendable () async throws -> (body: ByteBuffer, status: HTTPResponse.Status, version: RecordVersion)
    ) async throws -> Response {
        let contentType: String
        switch key {
        case .page: contentType = "text/html; charset=utf-8"
        case .api: contentType = "application/json; charset=utf-8"
        }
        let (entry, kept) = try await cache.value(for: key, at: try store.version()) {
            let made = try await make()
            return (ResponseCache<Key>.Entry(body: made.body, status: made.status, contentType: contentType), made.version)
        }
        return Self.response(entry, cache: kept ? "hit" : "miss")
    }

    private func html(_ view: SearchView) throws -> ByteBuffer {
        ByteBuffer(string: try templates.render(view, with: "search"))
    }

    /// Says whether an answer was kept (`hit`) or made (`miss`).
    static let cacheHeader = HTTPField.Name("X-Pacto-Cache")!

    private static func response(_ entry: ResponseCache<Key>.Entry, cache: String) -> Response {
        var headers = HTMLResponse.headers(contentType: entry.contentType)
        if entry.contentType.hasPrefix("application/json") { headers[.cacheControl] = "no-store" }
        headers[cacheHeader] = cache
        return Response(status: entry.status, headers: headers, body: .init(byteBuffer: entry.body))
    }
}
