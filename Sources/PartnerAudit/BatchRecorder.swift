import AuditStore

/// Stores recordings as they come, in transactions of at most `transactionSize` records
/// and `transactionBytes` bytes of dossiers, on a task of its own so that auditing never
/// waits for the database. The recordings of a transaction are gathered here and handed
/// to that task together, which then wakes once per transaction, not once per record.
/// Killing the process loses at most the transactions not yet committed; every one
/// committed before stays whole.
public final class BatchRecorder {
    /// The most records one transaction commits.
    public static let defaultTransactionSize = 1000
    /// The most dossier bytes one transaction commits (what it holds in memory until then).
    public static let defaultTransactionBytes = 32 << 20

    /// What a batch recorded.
    public struct Tally: Sendable {
        public var recorded = 0
        public var alreadyRecorded = 0
    }

    private let transactionSize: Int
    private let transactionBytes: Int
    /// The next transaction's recordings, and their dossiers' bytes.
    private var gathered: [PreparedRecording] = []
    private var gatheredBytes = 0
    private let continuation: AsyncStream<[PreparedRecording]>.Continuation
    private let writer: Task<Tally, any Error>

    public init(
        history: any AuditHistory, transactionSize: Int = BatchRecorder.defaultTransactionSize,
        transactionBytes: Int = BatchRecorder.defaultTransactionBytes
    ) {
        self.transactionSize = max(1, transactionSize)
        self.transactionBytes = transactionBytes
        let (stream, continuation) = AsyncStream<[PreparedRecording]>.makeStream()
        self.continuation = continuation
        writer = Task {
            var tally = Tally()
            for await transaction in stream {
                for outcome in try await history.record(transaction) {
                    if case .recorded = outcome { tally.recorded += 1 } else { tally.alreadyRecorded += 1 }
                }
            }
            return tally
        }
    }

    /// Queues `recording` to be stored; prepare it where its dossier was audited.
    public func add(_ recording: PreparedRecording) {
        gathered.append(recording)
        gatheredBytes += recording.dossierSize
        if gathered.count >= transactionSize || gatheredBytes >= transactionBytes { handOver() }
    }

    /// Stores what is queued and says what the batch recorded, or why it stopped.
    public func finish() async throws -> Tally {
        handOver()
        continuation.finish()
        return try await writer.value
    }

    /// Hands the gathered recordings to the writer as one transaction.
    private func handOver() {
        guard !gathered.isEmpty else { return }
        continuation.yield(gathered)
        gathered = []
        gathered.reserveCapacity(transactionSize)
        gatheredBytes = 0
    }
}
