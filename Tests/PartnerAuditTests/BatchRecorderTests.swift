import DossierModel
import Foundation
import PartnerAudit
import Testing

@testable import AuditStore

/// How a batch's recordings are cut into transactions, on a history that only notes them.
@Suite struct BatchRecorderTests {
    @Test func recordsAreCommittedAThousandAtATime() async throws {
        let history = NotingHistory()
        let recorder = BatchRecorder(history: history)
        for index in 0..<2_500 { recorder.add(Self.recording(index, bytes: 100)) }
        let tally = try await recorder.finish()
        #expect(await history.transactions == [1_000, 1_000, 500])
        #expect(tally.recorded == 2_500 && tally.alreadyRecorded == 0)
    }

    @Test func aTransactionEndsOnceItsDossiersPassTheByteBound() async throws {
        let history = NotingHistory()
        let recorder = BatchRecorder(history: history, transactionSize: 100, transactionBytes: 250)
        for index in 0..<10 { recorder.add(Self.recording(index, bytes: 100)) }
        _ = try await recorder.finish()
        // 100 + 100 + 100 reaches 250 at the third dossier.
        #expect(await history.transactions == [3, 3, 3, 1])
    }

    @Test func whatWasRecordedBeforeIsCountedApart() async throws {
        let history = NotingHistory(keptBefore: [1, 3])
        let recorder = BatchRecorder(history: history, transactionSize: 2)
        for index in 0..<5 { recorder.add(Self.recording(index, bytes: 10)) }
        let tally = try await recorder.finish()
        #expect(tally.recorded == 3 && tally.alreadyRecorded == 2)
    }

    @Test func aStoreThatFailsStopsTheBatchWithItsError() async throws {
        let history = NotingHistory(failing: true)
        let recorder = BatchRecorder(history: history)
        recorder.add(Self.recording(0, bytes: 10))
        await #expect(throws: HistoryError.self) { try await recorder.finish() }
    }

    @Test func nothingAddedCommitsNothing() async throws {
        let history = NotingHistory()
        let tally = try await BatchRecorder(history: history).finish()
        #expect(await history.transactions.isEmpty)
        #expect(tally.recorded == 0)
    }

    /// A recording whose dossier has `bytes` bytes; `index` is its file name.
    static func recording(_ index: Int, bytes: Int) -> PreparedRecording {
        let record = AuditRecord(
            partnerID: "KP-\(index)", partnerName: "Partner \(index)", dossierSHA256: String(repeating: "0", count: 64),
            dossierSize: bytes, file: "\(index)", programmeID: "kerio", programmeSHA256: String(repeating: "1", count: 64),
            asOf: CalendarDate("2026-11-24")!, recordedAt: Date(timeIntervalSince1970: 0), recordedBy: "cli:tester",
            toolVersion: "0", valid: true, appliedTier: nil, qualifiedTier: nil, eligible: false, holdsUntil: nil,
            lapsingRequirement: nil, attachments: [], reportJSON: "{}")
        return PreparedRecording(Recording(record: record, dossierBytes: [UInt8](repeating: 0x20, count: bytes)))
    }
}

/// A history that notes the size of every transaction and answers for each recording
/// whether it was kept before (by its file name), or fails.
private actor NotingHistory: AuditHistory {
    private(set) var transactions: [Int] = []
    private let keptBefore: Set<Int>
    private let failing: Bool

    init(keptBefore: Set<Int> = [], failing: Bool = false) {
        self.keptBefore = keptBefore
        self.failing = failing
    }

    func record(_ recordings: [PreparedRecording]) async throws(HistoryError) -> [RecordingOutcome] {
        if failing { throw .failed("noting", reason: "the disk is full") }
        transactions.append(recordings.count)
        return recordings.map { recording in
            let index = Int(recording.row.file)!
            return keptBefore.contains(index) ? .alreadyRecorded(id: Int64(index)) : .recorded(id: Int64(index))
        }
    }

    func records(ofPartner id: String) async throws(HistoryError) -> [AuditRecord] { [] }
    func latestRecords(matching filter: PartnerFilter) async throws(HistoryError) -> [AuditRecord] { [] }
    func latestRecords(asOfOnOrBefore date: CalendarDate) async throws(HistoryError) -> [AuditRecord] { [] }
    func dossierBytes(sha256: String) async throws(HistoryError) -> [UInt8]? { nil }
    func close() async {}
}
