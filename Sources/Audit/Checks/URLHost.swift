/// The host of an absolute URL, compared the way the programme rules say (RFC 3986:
/// user-info and port are not the host; names lower-cased; one leading `www.`
/// dropped; a trailing dot kept; no IDN normalisation).
struct URLHost: Equatable {
    let name: String

    /// Nil when `url` has no authority (`mailto:x`, a relative path).
    init?(url: String) {
        // Nearly every URL is ASCII: then bytes and characters agree, and the bytes are faster.
        var url = url
        switch url.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? Self.asciiName($0) : .notASCII }) {
        case .name(let name):
            self.init(named: name)
            return
        case .noHost:
            return nil
        case .notASCII:
            break
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
    /// `://` up to `/`, `?` or `#`; after the last `@`; an IP literal up to its `]` (which
    /// is then written), or up to the last `:`; named as `init(name:)` names it:
    /// lower-cased, one leading `www.` dropped.
    private static func asciiName(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIIReading {
        guard bytes.count >= 3,
            let schemeEnd = (0...(bytes.count - 3)).first(where: {
                bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
            })
        else { return .noHost }
        let rest = bytes[(schemeEnd + 3)...]
        let authority = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        var host = authority.lastIndex(of: UInt8(ascii: "@")).map { authority[($0 + 1)...] } ?? authority
        let isLiteral = host.first == UInt8(ascii: "[")
        if isLiteral {
            host = host.prefix { $0 != UInt8(ascii: "]") }
        } else if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
            host = host[..<colon]
        }
        let lowered = host.lazy.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
        let name = lowered.starts(with: "www.".utf8) ? lowered.dropFirst(4) : lowered.dropFirst(0)
        return .name(
            String(unsafeUninitializedCapacity: name.count + 1) { text in
                var count = text.initialize(fromContentsOf: name)
                if isLiteral {
                    text[count] = UInt8(ascii: "]")
                    count += 1
                }
                return count
            })
    }

    /// What reading a URL's bytes gives.
    private enum ASCIIReading {
        case name(String)
        case noHost
        /// Not ASCII: read it by characters.
        case notASCII
    }

    /// A bare host name such as `kerio.com`.
    init(name: String) {
        var lowered = name.lowercased()
        if lowered.hasPrefix("www.") { lowered.removeFirst(4) }
        self.init(named: lowered)
    }

    /// A name already lower-cased, without its `www.`.
    private init(named name: String) {
        self.name = name
    }

    /// This host is `other` or a subdomain of it.
    func isWithin(_ other: URLHost) -> Bool {
        !name.isEmpty && (name == other.name || name.hasSuffix("." + other.name))
    }
}
