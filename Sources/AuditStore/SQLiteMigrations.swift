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
        return migrator
    }
}

/// The migrations' identifiers, oldest first, shared by both databases.
enum MigrationID {
    static let records = "0001-records"
    static let lookups = "0002-lookup-indexes"
    static let all = [records, lookups]
}
