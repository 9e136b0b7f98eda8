import Hummingbird
import PactoRecord

/// The search page (`/`) and `/api/search`.
struct SearchRoutes: Sendable {
    let store: Store
    let templates: PageTemplates

    func add(to router: Router<WebRequestContext>) {
        router.get("/", use: page)
        router.get("/search", use: page)
        router.get("/api/search", use: api)
    }

    /// The form, and when something was asked, the results, facets and pages.
    /// A query the record cannot run shows the form again with the reason (400).
    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> HTMLResponse {
        let parameters = try SearchParameters(request)
        if parameters.isEmpty {
            let facets = try store.facets(for: SearchQuery(text: ""))
            let view = SearchView(parameters: parameters, page: nil, facets: facets)
            return HTMLResponse(html: try templates.render(view, with: "search"))
        }
        do {
            let page = try store.search(parameters.query)
            let facets = try store.facets(for: parameters.query)
            let view = SearchView(parameters: parameters, page: page, facets: facets)
            return HTMLResponse(html: try templates.render(view, with: "search"))
        } catch let error as SearchError {
            let view = SearchView(parameters: parameters, page: nil, facets: nil, message: error.message)
            return HTMLResponse(html: try templates.render(view, with: "search"), status: .badRequest)
        }
    }

    /// The page of results as `pacto search --json` prints it.
    @Sendable func api(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<SearchPage> {
        let parameters = try SearchParameters(request)
        return JSONResponse(value: try store.search(parameters.query))
    }
}
