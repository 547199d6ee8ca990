import Foundation
import GRDB
import MediaModel

/// One change to a coding or to a coder's genre of an item: who changed which field, when,
/// from what to what. `old` is nil for an insert, `new` for a removal.
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

    public init(at: String, coder: String, segment: Int64, subject: String?, field: String, old: String?, new: String?) {
        self.at = at
        self.coder = coder
        self.segment = segment
        self.subject = subject
        self.field = field
        self.old = old
        self.new = new
    }
}

extension MonitoringDatabase {
    /// The audit log, oldest first; `since` is a local day of the mission's time zone.
    public func auditLog(coder: String? = nil, since: LocalDate? = nil) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let coder { conditions.append("coder = ?"); arguments += [coder] }
        if let since {
            // Entries are stamped in UTC; the day starts at local midnight. Without its `Z`, the
            // instant sorts before every stamp of the same second (those carry milliseconds).
            let midnight = UTCTimestamp.string(clock.utcSeconds(of: since, at: TimeOfDay(seconds: 0)!))
            conditions.append("at >= ?")
            arguments += [String(midnight.dropLast())]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit \(whereClause) ORDER BY id", arguments: arguments).map {
                AuditEntry(at: $0["at"], coder: $0["coder"], segment: $0["segmentID"], subject: $0["subjectID"],
                           field: $0["field"], old: $0["old"], new: $0["new"])
            }
        }
    }
}
