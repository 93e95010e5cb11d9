import AuditStore
import HTTPTypes
import Hummingbird
import NIOCore

/// Lets through only requests of a signed-in manager, and only changes that carry the
/// session's CSRF token: a page without a session is sent to `/login` (303), an API call
/// answered 401; a changing request without the right token (the form's `csrf` field,
/// or the `X-CSRF-Token` header of an API call) is refused with 403.
struct ManagerGate: RouterMiddleware {
    typealias Context = ServerRequestContext

    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!
    /// The largest form a manager posts (a decision's comment, with room to spare).
    static let maxFormBytes = 64 * 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let api = request.uri.path.hasPrefix("/api/")
        guard let session = context.identity else {
            if api { throw ServiceError.notSignedIn }
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
        guard request.method != .get, request.method != .head else { return try await next(request, context) }
        var request = request
        let token: String?
        if api {
            token = request.headers[Self.csrfHeader]
        } else {
            let body = try await request.collectBody(upTo: Self.maxFormBytes)
            token = FormFields(String(buffer: body))["csrf"]
        }
        guard let token, SessionToken.matches(token, session.csrfToken) else { throw ServiceError.badCSRF }
        return try await next(request, context)
    }
}
