import Foundation
import GRDB
import MediaModel

/// One change of one field of a coding, or of a coder's genre or variable of an item: who changed
/// it, when, from what to what. `old` is nil for an insert, `new` for a removal.
///
/// The database keeps one row per change with every field it changed (`v4-audit`); the log is
/// read back one entry per field, as it was always printed.
public struct AuditEntry: Sendable, Equatable, Codable {
    /// UTC, ISO 8601 with milliseconds.
    public var at: String
    public var coder: String
    public var segment: Int64
    /// Nil for the item's genre, which belongs to the item rather than to one subject.
    public var subject: String?
    public var field: String
    public var old: String?
    public var new: String?
    /// The coding sheet and line the value came from, when `code import` wrote it.
    public var source: AuditSource?

    public init(at: String, coder: String, segment: Int64, subject: String?, field: String, old: String?, new: String?,
                source: AuditSource? = nil) {
        self.at = at
        self.coder = coder
        self.segment = segment
        self.subject = subject
        self.field = field
        self.old = old
        self.new = new
        self.source = source
    }
}

/// Where an imported value came from: the sheet's file name as given, the SHA-256 of its bytes
/// (hex; nil for a sheet built in code) and the line.
public struct AuditSource: Sendable, Equatable, Codable {
    public var file: String
    public var sha256: String?
    public var line: Int

    public init(file: String, sha256: String?, line: Int) {
        self.file = file
        self.sha256 = sha256
        self.line = line
    }
}

extension MonitoringDatabase {
    /// The audit log, oldest first, one entry per changed field; `since` is a local day of the mission's time zone.
    public func auditLog(coder: String? = nil, since: LocalDate? = nil) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let coder { conditions.append("a.coder = ?"); arguments += [coder] }
        if let since {
            // Entries are stamped in UTC; the day starts at local midnight. Without its `Z`, the
            // instant sorts before every stamp of the same second (those carry milliseconds).
            let midnight = UTCTimestamp.string(clock.utcSeconds(of: since, at: TimeOfDay(seconds: 0)!))
            conditions.append("a.at >= ?")
            arguments += [String(midnight.dropLast())]
        }
        return try read { db in
            try Self.auditEntries(db, where: conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments: arguments)
        }
    }

    /// Every stored change expanded into its fields, in the order they were written.
    static func auditEntries(_ db: Database, where whereClause: String = "", arguments: StatementArguments = []) throws -> [AuditEntry] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.at, a.coder, a.segmentID, a.subjectID, f.key,
                   json_extract(f.value, '$[0]'), json_extract(f.value, '$[1]'), i.file, i.sha256, a.line
            FROM audit a JOIN json_each(a.changes) f LEFT JOIN sheetImport i ON i.id = a.sheetImportID
            \(whereClause)
            ORDER BY a.id, f.id
            """, arguments: arguments)
        var entries: [AuditEntry] = []
        while let row = try rows.next() {
            let file: String? = row[7]
            let line: Int? = row[9]
            entries.append(AuditEntry(at: row[0], coder: row[1], segment: row[2], subject: row[3], field: row[4], old: row[5], new: row[6],
                                      source: file.flatMap { file in line.map { AuditSource(file: file, sha256: row[8], line: $0) } }))
        }
        return entries
    }
}
