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

    /// Opens the store at `location`, creating or upgrading its schema.
    public static func open(_ location: StoreLocation) async throws(HistoryError) -> any HistoryStore {
        let opened = try await location.open()
        guard let store = opened as? any HistoryStore else {
            await opened.close()
            throw .cannotOpen(location.description, reason: "this store keeps no managers' desk")
        }
        return store
    }
}
