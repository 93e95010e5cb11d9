import AuditStore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// The request context of every route.
public typealias ServerRequestContext = BasicRequestContext

/// The router of the service: every route, behind the middleware that logs requests,
/// sets the security headers and turns refusals into answers. With a `store`, the
/// partners' applications are served too.
public func buildRouter(service: AuditService, store: ServerStore? = nil) -> Router<ServerRequestContext> {
    let pages = SitePages(programme: service.programme, limits: service.limits, applications: store != nil)
    func addRoutes(to router: Router<ServerRequestContext>) -> Router<ServerRequestContext> {
        PageController(service: service, pages: pages).addRoutes(to: router)
        if let store { ApplicationsController(service: service, store: store, pages: pages).addRoutes(to: router) }
        APIController(service: service).addRoutes(to: router.group("/api/v1"))
        ServiceController().addRoutes(to: router)
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
    router.add(middleware: ErrorMiddleware(routes: methods, pages: pages))
    return addRoutes(to: router)
}

/// The service for `configuration`, ready to run; `onReady` is told the address it
/// listens on once it does (with port 0, the port the system gave). Without a logger,
/// it logs at the level `LOG_LEVEL` names, else `notice` (`info` logs every request).
/// Throws `ProgrammeLoadFailure` when the programme cannot be loaded.
public func buildApplication(
    _ configuration: ServerConfiguration, logger: Logger? = nil, onReady: @escaping @Sendable (String) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    try makeApplication(AuditService(configuration: configuration), configuration, logger: logger, onReady: onReady)
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
        router: buildRouter(service: service, store: store),
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
/// stops gracefully: no new connections, the checks in flight finish.
public func runServer(_ configuration: ServerConfiguration, onReady: @escaping @Sendable (String) async -> Void) async throws {
    MallocTuning.keepLargeBlocksMapped()
    try await buildApplication(configuration, onReady: onReady).runService()
}
