import Foundation
import GRDB
import Testing

@testable import AuditStore

/// Statements run with their parameters bound straight to SQLite.
@Suite struct StatementRunTests {
    @Test func valuesAreStoredAsBound() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (text TEXT, none TEXT, number INTEGER, flag BOOLEAN)")
            try db.cachedStatement(sql: "INSERT INTO t VALUES (?, ?, ?, ?)").run {
                $0.text("кириллица, \"quotes\" and a tab\t")
                $0.text(nil)
                $0.integer(-42)
                $0.bool(true)
            }
            let row = try Row.fetchOne(db, sql: "SELECT text, none, number, flag FROM t")!
            #expect(row[0] as String == "кириллица, \"quotes\" and a tab\t")
            #expect(row[1] as String? == nil)
            #expect(row[2] as Int == -42)
            #expect(row[3] as Bool == true)
        }
    }

    @Test(arguments: [("", []), ("кириллица, \"quotes\"", [0, 0xFF, 0x41])] as [(String, [UInt8])])
    func bytesBoundWhereTheyLieAreStoredAsTheyWere(_ text: String, _ bytes: [UInt8]) throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (text TEXT NOT NULL, bytes BLOB NOT NULL)")
            var text = text
            try text.withUTF8 { utf8 in
                try bytes.withUnsafeBytes { raw in
                    try db.cachedStatement(sql: "INSERT INTO t VALUES (?, ?)").run {
                        $0.text(borrowing: utf8)
                        $0.blob(borrowing: raw)
                    }
                }
            }
            let row = try Row.fetchOne(db, sql: "SELECT text, typeof(bytes), bytes FROM t")!
            #expect(row[0] as String == text)
            #expect(row[1] as String == "blob")
            #expect([UInt8](row[2] as Data) == bytes)
        }
    }

    @Test func emptyTextBoundWhereItLiesIsEmptyNotNull() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (text TEXT NOT NULL)")
            try db.cachedStatement(sql: "INSERT INTO t VALUES (?)").run { $0.text(borrowing: UnsafeBufferPointer(start: nil, count: 0)) }
            #expect(try String.fetchOne(db, sql: "SELECT text FROM t") == "")
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
