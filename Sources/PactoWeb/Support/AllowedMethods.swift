import HTTPTypes
import Hummingbird

/// Answers 405 with an `Allow` header when a path the server has is asked
/// with a method it does not take (`TRACE /api/search`, `PUT /`), where the
/// router alone would answer 404 as for a path it does not have.
///
/// The table lists every route the routers add (``buildRouter(store:configuration:)``);
/// `HEAD` goes with every `GET` (the router generates it). A path not in
/// the table goes on to the router.
struct AllowedMethods: RouterMiddleware {
    typealias Context = WebRequestContext

    /// Paths as the router's patterns (`:name` is one segment), with their methods.
    static let routes: [(path: String, methods: [HTTPRequest.Method])] = [
        ("/", [.get]), ("/search", [.get]), ("/events/:id", [.get]), ("/pacts", [.get]), ("/check", [.get, .post]),
        ("/api/search", [.get]), ("/api/events/:id", [.get]), ("/api/pacts", [.get]), ("/api/check", [.post]),
        ("/api/health", [.get]), ("/static/style.css", [.get]), ("/openapi.yaml", [.get]),
    ]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let methods = Self.methods(for: request.uri.path), !methods.contains(request.method) else {
            return try await next(request, context)
        }
        let allow = methods.map(\.rawValue).joined(separator: ", ")
        throw HTTPError(
            .methodNotAllowed, headers: [.allow: allow],
            message: "\(request.method.rawValue) is not answered on \(request.uri.path.prefix(100)); this path takes \(allow)")
    }

    /// The methods `path` takes (with `HEAD` beside `GET`), nil for a path
    /// the server does not have.
    static func methods(for path: String) -> [HTTPRequest.Method]? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        for route in routes {
            let pattern = route.path.split(separator: "/", omittingEmptySubsequences: true)
            guard pattern.count == segments.count else { continue }
            if zip(pattern, segments).allSatisfy({ $0.hasPrefix(":") || $0 == $1 }) {
                return route.methods.contains(.get) ? route.methods + [.head] : route.methods
            }
        }
        return nil
    }
}
