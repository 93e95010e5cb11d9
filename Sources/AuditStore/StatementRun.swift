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
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: sql)
        }
    }
}

/// Binds a statement's parameters one after the other, each value copied by SQLite.
struct ParameterBinder {
    fileprivate let handle: SQLiteStatement
    private var index: Int32 = 0

    fileprivate init(handle: SQLiteStatement) {
        self.handle = handle
    }

    /// The copy SQLite makes of text and blobs, so nothing needs to outlive the binding.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func text(_ value: String?) {
        index += 1
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withCString { text in _ = sqlite3_bind_text(handle, index, text, Int32(value.utf8.count), Self.transient) }
    }

    mutating func blob(_ bytes: [UInt8]) {
        index += 1
        bytes.withUnsafeBytes { raw in
            _ = sqlite3_bind_blob(handle, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count), Self.transient)
        }
    }

    mutating func integer(_ value: Int) {
        index += 1
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    mutating func bool(_ value: Bool) {
        integer(value ? 1 : 0)
    }
}
