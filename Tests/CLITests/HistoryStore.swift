import Foundation
import GRDB
import _TestSupport

/// A temporary folder with a history file in it, for tests that run the tool against a store.
struct HistoryFolder {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("partner-audit-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var database: String { folder.appendingPathComponent("history.sqlite").path }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Runs the tool with `--database` naming this folder's store.
    func run(_ arguments: [String], database: String? = nil) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + ["--database", database ?? self.database])
    }

    /// The store opened read-only behind the tool's back, to look at what it holds.
    static func inspect<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read(body)
    }

    /// `PRAGMA integrity_check`, and whether every record is whole: its report is JSON, its dossier's
    /// bytes are there with the size and SHA-256 it names (asked of SQLite, which reads no report
    /// into the test and no dossier's bytes beyond their length).
    static func check(_ path: String) throws -> (integrity: [String], records: Int, broken: [Int64]) {
        try inspect(path) { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            // Killed before its schema was committed: an empty store, which the next run migrates.
            guard try db.tableExists("record") else { return (integrity, 0, []) }
            let records = try Int.fetchOne(db, sql: "SELECT count(*) FROM record") ?? 0
            let broken = try Int64.fetchAll(
                db,
                sql: """
                    SELECT record.id FROM record LEFT JOIN dossier ON dossier.sha256 = record.dossier_sha256
                    WHERE NOT json_valid(record.report_json) OR json_type(record.report_json) IS NOT 'object'
                        OR dossier.size IS NOT record.dossier_size OR length(dossier.bytes) IS NOT record.dossier_size
                    """)
            return (integrity, records, broken)
        }
    }
}

extension CommandRunner.Result {
    /// The standard output as a JSON object.
    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        return object
    }
}
