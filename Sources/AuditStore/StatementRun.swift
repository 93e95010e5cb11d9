import GRDB
import GRDBSQLite

extension Statement {
    /// Runs this statement once, its parameters bound in order by `bind`, straight to
    /// SQLite. `execute(arguments:)` boxes every value in `StatementArguments` first,
    /// which cost a batch's writer more than a record's `INSERT` itself; this is for the
    /// statements it runs for every record, and only for them (GRDB's own bindings of
    /// the statement are left unset).
    func run(_ bind: (inout ParameterBinder) -> Void) throws {
        let handle = sqliteStatement
        sqlite3_reset(handle)
        var binder = ParameterBinder(handle: handle)
        bind(&binder)
        let code = binder.failure ?? sqlite3_step(handle)
        let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        if let message {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
    }
}

/// Binds a statement's parameters one after the other, each value copied by SQLite.
struct ParameterBinder {
    fileprivate let handle: SQLiteStatement
    private var index: Int32 = 0
    /// The code of the first binding SQLite refused (the statement is then not run).
    fileprivate private(set) var failure: Int32?

    fileprivate init(handle: SQLiteStatement) {
        self.handle = handle
    }

    /// The copy SQLite makes of text and blobs, so nothing needs to outlive the binding.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func text(_ value: String?) {
        index += 1
        guard let value else { return check(sqlite3_bind_null(handle, index)) }
        check(value.withCString { text in sqlite3_bind_text(handle, index, text, Int32(value.utf8.count), Self.transient) })
    }

    mutating func blob(_ bytes: [UInt8]) {
        index += 1
        // A null pointer would bind NULL, not an empty blob.
        check(
            bytes.withUnsafeBytes { raw in
                sqlite3_bind_blob(handle, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count), Self.transient)
            })
    }

    mutating func integer(_ value: Int) {
        index += 1
        check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    mutating func bool(_ value: Bool) {
        integer(value ? 1 : 0)
    }

    private mutating func check(_ code: Int32) {
        if code != SQLITE_OK, failure == nil { failure = code }
    }
}
