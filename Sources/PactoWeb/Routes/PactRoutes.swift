import Hummingbird
import PactoRecord

/// The pacts page (`/pacts`) and `/api/pacts`.
struct PactRoutes: Sendable {
    let store: any RecordStore
    let templates: PageTemplates

    func add(to router: Router<WebRequestContext>) {
        router.get("/pacts", use: page)
        router.get("/api/pacts", use: api)
    }

    /// One organizer's timelines; without `organizer`, the list of clusters
    /// and blocs to choose from (every timeline of a large record at once
    /// would take seconds and megabytes).
    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> HTMLResponse {
        let parameters = try SearchParameters(request)
        guard let organizer = parameters.organizer else {
            let view = PactsView(directory: try store.organizers())
            return HTMLResponse(html: try templates.render(view, with: "pacts"))
        }
        let view = PactsView(organizer: organizer, timelines: try timelines(organizer, ministry: parameters.ministry))
        return HTMLResponse(html: try templates.render(view, with: "pacts"))
    }

    /// The timelines as `pacto pacts --organizer X --json` prints them.
    /// `organizer` is required here, for the same reason as on the page.
    @Sendable func api(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<[PactTimeline]> {
        let parameters = try SearchParameters(request, strictness: .api)
        guard let organizer = parameters.organizer else {
            throw HTTPError(.badRequest, message: "organizer is required: a cluster or bloc such as \"Cụm VIII\" or \"cluster 8\" (the list is on /pacts)")
        }
        return JSONResponse(value: try timelines(organizer, ministry: parameters.ministry))
    }

    /// The timelines `organizer` names, narrowed to one parent body by
    /// `ministry` (as the organizer links give it).
    private func timelines(_ organizer: String, ministry: String?) throws -> [PactTimeline] {
        let timelines = try store.pacts(organizer: organizer)
        guard let ministry else { return timelines }
        return timelines.filter { $0.parent == ministry }
    }
}
