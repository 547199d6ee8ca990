import Foundation
import GRDB

/// Errors of the disk rather than of the input, recognised wherever they come from (SQLite,
/// Foundation's file writes), so that commands can say "the disk is full" instead of
/// "SQLite error 13" or a raw Cocoa error.
public enum StorageErrors {
    /// Whether `error` means the disk (or the file system's quota) is full.
    public static func isDiskFull(_ error: Error) -> Bool {
        if let error = error as? DatabaseError {
            return error.resultCode == .SQLITE_FULL || error.extendedResultCode.primaryResultCode == .SQLITE_FULL
        }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain, ns.code == Int(ENOSPC) || ns.code == Int(EDQUOT) { return true }
        if ns.domain == NSCocoaErrorDomain, ns.code == CocoaError.fileWriteOutOfSpace.rawValue { return true }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? Error { return isDiskFull(underlying) }
        return false
    }

    /// Removes what a failed write left behind: the file and SQLite's side files.
    public static func removePartial(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
