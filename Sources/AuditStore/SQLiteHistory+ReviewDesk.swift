import DossierModel
import Foundation
import GRDB

extension SQLiteHistory: ReviewDesk {
    // MARK: - Managers

    public func addManager(named name: String, passwordHash: String, at date: Date) async throws(HistoryError) -> Bool {
        let row = ManagerRow(Manager(name: name, passwordHash: passwordHash, createdAt: date))
        return try await run {
            try await self.pool.write { db in
                try row.insert(db, onConflict: .ignore)
                return db.changesCount > 0
            }
        }
    }

    public func manager(named name: String) async throws(HistoryError) -> Manager? {
        try await run {
            try await self.pool.read { db in try ManagerRow.fetchOne(db, key: name) }?.manager()
        }
    }

    public func managers() async throws(HistoryError) -> [Manager] {
        try await run {
            try await self.pool.read { db in try ManagerRow.fetchAll(db, sql: "SELECT * FROM manager ORDER BY name") }.map {
                try $0.manager()
            }
        }
    }

    public func removeManager(named name: String) async throws(HistoryError) -> Bool {
        try await run {
            // The foreign key ends their sessions; decisions keep the name as text.
            try await self.pool.write { db in try ManagerRow.deleteOne(db, key: name) }
        }
    }

    // MARK: - Sessions

    public func startSession(_ session: ManagerSession) async throws(HistoryError) {
        let row = SessionRow(session)
        try await run {
            try await self.pool.write { db in
                // Sessions expired by now are of no use to anyone: cleared whenever a new one starts.
                try db.execute(sql: "DELETE FROM session WHERE expires_at <= ?", arguments: [row.createdAt])
                try row.insert(db)
            }
        }
    }

    public func session(tokenSHA256: String, at date: Date) async throws(HistoryError) -> ManagerSession? {
        try await run {
            try await self.pool.read { db in
                try SessionRow.fetchOne(
                    db,
                    sql: """
                        SELECT \(SessionRow.CodingKeys.selection(of: "session")) FROM session
                        JOIN manager ON manager.name = session.manager
                        WHERE session.token_sha256 = ? AND session.expires_at > ?
                        """, arguments: [tokenSHA256, StoredTime.text(date)])
            }?.session()
        }
    }

    public func endSession(tokenSHA256: String) async throws(HistoryError) {
        try await run {
            _ = try await self.pool.write { db in try SessionRow.deleteOne(db, key: tokenSHA256) }
        }
    }

    // MARK: - Applications

    public func submit(_ application: NewApplication, recording: Recording) async throws(HistoryError) -> Application {
        try await run {
            try await self.pool.write { db in
                let outcome = try RecordingStatements(db).record(PreparedRecording(recording))
                try ApplicationRow(application, recordID: outcome.id).insert(db)
                guard let filed = try Self.applications(where: "application.id = ?", [application.id], in: db).first else {
                    throw HistoryError.failed("", reason: "application \(application.id) not found after filing it")
                }
                return filed
            }
        }
    }

    public func application(id: String) async throws(HistoryError) -> Application? {
        try await run {
            try await self.pool.read { db in try Self.applications(where: "application.id = ?", [id], in: db).first }
        }
    }

    public func applications(status: ApplicationStatus?, page: PageRequest) async throws(HistoryError) -> Page<Application> {
        let condition = status == nil ? "1" : "application.status = ?"
        let arguments: StatementArguments = status.map { [$0.rawValue] } ?? []
        return try await run {
            try await self.pool.read { db in
                let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application WHERE \(condition)", arguments: arguments) ?? 0
                let items = try Self.applications(
                    where: "\(condition) ORDER BY application.submitted_at, application.id LIMIT ? OFFSET ?",
                    arguments + [max(0, page.limit), max(0, page.offset)], in: db)
                return Page(items: items, total: total)
            }
        }
    }

    public func decide(applicationID id: String, _ decision: Decision) async throws(HistoryError) -> DecisionOutcome {
        guard decision.status != .pending else { throw .failed(path, reason: "a decision approves or rejects an application") }
        return try await run {
            try await self.pool.write { db in
                try db.execute(
                    sql: """
                        UPDATE application SET status = ?, decided_by = ?, decided_at = ?, comment = ?
                        WHERE id = ? AND status = 'pending'
                        """,
                    arguments: [decision.status.rawValue, decision.manager, StoredTime.text(decision.decidedAt), decision.comment, id])
                let decided = db.changesCount > 0
                guard let application = try Self.applications(where: "application.id = ?", [id], in: db).first else { return .notFound }
                return decided ? .decided(application) : .alreadyDecided(application)
            }
        }
    }

    // MARK: - Board

    public func latestRecords(matching filter: PartnerFilter, page: PageRequest) async throws(HistoryError) -> Page<AuditRecord> {
        let (condition, arguments) = Self.condition(filter)
        let from = "FROM partner JOIN record ON record.id = partner.latest_record_id WHERE \(condition)"
        return try await run {
            try await self.pool.read { db in
                let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(from)", arguments: arguments) ?? 0
                let rows = try RecordRow.fetchAll(
                    db, sql: "SELECT record.* \(from) ORDER BY partner.id LIMIT ? OFFSET ?",
                    arguments: arguments + [max(0, page.limit), max(0, page.offset)])
                return Page(items: try rows.map { try $0.record() }, total: total)
            }
        }
    }

    public func qualifiedTierCounts() async throws(HistoryError) -> [String?: Int] {
        try await run {
            try await self.pool.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT record.qualified_tier, COUNT(*) FROM partner JOIN record ON record.id = partner.latest_record_id
                        GROUP BY record.qualified_tier
                        """)
                return Dictionary(uniqueKeysWithValues: rows.map { row in (row[0] as String?, row[1] as Int) })
            }
        }
    }

    public func record(id: Int64) async throws(HistoryError) -> AuditRecord? {
        try await run {
            try await self.pool.read { db in
                try RecordRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM record WHERE id = ?"), arguments: [id])
            }?.record()
        }
    }

    // MARK: - Parts

    /// The applications `clause` (a condition, then perhaps an order and a limit) selects, each with its record.
    private static func applications(where clause: String, _ arguments: StatementArguments, in db: Database) throws -> [Application] {
        let width = ApplicationRow.CodingKeys.allCases.count
        let adapter = ScopeAdapter(["application": RangeRowAdapter(0..<width), "record": SuffixRowAdapter(fromIndex: width)])
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(ApplicationRow.CodingKeys.selection(of: "application")), \(RecordRow.CodingKeys.selection(of: "record"))
                FROM application JOIN record ON record.id = application.record_id WHERE \(clause)
                """, arguments: arguments, adapter: adapter)
        return try rows.map { row in
            guard let application = row.scopes["application"], let record = row.scopes["record"] else {
                throw HistoryError.failed("", reason: "an application read without its record")
            }
            return try ApplicationRow(row: application).application(record: try RecordRow(row: record).record())
        }
    }

    /// The SQL condition on a partner's latest `record` that `filter` sets, with its arguments.
    static func condition(_ filter: PartnerFilter) -> (String, StatementArguments) {
        var conditions = ["1"]
        var arguments: StatementArguments = []
        if let tier = filter.qualifiedTier {
            conditions.append("record.qualified_tier = ?")
            arguments += [tier]
        }
        if filter.notEligible { conditions.append("NOT record.eligible") }
        if let date = filter.lapsingOnOrBefore {
            conditions.append("record.holds_until <= ?")
            arguments += [date.description]
        }
        return (conditions.joined(separator: " AND "), arguments)
    }
}

// MARK: - Rows

extension ManagerRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "manager"
}

extension SessionRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "session"
}

extension ApplicationRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "application"
}
