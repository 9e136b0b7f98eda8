import Hummingbird

/// Refuses a request whose declared body is larger than the limit before
/// any of it is read (413). A body sent without a length (chunked) is cut at
/// the same limit by the route that reads it (`collect(upTo:)`).
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let declared = request.headers[.contentLength], let length = Int(declared), length > limit {
            throw HTTPError(.contentTooLarge, message: "request body too large: \(length) bytes, at most \(limit)")
        }
        return try await next(request, context)
    }
}
