import Foundation
import GRDB
import GRDBSQLite
import MediaModel

extension MonitoringDatabase {
    /// The primary codings summed per outlet, day, subject, genre, tone, values and monitoring
    /// window (the `codingSum` table), as rows reports count exactly as they count single codings:
    /// each row carries its number of codings (`--weight items`) and whether it lies inside the window.
    ///
    /// This is what reports read: thousands of rows whatever the number of codings. Reliability
    /// and the rules check (`report rules`, whose time slots need each item's start) read
    /// `codedRows`, one row per coding.
    ///
    /// With `values: false` (a report with no `--where`, `--attribute-by` or breakdown on a
    /// variable of the codebook's own) the rows are those of `codingSumWithoutValues`, the sums
    /// already summed over every value, and carry no values: far fewer rows when a mission codes
    /// many variables.
    public func codingSums(days: DayRange? = nil, outlets: [String] = [], values: Bool = true) throws -> [CodedRow] {
        var (whereClause, arguments) = Self.itemFilter(days: days, outlets: outlets)
        whereClause = (whereClause.isEmpty ? "WHERE " : whereClause + " AND ") + "s.isPrimary = 1"
        let codebook = self.codebook
        let path = self.path
        return try read { db in
            // A cheap guard on every report: sums that do not hold every coding (a table damaged or
            // written around mediamon) are refused, never printed. `check` compares them in full.
            // The count of the table read is kept by triggers (v4-sums, v5): one row to read, not every sum.
            let table: SumsTable = values ? .withValues : .withoutValues
            let counts = try Row.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM coding), (SELECT COALESCE(MAX(codings), -1) FROM \(table.total))")!
            guard counts[0] as Int64 == counts[1] as Int64 else {
                throw InputError(file: path, field: "sums", "the coding sums reports read (\(table.name)) hold \(counts[1] as Int64) codings, the database \(counts[0] as Int64): run `mediamon check --repair-sums --db \(path)` to count them again")
            }
            // In key order (the table's own, no sort): the same rows are added up in the same order every time.
            let statement = try db.makeStatement(sql: values ? """
                SELECT s.outletID, s.date, s.unit, s.subjectID, s.genreID, s.tone, s.codingVars, s.itemVars,
                       s.insideWindow, s.amount, s.direct, s.codings
                FROM codingSum s
                \(whereClause)
                """ : """
                SELECT s.outletID, s.date, s.unit, s.subjectID, s.genreID, s.tone, '', '',
                       s.insideWindow, s.amount, s.direct, s.codings
                FROM codingSumWithoutValues s
                \(whereClause)
                """)
            try statement.setArguments(arguments)
            let s = statement.sqliteStatement
            defer { sqlite3_reset(s) }
            var rows: [CodedRow] = []
            var outletNames = Interner<String> { $0 }, subjects = Interner<String> { $0 }, genres = Interner<String> { $0 }
            var dates = Interner<LocalDate> { LocalDate($0) }
            var tones = Interner<Tone> { Tone(rawValue: $0) }
            var units = Interner<AmountUnit> { AmountUnit(rawValue: $0) }
            var codingValues: [String: VariableValues] = [:], itemValues: [String: VariableValues] = [:]
            var merged: [String: VariableValues] = [:]
            func text(_ column: Int32) -> String {
                guard let p = sqlite3_column_text(s, column) else { return "" }
                return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, column))), as: UTF8.self)
            }
            while try nextRow(s, db.sqliteConnection) {
                // A stored value the codebook does not know is an error naming the row, never a guess.
                guard let date = dates.value(s, 1) else {
                    throw InputError(file: path, field: "date", "a coding sum of \(text(0)) has the date \"\(text(1))\"")
                }
                guard let unit = units.value(s, 2) else {
                    throw InputError(file: path, field: "unit", "a coding sum of \(text(0)) on \(text(1)) is measured in \"\(text(2))\", which is not seconds, cm2 or characters")
                }
                guard let tone = tones.value(s, 5) else {
                    throw InputError(file: path, field: "tone", "a coding sum of \(text(0)) on \(text(1)) has the tone \"\(text(5))\", which the codebook does not allow")
                }
                // Defaults are read, not stored (docs/METHODOLOGY.md "Variables").
                let codingText = text(6), itemText = text(7)
                let pair = codingText + "\u{0}" + itemText
                let rowValues: VariableValues
                if !values {
                    rowValues = [:]
                } else if let known = merged[pair] {
                    rowValues = known
                } else {
                    let ofCoding = codingValues[codingText] ?? codebook.withDefaults(StoredValues.decode(codingText.isEmpty ? nil : codingText), of: .coding)
                    codingValues[codingText] = ofCoding
                    let ofItem = itemValues[itemText] ?? codebook.withDefaults(StoredValues.decode(itemText.isEmpty ? nil : itemText), of: .item)
                    itemValues[itemText] = ofItem
                    var combined = ofCoding
                    if !ofItem.isEmpty { combined.merge(ofItem) { coding, _ in coding } }
                    merged[pair] = combined
                    rowValues = combined
                }
                let genre = genres.value(s, 4)!
                rows.append(CodedRow(
                    segmentID: 0, outlet: outletNames.value(s, 0)!, unit: unit, date: date, localStart: nil,
                    genre: genre.isEmpty ? nil : genre, subject: subjects.value(s, 3)!,
                    amount: Millionths.value(sqlite3_column_int64(s, 9)), direct: Millionths.value(sqlite3_column_int64(s, 10)),
                    tone: tone, coder: "", isPrimary: true, values: rowValues,
                    codings: Int(sqlite3_column_int64(s, 11)), insideWindow: sqlite3_column_int64(s, 8) != 0))
            }
            return rows
        }
    }
}
