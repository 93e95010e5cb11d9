import GRDB
import Testing

@testable import AuditStore

/// Statements run with their parameters bound straight to SQLite.
@Suite struct StatementRunTests {
    @Test func valuesAreStoredAsBound() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (text TEXT, none TEXT, bytes BLOB NOT NULL, number INTEGER, flag BOOLEAN)")
            try db.cachedStatement(sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?)").run {
                $0.text("кириллица, \"quotes\" and a tab\t")
                $0.text(nil)
                $0.blob([])
                $0.integer(-42)
                $0.bool(true)
            }
            let row = try Row.fetchOne(db, sql: "SELECT text, none, typeof(bytes), length(bytes), number, flag FROM t")!
            #expect(row[0] as String == "кириллица, \"quotes\" and a tab\t")
            #expect(row[1] as String? == nil)
            #expect(row[2] as String == "blob")
            #expect(row[3] as Int == 0)
            #expect(row[4] as Int == -42)
            #expect(row[5] as Bool == true)
        }
    }

    @Test func aRefusedBindingRunsNothingAndThrows() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (number INTEGER)")
            #expect(throws: DatabaseError.self) {
                try db.cachedStatement(sql: "INSERT INTO t VALUES (?)").run {
                    $0.integer(1)
                    $0.integer(2)
                }
            }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 0)
        }
    }

    @Test func aFailedStepThrowsSQLitesErrorAndTheStatementRunsAgain() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (number INTEGER NOT NULL)")
            let insert = "INSERT INTO t VALUES (?)"
            let error = #expect(throws: DatabaseError.self) { try db.cachedStatement(sql: insert).run { $0.text(nil) } }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(error?.message?.contains("NOT NULL") == true)
            try db.cachedStatement(sql: insert).run { $0.integer(7) }
            #expect(try Int.fetchAll(db, sql: "SELECT number FROM t") == [7])
        }
    }
}
