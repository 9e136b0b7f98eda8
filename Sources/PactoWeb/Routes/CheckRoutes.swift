import Hummingbird

/// The check page (`/check`) and `/api/check`: an original and its
/// translation held against each other by `pacto check`.
///
/// Not served yet: the checker (`PactoChecking`) is not on the main branch.
/// Until it is, the page says so and both POST routes answer 501 with a
/// message, after refusing bodies over the limit like every route.
struct CheckRoutes: Sendable {
    let templates: PageTemplates

    func add(to router: Router<WebRequestContext>) {
        router.get("/check", use: page)
        router.post("/check", use: notYet)
        router.post("/api/check", use: notYet)
    }

    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> HTMLResponse {
        HTMLResponse(html: try templates.render(CheckView(), with: "check"))
    }

    @Sendable func notYet(_ request: Request, context: WebRequestContext) async throws -> Response {
        throw HTTPError(.notImplemented, message: CheckView.notYet)
    }
}

/// What the check template shows.
struct CheckView {
    static let notYet = "checking a translation is not available in this version of pacto serve yet; use `pacto check` on the command line"
    var title = "Đối chiếu bản dịch"
    var message = CheckView.notYet
}
