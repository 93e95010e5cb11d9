import Foundation
import GRDB
import Testing
import _TestSupport

/// The history survives what happens to real batches: killed at any moment, written by
/// several at once, backed up while written.
@Suite(.serialized) struct HistoryDurabilityTests {
    /// The corpus the killed batch records, as the durability goal names it: 10,000 dossiers in
    /// 8 region folders, generated once. `Scripts/bench-history` records the same number.
    static let corpus: (folder: String, count: Int) = {
        let count = 10_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partner-audit-durability-corpus-\(count)").path
        if !FileManager.default.fileExists(atPath: folder + "/.complete") {
            try? FileManager.default.removeItem(atPath: folder)
            let result = try! CommandRunner.run(["sample", "--count", String(count), "--seed", "11", "--out", folder])
            precondition(result.status == 0, result.errors)
            _ = FileManager.default.createFile(atPath: folder + "/.complete", contents: Data())
        }
        return (folder, count)
    }()

    /// Half the corpus (its first 4 region folders), for the batches that need only to run long
    /// enough for other writers and a backup to meet them.
    static let half: (folders: [String], count: Int) = {
        let folders = (0..<4).map { corpus.folder + "/region-0\($0)" }
        let count = folders.reduce(0) { sum, folder in
            sum + ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".xml") }.count
        }
        return (folders, count)
    }()

    /// Starts the tool without waiting for it.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.environment = ["NO_COLOR": "1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `body`, which waits on processes for a long time, on a thread of its own, so that
    /// it does not hold one of the few threads the other suites' tasks run on.
    static func offThePool(_ body: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread {
                continuation.resume(with: Result { try body() })
            }
        }
    }

    /// Waits until the store holds more than `count` records, or the batch has ended.
    static func waitForRecords(moreThan count: Int, in database: String, while process: Process) throws {
        while process.isRunning {
            if FileManager.default.fileExists(atPath: database),
                let records = try? HistoryFolder.inspect(database, { try Int.fetchOne($0, sql: "SELECT count(*) FROM record") ?? 0 }),
                records > count
            {
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    @Test func aBatchKilledAtAnyMomentKeepsWholeRecordsAndTheNextRunRecordsTheRest() async throws {
        try await Self.offThePool { try Self.aBatchKilledAtAnyMomentKeepsWholeRecordsAndTheNextRunRecordsTheRest() }
    }

    private static func aBatchKilledAtAnyMomentKeepsWholeRecordsAndTheNextRunRecordsTheRest() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let (corpus, count) = Self.corpus
        let batch = ["audit", corpus, "--as-of", "2026-11-24", "--record", "--database", store.database, "--format", "csv"]
        var generator = SystemRandomNumberGenerator()
        var recordedBefore = 0
        for round in 0..<4 {
            let process = try Self.start(batch)
            // The first kill may come before anything is committed; the others come at a random
            // moment once the batch has committed something new, so that they land mid-batch.
            // The moments are short (a batch of this corpus takes under two seconds on a quick
            // machine): four kills must leave some of it to the last run.
            if round > 0 { try Self.waitForRecords(moreThan: recordedBefore, in: store.database, while: process) }
            Thread.sleep(forTimeInterval: Double.random(in: 0...(round == 0 ? 0.5 : 0.25), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "the batch finished before it was killed")
            // Killed before it made the store: nothing was committed, and the next run makes it.
            guard FileManager.default.fileExists(atPath: store.database) else {
                #expect(round == 0, "the store disappeared")
                continue
            }
            let (integrity, records, broken) = try HistoryFolder.check(store.database)
            #expect(integrity == ["ok"])
            #expect(broken.isEmpty, "records not whole: \(broken.prefix(5))")
            #expect(records >= recordedBefore, "committed records were lost")
            #expect(records < count)
            recordedBefore = records
        }
        let last = try CommandRunner.run(batch)
        #expect(last.status == 0, "\(last.errors)")
        let summary =
            recordedBefore == 0 ? "\(count) recorded in" : "\(count - recordedBefore) recorded, \(recordedBefore) already recorded"
        #expect(last.errors.contains(summary), "\(last.errors)")
        let (integrity, records, broken) = try HistoryFolder.check(store.database)
        #expect(integrity == ["ok"])
        #expect(broken.isEmpty)
        #expect(records == count)
        let distinct = try HistoryFolder.inspect(store.database) { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT dossier_sha256) FROM record")!
        }
        #expect(distinct == count, "each dossier recorded once")
    }

    @Test func aBatchAndOtherWritersAtOnceAllFinishAndNothingIsLost() async throws {
        try await Self.offThePool { try Self.aBatchAndOtherWritersAtOnceAllFinishAndNothingIsLost() }
    }

    private static func aBatchAndOtherWritersAtOnceAllFinishAndNothingIsLost() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let (folders, count) = Self.half
        let batch = try Self.start(
            ["audit"] + folders + ["--as-of", "2026-11-24", "--record", "--database", store.database, "--format", "csv"])
        let samples = ["authorized-nordlys.xml", "preferred-borei.xml", "certified-brueckner.xml"]
        let dates = (1...8).map { String(format: "2027-01-%02d", $0) }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: samples.count) { index in
            for date in dates {
                let result = try? CommandRunner.run(
                    ["check", CommandRunner.sample(samples[index]), "--as-of", date, "--record", "--database", store.database])
                // Exit status 1 is a dossier not eligible on that date; recorded all the same.
                guard let result, result.status <= 1, result.errors.contains("recorded as record") else {
                    failures.add("\(samples[index]) \(date): \(result?.errors ?? "did not run")")
                    continue
                }
            }
        }
        batch.waitUntilExit()
        #expect(batch.terminationStatus == 0)
        #expect(failures.all.isEmpty, "\(failures.all)")
        let (integrity, records, broken) = try HistoryFolder.check(store.database)
        #expect(integrity == ["ok"])
        #expect(broken.isEmpty)
        #expect(records == count + samples.count * dates.count)
    }

    @Test func aBackupTakenDuringABatchIsAConsistentStore() async throws {
        try await Self.offThePool { try Self.aBackupTakenDuringABatchIsAConsistentStore() }
    }

    private static func aBackupTakenDuringABatchIsAConsistentStore() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let (folders, count) = Self.half
        let batch = try Self.start(
            ["audit"] + folders + ["--as-of", "2026-11-24", "--record", "--database", store.database, "--format", "csv"])
        // The backup is taken once the batch has committed something, however slow the machine.
        try Self.waitForRecords(moreThan: 0, in: store.database, while: batch)
        let backup = try store.run(["db", "backup", store.path("backup.sqlite")])
        #expect(backup.status == 0, "\(backup.errors)")
        batch.waitUntilExit()
        #expect(batch.terminationStatus == 0)
        let (integrity, records, broken) = try HistoryFolder.check(store.path("backup.sqlite"))
        #expect(integrity == ["ok"])
        #expect(broken.isEmpty)
        #expect(records > 0 && records < count, "the backup holds the records committed when it was taken (\(records))")
        #expect(records % 200 == 0, "whole transactions only (\(records))")
        // The copy is a store the tool opens.
        let partners = try store.run(["partners", "--format", "csv"], database: store.path("backup.sqlite"))
        #expect(partners.status == 0)
        #expect(try HistoryFolder.check(store.database).records == count)
    }
}

/// Failures gathered from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ failure: String) {
        lock.lock()
        list.append(failure)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
