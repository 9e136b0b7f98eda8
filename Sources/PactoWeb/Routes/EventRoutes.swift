import Hummingbird
import PactoModel
import PactoRecord

/// The event page (`/events/{id}`) and `/api/events/{id}`.
struct EventRoutes: Sendable {
    let store: any RecordStore
    let templates: PageTemplates

    func add(to router: Router<WebRequestContext>) {
        router.get("/events/:id", use: page)
        router.get("/api/events/:id", use: api)
    }

    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> HTMLResponse {
        let stored = try storedEvent(context)
        let related = try store.relatedEvents(to: stored.id)
        return HTMLResponse(html: try templates.render(EventView(stored: stored, related: related), with: "event"))
    }

    /// The event as `pacto show --json` prints it (the `events[]` object of the contract).
    @Sendable func api(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<Event> {
        JSONResponse(value: try storedEvent(context).event)
    }

    /// The event named by the `id` parameter.
    /// - Throws: 400 when the id is not a number, 404 when there is no such event.
    private func storedEvent(_ context: WebRequestContext) throws -> StoredEvent {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text), id > 0 else {
            throw HTTPError(.badRequest, message: "event id \"\(text.prefix(40))\": a positive whole number, as in /events/12")
        }
        guard let stored = try store.event(id: id) else {
            throw HTTPError(.notFound, message: "no event #\(id) in the record")
        }
        return stored
    }
}
