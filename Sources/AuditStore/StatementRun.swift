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

/// Binds a statement's parameters one after the other, each value copied by SQLite but
/// those bound `borrowing`, which SQLite reads where they lie when the statement runs.
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
    /// No copy (`SQLITE_STATIC`): SQLite reads the bytes where they lie when the statement runs.
    private static let borrowed: sqlite3_destructor_type? = nil
    /// Where empty text and blobs point: not null, which would bind NULL.
    private static var empty: UnsafeRawPointer { UnsafeRawPointer(bitPattern: 1)! }

    mutating func text(_ value: String?) {
        index += 1
        guard let value else { return check(sqlite3_bind_null(handle, index)) }
        check(value.withCString { text in sqlite3_bind_text(handle, index, text, Int32(value.utf8.count), Self.transient) })
    }

    /// Text bound where it lies, not copied: only for bytes that stay put until `run`
    /// returns (bind them inside their `withUTF8`, around the `run`).
    mutating func text(borrowing utf8: UnsafeBufferPointer<UInt8>) {
        index += 1
        let start = utf8.baseAddress.map(UnsafeRawPointer.init) ?? Self.empty
        let text = start.assumingMemoryBound(to: CChar.self)
        check(sqlite3_bind_text(handle, index, text, Int32(utf8.count), Self.borrowed))
    }

    /// A blob bound where it lies, not copied: only for bytes that stay put until `run`
    /// returns (bind them inside their `withUnsafeBytes`, around the `run`).
    mutating func blob(borrowing bytes: UnsafeRawBufferPointer) {
        index += 1
        // A null pointer would bind NULL, not an empty blob.
        check(sqlite3_bind_blob(handle, index, bytes.baseAddress ?? Self.empty, Int32(bytes.count), Self.borrowed))
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
