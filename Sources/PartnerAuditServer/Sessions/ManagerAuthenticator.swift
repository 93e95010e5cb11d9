import AuditStore
import Hummingbird
import HummingbirdAuth

/// Finds the manager's session a request's cookie names, if it is live, and makes it the
/// request's identity; a request without one goes on unidentified (`ManagerGate` refuses it).
struct ManagerAuthenticator: AuthenticatorMiddleware {
    typealias Context = ServerRequestContext
    let sessions: ManagerSessions

    func authenticate(request: Request, context: Context) async throws -> ManagerSession? {
        guard let token = SessionCookie.token(of: request) else { return nil }
        return try await sessions.session(token: token)
    }
}
