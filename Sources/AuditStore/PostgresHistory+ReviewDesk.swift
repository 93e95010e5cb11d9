import DossierModel
import Foundation
import Logging
import PostgresNIO

extension PostgresHistory: ReviewDesk {
    // MARK: - Managers

    public func addManager(named name: String, passwordHash: String, at date: Date) async throws(HistoryError) -> Bool {
        let row = ManagerRow(Manager(name: name, passwordHash: passwordHash, createdAt: date))
        return try await !rows(
            """
            INSERT INTO manager (name, password_hash, created_at) VALUES (\(row.name), \(row.passwordHash), \(row.createdAt))
            ON CONFLICT (name) DO NOTHING RETURNING name
            """
        ) { _ in () }.isEmpty
    }

    public func manager(named name: String) async throws(HistoryError) -> Manager? {
        try await rows("SELECT \(unescaped: Self.managerColumns) FROM manager WHERE name = \(name)") {
            try ManagerRow(postgres: $0).manager()
        }.first
    }

    public func managers() async throws(HistoryError) -> [Manager] {
        try await rows("SELECT \(unescaped: Self.managerColumns) FROM manager ORDER BY name") { try ManagerRow(postgres: $0).manager() }
    }

    public func removeManager(named name: String) async throws(HistoryError) -> Bool {
        // The foreign key ends their sessions; decisions keep the name as text.
        try await !rows("DELETE FROM manager WHERE name = \(name) RETURNING name") { _ in () }.isEmpty
    }

    // MARK: - Sessions

    public func startSession(_ session: ManagerSession) async throws(HistoryError) {
        let row = SessionRow(session)
        try await run {
            try await self.client.withTransaction(logger: self.logger) { connection in
                // Sessions expired by now are of no use to anyone: cleared whenever a new one starts.
                try await connection.query("DELETE FROM session WHERE expires_at <= \(row.createdAt)", logger: self.logger)
                try await connection.query(
                    """
                    INSERT INTO session (token_sha256, manager, csrf_token, created_at, expires_at)
                    VALUES (\(row.tokenSHA256), \(row.manager), \(row.csrfToken), \(row.createdAt), \(row.expiresAt))
                    """, logger: self.logger)
            }
        }
    }

    public func session(tokenSHA256: String, at date: Date) async throws(HistoryError) -> ManagerSession? {
        try await rows(
            """
            SELECT \(unescaped: SessionRow.CodingKeys.selection(of: "session")) FROM session
            JOIN manager ON manager.name = session.manager
            WHERE session.token_sha256 = \(tokenSHA256) AND session.expires_at > \(StoredTime.text(date))
            """
        ) { try SessionRow(postgres: $0).session() }.first
    }

    public func endSession(tokenSHA256: String) async throws(HistoryError) {
        _ = try await rows("DELETE FROM session WHERE token_sha256 = \(tokenSHA256) RETURNING token_sha256") { _ in () }
    }

    // MARK: - Applications

    public func submit(_ application: NewApplication, recording: Recording) async throws(HistoryError) -> Application {
        try await run {
            try await self.client.withTransaction(logger: self.logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: self.logger)
                let outcome = try await Self.record(PreparedRecording(recording), on: connection, logger: self.logger)
                let row = ApplicationRow(application, recordID: outcome.id)
                try await connection.query(
                    """
                    INSERT INTO application (id, record_id, tier, receipt_sha256, submitted_at, status)
                    VALUES (\(row.id), \(row.recordID), \(row.tier), \(row.receiptSHA256), \(row.submittedAt), \(row.status))
                    """, logger: self.logger)
                let filed = try await Self.applications(
                    "\(unescaped: Self.applicationSelection) WHERE application.id = \(row.id)", on: connection, logger: self.logger)
                guard let filed = filed.first else {
                    throw HistoryError.failed("", reason: "application \(row.id) not found after filing it")
                }
                return filed
            }
        }
    }

    public func application(id: String) async throws(HistoryError) -> Application? {
        try await applications("\(unescaped: Self.applicationSelection) WHERE application.id = \(id)").first
    }

    public func applications(status: ApplicationStatus?, page: PageRequest) async throws(HistoryError) -> Page<Application> {
        let (limit, offset) = (Int64(max(0, page.limit)), Int64(max(0, page.offset)))
        let order = "ORDER BY application.submitted_at, application.id"
        return try await snapshot { connection in
            if let status = status?.rawValue {
                let total = try await Self.count(
                    "SELECT COUNT(*) FROM application WHERE status = \(status)", on: connection, logger: self.logger)
                let items = try await Self.applications(
                    """
                    \(unescaped: Self.applicationSelection) WHERE application.status = \(status)
                    \(unescaped: order) LIMIT \(limit) OFFSET \(offset)
                    """, on: connection, logger: self.logger)
                return Page(items: items, total: total)
            }
            let total = try await Self.count("SELECT COUNT(*) FROM application", on: connection, logger: self.logger)
            let items = try await Self.applications(
                "\(unescaped: Self.applicationSelection) \(unescaped: order) LIMIT \(limit) OFFSET \(offset)", on: connection,
                logger: self.logger)
            return Page(items: items, total: total)
        }
    }

    public func decide(applicationID id: String, _ decision: Decision) async throws(HistoryError) -> DecisionOutcome {
        guard decision.status != .pending else {
            throw .failed(location.description, reason: "a decision approves or rejects an application")
        }
        // Of two servers deciding at once, PostgreSQL makes the second UPDATE wait for the first
        // and then re-check `status = 'pending'` on the row as the first left it: it changes nothing.
        let decided = try await !rows(
            """
            UPDATE application SET status = \(decision.status.rawValue), decided_by = \(decision.manager),
                decided_at = \(StoredTime.text(decision.decidedAt)), comment = \(decision.comment)
            WHERE id = \(id) AND status = 'pending' RETURNING id
            """
        ) { _ in () }.isEmpty
        guard let application = try await application(id: id) else { return .notFound }
        return decided ? .decided(application) : .alreadyDecided(application)
    }

    // MARK: - Board

    public func latestRecords(matching filter: PartnerFilter, page: PageRequest) async throws(HistoryError) -> Page<AuditRecord> {
        let (limit, offset) = (Int64(max(0, page.limit)), Int64(max(0, page.offset)))
        let tier = filter.qualifiedTier
        let notEligible = filter.notEligible
        let lapsing = filter.lapsingOnOrBefore?.description
        return try await snapshot { connection in
            let total = try await Self.count(
                """
                SELECT COUNT(*) FROM partner JOIN record ON record.id = partner.latest_record_id
                WHERE (\(tier)::text IS NULL OR record.qualified_tier = \(tier)) AND (NOT \(notEligible) OR NOT record.eligible)
                AND (\(lapsing)::text IS NULL OR record.holds_until <= \(lapsing))
                """, on: connection, logger: self.logger)
            var items: [AuditRecord] = []
            for try await row in try await connection.query(
                """
                SELECT \(unescaped: RecordRow.CodingKeys.selection(of: "record"))
                FROM partner JOIN record ON record.id = partner.latest_record_id
                WHERE (\(tier)::text IS NULL OR record.qualified_tier = \(tier)) AND (NOT \(notEligible) OR NOT record.eligible)
                AND (\(lapsing)::text IS NULL OR record.holds_until <= \(lapsing))
                ORDER BY partner.id LIMIT \(limit) OFFSET \(offset)
                """, logger: self.logger)
            {
                items.append(try RecordRow(postgres: row).record())
            }
            return Page(items: items, total: total)
        }
    }

    public func qualifiedTierCounts() async throws(HistoryError) -> [String?: Int] {
        let counts = try await rows(
            """
            SELECT record.qualified_tier, COUNT(*) FROM partner JOIN record ON record.id = partner.latest_record_id
            GROUP BY record.qualified_tier
            """
        ) { row in
            let (tier, count) = try row.decode((String?, Int64).self)
            return (tier, Int(count))
        }
        return Dictionary(uniqueKeysWithValues: counts)
    }

    public func record(id: Int64) async throws(HistoryError) -> AuditRecord? {
        try await fetch("SELECT \(unescaped: Self.columns) FROM record WHERE id = \(id)").first
    }

    // MARK: - Parts

    private static let managerColumns = ManagerRow.CodingKeys.selection(of: "manager")

    /// An application's record's columns (as `RecordRow(postgres:)` reads them), then its own.
    private static let applicationSelection = """
        SELECT \(RecordRow.CodingKeys.selection(of: "record")), \(ApplicationRow.CodingKeys.selection(of: "application"))
        FROM application JOIN record ON record.id = application.record_id
        """

    /// Each row of `query`, as `read` makes it.
    private func rows<T>(_ query: PostgresQuery, _ read: (PostgresRow) throws -> T) async throws(HistoryError) -> [T] {
        try await run {
            var items: [T] = []
            for try await row in try await self.client.query(query, logger: self.logger) { items.append(try read(row)) }
            return items
        }
    }

    /// The applications, each with its record, that `query` (beginning with `applicationSelection`) selects.
    private func applications(_ query: PostgresQuery) async throws(HistoryError) -> [Application] {
        try await run {
            try await self.client.withConnection { connection in try await Self.applications(query, on: connection, logger: self.logger) }
        }
    }

    private static func applications(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger) async throws
        -> [Application]
    {
        var items: [Application] = []
        for try await row in try await connection.query(query, logger: logger) {
            let record = try RecordRow(postgres: row).record()
            items.append(try ApplicationRow(postgres: row, from: RecordRow.CodingKeys.allCases.count).application(record: record))
        }
        return items
    }

    private static func count(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        for try await count in try await connection.query(query, logger: logger).decode(Int64.self) { return Int(count) }
        return 0
    }

    /// Runs `body` in a read-only transaction that sees one snapshot, so that a page and its total agree.
    private func snapshot<T>(_ body: (PostgresConnection) async throws -> T) async throws(HistoryError) -> T {
        try await run {
            try await self.client.withTransaction(logger: self.logger) { connection in
                try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: self.logger)
                return try await body(connection)
            }
        }
    }
}

// MARK: - Rows

extension ManagerRow {
    /// The row as `SELECT` of its coding keys' columns gives it.
    init(postgres row: PostgresRow) throws {
        let (name, passwordHash, createdAt) = try row.decode((String, String, String).self)
        self.init(name: name, passwordHash: passwordHash, createdAt: createdAt)
    }
}

extension SessionRow {
    /// The row as `SELECT` of its coding keys' columns gives it.
    init(postgres row: PostgresRow) throws {
        let (tokenSHA256, manager, csrfToken, createdAt, expiresAt) = try row.decode((String, String, String, String, String).self)
        self.init(tokenSHA256: tokenSHA256, manager: manager, csrfToken: csrfToken, createdAt: createdAt, expiresAt: expiresAt)
    }
}

extension ApplicationRow {
    /// The row from the columns of `row` starting at `start`, in the order of its coding keys.
    init(postgres row: PostgresRow, from start: Int) throws {
        let cells = row.makeRandomAccess()
        try self.init(
            id: cells[start].decode(String.self), recordID: cells[start + 1].decode(Int64.self),
            tier: cells[start + 2].decode(String.self), receiptSHA256: cells[start + 3].decode(String.self),
            submittedAt: cells[start + 4].decode(String.self), status: cells[start + 5].decode(String.self),
            decidedBy: cells[start + 6].decode(String?.self), decidedAt: cells[start + 7].decode(String?.self),
            comment: cells[start + 8].decode(String?.self))
    }
}
