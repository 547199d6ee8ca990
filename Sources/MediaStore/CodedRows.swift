import Foundation
import GRDB
import GRDBSQLite
import MediaModel

extension MonitoringDatabase {
    /// Every coding as a flat row for aggregation, optionally limited to a span of days and to outlets.
    ///
    /// The item's genre is the one its primary coder gave (else the one it was added with);
    /// `isPrimary` marks the codings reports count. Rows come in item order, and within an item
    /// in the order the codings were made, so that sums are added up in the same order every time.
    ///
    /// Every report reads all codings of the period (a million for a large mission), so the rows
    /// are read through SQLite's C API in the table's own order, with each item's columns and the
    /// few distinct names (outlets, subjects, coders, tones) turned into values once.
    public func codedRows(days: DayRange? = nil, outlets: [String] = []) throws -> [CodedRow] {
        let (whereClause, arguments) = Self.itemFilter(days: days, outlets: outlets)
        let clock = self.clock
        return try read { db in
            // In coding id order: a plain scan of the table, no index walk and no sort.
            let statement = try db.makeStatement(sql: """
                SELECT c.id, c.segmentID, s.outletID, s.unit, s.date, s.startUTC,
                       COALESCE(g.genreID, s.genreID) AS genre,
                       c.subjectID, c.amount, c.direct, c.tone, c.coder,
                       (c.coder = s.primaryCoder) AS isPrimary, c.vars, g.vars
                FROM coding c
                JOIN segment s ON s.id = c.segmentID
                LEFT JOIN segmentGenre g ON g.segmentID = s.id AND g.coder = s.primaryCoder
                \(whereClause)
                ORDER BY c.id
                """)
            try statement.setArguments(arguments)
            let s = statement.sqliteStatement
            defer { sqlite3_reset(s) }
            var rows: [CodedRow] = []
            var ids: [Int64] = []
            var names = Interner<String> { $0 }, subjects = Interner<String> { $0 }, coders = Interner<String> { $0 }
            // A stored value the codebook does not know is an error naming the row, never a guess.
            var tones = Interner<Tone> { Tone(rawValue: $0) }
            var units = Interner<AmountUnit> { AmountUnit(rawValue: $0) }
            // A handful of value combinations (capacity × topic …), each decoded once.
            // Defaults are read, not stored (docs/METHODOLOGY.md "Variables").
            let codebook = self.codebook
            let codingDefaults = codebook.withDefaults([:], of: .coding), itemDefaults = codebook.withDefaults([:], of: .item)
            var codingValues = Interner<VariableValues> { codebook.withDefaults(StoredValues.decode($0), of: .coding) }
            var itemValues = Interner<VariableValues> { codebook.withDefaults(StoredValues.decode($0), of: .item) }
            var merged: [Int: VariableValues] = [:]
            var item: (id: Int64, outlet: String, unit: AmountUnit, date: LocalDate, start: TimeOfDay?, genre: String?)?
            var sorted = true
            var local = LocalTimes(clock: clock)
            while try nextRow(s, db.sqliteConnection) {
                let segmentID = sqlite3_column_int64(s, 1)
                if item?.id != segmentID {
                    if let previous = item?.id, segmentID < previous { sorted = false }
                    guard let date = Self.date(s, 4) else {
                        throw InputError(file: path, field: "date", "item \(segmentID) has the date \"\(Self.text(s, 4) ?? "")\"")
                    }
                    let start = Self.text(s, 5).flatMap(UTCTimestamp.seconds).map { local.time(of: $0) }
                    guard let unit = units.value(s, 3) else {
                        throw InputError(file: path, field: "unit", "item \(segmentID) is measured in \"\(Self.text(s, 3) ?? "")\", which is not seconds, cm2 or characters")
                    }
                    item = (segmentID, names.value(s, 2)!, unit, date, start, names.value(s, 6))
                }
                let current = item!
                ids.append(sqlite3_column_int64(s, 0))
                guard let tone = tones.value(s, 10) else {
                    throw InputError(file: path, field: "tone", "coding \(sqlite3_column_int64(s, 0)) of item \(segmentID) has the tone \"\(Self.text(s, 10) ?? "")\", which the codebook does not allow")
                }
                // One merged dictionary per combination seen, shared by every row that has it: a
                // merge per row would allocate a million dictionaries.
                let ci = codingValues.index(s, 13), ii = itemValues.index(s, 14)
                let values: VariableValues
                if let ci, let ii, let known = merged[ci &* 1024 &+ ii] {
                    values = known
                } else {
                    var combined = codingValues.value(s, 13) ?? codingDefaults
                    let ofItem = itemValues.value(s, 14) ?? itemDefaults
                    if !ofItem.isEmpty { combined.merge(ofItem) { coding, _ in coding } }
                    if let ci, let ii { merged[ci &* 1024 &+ ii] = combined }
                    values = combined
                }
                rows.append(CodedRow(
                    segmentID: segmentID, outlet: current.outlet, unit: current.unit, date: current.date,
                    localStart: current.start, genre: current.genre, subject: subjects.value(s, 7)!,
                    amount: sqlite3_column_double(s, 8),
                    direct: sqlite3_column_type(s, 9) == SQLITE_NULL ? nil : sqlite3_column_double(s, 9),
                    tone: tone, coder: coders.value(s, 11)!,
                    isPrimary: sqlite3_column_int64(s, 12) != 0, values: values))
            }
            // Item order, then coding order — as `ORDER BY c.segmentID, c.id` — without asking
            // SQLite to sort when the codings were made item after item (the usual case).
            if !sorted {
                let order = rows.indices.sorted { (rows[$0].segmentID, ids[$0]) < (rows[$1].segmentID, ids[$1]) }
                rows = order.map { rows[$0] }
            }
            return rows
        }
    }

    /// `YYYY-MM-DD` read from the column's bytes; other spellings through `LocalDate(_:)`.
    private static func date(_ s: OpaquePointer, _ column: Int32) -> LocalDate? {
        guard let p = sqlite3_column_text(s, column) else { return nil }
        if sqlite3_column_bytes(s, column) == 10, p[4] == 0x2D, p[7] == 0x2D {
            var n = [0, 0, 0]
            for (k, range) in [0..<4, 5..<7, 8..<10].enumerated() {
                for i in range {
                    let d = Int(p[i]) - 0x30
                    guard (0...9).contains(d) else { return text(s, column).flatMap(LocalDate.init) }
                    n[k] = n[k] * 10 + d
                }
            }
            return LocalDate(year: n[0], month: n[1], day: n[2])
        }
        return text(s, column).flatMap(LocalDate.init)
    }

    private static func text(_ s: OpaquePointer, _ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(s, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(s, column))), as: UTF8.self)
    }
}

/// The few distinct texts of a column (outlets, subjects, coders, tones), each turned into its
/// value once: a million rows then share a handful of values instead of allocating a million.
struct Interner<Value> {
    private var known: [(bytes: [UInt8], value: Value?)] = []
    /// Nil for text that is no value (an unknown tone): the caller says which row holds it.
    private let make: (String) -> Value?

    init(_ make: @escaping (String) -> Value?) { self.make = make }

    /// The position of the column's text among those known (NULL is -1), interning it if new;
    /// nil once more than 64 distinct texts were seen.
    mutating func index(_ s: OpaquePointer, _ column: Int32) -> Int? {
        guard let text = sqlite3_column_text(s, column) else { return -1 }
        let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(s, column)))
        for (i, entry) in known.enumerated() where entry.bytes.count == bytes.count {
            if bytes.isEmpty || entry.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return i
            }
        }
        guard known.count < 64 else { return nil }
        known.append((Array(bytes), make(String(decoding: bytes, as: UTF8.self))))
        return known.count - 1
    }

    mutating func value(_ s: OpaquePointer, _ column: Int32) -> Value? {
        guard let text = sqlite3_column_text(s, column) else { return nil }
        let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(s, column)))
        for entry in known where entry.bytes.count == bytes.count {
            if bytes.isEmpty || entry.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return entry.value
            }
        }
        let value = make(String(decoding: bytes, as: UTF8.self))
        if known.count < 64 { known.append((Array(bytes), value)) }
        return value
    }
}

/// Local times of UTC instants, asking the time zone once per quarter hour rather than once
/// per item: a quarter hour whose two ends have the same offset has it throughout (the tz
/// database has no two transitions within minutes); any other is computed instant by instant.
struct LocalTimes {
    let clock: MissionClock
    private var offsets: [Int: Int] = [:]

    init(clock: MissionClock) { self.clock = clock }

    mutating func time(of utc: Int) -> TimeOfDay {
        let quarter = utc >= 0 ? utc / 900 : (utc - 899) / 900
        if let offset = offsets[quarter] ?? uniformOffset(quarter) {
            let local = utc + offset
            let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
            return TimeOfDay(seconds: local - day * 86_400)!
        }
        return clock.local(utc).time
    }

    private mutating func uniformOffset(_ quarter: Int) -> Int? {
        func offset(_ utc: Int) -> Int {
            let (date, time) = clock.local(utc)
            return date.dayNumber * 86_400 + time.seconds - utc
        }
        let first = offset(quarter * 900), last = offset(quarter * 900 + 899)
        guard first == last else { return nil }
        offsets[quarter] = first
        return first
    }
}

extension MonitoringDatabase {
    /// The `WHERE` clause (on items aliased `s`) and its arguments for a span of days and a set of outlets.
    static func itemFilter(days: DayRange?, outlets: [String]) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let days {
            conditions.append("s.date BETWEEN ? AND ?")
            arguments += [days.first.description, days.last.description]
        }
        if !outlets.isEmpty {
            conditions.append("s.outletID IN (\(outlets.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(outlets)
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}
