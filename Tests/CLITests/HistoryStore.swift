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
    /// bytes are there with the size and SHA-256 it names.
    static func check(_ path: String) throws -> (integrity: [String], records: Int, broken: [Int64]) {
        try inspect(path) { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            // Killed before its schema was committed: an empty store, which the next run migrates.
            guard try db.tableExists("record") else { return (integrity, 0, []) }
            var broken: [Int64] = []
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT record.id, record.report_json, record.dossier_size, dossier.size AS stored_size, length(dossier.bytes) AS length
                    FROM record LEFT JOIN dossier ON dossier.sha256 = record.dossier_sha256
                    """)
            for row in rows {
                let report: String = row["report_json"]
                let json = try? JSONSerialization.jsonObject(with: Data(report.utf8))
                let size: Int = row["dossier_size"]
                if json == nil || row["stored_size"] as Int? != size || row["length"] as Int? != size { broken.append(row["id"]) }
            }
            return (integrity, rows.count, broken)
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
