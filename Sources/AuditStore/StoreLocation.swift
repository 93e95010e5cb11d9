import Foundation

/// Where the history lives: `--database URL`, else `PARTNER_AUDIT_DATABASE`, else the default file.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite file, created on first use.
    case sqlite(path: String)
    /// A PostgreSQL database, for several servers sharing one history.
    case postgres(PostgresLocation)

    /// The environment variable naming the store when `--database` is not given.
    public static let environmentVariable = "PARTNER_AUDIT_DATABASE"

    /// The store named by `option`, else by the environment, else the default file:
    /// `$XDG_DATA_HOME/partner-audit/history.sqlite`, else `~/.local/share/partner-audit/history.sqlite`.
    public static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(HistoryError) -> StoreLocation {
        if let option { return try parse(option, environment: environment) }
        if let named = environment[environmentVariable], !named.isEmpty { return try parse(named, environment: environment) }
        return .sqlite(path: defaultPath(environment: environment))
    }

    /// A location as `--database` takes it: `sqlite:PATH`, a plain path, or `postgres://USER@HOST:PORT/DB`.
    public static func parse(
        _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(HistoryError) -> StoreLocation {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            return .postgres(try PostgresLocation(url: text, environment: environment))
        }
        let path = text.hasPrefix("sqlite:") ? String(text.dropFirst("sqlite:".count)) : text
        guard !path.isEmpty else { throw .badLocation(text, reason: "no file named") }
        if let scheme = path.range(of: "://"), !path[..<scheme.lowerBound].contains("/") {
            throw .badLocation(text, reason: "unknown kind of database (use a file path, sqlite:PATH or postgres://USER@HOST:PORT/DB)")
        }
        return .sqlite(path: path)
    }

    /// The default history file.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/partner-audit/history.sqlite"
    }

    /// Opens the store (the history and the managers' desk), creating or upgrading its schema;
    /// a store made by a newer version is refused.
    public func open() async throws(HistoryError) -> any HistoryStore {
        switch self {
        case .sqlite(let path): try SQLiteHistory(path: path)
        case .postgres(let location): try await PostgresHistory.open(location)
        }
    }

    /// The location as messages show it (never with a password).
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let location): location.description
        }
    }
}
