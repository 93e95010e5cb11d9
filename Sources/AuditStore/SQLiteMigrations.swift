import GRDB

/// The numbered migrations of the SQLite history; PostgreSQL has the same numbers.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(MigrationID.records) { db in
            try db.create(table: "dossier") { table in
                table.primaryKey("sha256", .text)
                table.column("size", .integer).notNull()
                table.column("bytes", .blob).notNull()
            }
            try db.create(table: "partner") { table in
                table.primaryKey("id", .text)
                table.column("name", .text).notNull()
                table.column("latest_record_id", .integer)
                table.column("latest_as_of", .text)
            }
            try db.create(table: "record") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("partner_id", .text).references("partner")
                table.column("partner_name", .text)
                table.column("dossier_sha256", .text).notNull().references("dossier")
                table.column("dossier_size", .integer).notNull()
                table.column("file", .text).notNull()
                table.column("programme_id", .text).notNull()
                table.column("programme_sha256", .text).notNull()
                table.column("as_of", .text).notNull()
                table.column("recorded_at", .text).notNull()
                table.column("recorded_by", .text).notNull()
                table.column("tool_version", .text).notNull()
                table.column("valid", .boolean).notNull()
                table.column("applied_tier", .text)
                table.column("qualified_tier", .text)
                table.column("eligible", .boolean).notNull()
                table.column("holds_until", .text)
                table.column("lapsing_requirement", .text)
                table.column("attachments_json", .text).notNull()
                table.column("report_json", .text).notNull()
                table.uniqueKey(["dossier_sha256", "programme_sha256", "as_of"])
            }
            try db.create(index: "record_by_partner", on: "record", columns: ["partner_id", "as_of", "id"])
        }
        migrator.registerMigration(MigrationID.lookups) { db in
            try db.create(index: "record_by_as_of", on: "record", columns: ["as_of"])
            try db.create(index: "partner_by_latest_record", on: "partner", columns: ["latest_record_id"])
        }
        migrator.registerMigration(MigrationID.review) { db in
            try db.create(table: "manager") { table in
                table.primaryKey("name", .text)
                table.column("password_hash", .text).notNull()
                table.column("created_at", .text).notNull()
            }
            try db.create(table: "session") { table in
                table.primaryKey("token_sha256", .text)
                table.column("manager", .text).notNull().references("manager", onDelete: .cascade)
                table.column("csrf_token", .text).notNull()
                table.column("created_at", .text).notNull()
                table.column("expires_at", .text).notNull()
            }
            try db.create(index: "session_by_manager", on: "session", columns: ["manager"])
            try db.create(index: "session_by_expiry", on: "session", columns: ["expires_at"])
            try db.create(table: "application") { table in
                table.primaryKey("id", .text)
                table.column("record_id", .integer).notNull().references("record")
                table.column("tier", .text).notNull()
                table.column("receipt_sha256", .text).notNull()
                table.column("submitted_at", .text).notNull()
                table.column("status", .text).notNull().check(sql: ReviewSchema.statusCheck)
                table.column("decided_by", .text)
                table.column("decided_at", .text)
                table.column("comment", .text)
                table.check(sql: ReviewSchema.decisionCheck)
            }
            for (name, columns) in ReviewSchema.applicationIndexes {
                try db.create(index: name, on: "application", columns: columns)
            }
        }
        return migrator
    }
}

/// What both databases' migration `0003-review` share.
enum ReviewSchema {
    /// An application is pending, approved or rejected.
    static let statusCheck = "status IN ('pending', 'approved', 'rejected')"
    /// A pending application has no decision; a decided one has who decided, when and why.
    static let decisionCheck = """
        (status = 'pending' AND decided_by IS NULL AND decided_at IS NULL AND comment IS NULL)
        OR (status <> 'pending' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND comment IS NOT NULL)
        """
    /// The queue by status, oldest first; every application, oldest first; the applications on a record.
    static let applicationIndexes = [
        ("application_queue", ["status", "submitted_at", "id"]),
        ("application_by_submission", ["submitted_at", "id"]),
        ("application_by_record", ["record_id"]),
    ]
}

/// The migrations' identifiers, oldest first, shared by both databases.
enum MigrationID {
    static let records = "0001-records"
    static let lookups = "0002-lookup-indexes"
    static let review = "0003-review"
    static let all = [records, lookups, review]
}
