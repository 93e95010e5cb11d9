import DossierModel
import Foundation
import Logging
import PostgresNIO

/// The history in a PostgreSQL database, shared by several servers and command lines.
/// Writers take one advisory lock per transaction, so concurrent batches never deadlock
/// on the partner rows they share.
public final class PostgresHistory: AuditHistory {
    public let location: PostgresLocation
    let client: PostgresClient
    private let running: Task<Void, Never>
    let logger = Logger(label: "partner-audit.history")

    /// How long opening the store may take before the server is deemed unreachable.
    public static let connectTimeout: Duration = .seconds(10)
    /// The advisory lock key that serialises migrations and writers ("PAUD").
    static let lockKey: Int64 = 0x5041_5544

    private init(location: PostgresLocation) {
        self.location = location
        var configuration: PostgresClient.Configuration
        if let socket = location.unixSocketPath {
            configuration = .init(unixSocketPath: socket, username: location.user, password: location.password, database: location.database)
        } else {
            configuration = .init(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: .disable)
        }
        configuration.options.connectTimeout = Self.connectTimeout
        configuration.options.maximumConnections = 4
        let client = PostgresClient(configuration: configuration)
        self.client = client
        running = Task { await client.run() }
    }

    /// Connects and brings the schema up to date; a database migrated by a newer version is refused.
    public static func open(_ location: PostgresLocation) async throws(HistoryError) -> PostgresHistory {
        let history = PostgresHistory(location: location)
        do {
            try await history.withTimeout { try await history.migrate() }
        } catch {
            await history.close()
            throw error
        }
        return history
    }

    // MARK: - AuditHistory

    public func record(_ recordings: [PreparedRecording]) async throws(HistoryError) -> [RecordingOutcome] {
        try await run {
            try await self.client.withTransaction(logger: self.logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: self.logger)
                var outcomes: [RecordingOutcome] = []
                for recording in recordings {
                    outcomes.append(try await Self.record(recording, on: connection, logger: self.logger))
                }
                return outcomes
            }
        }
    }

    public func records(ofPartner id: String) async throws(HistoryError) -> [AuditRecord] {
        try await fetch("SELECT \(unescaped: Self.columns) FROM record WHERE partner_id = \(id) ORDER BY as_of, id")
    }

    public func latestRecords(matching filter: PartnerFilter) async throws(HistoryError) -> [AuditRecord] {
        let notEligible = filter.notEligible
        let lapsing = filter.lapsingOnOrBefore?.description
        let query: PostgresQuery = """
            SELECT \(unescaped: Self.columns(of: "record")) FROM partner JOIN record ON record.id = partner.latest_record_id
            WHERE (\(filter.qualifiedTier)::text IS NULL OR record.qualified_tier = \(filter.qualifiedTier))
            AND (NOT \(notEligible) OR NOT record.eligible)
            AND (\(lapsing)::text IS NULL OR record.holds_until <= \(lapsing))
            ORDER BY partner.id
            """
        return try await fetch(query)
    }

    public func latestRecords(asOfOnOrBefore date: CalendarDate) async throws(HistoryError) -> [AuditRecord] {
        try await fetch(
            """
            SELECT \(unescaped: Self.columns) FROM (
                SELECT record.*, ROW_NUMBER() OVER (PARTITION BY partner_id ORDER BY as_of DESC, id DESC) AS position
                FROM record WHERE partner_id IS NOT NULL AND as_of <= \(date.description)
            ) AS latest WHERE position = 1 ORDER BY partner_id
            """)
    }

    public func dossierBytes(sha256: String) async throws(HistoryError) -> [UInt8]? {
        try await run {
            for try await bytes in try await self.client.query("SELECT bytes FROM dossier WHERE sha256 = \(sha256)", logger: self.logger)
                .decode(Data.self)
            {
                return [UInt8](bytes)
            }
            return nil
        }
    }

    public func close() async {
        running.cancel()
        await running.value
    }

    // MARK: - Migrations

    private func migrate() async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: self.logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS partner_audit_migrations (
                    identifier TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """, logger: self.logger)
            var applied: Set<String> = []
            for try await identifier in try await connection.query("SELECT identifier FROM partner_audit_migrations", logger: self.logger)
                .decode(String.self)
            {
                applied.insert(identifier)
            }
            let unknown = applied.subtracting(MigrationID.all)
            if !unknown.isEmpty {
                throw HistoryError.newerSchema(self.location.description, unknownMigrations: unknown.sorted())
            }
            for (identifier, statements) in PostgresMigrations.all where !applied.contains(identifier) {
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                }
                try await connection.query("INSERT INTO partner_audit_migrations (identifier) VALUES (\(identifier))", logger: self.logger)
            }
        }
    }

    // MARK: - Parts

    /// The columns of `record` in the order `RecordRow.init(postgres:)` decodes them.
    static let columns = columns(of: nil)

    static func columns(of table: String?) -> String {
        RecordRow.CodingKeys.allCases.map { (table.map { $0 + "." } ?? "") + $0.rawValue }.joined(separator: ", ")
    }

    static func record(_ recording: PreparedRecording, on connection: PostgresConnection, logger: Logger) async throws -> RecordingOutcome {
        let row = recording.row
        for try await id in try await connection.query(
            """
            SELECT id FROM record
            WHERE dossier_sha256 = \(row.dossierSHA256) AND programme_sha256 = \(row.programmeSHA256) AND as_of = \(row.asOf)
            """, logger: logger
        ).decode(Int64.self) {
            return .alreadyRecorded(id: id)
        }
        try await connection.query(
            """
            INSERT INTO dossier (sha256, size, bytes)
            VALUES (\(row.dossierSHA256), \(Int64(row.dossierSize)), \(Data(recording.dossierBytes)))
            ON CONFLICT (sha256) DO NOTHING
            """, logger: logger)
        if let partner = row.partnerID {
            try await connection.query(
                "INSERT INTO partner (id, name) VALUES (\(partner), \(row.partnerName ?? "")) ON CONFLICT (id) DO NOTHING", logger: logger)
        }
        var inserted: Int64?
        for try await id in try await connection.query(
            """
            INSERT INTO record (partner_id, partner_name, dossier_sha256, dossier_size, file, programme_id, programme_sha256,
                as_of, recorded_at, recorded_by, tool_version, valid, applied_tier, qualified_tier, eligible, holds_until,
                lapsing_requirement, attachments_json, report_json)
            VALUES (\(row.partnerID), \(row.partnerName), \(row.dossierSHA256), \(Int64(row.dossierSize)), \(row.file),
                \(row.programmeID), \(row.programmeSHA256), \(row.asOf), \(row.recordedAt), \(row.recordedBy), \(row.toolVersion),
                \(row.valid), \(row.appliedTier), \(row.qualifiedTier), \(row.eligible), \(row.holdsUntil),
                \(row.lapsingRequirement), \(row.attachmentsJSON), \(row.reportJSON))
            RETURNING id
            """, logger: logger
        ).decode(Int64.self) {
            inserted = id
        }
        guard let id = inserted else { throw HistoryError.failed("", reason: "no id given to a new record") }
        if let partner = row.partnerID {
            try await connection.query(
                """
                UPDATE partner SET name = \(row.partnerName ?? ""), latest_record_id = \(id), latest_as_of = \(row.asOf)
                WHERE id = \(partner) AND (latest_as_of IS NULL OR latest_as_of <= \(row.asOf))
                """, logger: logger)
        }
        return .recorded(id: id)
    }

    func fetch(_ query: PostgresQuery) async throws(HistoryError) -> [AuditRecord] {
        try await run {
            var records: [AuditRecord] = []
            for try await row in try await self.client.query(query, logger: self.logger) {
                records.append(try RecordRow(postgres: row).record())
            }
            return records
        }
    }

    /// Runs `body`, giving up when the server does not answer within the connect timeout.
    private func withTimeout<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws(HistoryError) -> T {
        try await run {
            try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await body() }
                group.addTask {
                    try await Task.sleep(for: Self.connectTimeout + .seconds(5))
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let value = first else {
                    throw HistoryError.cannotOpen(self.location.description, reason: "no answer within \(Self.connectTimeout)")
                }
                return value
            }
        }
    }

    /// Runs `body`, turning database errors into history errors.
    func run<T>(_ body: () async throws -> T) async throws(HistoryError) -> T {
        do {
            return try await body()
        } catch {
            throw failure(error)
        }
    }

    private func failure(_ error: any Error) -> HistoryError {
        if let transaction = error as? PostgresTransactionError,
            let cause = transaction.closureError ?? transaction.beginError ?? transaction.commitError ?? transaction.rollbackError
        {
            return failure(cause)
        }
        let name = location.description
        switch error as? HistoryError {
        case .damaged("", let reason): return .damaged(name, reason: reason)
        case .failed("", let reason): return .failed(name, reason: reason)
        case let error?: return error
        case nil: break
        }
        guard let error = error as? PSQLError else { return .failed(name, reason: "\(error)") }
        if let message = error.serverInfo?[.message] {
            return .failed(name, reason: message)
        }
        return .cannotOpen(name, reason: error.underlying.map { "\($0)" } ?? "\(error.code)")
    }
}

extension RecordRow {
    /// The row as `SELECT PostgresHistory.columns` gives it.
    init(postgres row: PostgresRow) throws {
        let (
            id, partnerID, partnerName, sha256, size, file, programmeID, programmeSHA256, asOf, recordedAt, recordedBy, toolVersion,
            valid, appliedTier, qualifiedTier, eligible, holdsUntil, lapsingRequirement, attachmentsJSON, reportJSON
        ) = try row.decode(
            (
                Int64, String?, String?, String, Int64, String, String, String, String, String, String, String,
                Bool, String?, String?, Bool, String?, String?, String, String
            ).self)
        self.init(
            id: id, partnerID: partnerID, partnerName: partnerName, dossierSHA256: sha256, dossierSize: Int(size), file: file,
            programmeID: programmeID, programmeSHA256: programmeSHA256, asOf: asOf, recordedAt: recordedAt, recordedBy: recordedBy,
            toolVersion: toolVersion, valid: valid, appliedTier: appliedTier, qualifiedTier: qualifiedTier, eligible: eligible,
            holdsUntil: holdsUntil, lapsingRequirement: lapsingRequirement, attachmentsJSON: attachmentsJSON, reportJSON: reportJSON)
    }
}
