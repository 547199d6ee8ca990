import Foundation
import GRDB
import MediaModel

extension MonitoringDatabase {
    /// Stores figures from `file` under `source`, in one transaction. Figures already stored (same
    /// source, outlet, subject, period and measure, same amount) count as duplicates; the same key
    /// with another amount is an error, as is a source that would mix units for one outlet and measure.
    /// On any error nothing is written.
    public func importReferenceFigures(_ figures: [ReferenceFigure], source: String, file: String, skipped: Int = 0) throws -> FileImport {
        let source = source.trimmingCharacters(in: .whitespaces)
        guard !source.isEmpty else { throw InputError(field: "source", "needs a name, such as arcom or cec-council") }
        var problems: [InputError] = []
        for f in figures {
            guard let outlet = codebook.outlet(f.outlet) else { continue }
            let fits = switch f.unit {
            case .seconds: outlet.medium.isBroadcast
            case .squareCentimetres: outlet.medium == .print
            default: true
            }
            if !fits {
                problems.append(InputError(file: file, line: f.line, field: "unit",
                                           "\(f.unit.rawValue) do not measure \(outlet.medium.rawValue) (\(f.outlet)); its figures are \(outlet.medium.unit.rawValue) or percent"))
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        let now = UTCTimestamp.now()
        return try write { db in
            var result = FileImport(file: file, kind: "reference figures")
            if skipped > 0 { result.notes.skipped["figures of names the codebook does not know"] = skipped }
            var units: [String: (unit: String, line: Int?)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT outletID, measure, unit FROM referenceFigure WHERE source = ?", arguments: [source]) {
                units["\(row["outletID"] as String)\u{0}\(row["measure"] as String)"] = (row["unit"], nil)
            }
            let find = try db.makeStatement(sql: """
                SELECT amount, unit, file, line FROM referenceFigure
                WHERE source = ? AND outletID = ? AND subjectID = ? AND fromDate = ? AND toDate = ? AND measure = ?
                """)
            let insert = try db.makeStatement(sql: """
                INSERT INTO referenceFigure (source, outletID, subjectID, fromDate, toDate, measure, amount, unit, file, line, importedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for f in figures {
                let unitKey = "\(f.outlet)\u{0}\(f.measure)"
                if let known = units[unitKey], known.unit != f.unit.rawValue {
                    let place = known.line.map { "line \($0) of this file" } ?? "figures already imported"
                    problems.append(InputError(file: file, line: f.line, field: "unit",
                                               "\(source) \(f.measure) figures for \(f.outlet) would mix \(f.unit.rawValue) with \(known.unit) (\(place)); shares never mix units"))
                    continue
                }
                units[unitKey] = units[unitKey] ?? (f.unit.rawValue, f.line)
                let key: StatementArguments = [source, f.outlet, f.subject, f.period.first.description, f.period.last.description, f.measure]
                if let existing = try Row.fetchOne(find, arguments: key) {
                    if (existing["amount"] as Double) == f.amount && (existing["unit"] as String) == f.unit.rawValue {
                        result.duplicates += 1
                    } else {
                        problems.append(InputError(file: file, line: f.line, field: f.measure,
                                                   "\(source) already has \(existing["amount"] as Double) \(existing["unit"] as String) here (\(existing["file"] as String):\(existing["line"] as Int)); a different figure for the same outlet, subject, period and measure is not replaced (`mediamon reference remove --source \(source)` first to import a corrected table)"))
                    }
                    continue
                }
                try insert.execute(arguments: key + [f.amount, f.unit.rawValue, file, f.line, now])
                result.imported += 1
            }
            if !problems.isEmpty { throw InputErrors(problems) }
            return result
        }
    }

    /// Stored figures, by source name; `source` and `measure` narrow them.
    public func referenceFigures(source: String? = nil, measure: String? = nil) throws -> [SourcedFigure] {
        try read { db in
            var sql = "SELECT source, outletID, subjectID, fromDate, toDate, measure, amount, unit, line FROM referenceFigure WHERE 1"
            var arguments: StatementArguments = []
            if let source { sql += " AND source = ?"; arguments += [source] }
            if let measure { sql += " AND measure = ?"; arguments += [measure] }
            sql += " ORDER BY source, fromDate, toDate, measure, id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let source: String = row["source"], line: Int = row["line"]
                let from = try storedDate(row["fromDate"], "figure on line \(line) of \(source)")
                let to = try storedDate(row["toDate"], "figure on line \(line) of \(source)")
                let unitText: String? = row["unit"]
                guard let unit = unitText.flatMap(ReferenceUnit.init(rawValue:)) else {
                    throw InputError(file: path, field: "unit", "the figure on line \(line) of \(source) is in \"\(unitText ?? "")\", which is no unit of reference figures")
                }
                return SourcedFigure(source: source, figure: ReferenceFigure(
                    outlet: row["outletID"], subject: row["subjectID"], period: DayRange(first: from, last: to),
                    measure: row["measure"], amount: row["amount"], unit: unit, line: line))
            }
        }
    }

    /// Removes every figure of `source` (to import a corrected table in its place); returns how many.
    public func removeReferenceFigures(source: String) throws -> Int {
        try write { db in
            try db.execute(sql: "DELETE FROM referenceFigure WHERE source = ?", arguments: [source])
            return db.changesCount
        }
    }

    /// What is stored per source: figures, measures, outlets and the days their periods span.
    public func referenceSummary() throws -> [(source: String, figures: Int, measures: [String], outlets: Int, days: DayRange)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT source, COUNT(*) AS figures, GROUP_CONCAT(DISTINCT measure) AS measures,
                       COUNT(DISTINCT outletID) AS outlets, MIN(fromDate) AS first, MAX(toDate) AS last
                FROM referenceFigure GROUP BY source ORDER BY source
                """).map { row in
                let measures = (row["measures"] as String).split(separator: ",").map(String.init).sorted()
                let source: String = row["source"]
                return (source, row["figures"], measures, row["outlets"],
                        DayRange(first: try storedDate(row["first"], "the figures of \(source)"), last: try storedDate(row["last"], "the figures of \(source)")))
            }
        }
    }

    /// The sources stored, with their measures, for messages that say what is there.
    public func referenceSources() throws -> [(source: String, measures: [String])] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT DISTINCT source, measure FROM referenceFigure ORDER BY source, measure")
            var result: [(source: String, measures: [String])] = []
            for row in rows {
                let s: String = row["source"], m: String = row["measure"]
                if result.last?.source == s { result[result.count - 1].measures.append(m) } else { result.append((s, [m])) }
            }
            return result
        }
    }
}

extension MonitoringDatabase {
    /// A stored `YYYY-MM-DD` date, or an error naming what holds it.
    func storedDate(_ text: String?, _ what: String) throws -> LocalDate {
        guard let text, let date = LocalDate(text) else {
            throw InputError(file: path, field: "date", "\(what) has the date \"\(text ?? "")\"")
        }
        return date
    }
}
