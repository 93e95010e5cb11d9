import AuditStore
import Foundation
import GRDB

/// Changes made to a store behind the tool's back, as a newer version or damage would.
enum StoreTampering {
    /// Marks the store as migrated by `identifier`, a migration this version does not know.
    static func addMigration(_ identifier: String, at location: StoreLocation) async throws {
        switch location {
        case .sqlite(let path):
            let queue = try DatabaseQueue(path: path)
            try await queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
            }
            try queue.close()
        case .postgres(let postgres):
            try await StoreKind.administer(postgres, "INSERT INTO partner_audit_migrations (identifier) VALUES ('\(identifier)')")
        }
    }

    /// Something that changes when the store does: the SQLite file's bytes with its WAL; for
    /// PostgreSQL, the migrations applied, the tables and the records.
    static func fingerprint(_ location: StoreLocation) async throws -> String {
        switch location {
        case .sqlite(let path):
            let wal = (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
            return (try Data(contentsOf: URL(fileURLWithPath: path)) + wal).base64EncodedString()
        case .postgres(let postgres):
            let statement = """
                SELECT (SELECT string_agg(identifier || applied_at::text, ',' ORDER BY identifier) FROM partner_audit_migrations)
                    || (SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public')
                    || (SELECT count(*)::text || max(id)::text FROM record)
                """
            return try await StoreKind.query(postgres, statement).joined()
        }
    }
}
