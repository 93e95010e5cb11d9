import AuditStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import NIOCore
import Programme

/// Signing in and out: the form at `/login` and its target, `POST /logout`, and their
/// JSON twins for scripts (`POST /api/v1/login`, `POST /api/v1/manage/logout`, the latter
/// behind `ManagerGate` with the managers' API).
struct LoginController {
    let sessions: ManagerSessions
    let pages: ManagerPages

    /// The largest sign-in body read.
    static let maxBodyBytes = 16 * 1024

    /// `GET /login`, `POST /login`, `POST /api/v1/login`.
    func addRoutes(to router: Router<ServerRequestContext>) {
        router.get("/login") { request, _ in
            Response.text(pages.login(try PageController.language(request)), type: PageController.html)
        }
        router.post("/login") { request, context in
            let language = try PageController.language(request)
            try CrossSiteCheck.requireSameOrigin(request)
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: Self.maxBodyBytes)))
            let name = form["username"] ?? ""
            let origin = ClientOrigin(request, context: context, settings: sessions.settings)
            let words = ManageStrings(language: language)
            switch try await sessions.signIn(name: name, password: form["password"] ?? "", address: origin.address) {
            case .signedIn(_, let token):
                var response = Response(status: .seeOther, headers: [.location: "/manage?lang=\(language.code)"])
                response.setCookie(SessionCookie.setting(token, lifetime: sessions.settings.lifetime, secure: origin.secure))
                return response
            case .refused:
                return page(pages.login(language, problem: words[.badCredentials], username: name), status: .unauthorized)
            case .paused(let seconds):
                var response = page(pages.login(language, problem: words[.tooManyAttempts], username: name), status: .tooManyRequests)
                response.headers[.retryAfter] = String(seconds)
                return response
            }
        }
        router.post("/api/v1/login") { request, context in
            try CrossSiteCheck.requireSameOrigin(request)
            var request = request
            let body = try await request.collectBody(upTo: Self.maxBodyBytes)
            guard let login = try? JSONDecoder().decode(Login.self, from: Data(body.readableBytesView)) else { throw ServiceError.badLogin }
            let origin = ClientOrigin(request, context: context, settings: sessions.settings)
            switch try await sessions.signIn(name: login.username, password: login.password, address: origin.address) {
            case .signedIn(let session, let token):
                var response = Response.text(Self.signedIn(session), type: APIController.json)
                response.setCookie(SessionCookie.setting(token, lifetime: sessions.settings.lifetime, secure: origin.secure))
                return response
            case .refused:
                throw ServiceError.badCredentials
            case .paused(let seconds):
                throw ServiceError.tooManyAttempts(retryAfter: seconds)
            }
        }
    }

    /// `POST /logout`, on a group behind `ManagerGate`: ends the session and sends the browser to `/login`.
    func addSignOut(to group: RouterGroup<ServerRequestContext>) {
        group.post("/logout") { request, context in
            let session = try context.requireIdentity()
            try await sessions.signOut(session)
            let origin = ClientOrigin(request, context: context, settings: sessions.settings)
            let language = try PageController.language(request)
            var response = Response(status: .seeOther, headers: [.location: "/login?lang=\(language.code)"])
            response.setCookie(SessionCookie.clearing(secure: origin.secure))
            return response
        }
    }

    /// `POST /api/v1/manage/logout`, on the managers' API group.
    func addAPISignOut(to group: RouterGroup<ServerRequestContext>) {
        group.post("logout") { request, context in
            let session = try context.requireIdentity()
            try await sessions.signOut(session)
            var response = Response.text(
                "{\n  \"manager\" : \(Self.quoted(session.manager)),\n  \"signedOut\" : true\n}\n", type: APIController.json)
            response.setCookie(SessionCookie.clearing(secure: ClientOrigin(request, context: context, settings: sessions.settings).secure))
            return response
        }
    }

    /// `html` answered with `status`.
    private func page(_ html: String, status: HTTPResponse.Status) -> Response {
        var response = Response.text(html, type: PageController.html)
        response.status = status
        return response
    }

    /// The sign-in a script sends.
    private struct Login: Decodable {
        var username: String
        var password: String
    }

    /// `{"csrfToken", "expiresAt", "manager"}`.
    static func signedIn(_ session: ManagerSession) -> String {
        "{\n  \"csrfToken\" : \(quoted(session.csrfToken)),\n  \"expiresAt\" : \(quoted(session.expiresAt.formatted(.iso8601))),\n"
            + "  \"manager\" : \(quoted(session.manager))\n}\n"
    }

    /// `text` as a JSON string.
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
