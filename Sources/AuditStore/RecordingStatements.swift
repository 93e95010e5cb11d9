import GRDB

/// The statements that store a recording in SQLite, taken from the connection's cache once
/// per transaction: compiling them for each record cost more than running them, and
/// finding them in the cache by their text costs a hash of it each time.
///
/// A record already kept (same dossier bytes, programme and `asOf`) is found by the
/// record's own `INSERT`, which then does nothing: the dossier it holds is then in the
/// store already, so its `INSERT` did nothing either.
///
/// A new record's partner is written after it, in one statement that adds the partner or
/// makes the record its latest: the transaction checks foreign keys at its commit, not at
/// each statement, so the record may name its partner before the partner's row exists.
struct RecordingStatements {
    private let db: Database
    private let insertDossier: Statement
    private let insertRecord: Statement
    private let upsertPartner: Statement

    /// The statements of `db`, which must be inside the writer's transaction while they run.
    init(_ db: Database) throws {
        self.db = db
        // Lasts until the transaction ends; a record whose partner is missing then still fails the commit.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        insertDossier = try db.cachedStatement(
            sql: "INSERT INTO dossier (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")
        insertRecord = try db.cachedStatement(sql: Self.insertRecordSQL)
        upsertPartner = try db.cachedStatement(
            sql: """
                INSERT INTO partner (id, name, latest_record_id, latest_as_of) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, latest_record_id = excluded.latest_record_id, latest_as_of = excluded.latest_as_of
                WHERE partner.latest_as_of IS NULL OR partner.latest_as_of <= excluded.latest_as_of
                """)
    }

    /// Stores `recording`, or finds the record that already holds it.
    func record(_ recording: PreparedRecording) throws -> RecordingOutcome {
        let row = recording.row
        try recording.dossierBytes.withUnsafeBytes { bytes in
            try insertDossier.run {
                $0.text(row.dossierSHA256)
                $0.integer(row.dossierSize)
                $0.blob(borrowing: bytes)
            }
        }
        try row.run(insertRecord)
        guard db.changesCount > 0 else {
            let kept = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM record WHERE dossier_sha256 = ? AND programme_sha256 = ? AND as_of = ?"),
                arguments: [row.dossierSHA256, row.programmeSHA256, row.asOf])
            guard let kept else { throw HistoryError.damaged("", reason: "record of \(row.file) neither stored nor found") }
            return .alreadyRecorded(id: kept)
        }
        let id = db.lastInsertedRowID
        if let partner = row.partnerID {
            try upsertPartner.run {
                $0.text(partner)
                $0.text(row.partnerName ?? "")
                $0.integer(Int(id))
                $0.text(row.asOf)
            }
        }
        return .recorded(id: id)
    }

    /// The `INSERT` of a record, every column but `id`, in the order `RecordRow.run(_:)` binds;
    /// it does nothing when the same dossier, programme and `asOf` are recorded already.
    private static let insertRecordSQL: String = {
        let columns = RecordRow.CodingKeys.allCases.filter { $0 != .id }.map(\.rawValue)
        return
            "INSERT INTO record (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
            + " ON CONFLICT (dossier_sha256, programme_sha256, as_of) DO NOTHING"
    }()
}
