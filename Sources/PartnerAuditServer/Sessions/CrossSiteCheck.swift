import HTTPTypes
import Hummingbird

/// Refuses a sign-in a browser sends on another site's behalf (login CSRF: a page elsewhere
/// signing the manager's browser in to the attacker's account). Browsers say where a form
/// comes from in `Sec-Fetch-Site` and `Origin`; scripts send neither and are let through.
enum CrossSiteCheck {
    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let origin = HTTPField.Name("Origin")!

    /// Throws `ServiceError.crossSite` when `request` was sent from a page of another origin:
    /// `Sec-Fetch-Site` other than `same-origin` or `none`; from a browser that does not send
    /// it, an `Origin` whose host and port are not the request's `Host`. (Our pages' `Referrer-Policy:
    /// no-referrer` makes browsers send `Origin: null` even from our own forms: that says nothing.)
    static func requireSameOrigin(_ request: Request) throws(ServiceError) {
        if let site = request.headers[fetchSite]?.lowercased() {
            guard site == "same-origin" || site == "none" else { throw .crossSite }
            return
        }
        guard let origin = request.headers[origin], origin != "null" else { return }
        let authority = origin.split(separator: "://", maxSplits: 1).dropFirst().first.map(String.init)
        // HTTP/1.1's `Host` header is the request's authority.
        guard let authority, let host = request.head.authority, authority.lowercased() == host.lowercased() else {
            throw .crossSite
        }
    }
}
