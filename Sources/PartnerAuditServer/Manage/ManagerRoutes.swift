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
        login.addSignOut(to: guarded(router.group(), pages: true))
        ManageController(board: board, pages: pages).addRoutes(to: guarded(router.group("/manage"), pages: true))
        let api = guarded(router.group("/api/v1/manage"))
        login.addAPISignOut(to: api)
        ManageAPIController(board: board).addRoutes(to: api)
    }

    /// `group`, its routes open only to a signed-in manager (and changes only with the CSRF
    /// token); for `pages`, a signed-in manager's refusals are pages with the navigation.
    private func guarded(_ group: RouterGroup<ServerRequestContext>, pages: Bool = false) -> RouterGroup<ServerRequestContext> {
        let identified = group.add(middleware: ManagerAuthenticator(sessions: sessions))
        let answered = pages ? identified.add(middleware: ManagerErrorPages(pages: self.pages)) : identified
        return answered.add(middleware: ManagerGate())
    }
}
