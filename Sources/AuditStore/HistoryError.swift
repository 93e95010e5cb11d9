/// Why the history could not be used; every case has a message for the person at the terminal.
public enum HistoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The `--database` value is neither a path, `sqlite:PATH` nor a `postgres://` URL the tool can use.
    case badLocation(String, reason: String)
    /// The store could not be opened or reached.
    case cannotOpen(String, reason: String)
    /// The store was made or upgraded by a newer version of the tool: it is left as it is.
    case newerSchema(String, unknownMigrations: [String])
    /// The store is not a history of this tool, or its file is damaged.
    case damaged(String, reason: String)
    /// A query failed for another reason.
    case failed(String, reason: String)

    public var description: String {
        switch self {
        case .badLocation(let location, let reason):
            "database \(location): \(reason)"
        case .cannotOpen(let location, let reason):
            "database \(location) cannot be opened: \(reason)"
        case .newerSchema(let location, let unknown):
            "database \(location) was made by a newer version of partner-audit (unknown migrations: "
                + "\(unknown.joined(separator: ", "))); it is left unchanged: use that version or a newer one"
        case .damaged(let location, let reason):
            "database \(location) is damaged or not a partner-audit history: \(reason)"
        case .failed(let location, let reason):
            "database \(location): \(reason)"
        }
    }
}
