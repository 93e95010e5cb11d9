import AuditStore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// The router of the service: every route, behind the middleware that logs requests,
/// sets the security headers and turns refusals into answers. With a `store`, the
/// managers' pages and the partners' applications are served too.
public func buildRouter(
    service: AuditService, store: ServerStore? = nil, sessions: SessionSettings = SessionSettings()
) -> Router<ServerRequestContext> {
    let pages = SitePages(programme: service.programme, limits: service.limits, applications: store != nil)
    let managers = store.map { ManagerRoutes(service: service, store: $0, settings: sessions) }
    func addRoutes(to router: Router<ServerRequestContext>) -> Router<ServerRequestContext> {
        PageController(service: service, pages: pages).addRoutes(to: router)
        if let store { ApplicationsController(service: service, store: store, pages: pages).addRoutes(to: router) }
        APIController(service: service).addRoutes(to: router.group("/api/v1"))
        ServiceController(history: store != nil).addRoutes(to: router)
        managers?.addRoutes(to: router)
        return router
    }
    // Middleware applies to the routes added after it, and the 405 answers need every
    // route's methods: the routes are listed first on a router of their own.
    var methods: [String: [String]] = [:]
    for route in addRoutes(to: Router(context: ServerRequestContext.self)).routes {
        methods["/" + route.path.description.drop { $0 == "/" }, default: []].append(route.method.rawValue)
    }
    let router = Router(context: ServerRequestContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware(routes: methods, pages: pages, managerPages: managers?.pages))
    return addRoutes(to: router)
}

/// The service for `configuration`, ready to run; `onReady` is told the address it
/// listens on once it does (with port 0, the port the system gave). Without a logger,
/// it logs at the level `LOG_LEVEL` names, else `notice` (`info` logs every request).
/// Throws `ProgrammeLoadFailure` when the programme cannot be loaded. `store` is the
/// history `configuration.database` names, opened by the caller (see `runServer`).
public func buildApplication(
    _ configuration: ServerConfiguration, store: (any HistoryStore)? = nil, logger: Logger? = nil,
    onReady: @escaping @Sendable (String) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    try makeApplication(
        AuditService(configuration: configuration), configuration, store: store.map { ServerStore(history: $0) }, logger: logger,
        onReady: onReady)
}

/// The application serving `service` (and `store`, when given) as `configuration` says.
func makeApplication(
    _ service: AuditService, _ configuration: ServerConfiguration, store: ServerStore? = nil, logger: Logger? = nil,
    onReady: @escaping @Sendable (String) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let logger =
        logger
        ?? {
            var logger = Logger(label: "partner-audit")
            logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? Logger.Level.notice
            return logger
        }()
    let host = configuration.host
    return Application(
        router: buildRouter(service: service, store: store, sessions: configuration.sessions),
        server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.readTimeoutSeconds)))),
        configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port)),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.port
            await onReady("http://\(host.contains(":") ? "[\(host)]" : host):\(port)")
        },
        logger: logger
    )
}

/// Builds the service for `configuration` and runs it until SIGTERM or SIGINT, then
/// stops gracefully: no new connections, the checks in flight finish. The programme is
/// loaded first (`ProgrammeLoadFailure`), then the store `configuration.database` names
/// is opened (`HistoryError`); it is closed once the server has stopped.
public func runServer(_ configuration: ServerConfiguration, onReady: @escaping @Sendable (String) async -> Void) async throws {
    MallocTuning.keepLargeBlocksMapped()
    let service = try AuditService(configuration: configuration)
    guard let location = configuration.database else {
        return try await makeApplication(service, configuration, onReady: onReady).runService()
    }
    let history = try await location.open()
    do {
        try await makeApplication(service, configuration, store: ServerStore(history: history), onReady: onReady).runService()
    } catch {
        await history.close()
        throw error
    }
    await history.close()
}
