import Foundation
import GRDB
import GRDBSQLite
import MediaModel

/// The one writer of items, codings, coders' item rows and audit entries: `code add`, the coder
/// (through `code`/`setGenre`/`removeCoding`), `code import`, `reconcile` and the importers all
/// write these tables through it, so there is no second INSERT for them anywhere.
///
/// Its statements are prepared once per connection (GRDB's statement cache) and bound through
/// SQLite's C API: a season's sheets hold a million codings, and building GRDB argument arrays per
/// row cost more than the inserts themselves.
struct CodingWriter {
    private let db: Database
    private let connection: OpaquePointer
    private let findItem: Statement
    private let findProgramme: Statement
    private let findOverlap: Statement
    private let insertItemStatement: Statement
    private let insertCodingStatement: Statement
    private let updateCodingStatement: Statement
    private let upsertItemRowStatement: Statement
    private let insertAudit: Statement

    /// One coder's rows of a new item: their codings (from `lines` of the sheet, in order), and
    /// the genre and item variables they gave it (on `itemLine`).
    struct SheetCoder {
        var coder: String
        var codings: [NewCoding]
        var lines: [Int]
        var genre: String?
        var itemValues: VariableValues
        var itemLine: Int
    }

    /// A coding sheet being stored. Its `sheetImport` row is written with the first audit row that
    /// names it, so a sheet whose every row is already stored adds nothing.
    final class Sheet {
        let file: String
        let sha256: String?
        let rows: Int
        private var id: Int64?

        init(file: String, sha256: String?, rows: Int) {
            self.file = file
            self.sha256 = sha256
            self.rows = rows
        }

        func id(_ db: Database) throws -> Int64 {
            if let id { return id }
            try db.execute(sql: "INSERT INTO sheetImport (file, sha256, rows, importedAt) VALUES (?, ?, ?, ?)",
                           arguments: [file, sha256, rows, UTCTimestamp.now()])
            id = db.lastInsertedRowID
            return db.lastInsertedRowID
        }
    }

    /// One coder's rows of an item in a coding sheet: a line per coding, and the line with the item's values.
    struct SheetRows {
        var sheet: Sheet
        var lines: [Int]
        var itemLine: Int
    }

    /// A coding sheet's line, for the audit row of a value it gave.
    struct SheetLine {
        var sheet: Sheet
        var line: Int
    }

    /// What the sheet needs to know about a stored item.
    struct Item {
        var id: Int64
        var extent: Double
    }

    init(_ db: Database) throws {
        self.db = db
        connection = db.sqliteConnection!
        findItem = try db.cachedStatement(sql: "SELECT id, extent FROM segment WHERE itemKey = ?")
        findProgramme = try db.cachedStatement(sql: """
            SELECT id FROM programme WHERE outletID = ? AND startUTC <= ? AND endUTC >= ?
            ORDER BY startUTC DESC LIMIT 1
            """)
        // Broadcast items are at most six hours long (`CodingRules.longestItem`): one that starts
        // earlier than that before `start` has ended by then. The index `segment_outlet_start`
        // (outlet, start, end) reads only those six hours, in start order.
        findOverlap = try db.cachedStatement(sql: """
            SELECT id, title, startUTC, endUTC, extent FROM segment
            WHERE outletID = ? AND startUTC > ? AND startUTC < ? AND endUTC > ? AND unit = 'seconds'
            ORDER BY startUTC LIMIT 1
            """)
        insertItemStatement = try db.cachedStatement(sql: """
            INSERT INTO segment (outletID, programmeID, date, startUTC, endUTC, page, url, unit, extent, title,
                                 genreID, language, text, itemKey, createdAt, primaryCoder)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertCodingStatement = try db.cachedStatement(sql: """
            INSERT INTO coding (segmentID, subjectID, coder, amount, direct, tone, codedAt, vars) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateCodingStatement = try db.cachedStatement(sql: """
            UPDATE coding SET amount = ?, direct = ?, tone = ?, codedAt = ?, vars = ? WHERE segmentID = ? AND subjectID = ? AND coder = ?
            """)
        upsertItemRowStatement = try db.cachedStatement(sql: """
            INSERT INTO segmentGenre (segmentID, coder, genreID, vars) VALUES (?, ?, ?, ?)
            ON CONFLICT (segmentID, coder) DO UPDATE SET genreID = excluded.genreID, vars = excluded.vars
            """)
        insertAudit = try db.cachedStatement(sql: """
            INSERT INTO audit (at, coder, segmentID, subjectID, changes, sheetImportID, line) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Stores an item; the caller has checked it and that its key is new.
    func insertItem(_ segment: NewSegment, key: String, clock: MissionClock, primaryCoder: String?, at now: String) throws -> Int64 {
        let (startUTC, endUTC, page, url) = MonitoringDatabase.placementColumns(segment, clock: clock)
        var programmeID = segment.programmeID
        // An item added by time belongs to the programme that encloses it (docs/METHODOLOGY.md).
        if programmeID == nil, let startUTC, let endUTC { programmeID = try enclosingProgramme(segment.outlet, startUTC, endUTC) }
        let s = insertItemStatement.sqliteStatement
        try bind(s, 1, segment.outlet)
        try bind(s, 2, programmeID)
        try bind(s, 3, segment.date.description)
        try bind(s, 4, startUTC)
        try bind(s, 5, endUTC)
        try bind(s, 6, page.map(Int64.init))
        try bind(s, 7, url)
        try bind(s, 8, segment.placement.unit.rawValue)
        try bind(s, 9, segment.placement.extent)
        try bind(s, 10, segment.title.trimmingCharacters(in: .whitespacesAndNewlines))
        try bind(s, 11, segment.genre)
        try bind(s, 12, segment.language?.rawValue)
        try bind(s, 13, segment.text)
        try bind(s, 14, key)
        try bind(s, 15, now)
        try bind(s, 16, primaryCoder)
        try step(s)
        return sqlite3_last_insert_rowid(connection)
    }

    /// Stores a new coding (values already checked), with one audit row holding every value.
    func insertCoding(_ coding: NewCoding, coder: String, segment id: Int64, at now: String, from source: SheetLine? = nil) throws {
        let c = insertCodingStatement.sqliteStatement
        try bind(c, 1, id)
        try bind(c, 2, coding.subject)
        try bind(c, 3, coder)
        try bind(c, 4, coding.amount)
        try bind(c, 5, coding.direct)
        try bind(c, 6, coding.tone.rawValue)
        try bind(c, 7, now)
        try bind(c, 8, StoredValues.encode(coding.values))
        try step(c)
        var fields = [AuditField(field: "amount", old: nil, new: coding.amount.formatted)]
        if let direct = coding.direct { fields.append(AuditField(field: "direct", old: nil, new: direct.formatted)) }
        fields.append(AuditField(field: "tone", old: nil, new: coding.tone.rawValue))
        for (variable, value) in coding.values.sorted(by: { $0.key < $1.key }) {
            fields.append(AuditField(field: variable, old: nil, new: value))
        }
        try audit(now, coder, id, coding.subject, fields, from: source)
    }

    /// Replaces a stored coding's values; the caller audits the changed fields.
    func updateCoding(_ coding: NewCoding, coder: String, segment id: Int64, at now: String) throws {
        let c = updateCodingStatement.sqliteStatement
        try bind(c, 1, coding.amount)
        try bind(c, 2, coding.direct)
        try bind(c, 3, coding.tone.rawValue)
        try bind(c, 4, now)
        try bind(c, 5, StoredValues.encode(coding.values))
        try bind(c, 6, id)
        try bind(c, 7, coding.subject)
        try bind(c, 8, coder)
        try step(c)
    }

    /// Writes a coder's genre and item variables of an item; the caller audits the changes.
    func upsertItemRow(segment id: Int64, coder: String, genre: String, values: VariableValues) throws {
        let g = upsertItemRowStatement.sqliteStatement
        try bind(g, 1, id)
        try bind(g, 2, coder)
        try bind(g, 3, genre)
        try bind(g, 4, StoredValues.encode(values))
        try step(g)
    }

    /// One change: who changed which fields of which coding (subject nil: of the item), when,
    /// old → new, and from which sheet line if a sheet gave the values. Nothing for no fields.
    func audit(_ at: String, _ coder: String, _ segment: Int64, _ subject: String?, _ fields: [AuditField], from source: SheetLine? = nil) throws {
        guard !fields.isEmpty else { return }
        let s = insertAudit.sqliteStatement
        try bind(s, 1, at)
        try bind(s, 2, coder)
        try bind(s, 3, segment)
        try bind(s, 4, subject)
        try bind(s, 5, AuditField.encode(fields))
        try bind(s, 6, try source.map { try $0.sheet.id(db) })
        try bind(s, 7, source.map { Int64($0.line) })
        try step(s)
    }

    /// The stored item with this key, if any.
    func item(key: String) throws -> Item? {
        let s = findItem.sqliteStatement
        defer { sqlite3_reset(s) }
        try bind(s, 1, key)
        guard try nextRow(s, connection) else { return nil }
        return Item(id: sqlite3_column_int64(s, 0), extent: sqlite3_column_double(s, 1))
    }

    /// Stores a new item with every coder's codings, genre and item variables, as `insertSegment`
    /// followed by `applyCodings` per coder would; the caller has checked each coder's codings
    /// against the item. `coders` is in the sheet's order: the first is the primary coder.
    /// The audit rows name `sheet` and their line.
    func insertNew(_ segment: NewSegment, key: String, clock: MissionClock, coders: [SheetCoder], sheet: Sheet) throws -> Int64 {
        let now = UTCTimestamp.now()
        let id = try insertItem(segment, key: key, clock: clock, primaryCoder: coders.first?.coder, at: now)
        for group in coders {
            for (coding, line) in zip(group.codings, group.lines) {
                try insertCoding(coding, coder: group.coder, segment: id, at: now, from: SheetLine(sheet: sheet, line: line))
            }
            if let genre = group.genre {
                try upsertItemRow(segment: id, coder: group.coder, genre: genre, values: group.itemValues)
                var fields = [AuditField(field: "genre", old: nil, new: genre)]
                for (variable, value) in group.itemValues.sorted(by: { $0.key < $1.key }) {
                    fields.append(AuditField(field: variable, old: nil, new: value))
                }
                try audit(now, group.coder, id, nil, fields, from: SheetLine(sheet: sheet, line: group.itemLine))
            }
        }
        return id
    }

    /// A stored broadcast item of `outlet` on air for part of `start..<end` (UTC seconds), the
    /// earliest if several; `Segments.overlappingItem` through a prepared statement and an index.
    func overlappingItem(outlet: String, start: Int, end: Int) throws -> (id: Int64, title: String, start: Int, end: Int, extent: Double)? {
        let s = findOverlap.sqliteStatement
        defer { sqlite3_reset(s) }
        try bind(s, 1, outlet)
        try bind(s, 2, UTCTimestamp.string(start - CodingRules.longestItem))
        try bind(s, 3, UTCTimestamp.string(end))
        try bind(s, 4, UTCTimestamp.string(start))
        guard try nextRow(s, connection) else { return nil }
        let text = { (i: Int32) in String(cString: sqlite3_column_text(s, i)) }
        guard let itemStart = UTCTimestamp.seconds(text(2)), let itemEnd = UTCTimestamp.seconds(text(3)) else { return nil }
        return (sqlite3_column_int64(s, 0), text(1), itemStart, itemEnd, sqlite3_column_double(s, 4))
    }

    private func enclosingProgramme(_ outlet: String, _ start: String, _ end: String) throws -> Int64? {
        let s = findProgramme.sqliteStatement
        defer { sqlite3_reset(s) }
        try bind(s, 1, outlet)
        try bind(s, 2, start)
        try bind(s, 3, end)
        guard try nextRow(s, connection) else { return nil }
        return sqlite3_column_int64(s, 0)
    }

    // MARK: - C API

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    // Every bind's return code is checked: a value SQLite could not take (out of memory, too
    // big) must stop the sheet, not leave a NULL or the previous row's value in its place.
    private func bind(_ s: OpaquePointer, _ i: Int32, _ text: String?) throws {
        guard var text else { try bound(sqlite3_bind_null(s, i)); return }
        let code = text.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                sqlite3_bind_text(s, i, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
            } else {
                sqlite3_bind_text(s, i, "", 0, Self.transient)
            }
        }
        try bound(code)
    }

    private func bind(_ s: OpaquePointer, _ i: Int32, _ value: Double?) throws {
        try bound(value.map { sqlite3_bind_double(s, i, $0) } ?? sqlite3_bind_null(s, i))
    }

    private func bind(_ s: OpaquePointer, _ i: Int32, _ value: Int64?) throws {
        try bound(value.map { sqlite3_bind_int64(s, i, $0) } ?? sqlite3_bind_null(s, i))
    }

    private func bound(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw error(code) }
    }

    private func step(_ s: OpaquePointer) throws {
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else {
            let failure = error(code)
            sqlite3_reset(s)
            throw failure
        }
        sqlite3_reset(s)
    }

    private func error(_ code: Int32) -> DatabaseError { sqliteError(code, connection) }
}

extension CodingWriter {
    /// Moves a broadcast item to new UTC edges (checked by `MonitoringDatabase.moveItem`), its
    /// day and key following its start, with one audit row of the changed fields under `user`.
    func moveItem(_ id: Int64, date: LocalDate, startUTC: Int, endUTC: Int, key: String,
                  changes: [(field: String, old: String, new: String)], by user: String, at now: String) throws {
        try db.execute(sql: "UPDATE segment SET date = ?, startUTC = ?, endUTC = ?, extent = ?, itemKey = ? WHERE id = ?",
                       arguments: [date.description, UTCTimestamp.string(startUTC), UTCTimestamp.string(endUTC), Double(endUTC - startUTC), key, id])
        try audit(now, user, id, nil, changes.map { AuditField(field: $0.field, old: $0.old, new: $0.new) })
    }
}
