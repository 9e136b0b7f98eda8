import Hummingbird
import Logging
import PactoRecord

/// Turns every error a route throws into an answer with a status and a
/// message: JSON under `/api/`, an HTML page elsewhere.
///
/// A search the record cannot run (``SearchError``) is the asker's mistake,
/// 400; Hummingbird's own errors keep their status (404, 413, …); anything
/// else is logged and answered 500 without details.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let templates: PageTemplates

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, message) = Self.describe(error)
            if status.code >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            var response: Response
            if request.uri.path.hasPrefix("/api/") {
                response = try JSONResponse(value: APIErrorBody(error: .init(status: status.code, message: message)), status: status)
                    .response(from: request, context: context)
            } else {
                let view = ErrorView(status: status.code, reason: status.reasonPhrase, message: message)
                let html = (try? templates.render(view, with: "error")) ?? HTMLText.escaped("\(status.code) \(message)")
                response = try HTMLResponse(html: html, status: status).response(from: request, context: context)
            }
            // Headers the error carries (`Allow` on a 405).
            if let error = error as? HTTPError {
                for field in error.headers { response.headers[field.name] = field.value }
            }
            return response
        }
    }

    /// The status and the message a person reads.
    static func describe(_ error: any Error) -> (HTTPResponse.Status, String) {
        switch error {
        case let error as SearchError:
            return (.badRequest, error.message)
        case let error as HTTPError:
            return (error.status, error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            let message = error.status == .contentTooLarge
                ? "request body too large: at most \(WebConfiguration.maximumBodySize) bytes"
                : error.status.reasonPhrase
            return (error.status, message)
        default:
            return (.internalServerError, "internal error; the server log has the details")
        }
    }
}

/// What the error template shows.
struct ErrorView {
    var title: String
    var status: Int
    var reason: String
    var message: String

    init(status: Int, reason: String, message: String) {
        title = "\(status) \(reason)"
        self.status = status
        self.reason = reason
        self.message = message
    }
}
