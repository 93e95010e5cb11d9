/// The host of an absolute URL, compared the way the programme rules say (RFC 3986:
/// user-info and port are not the host; names lower-cased; one leading `www.`
/// dropped; a trailing dot kept; no IDN normalisation).
struct URLHost: Equatable {
    let name: String

    /// Nil when `url` has no authority (`mailto:x`, a relative path).
    init?(url: String) {
        guard let schemeEnd = url.firstRange(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        var host = authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority
        if host.hasPrefix("[") {
            host = host.prefix { $0 != "]" } + "]"
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        self.init(name: String(host))
    }

    /// A bare host name such as `kerio.com`.
    init(name: String) {
        var lowered = name.lowercased()
        if lowered.hasPrefix("www.") { lowered.removeFirst(4) }
        self.name = lowered
    }

    /// This host is `other` or a subdomain of it.
    func isWithin(_ other: URLHost) -> Bool {
        !name.isEmpty && (name == other.name || name.hasSuffix("." + other.name))
    }
}
