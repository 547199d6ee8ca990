import Foundation
import GRDB
import MediaModel

/// A programme as stored, times in UTC seconds.
public struct StoredProgramme: Sendable, Equatable {
    public var id: Int64
    public var outlet: String
    public var start: Int
    public var end: Int
    public var title: String
    public var category: String?
    public var description: String?
}

extension MonitoringDatabase {
    /// Stores every programme a source reads, in one transaction: on any error nothing of the
    /// file is kept. Programmes already stored (same outlet, start and title) are counted as
    /// duplicates and not added again, so importing a file twice adds nothing.
    public func importProgrammes(from source: some ProgrammeSource) throws -> FileImport {
        try write { db in
            // One prepared statement for the whole file; the unique content key makes re-imports no-ops.
            let insert = try db.makeStatement(sql: """
                INSERT INTO programme (outletID, startUTC, endUTC, title, category, description, source, contentKey)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(contentKey) DO NOTHING
                """)
            var result = FileImport(file: source.file, kind: "programmes")
            let known = Set(codebook.outlets.map(\.id))
            result.notes = try source.read { p in
                guard known.contains(p.outlet) else {
                    throw InputError(file: source.file, line: p.line, field: "outlet", "unknown outlet \"\(p.outlet)\"")
                }
                let start = UTCTimestamp.fast(p.start)
                try insert.execute(arguments: [p.outlet, start, UTCTimestamp.fast(p.end), p.title, p.category,
                                               p.description, p.source, Self.programmeKey(p.outlet, start, p.title)])
                if db.changesCount > 0 { result.imported += 1 } else { result.duplicates += 1 }
            }
            return result
        }
    }

    /// A programme's identity: its outlet, its start and its title.
    static func programmeKey(_ outlet: String, _ startUTC: String, _ title: String) -> String {
        "\(outlet)|\(startUTC)|\(title)"
    }

    /// The programmes of an outlet that overlap a span of UTC seconds, in order.
    public func programmes(outlet: String, from: Int, to: Int) throws -> [StoredProgramme] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM programme WHERE outletID = ? AND startUTC < ? AND endUTC > ? ORDER BY startUTC
                """, arguments: [outlet, UTCTimestamp.fast(to), UTCTimestamp.fast(from)]).map(storedProgramme)
        }
    }

    public func programmeCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM programme") ?? 0 }
    }

    /// The programme of `outlet` that encloses the UTC span `start...end` (the latest-starting one
    /// when several do), so that an item or a cue can be placed inside its programme.
    func enclosingProgramme(outlet: String, startUTC: String, endUTC: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT id FROM programme WHERE outletID = ? AND startUTC <= ? AND endUTC >= ?
            ORDER BY startUTC DESC LIMIT 1
            """, arguments: [outlet, startUTC, endUTC])
    }

    func storedProgramme(_ row: Row) -> StoredProgramme {
        StoredProgramme(id: row["id"], outlet: row["outletID"],
                        start: UTCTimestamp.seconds(row["startUTC"]) ?? 0, end: UTCTimestamp.seconds(row["endUTC"]) ?? 0,
                        title: row["title"], category: row["category"], description: row["description"])
    }
}
