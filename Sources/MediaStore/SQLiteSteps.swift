import GRDB
import GRDBSQLite

// The store's hot paths step SQLite's C statements themselves (GRDB's cursors cost more a row);
// these keep its errors GRDB's own.

/// The error SQLite's result `code` stands for, with the connection's message, as GRDB reports it.
func sqliteError(_ code: Int32, _ connection: OpaquePointer?) -> DatabaseError {
    DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
}

/// Steps a query: true with a row ready to read, false when it has no more; any other result is thrown.
func nextRow(_ statement: OpaquePointer, _ connection: OpaquePointer?) throws -> Bool {
    switch sqlite3_step(statement) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    case let code: throw sqliteError(code, connection)
    }
}
