import Foundation
import Hummingbird

/// The cookie that carries a manager's session token: `HttpOnly`, `SameSite=Strict`,
/// `Path=/`, `Secure` when the client came over TLS, and as long-lived as the session.
enum SessionCookie {
    static let name = "partner_audit_session"

    /// The cookie setting `token` for `lifetime`.
    static func setting(_ token: String, lifetime: Duration, secure: Bool) -> Cookie {
        Cookie(
            name: name, value: token, maxAge: Int(lifetime.components.seconds), path: "/", secure: secure, httpOnly: true,
            sameSite: .strict)
    }

    /// The cookie that makes the browser forget the session.
    static func clearing(secure: Bool) -> Cookie {
        Cookie(
            name: name, value: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", secure: secure, httpOnly: true,
            sameSite: .strict)
    }

    /// The token `request` carries, when it looks like one.
    static func token(of request: Request) -> String? {
        guard let value = request.cookies[name]?.value, SessionToken.isWellFormed(value) else { return nil }
        return value
    }
}
