import Hummingbird
import PactoRecord

/// The pacts page (`/pacts`) and `/api/pacts`.
struct PactRoutes: Sendable {
    let store: Store
    let templates: PageTemplates

    func add(to router: Router<WebRequestContext>) {
        router.get("/pacts", use: page)
        router.get("/api/pacts", use: api)
    }

    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> HTMLResponse {
        let (organizer, timelines) = try self.timelines(request)
        return HTMLResponse(html: try templates.render(PactsView(organizer: organizer, timelines: timelines), with: "pacts"))
    }

    /// The timelines as `pacto pacts --json` prints them.
    @Sendable func api(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<[PactTimeline]> {
        JSONResponse(value: try timelines(request).1)
    }

    /// The timelines `organizer` names (all when absent), narrowed to one
    /// parent body by `ministry` (as the organizer facets link them).
    private func timelines(_ request: Request) throws -> (String?, [PactTimeline]) {
        let parameters = try SearchParameters(request)
        var timelines = try store.pacts(organizer: parameters.organizer)
        if let ministry = parameters.ministry {
            timelines = timelines.filter { $0.parent == ministry }
        }
        return (parameters.organizer, timelines)
    }
}
