import Foundation
import GRDB
import Testing

/// The history survives what happens to real batches: killed at any moment, written by
/// several at once, backed up while written.
@Suite(.serialized) struct HistoryDurabilityTests {
    /// The corpus every test records: generated once. 4,000 dossiers keep the suite near a
    /// minute with a debug build (10,000 took three); `Scripts/bench-history` records 10,000.
    static let corpus: (folder: String, count: Int) = {
        let count = 4_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partner-audit-durability-corpus-\(count)").path
        if !FileManager.default.fileExists(atPath: folder + "/.complete") {
            try? FileManager.default.removeItem(atPath: folder)
            let result = try! CommandRunner.run(["sample", "--count", String(count), "--seed", "11", "--out", folder])
            precondition(result.status == 0, result.errors)
            _ = FileManager.default.createFile(atPath: folder + "/.complete", contents: Data())
        }
        return (folder, count)
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

    @Test func aBatchKilledAtAnyMomentKeepsWholeRecordsAndTheNextRunRecordsTheRest() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let (corpus, count) = Self.corpus
        let batch = ["audit", corpus, "--as-of", "2026-11-24", "--record", "--database", store.database, "--format", "csv"]
        var generator = SystemRandomNumberGenerator()
        var recordedBefore = 0
        for _ in 0..<4 {
            let process = try Self.start(batch)
            Thread.sleep(forTimeInterval: Double.random(in: 0.5...4, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "the batch finished before it was killed")
            let (integrity, records, broken) = try HistoryFolder.check(store.database)
            #expect(integrity == ["ok"])
            #expect(broken.isEmpty, "records not whole: \(broken.prefix(5))")
            #expect(records >= recordedBefore, "committed records were lost")
            #expect(records < count)
            recordedBefore = records
        }
        let last = try CommandRunner.run(batch)
        #expect(last.status == 0, "\(last.errors)")
        #expect(last.errors.contains("\(count - recordedBefore) recorded, \(recordedBefore) already recorded"), "\(last.errors)")
        let (integrity, records, broken) = try HistoryFolder.check(store.database)
        #expect(integrity == ["ok"])
        #expect(broken.isEmpty)
        #expect(records == count)
        let distinct = try HistoryFolder.inspect(store.database) { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT dossier_sha256) FROM record")!
        }
        #expect(distinct == count, "each dossier recorded once")
    }

    @Test func aBatchAndOtherWritersAtOnceAllFinishAndNothingIsLost() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let (corpus, count) = Self.corpus
        let batch = try Self.start(["audit", corpus, "--as-of", "2026-11-24", "--record", "--database", store.database, "--format", "csv"])
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

    @Test func aBackupTakenDuringABatchIsAConsistentStore() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let (corpus, count) = Self.corpus
        let batch = try Self.start(["audit", corpus, "--as-of", "2026-11-24", "--record", "--database", store.database, "--format", "csv"])
        Thread.sleep(forTimeInterval: 2)
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
