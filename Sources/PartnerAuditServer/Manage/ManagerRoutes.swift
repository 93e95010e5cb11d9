import Hummingbird

/// The managers' side of the server, served when it has a store: signing in and out,
/// and every page and endpoint under `/manage` and `/api/v1/manage`, each behind
/// `ManagerAuthenticator` and `ManagerGate`.
struct ManagerRoutes {
    let sessions: ManagerSessions
    let board: ReviewBoard
    let pages: ManagerPages

    init(service: AuditService, store: ServerStore, settings: SessionSettings) {
        sessions = ManagerSessions(store: store, settings: settings, throttle: LoginThrottle())
        board = ReviewBoard(store: store, service: service)
        pages = ManagerPages(programme: service.programme)
    }

    func addRoutes(to router: Router<ServerRequestContext>) {
        let login = LoginController(sessions: sessions, pages: pages)
        login.addRoutes(to: router)
        login.addSignOut(to: guarded(router.group()))
        ManageController(board: board, pages: pages).addRoutes(to: guarded(router.group("/manage")))
        let api = guarded(router.group("/api/v1/manage"))
        login.addAPISignOut(to: api)
        ManageAPIController(board: board).addRoutes(to: api)
    }

    /// `group`, its routes open only to a signed-in manager (and changes only with the CSRF token).
    private func guarded(_ group: RouterGroup<ServerRequestContext>) -> RouterGroup<ServerRequestContext> {
        group.add(middleware: ManagerAuthenticator(sessions: sessions)).add(middleware: ManagerGate())
    }
}
