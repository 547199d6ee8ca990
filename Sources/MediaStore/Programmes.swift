import Foundation
import GRDB
import MediaModel
import GRDBSQLite

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
            // A bigger page cache for the one long transaction: fewer pages spilled and rewritten.
            try db.execute(sql: "PRAGMA cache_size = -16384")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            // One prepared statement for the whole file, bound through SQLite's C API (guides hold
            // hundreds of thousands of programmes); the unique content key makes re-imports no-ops.
            let insert = try db.makeStatement(sql: """
                INSERT INTO programme (outletID, startUTC, endUTC, title, category, description, source, contentKey)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(contentKey) DO NOTHING
                """)
            let row = RawInsert(statement: insert.sqliteStatement, connection: db.sqliteConnection!)
            var result = FileImport(file: source.file, kind: "programmes")
            let known = Set(codebook.outlets.map(\.id))
            // Reading ahead on another thread, where the caller wants it, is the source's business (MediaImport's ReadAhead).
            result.notes = try source.read { p in
                guard known.contains(p.outlet) else {
                    throw codebook.unknown(.outlet, p.outlet, file: source.file, line: p.line)
                }
                let start = UTCTimestamp.string(p.start)
                row.bind(1, p.outlet)
                row.bind(2, start)
                row.bind(3, UTCTimestamp.string(p.end))
                row.bind(4, p.title)
                row.bind(5, p.category)
                row.bind(6, p.description)
                row.bind(7, p.source)
                row.bind(8, Self.programmeKey(p.outlet, start, p.title))
                if try row.run() { result.imported += 1 } else { result.duplicates += 1 }
            }
            if result.imported > 0 { try linkItemsToProgrammes(db) }
            return result
        }
    }

    /// Links broadcast items added before their programme was imported to the programme that
    /// encloses them, so that the order of imports does not matter.
    func linkItemsToProgrammes(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE segment SET programmeID = (
                SELECT p.id FROM programme p
                WHERE p.outletID = segment.outletID AND p.startUTC <= segment.startUTC AND p.endUTC >= segment.endUTC
                ORDER BY p.startUTC DESC LIMIT 1)
            WHERE programmeID IS NULL AND startUTC IS NOT NULL
            """)
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
                """, arguments: [outlet, UTCTimestamp.string(to), UTCTimestamp.string(from)]).map(storedProgramme)
        }
    }

    public func programmeCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM programme") ?? 0 }
    }

    func storedProgramme(_ row: Row) -> StoredProgramme {
        StoredProgramme(id: row["id"], outlet: row["outletID"],
                        start: UTCTimestamp.seconds(row["startUTC"]) ?? 0, end: UTCTimestamp.seconds(row["endUTC"]) ?? 0,
                        title: row["title"], category: row["category"], description: row["description"])
    }
}

/// One row of a prepared INSERT, bound and stepped through SQLite's C API: the GRDB argument
/// arrays cost more than the insert itself when a file holds hundreds of thousands of rows.
struct RawInsert {
    let statement: OpaquePointer
    let connection: OpaquePointer
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ text: String?) {
        guard var text else { sqlite3_bind_null(statement, index); return }
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                      Int32(bytes.count), Self.transient)
            } else {
                _ = sqlite3_bind_text(statement, index, "", 0, Self.transient)
            }
        }
    }

    /// Runs the statement; true when it stored a row (false: a duplicate the conflict clause ignored).
    func run() throws -> Bool {
        let code = sqlite3_step(statement)
        defer { sqlite3_reset(statement) }
        guard code == SQLITE_DONE else { throw sqliteError(code, connection) }
        return sqlite3_changes(connection) > 0
    }
}
