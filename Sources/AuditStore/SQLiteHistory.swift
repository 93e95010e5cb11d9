import DossierModel
import Foundation
import GRDB

/// The history in an SQLite file: WAL mode, so readers never wait for the writer;
/// writers wait for each other up to `busyTimeout`; foreign keys enforced.
public final class SQLiteHistory: AuditHistory {
    /// How long a writer waits for another one before giving up.
    public static let busyTimeout: TimeInterval = 10
    /// How much of the file is read through a memory map (the rest with read calls).
    static let memoryMapSize = 1 << 30
    /// The page size of a new store. A record (the dossier's bytes and its report, some
    /// 8 KB) then fits in its page rather than spilling into overflow pages, and a commit
    /// writes a few large pages, not thousands of small ones: the 10,000 dossiers of the
    /// benchmark take 84 MB, not 97. A store keeps the page size it was made with.
    static let pageSize = 65_536
    /// The writer's page cache, in KiB (readers keep SQLite's 2 MiB). A batch inserts into
    /// indexes keyed by digests, all over their pages: with 2 MiB the writer of those
    /// 10,000 dossiers read 1.2 GB and wrote 0.9 GB; with this, 88 MB and 197 MB.
    static let writerCacheKiB = 16_384

    public let path: String
    let pool: DatabasePool

    /// Opens (creating when needed) the file at `path` and brings its schema up to date;
    /// a file made by a newer version, or one that is not a history, is left unchanged.
    public init(path: String) throws(HistoryError) {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path, reason: "cannot create the folder \(folder.path)")
            }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .cannotOpen(path, reason: "it is a folder")
        }
        let existing = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber).map { $0.intValue > 0 } ?? false
        if existing {
            try Self.checkVersion(path: path)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "partner-audit history"
        // In WAL mode NORMAL syncs at checkpoints only: a killed process loses nothing
        // committed; a power cut may lose the last transactions, never the file's integrity.
        // Pages are read through a memory map rather than a read call each: a listing looks up
        // the latest record of every partner, thousands of pages scattered through the file.
        configuration.prepareDatabase { db in
            if !existing { try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)") }
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)") }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA mmap_size = \(Self.memoryMapSize)")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.failure(error, path: path)
        }
        try migrate()
    }

    // MARK: - AuditHistory

    public func record(_ recordings: [PreparedRecording]) async throws(HistoryError) -> [RecordingOutcome] {
        try await run {
            try await self.pool.write { db in
                let statements = try RecordingStatements(db)
                return try recordings.map { try statements.record($0) }
            }
        }
    }

    public func records(ofPartner id: String) async throws(HistoryError) -> [AuditRecord] {
        try await run {
            try await self.pool.read { db in
                try RecordRow.fetchAll(db, sql: "SELECT * FROM record WHERE partner_id = ? ORDER BY as_of, id", arguments: [id])
            }.map { try $0.record() }
        }
    }

    public func latestRecords(matching filter: PartnerFilter) async throws(HistoryError) -> [AuditRecord] {
        let (condition, arguments) = Self.condition(filter)
        // Partners are read in the order they were stored, not through the index of their ids:
        // their latest records then lie in the file nearly in that order too, where the index's
        // order would look them up at random. The few partners listed are sorted afterwards.
        let sql =
            "SELECT record.* FROM partner NOT INDEXED CROSS JOIN record ON record.id = partner.latest_record_id"
            + " WHERE \(condition) ORDER BY partner.id"
        return try await run {
            try await self.pool.read { db in try RecordRow.fetchAll(db, sql: sql, arguments: arguments) }.map { try $0.record() }
        }
    }

    public func latestRecords(asOfOnOrBefore date: CalendarDate) async throws(HistoryError) -> [AuditRecord] {
        try await run {
            try await self.pool.read { db in
                try RecordRow.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM (
                            SELECT record.*, ROW_NUMBER() OVER (PARTITION BY partner_id ORDER BY as_of DESC, id DESC) AS position
                            FROM record WHERE partner_id IS NOT NULL AND as_of <= ?
                        ) WHERE position = 1 ORDER BY partner_id
                        """, arguments: [date.description])
            }.map { try $0.record() }
        }
    }

    public func dossierBytes(sha256: String) async throws(HistoryError) -> [UInt8]? {
        try await run {
            try await self.pool.read { db in
                try Data.fetchOne(db, sql: "SELECT bytes FROM dossier WHERE sha256 = ?", arguments: [sha256]).map { [UInt8]($0) }
            }
        }
    }

    /// Closes the store, first copying every page of the write-ahead log into the file and
    /// emptying the log. SQLite would do that when its last connection closes, but the pool
    /// closes its writer before its readers, and a reader cannot: a batch then left up to a
    /// third of its pages in the log for whoever opened the store next. A store busy with
    /// another process is left for that one to do.
    public func close() async {
        _ = try? await pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try? pool.close()
    }

    // MARK: - Backup and checks

    /// Writes a consistent copy of the store to `file` (through a temporary file beside it,
    /// renamed when complete) while others may keep writing.
    public func backup(to file: String) throws(HistoryError) {
        let partial = file + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try? FileManager.default.removeItem(atPath: partial)
            let copy = try DatabaseQueue(path: partial)
            try pool.backup(to: copy)
            try copy.close()
            if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
            try FileManager.default.moveItem(atPath: partial, toPath: file)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            if error is DatabaseError { throw Self.failure(error, path: path) }
            throw .failed(file, reason: "cannot write the backup: \(error.localizedDescription)")
        }
    }

    /// The result of `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public func integrityCheck() throws(HistoryError) -> [String] {
        do {
            return try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    // MARK: - Parts

    /// Refuses, without writing anything to it, a file that is not a history of this tool
    /// or that a newer version migrated.
    private static func checkVersion(path: String) throws(HistoryError) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            let (applied, foreignTables) = try queue.read { db -> (Set<String>, Bool) in
                let tracked = try db.tableExists("grdb_migrations")
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                return (tracked ? try SQLiteMigrations.migrator.appliedIdentifiers(db) : [], !tracked && !tables.isEmpty)
            }
            if foreignTables { throw HistoryError.damaged(path, reason: "it holds tables of another application") }
            let unknown = applied.subtracting(MigrationID.all)
            if !unknown.isEmpty { throw HistoryError.newerSchema(path, unknownMigrations: unknown.sorted()) }
        } catch {
            throw failure(error, path: path)
        }
    }

    private func migrate() throws(HistoryError) {
        do {
            try pool.read { db in
                let unknown = try SQLiteMigrations.migrator.appliedIdentifiers(db).subtracting(MigrationID.all)
                if !unknown.isEmpty { throw HistoryError.newerSchema(path, unknownMigrations: unknown.sorted()) }
            }
            try Self.migrateAlongsideOthers(pool)
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// Runs the migrations still to apply. Another process may be migrating the same new
    /// store at the same time: GRDB reads which migrations are applied before each one's
    /// transaction, so a migration the other applied first fails here ("table … already
    /// exists"); the migrations are then read again, a few times, before giving up.
    private static func migrateAlongsideOthers(_ pool: DatabasePool) throws {
        var attempt = 0
        while true {
            do {
                return try SQLiteMigrations.migrator.migrate(pool)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && attempt < 4 {
                attempt += 1
            }
        }
    }

    /// Runs `body`, turning database errors into history errors.
    func run<T>(_ body: () async throws -> T) async throws(HistoryError) -> T {
        do {
            return try await body()
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    static func failure(_ error: any Error, path: String) -> HistoryError {
        if case .damaged("", let reason) = error as? HistoryError { return .damaged(path, reason: reason) }
        if let error = error as? HistoryError { return error }
        guard let error = error as? DatabaseError else { return .failed(path, reason: "\(error)") }
        let reason = error.message ?? "\(error)"
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .damaged(path, reason: reason)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH: return .cannotOpen(path, reason: reason)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .failed(path, reason: "busy: another writer held it longer than \(Int(busyTimeout)) s (\(reason))")
        default: return .failed(path, reason: reason)
        }
    }
}
