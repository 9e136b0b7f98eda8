import Hummingbird
import Logging
import PactoChecking
import PactoRecord

/// Builds the server of `pacto serve` over `store`: the router below on the
/// host and port of `configuration`. Tests call it (and ``buildRouter(store:)``)
/// to drive the whole server in-process.
///
/// The store should be opened read-only: the server has no route that
/// writes, and a read-only connection makes sure of it.
/// - Parameter onServerRunning: called with the port once the socket is bound
///   (the one asked for, or the one the system chose for port 0).
public func buildApplication(
    store: any RecordStore, configuration: WebConfiguration = WebConfiguration(), logger: Logger,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(store: store, configuration: configuration)
    return Application(
        router: router,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: configuration.serverName),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// Every page and API route, behind request logging, the body limit and the
/// error middleware that turns failures into 4xx answers with a message.
/// - Parameter configuration: its cache sizes are used.
public func buildRouter(store: any RecordStore, configuration: WebConfiguration = WebConfiguration()) async throws -> Router<WebRequestContext> {
    let templates = try PageTemplates.load()
    // HEAD answers like GET without the body (link checkers, `curl -I`).
    let router = Router(context: WebRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ErrorMiddleware(templates: templates))
    router.add(middleware: BodyLimitMiddleware(limit: WebConfiguration.maximumBodySize))
    router.add(middleware: AllowedMethods())
    SearchRoutes(store: store, templates: templates, configuration: configuration).add(to: router)
    EventRoutes(store: store, templates: templates).add(to: router)
    PactRoutes(store: store, templates: templates).add(to: router)
    CheckRoutes(checker: try? Checker(), templates: templates).add(to: router)
    StaticRoutes().add(to: router)
    router.get("/api/health") { _, _ in
        let counts = try store.counts()
        return JSONResponse(value: ["documents": counts.documents, "events": counts.events])
    }
    return router
}

/// Runs the server of ``buildApplication(store:configuration:logger:onServerRunning:)``
/// until SIGINT or SIGTERM, then lets requests in progress finish and returns.
public func runServer(
    store: any RecordStore, configuration: WebConfiguration = WebConfiguration(), logger: Logger,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws {
    let app = try await buildApplication(
        store: store, configuration: configuration, logger: logger, onServerRunning: onServerRunning)
    // Hummingbird's default signals: SIGTERM and SIGINT.
    try await app.runService()
}
