import Foundation

/// A PostgreSQL database as `postgres://USER@HOST:PORT/DB` names it, completed the way
/// `libpq` does: `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`, `PGPASSWORD`, then the
/// password file (`PGPASSFILE`, else `~/.pgpass`, ignored unless only its owner can read it).
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// A host name or address, or a folder holding the server's Unix socket.
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var password: String?

    public init(url text: String, environment: [String: String]) throws(HistoryError) {
        guard let url = URLComponents(string: text), let scheme = url.scheme, ["postgres", "postgresql"].contains(scheme) else {
            throw .badLocation(text, reason: "not a URL of the form postgres://USER@HOST:PORT/DB")
        }
        for item in url.queryItems ?? [] {
            guard item.name == "sslmode", item.value == "disable" else {
                throw .badLocation(
                    Self.redacted(text),
                    reason: "unsupported parameter \(item.name)=\(item.value ?? "") (only sslmode=disable is supported)")
            }
        }
        if let mode = environment["PGSSLMODE"], !["disable", "allow", "prefer"].contains(mode) {
            throw .badLocation(Self.redacted(text), reason: "PGSSLMODE=\(mode) is not supported: connections are made without TLS")
        }
        host =
            url.percentEncodedHost.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["PGHOST"] ?? "localhost"
        guard let port = url.port ?? Int(environment["PGPORT"] ?? "5432"), (1...65535).contains(port) else {
            throw .badLocation(Self.redacted(text), reason: "bad port")
        }
        self.port = port
        user = url.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = path.isEmpty ? environment["PGDATABASE"] ?? user : path
        password =
            url.password ?? environment["PGPASSWORD"]
            ?? Self.passwordFile(environment: environment).flatMap {
                PasswordFile(text: $0).password(host: host, port: port, database: database, user: user)
            }
    }

    /// The server's Unix socket, when `host` is a folder.
    public var unixSocketPath: String? {
        host.hasPrefix("/") ? "\(host)/.s.PGSQL.\(port)" : nil
    }

    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// `text` without the password it may hold, for messages.
    private static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? text
    }

    /// The text of the password file, when only its owner may read it.
    private static func passwordFile(environment: [String: String]) -> String? {
        let path = environment["PGPASSFILE"] ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue, permissions & 0o077 == 0
        else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }
}

/// The lines of a `.pgpass` file: `host:port:database:user:password`, `*` matching anything,
/// `\:` and `\\` standing for `:` and `\`.
struct PasswordFile {
    let entries: [[String]]

    init(text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            var fields: [String] = [""]
            var escaped = false
            for character in line {
                if escaped {
                    fields[fields.count - 1].append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ":" && fields.count < 5 {
                    fields.append("")
                } else {
                    fields[fields.count - 1].append(character)
                }
            }
            return fields.count == 5 ? fields : nil
        }
    }

    /// The password of the first line that matches, as `libpq` reads the file.
    func password(host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        return entries.first { entry in
            zip(entry, wanted).enumerated().allSatisfy { index, pair in
                pair.0 == "*" || pair.0 == pair.1 || (index == 0 && pair.0 == "localhost" && pair.1.hasPrefix("/"))
            }
        }?[4]
    }
}
