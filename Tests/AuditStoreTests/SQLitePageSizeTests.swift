import AuditStore
import Foundation
import GRDB
import Testing

/// The page size of SQLite stores: 64 KiB for a new one, the old one for a store made before.
@Suite struct SQLitePageSizeTests {
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
