import AuditStore
import Foundation

/// The history the server was started with (`serve --database`), and the clock it
/// records by: what every store-backed controller works with.
public struct ServerStore: Sendable {
    /// The history and the managers' desk.
    public let history: any HistoryStore
    /// Now; tests set the time.
    public let now: @Sendable () -> Date

    public init(history: any HistoryStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.history = history
        self.now = now
    }

}
