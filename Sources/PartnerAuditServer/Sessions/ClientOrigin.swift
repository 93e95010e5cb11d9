import Foundation
import HTTPTypes
import Hummingbird

/// Where a request comes from, as far as the server may believe it: the client's address
/// (the slow-down of failed sign-ins counts by it) and whether it reached us over TLS
/// (the session cookie is then `Secure`).
struct ClientOrigin: Sendable, Equatable {
    /// The client's address; `unknown` when the connection has none to tell.
    var address: String
    /// The client spoke HTTPS to us or to the trusted proxy in front of us.
    var secure: Bool

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    /// The origin of `request`: with `settings.trustProxy`, the last address of
    /// `X-Forwarded-For` (the one the proxy added) and `X-Forwarded-Proto`; else the peer.
    init(_ request: Request, context: ServerRequestContext, settings: SessionSettings) {
        var address = context.remoteAddress?.ipAddress ?? "unknown"
        var secure = settings.secureCookies
        if settings.trustProxy {
            if let forwarded = request.headers[values: Self.forwardedFor].last?.split(separator: ",").last {
                let client = forwarded.trimmingCharacters(in: .whitespaces)
                if !client.isEmpty { address = client }
            }
            if request.headers[values: Self.forwardedProto].first?.split(separator: ",").first?
                .trimmingCharacters(in: .whitespaces).lowercased() == "https"
            {
                secure = true
            }
        }
        self.address = address
        self.secure = secure
    }
}
