import AuditStore
import Foundation
import GRDB
import Testing

/// The SQLite file: 64 KiB pages for a new store, the old size for a store made before; and
/// everything in the file, the write-ahead log emptied, once the store is closed.
@Suite struct SQLiteFileTests {
    @Test func aNewStoreHasPagesOf64KiB() async throws {
        try await Self.inFolder { path in
            try await StoreLocation.sqlite(path: path).withStore { history in
                _ = try await history.record([SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-24")])
            }
            #expect(try Self.pageSize(path) == 65_536)
        }
    }

    @Test func aStoreMadeWithSmallerPagesKeepsThemAndGoesOnRecording() async throws {
        try await Self.inFolder { path in
            let queue = try DatabaseQueue(path: path)
            try await queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = 4096")
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try queue.close()
            let recording = SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-24")
            try await StoreLocation.sqlite(path: path).withStore { history in
                let outcome = try await history.record([recording])
                #expect(try await history.records(ofPartner: "KP-004815").map(\.id) == [outcome[0].id])
            }
            #expect(try Self.pageSize(path) == 4_096)
        }
    }

    @Test func closingCopiesTheLogIntoTheFileAndEmptiesIt() async throws {
        try await Self.inFolder { path in
            try await StoreLocation.sqlite(path: path).withStore { history in
                _ = try await history.record([
                    SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-24"),
                    SampleRecordings.recording("preferred-borei.xml", asOf: "2026-11-24"),
                ])
                #expect(try Self.logSize(path) > 0)
            }
            #expect(try Self.logSize(path) == 0)
            let queue = try DatabaseQueue(path: path, configuration: Self.fileOnly)
            defer { try? queue.close() }
            #expect(try await queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM record") } == 2)
        }
    }

    /// The size of the store's write-ahead log; 0 when there is none.
    static func logSize(_ path: String) throws -> Int {
        let log = path + "-wal"
        guard FileManager.default.fileExists(atPath: log) else { return 0 }
        return (try FileManager.default.attributesOfItem(atPath: log)[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Read-only: opening the store to look writes nothing into it.
    static var fileOnly: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }

    static func pageSize(_ path: String) throws -> Int? {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
    }

    /// Runs `body` with the path of a store in a new folder, removed afterwards.
    static func inFolder(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("page-size-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder.appendingPathComponent("history.sqlite").path)
    }
}
