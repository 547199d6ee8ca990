import Foundation
import GRDB
import MediaModel

extension MonitoringDatabase {
    /// Stores a whole coding sheet in one transaction: every row, or — on any error — none.
    ///
    /// Rows naming the same item (outlet, date, start or page, title) code one item, also across
    /// sheets: a second coder's sheet adds that coder's codings beside the first's. Each coder's
    /// codings of an item are checked together (each subject once, amounts within the item).
    public func importSheet(_ sheet: CodingSheet) throws -> ImportSummary {
        var problems: [InputError] = []
        func fail(_ row: CodingSheet.Row, _ field: String, _ message: String) {
            problems.append(InputError(file: sheet.file, line: row.line, field: field, message))
        }

        // Group rows by item, then by coder, keeping the sheet's order; check that rows of one
        // item agree on what the item is.
        var itemOrder: [String] = []
        var items: [String: [CodingSheet.Row]] = [:]
        for row in sheet.rows {
            let key = row.segment.key
            if let first = items[key]?.first {
                if first.segment.placement != row.segment.placement {
                    fail(row, first.segment.placement.unit == .seconds ? "end" : "area",
                         "the same item (same outlet, date, \(first.segment.placement.unit == .seconds ? "start" : "page") and title) is given another size on line \(first.line)")
                }
            } else {
                itemOrder.append(key)
            }
            items[key, default: []].append(row)
        }
        for key in itemOrder {
            var byCoder: [String: CodingSheet.Row] = [:]
            var genreOf: [String: CodingSheet.Row] = [:]
            for row in items[key]! {
                let coderSubject = "\(row.coding.coder)|\(row.coding.subject)"
                if let first = byCoder[coderSubject] {
                    fail(row, "subject", "\(row.coding.subject) is coded twice in the same item by \(row.coding.coder) (also on line \(first.line))")
                }
                byCoder[coderSubject] = row
                if let genre = row.genre {
                    if let first = genreOf[row.coding.coder], first.genre != genre {
                        fail(row, "genre", "\(row.coding.coder) gave this item genre \(first.genre!) on line \(first.line) and \(genre) here")
                    }
                    genreOf[row.coding.coder] = row
                }
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }

        return try write { db in
            var summary = ImportSummary()
            for key in itemOrder {
                let rows = items[key]!
                let segment = rows[0].segment
                let outcome = try insertSegment(segment, db)
                if case .added = outcome { summary.newItems += 1 } else {
                    try checkSameSize(segment, existing: outcome.id, db, sheet: sheet.file, line: rows[0].line)
                }
                var coders: [String] = []
                var rowsOf: [String: [CodingSheet.Row]] = [:]
                for row in rows {
                    if rowsOf[row.coding.coder] == nil { coders.append(row.coding.coder) }
                    rowsOf[row.coding.coder, default: []].append(row)
                }
                for coder in coders {
                    let coderRows = rowsOf[coder]!
                    let outcomes: [CodingOutcome]
                    do {
                        outcomes = try applyCodings(coderRows.map(\.coding), coder: coder,
                                                    genre: coderRows.compactMap(\.genre).first, segment: outcome.id, db)
                    } catch let error as InputError {
                        var located = error
                        located.file = sheet.file
                        located.line = coderRows.last!.line
                        problems.append(located)
                        continue
                    }
                    for o in outcomes {
                        switch o {
                        case .inserted: summary.imported += 1
                        case .replaced: summary.replaced += 1
                        case .unchanged: summary.duplicates += 1
                        }
                    }
                }
                if problems.count >= 20 { break }
            }
            // Throwing rolls the whole sheet back.
            if !problems.isEmpty { throw InputErrors(problems) }
            return summary
        }
    }

    private func checkSameSize(_ segment: NewSegment, existing id: Int64, _ db: Database, sheet: String, line: Int) throws {
        let extent = try Double.fetchOne(db, sql: "SELECT extent FROM segment WHERE id = ?", arguments: [id]) ?? 0
        if abs(extent - segment.placement.extent) > 1e-9 {
            let field = segment.placement.unit == .seconds ? "end" : "area"
            throw InputErrors([InputError(file: sheet, line: line, field: field,
                                          "this item is already stored as item \(id) with size \(extent.formatted), not \(segment.placement.extent.formatted)")])
        }
    }
}
