/// The host of an absolute URL, compared the way the programme rules say (RFC 3986:
/// user-info and port are not the host; names lower-cased; one leading `www.`
/// dropped; a trailing dot kept; no IDN normalisation).
struct URLHost: Equatable {
    let name: String

    /// Nil when `url` has no authority (`mailto:x`, a relative path).
    init?(url: String) {
        // Nearly every URL is ASCII: then bytes and characters agree, and the bytes are faster.
        if url.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let host = Self.asciiHost(Array(url.utf8)) else { return nil }
            self.init(name: host)
            return
        }
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

    /// `init(url:)`'s reading of an ASCII URL, byte by byte: the text after the first
    /// `://` up to `/`, `?` or `#`; after the last `@`; an IP literal up to its `]`, or
    /// up to the last `:`.
    private static func asciiHost(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 3,
              let schemeEnd = (0...(bytes.count - 3)).first(where: {
                  bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
              })
        else { return nil }
        let rest = bytes[(schemeEnd + 3)...]
        let authority = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        var host = authority.lastIndex(of: UInt8(ascii: "@")).map { authority[($0 + 1)...] } ?? authority
        if host.first == UInt8(ascii: "[") {
            return String(decoding: host.prefix { $0 != UInt8(ascii: "]") }, as: UTF8.self) + "]"
        }
        if let colon = host.lastIndex(of: UInt8(ascii: ":")) { host = host[..<colon] }
        return String(decoding: host, as: UTF8.self)
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
