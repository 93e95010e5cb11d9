import AuditStore

/// Stores recordings as they come, in transactions of at most `transactionSize` records,
/// on a task of its own so that auditing never waits for the database. Killing the process
/// loses at most the transaction in flight; every one committed before stays whole.
public final class BatchRecorder: Sendable {
    /// The most records one transaction commits.
    public static let defaultTransactionSize = 200

    /// What a batch recorded.
    public struct Tally: Sendable {
        public var recorded = 0
        public var alreadyRecorded = 0
    }

    private let continuation: AsyncStream<Recording>.Continuation
    private let writer: Task<Tally, any Error>

    public init(history: any AuditHistory, transactionSize: Int = BatchRecorder.defaultTransactionSize) {
        let (stream, continuation) = AsyncStream<Recording>.makeStream()
        self.continuation = continuation
        let size = max(1, transactionSize)
        writer = Task {
            var tally = Tally()
            var pending: [Recording] = []
            pending.reserveCapacity(size)
            func commit() async throws {
                for outcome in try await history.record(pending) {
                    if case .recorded = outcome { tally.recorded += 1 } else { tally.alreadyRecorded += 1 }
                }
                pending.removeAll(keepingCapacity: true)
            }
            for await recording in stream {
                pending.append(recording)
                if pending.count == size { try await commit() }
            }
            if !pending.isEmpty { try await commit() }
            return tally
        }
    }

    /// Queues `recording` to be stored.
    public func add(_ recording: Recording) {
        continuation.yield(recording)
    }

    /// Stores what is queued and says what the batch recorded, or why it stopped.
    public func finish() async throws -> Tally {
        continuation.finish()
        return try await writer.value
    }
}
