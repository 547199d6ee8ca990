import Foundation
import GRDB
import GRDBSQLite
import MediaModel

/// The coding sums (table `codingSum`, docs/METHODOLOGY.md "Coding sums"): per outlet, day, subject,
/// genre, tone, the codebook's nominal and ordinal values, primary coding or not and inside the
/// monitoring window or not, the amount, direct speech and number of codings. Reports read these
/// thousands of rows instead of every coding; they are kept up to date in the transaction that
/// writes the codings, and `mediamon check` compares them with the codings themselves.
///
/// Amounts are kept in millionths of their unit as integers, so that adding and taking away
/// codings never leaves a rounding residue: the sums stay equal to a fresh count.
struct SumKey: Hashable, Sendable {
    var outlet: String
    var date: String
    var unit: String
    var subject: String
    /// The primary coder's genre of the item, else the genre it was added with; "" for none.
    var genre: String
    var tone: String
    /// The coding's and the item's stored values (`vars`, their interval variables left out); "" for none.
    /// Stored, not defaulted: defaults are read, so a variable added later reads as its default here too.
    var codingValues: String
    var itemValues: String
    var isPrimary: Bool
    var insideWindow: Bool
}

struct SumValue: Equatable, Sendable {
    var amount: Int64 = 0
    var direct: Int64 = 0
    var codings: Int64 = 0

    mutating func add(_ other: SumValue, sign: Int64 = 1) {
        amount += sign * other.amount
        direct += sign * other.direct
        codings += sign * other.codings
    }
}

/// What the sums need from the codebook and the clock: the windows and which variables are numbers.
struct SumsContext {
    let codebook: Codebook
    private var local: LocalTimes
    private var windows: [String: TimeWindow] = [:]
    private let intervalVariables: Set<String>
    private var keyValues: [String: String] = [:]

    init(codebook: Codebook, clock: MissionClock) {
        self.codebook = codebook
        local = LocalTimes(clock: clock)
        for outlet in codebook.outlets where outlet.medium.isBroadcast { windows[outlet.id] = codebook.window(of: outlet) }
        intervalVariables = Set(codebook.variables.filter { $0.level == .interval && !$0.isBuiltIn }.map(\.id))
    }

    /// Whether an item counts inside its outlet's monitoring window: items off air and items
    /// without a start always do (as `ReportFilter` decides for a single coding).
    mutating func insideWindow(outlet: String, startUTC: Int?) -> Bool {
        guard let window = windows[outlet], let startUTC else { return true }
        return window.contains(start: local.time(of: startUTC))
    }

    /// The stored `vars` text as a sums key: interval values (numbers) would make every coding its own row.
    mutating func keyValues(_ stored: String?) -> String {
        guard let stored, !stored.isEmpty else { return "" }
        if intervalVariables.isEmpty { return stored }
        if let known = keyValues[stored] { return known }
        let kept = StoredValues.decode(stored).filter { !intervalVariables.contains($0.key) }
        let key = StoredValues.encode(kept) ?? ""
        keyValues[stored] = key
        return key
    }
}

/// Changes to the sums gathered in memory and written once, before the transaction commits: a
/// coding sheet of a million codings then touches a few thousand sums rows, once each.
struct SumsLedger {
    private(set) var deltas: [SumKey: SumValue] = [:]
    var context: SumsContext

    init(codebook: Codebook, clock: MissionClock) {
        context = SumsContext(codebook: codebook, clock: clock)
    }

    mutating func add(_ sums: [SumKey: SumValue], sign: Int64 = 1) {
        for (key, value) in sums { deltas[key, default: SumValue()].add(value, sign: sign) }
    }

    /// The codings of a new item written by `CodingWriter.insertNew`, from the values it wrote:
    /// the first coder is the primary one, and their genre and item values stand for the item.
    mutating func addNew(_ segment: NewSegment, coders: [CodingWriter.SheetCoder], clock: MissionClock) {
        var startUTC: Int?
        if case .broadcast(let start, _) = segment.placement { startUTC = clock.utcSeconds(of: segment.date, at: start) }
        let inside = context.insideWindow(outlet: segment.outlet, startUTC: startUTC)
        let primary = coders.first
        // The primary coder's item row exists only when they gave a genre (as `insertNew` writes it).
        let primaryRow = primary?.genre != nil ? primary : nil
        let genre = primaryRow?.genre ?? segment.genre ?? ""
        let itemValues = context.keyValues(primaryRow.flatMap { StoredValues.encode($0.itemValues) })
        let date = segment.date.description, unit = segment.placement.unit.rawValue
        for (i, group) in coders.enumerated() {
            for coding in group.codings {
                let key = SumKey(outlet: segment.outlet, date: date, unit: unit, subject: coding.subject, genre: genre,
                                 tone: coding.tone.rawValue, codingValues: context.keyValues(StoredValues.encode(coding.values)),
                                 itemValues: itemValues, isPrimary: i == 0, insideWindow: inside)
                deltas[key, default: SumValue()].add(SumValue(amount: Millionths.of(coding.amount),
                                                              direct: Millionths.of(coding.direct ?? 0), codings: 1))
            }
        }
    }

    /// Writes the gathered changes to both sums tables: to `codingSum` as they are, and summed
    /// over the values to `codingSumWithoutValues` (v5). Rows left with no coding are removed.
    /// A change that takes away codings from a row a table does not hold means the sums were
    /// already out of step with the codings: an error (nothing written), never a guess.
    mutating func flush(_ db: Database) throws {
        guard !deltas.isEmpty else { return }
        try SumsTable.withValues.apply(deltas, db)
        if writesSumsWithoutValues { try SumsTable.withoutValues.apply(MonitoringDatabase.withoutValues(deltas), db) }
        deltas = [:]
    }

    /// Whether the database has the value-free sums: only the `v4-sums` migration, which counts
    /// the sums before `v5-sums-without-values` creates that table, writes without them.
    var writesSumsWithoutValues = true
}

extension SumKey {
    /// The key of the value-free sums this key's codings count in.
    var withoutValues: SumKey {
        var key = self
        key.codingValues = ""
        key.itemValues = ""
        return key
    }
}

/// The two sums tables: per value (`codingSum`, v4) and summed over the values
/// (`codingSumWithoutValues`, v5), each with its running total.
enum SumsTable: CaseIterable {
    case withValues, withoutValues

    var name: String { self == .withValues ? "codingSum" : "codingSumWithoutValues" }
    var total: String { name + "Total" }
    /// The key columns, in the primary key's order.
    var keyColumns: [String] {
        self == .withValues
            ? ["isPrimary", "outletID", "date", "subjectID", "unit", "genreID", "tone", "insideWindow", "codingVars", "itemVars"]
            : ["isPrimary", "outletID", "date", "subjectID", "unit", "genreID", "tone", "insideWindow"]
    }

    func arguments(_ key: SumKey) -> StatementArguments {
        var arguments: StatementArguments = [key.isPrimary, key.outlet, key.date, key.subject, key.unit, key.genre, key.tone, key.insideWindow]
        if self == .withValues { arguments += [key.codingValues, key.itemValues] }
        return arguments
    }

    /// Adds `deltas` (keys of this table) to its rows.
    func apply(_ deltas: [SumKey: SumValue], _ db: Database) throws {
        let keys = keyColumns.joined(separator: ", ")
        let matches = keyColumns.map { "\($0) = ?" }.joined(separator: " AND ")
        // SQLite checks the row to insert before it looks for a conflict: a row that loses codings
        // is updated, not upserted.
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO \(name) (\(keys), amount, direct, codings)
            VALUES (\(Array(repeating: "?", count: keyColumns.count + 3).joined(separator: ", ")))
            ON CONFLICT (\(keys))
            DO UPDATE SET amount = amount + excluded.amount, direct = direct + excluded.direct, codings = codings + excluded.codings
            """)
        let update = try db.cachedStatement(sql: """
            UPDATE \(name) SET amount = amount + ?, direct = direct + ?, codings = codings + ?
            WHERE \(matches) AND codings + ? >= 0
            """)
        let removeEmpty = try db.cachedStatement(sql: "DELETE FROM \(name) WHERE \(matches) AND codings = 0")
        for (key, value) in deltas where value != SumValue() {
            let row = arguments(key)
            if value.codings > 0 {
                try upsert.execute(arguments: row + [value.amount, value.direct, value.codings])
                continue
            }
            try update.execute(arguments: [value.amount, value.direct, value.codings] + row + [value.codings])
            guard db.changesCount == 1 else {
                throw InputError(field: "sums", "the coding sums (\(name)) do not hold the codings being changed (\(key.outlet) \(key.date) \(key.subject)): they are out of step with the codings; run `mediamon check --repair-sums` and try again")
            }
            if value.codings < 0 { try removeEmpty.execute(arguments: row) }
        }
    }
}

extension MonitoringDatabase {
    /// Runs `change` on one item inside the write transaction and moves the item's codings in
    /// the sums from where they stood before to where they stand after (a primary coder, genre,
    /// value or amount changed, a coding added or removed).
    func adjustingSums<T>(ofItem id: Int64, _ db: Database, _ change: () throws -> T) throws -> T {
        var ledger = SumsLedger(codebook: codebook, clock: clock)
        try ledger.add(Self.sums(db, context: &ledger.context, item: id), sign: -1)
        let result = try change()
        try ledger.add(Self.sums(db, context: &ledger.context, item: id))
        try ledger.flush(db)
        return result
    }

    /// The sums recounted from the codings: of one item, or of the whole database.
    static func sums(_ db: Database, context: inout SumsContext, item: Int64? = nil) throws -> [SumKey: SumValue] {
        let statement = try db.cachedStatement(sql: """
            SELECT s.outletID, s.date, s.unit, s.startUTC, COALESCE(g.genreID, s.genreID, ''), c.subjectID, c.tone,
                   c.vars, g.vars, COALESCE(c.coder = s.primaryCoder, 0), c.amount, c.direct
            FROM coding c
            JOIN segment s ON s.id = c.segmentID
            LEFT JOIN segmentGenre g ON g.segmentID = s.id AND g.coder = s.primaryCoder
            \(item == nil ? "" : "WHERE c.segmentID = ?")
            """)
        try statement.setArguments(item.map { [$0] } ?? [])
        let s = statement.sqliteStatement
        defer { sqlite3_reset(s) }
        var sums: [SumKey: SumValue] = [:]
        var texts: [String: String] = [:]
        // Few distinct texts (outlets, subjects, dates …): one String each, not one per coding.
        func text(_ column: Int32) -> String {
            guard let p = sqlite3_column_text(s, column) else { return "" }
            let bytes = UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, column)))
            let probe = String(decoding: bytes, as: UTF8.self)
            if let known = texts[probe] { return known }
            texts[probe] = probe
            return probe
        }
        while try nextRow(s, db.sqliteConnection) {
            let outlet = text(0)
            // One start per item: parsed, not kept.
            let startUTC = sqlite3_column_text(s, 3).flatMap { p in
                UTCTimestamp.seconds(String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, 3))), as: UTF8.self))
            }
            let key = SumKey(outlet: outlet, date: text(1), unit: text(2), subject: text(5), genre: text(4), tone: text(6),
                             codingValues: context.keyValues(sqlite3_column_type(s, 7) == SQLITE_NULL ? nil : text(7)),
                             itemValues: context.keyValues(sqlite3_column_type(s, 8) == SQLITE_NULL ? nil : text(8)),
                             isPrimary: sqlite3_column_int64(s, 9) != 0,
                             insideWindow: context.insideWindow(outlet: outlet, startUTC: startUTC))
            sums[key, default: SumValue()].add(SumValue(amount: Millionths.of(sqlite3_column_double(s, 10)),
                                                        direct: Millionths.of(sqlite3_column_double(s, 11)), codings: 1))
        }
        return sums
    }

    /// The sums as stored in `table` (the value-free table's keys carry no values).
    static func storedSums(_ db: Database, table: SumsTable = .withValues) throws -> [SumKey: SumValue] {
        var sums: [SumKey: SumValue] = [:]
        let values = table == .withValues ? "codingVars, itemVars" : "'', ''"
        let rows = try Row.fetchCursor(db, sql: """
            SELECT outletID, date, unit, subjectID, genreID, tone, \(values), isPrimary, insideWindow, amount, direct, codings
            FROM \(table.name)
            """)
        while let row = try rows.next() {
            let key = SumKey(outlet: row[0], date: row[1], unit: row[2], subject: row[3], genre: row[4], tone: row[5],
                             codingValues: row[6], itemValues: row[7], isPrimary: row[8], insideWindow: row[9])
            sums[key, default: SumValue()].add(SumValue(amount: row[10], direct: row[11], codings: row[12]))
        }
        return sums
    }

    /// Sums summed over their values: the rows of the value-free table they give.
    static func withoutValues(_ sums: [SumKey: SumValue]) -> [SumKey: SumValue] {
        var result: [SumKey: SumValue] = [:]
        for (key, value) in sums { result[key.withoutValues, default: SumValue()].add(value) }
        return result.filter { $0.value != SumValue() }
    }

    /// Replaces the stored sums, both tables, by a fresh count of the codings (the `v4-sums`
    /// migration, a `codebook amend` that moves a monitoring window, `mediamon check --repair-sums`).
    static func rebuildSums(_ db: Database, codebook: Codebook, clock: MissionClock) throws {
        var ledger = SumsLedger(codebook: codebook, clock: clock)
        // The v4-sums migration counts the sums before v5 creates the value-free table (and fills it from them).
        ledger.writesSumsWithoutValues = try db.tableExists(SumsTable.withoutValues.name)
        let tables = ledger.writesSumsWithoutValues ? SumsTable.allCases : [.withValues]
        for table in tables { try db.execute(sql: "DELETE FROM \(table.name)") }
        try ledger.add(sums(db, context: &ledger.context))
        try ledger.flush(db)
        // The triggers kept the running totals in step with every change above; set them from the
        // sums themselves too, in case one had been edited by hand.
        for table in tables {
            try db.execute(sql: "UPDATE \(table.total) SET codings = (SELECT COALESCE(SUM(codings), 0) FROM \(table.name)) WHERE id = 1")
        }
    }

    /// Where the stored sums and a fresh count of the codings differ: one line per differing
    /// row (at most `limit`), empty when they agree. A value-free sum is compared with the codings
    /// and named with `codingSum` summed over its values beside them; each table's running total
    /// with its rows. (Two tables that each agree with the codings agree with each other.)
    func sumsDisagreements(_ db: Database, limit: Int = 10) throws -> (count: Int, examples: [String]) {
        var context = SumsContext(codebook: codebook, clock: clock)
        let counted = try Self.sums(db, context: &context)
        let stored = try Self.storedSums(db)
        var examples: [String] = []
        var count = 0
        func show(_ v: SumValue, _ key: SumKey) -> String {
            "\(Millionths.value(v.amount).formatted) \(key.unit), direct \(Millionths.value(v.direct).formatted), \(v.codings) codings"
        }
        func describe(_ key: SumKey) -> String {
            "\(key.outlet) \(key.date) \(key.subject) (genre \(key.genre.isEmpty ? "none" : key.genre), tone \(key.tone)\(key.codingValues.isEmpty ? "" : ", " + key.codingValues)\(key.itemValues.isEmpty ? "" : ", " + key.itemValues)\(key.isPrimary ? "" : ", not primary")\(key.insideWindow ? "" : ", outside the window"))"
        }
        for key in Set(counted.keys).union(stored.keys) {
            let want = counted[key] ?? SumValue(), have = stored[key] ?? SumValue()
            guard want != have else { continue }
            count += 1
            if examples.count < limit {
                examples.append("\(describe(key)): the sums hold \(show(have, key)), the codings give \(show(want, key))")
            }
        }
        let countedWithout = Self.withoutValues(counted), summedOver = Self.withoutValues(stored)
        let storedWithout = try Self.storedSums(db, table: .withoutValues)
        for key in Set(countedWithout.keys).union(summedOver.keys).union(storedWithout.keys) {
            let want = countedWithout[key] ?? SumValue(), have = storedWithout[key] ?? SumValue(), withValues = summedOver[key] ?? SumValue()
            // Wrong when it is not what the codings give; codingSum's figure is shown beside it (when
            // codingSum is the damaged one, its own rows are named above).
            guard want != have else { continue }
            count += 1
            if examples.count < limit {
                examples.append("\(describe(key)): the sums without values hold \(show(have, key)), the sums with values give \(show(withValues, key)), the codings give \(show(want, key))")
            }
        }
        // The running total each report's guard reads must be its table's own count.
        for table in SumsTable.allCases {
            let totals = try Row.fetchOne(db, sql: "SELECT (SELECT COALESCE(SUM(codings), 0) FROM \(table.name)), (SELECT COALESCE(MAX(codings), -1) FROM \(table.total))")!
            if totals[0] as Int64 != totals[1] as Int64 {
                count += 1
                if examples.count < limit {
                    examples.append("the running total of the \(table == .withValues ? "sums" : "sums without values") (\(table.total)) says \(totals[1] as Int64) codings, they hold \(totals[0] as Int64)")
                }
            }
        }
        return (count, examples.sorted())
    }
}
