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
            var itemValuesOf: [String: CodingSheet.Row] = [:]
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
                if let first = itemValuesOf[row.coding.coder], !row.itemValues.isEmpty, first.itemValues != row.itemValues {
                    let differing = Set(first.itemValues.keys).union(row.itemValues.keys).sorted().first { first.itemValues[$0] != row.itemValues[$0] } ?? "item"
                    fail(row, differing, "\(row.coding.coder) gave this item \(differing) \(first.itemValues[differing] ?? "(none)") on line \(first.line) and \(row.itemValues[differing] ?? "(none)") here")
                }
                if itemValuesOf[row.coding.coder] == nil, !row.itemValues.isEmpty { itemValuesOf[row.coding.coder] = row }
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }

        return try write { db in
            // One page cache big enough for a season's sheets in one transaction.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            let writer = try CodingWriter(db)
            // The sums of the whole sheet, written once before the transaction commits.
            var sums = SumsLedger(codebook: codebook, clock: clock)
            var summary = ImportSummary()
            for key in itemOrder {
                let rows = items[key]!
                let segment = rows[0].segment
                var coders: [String] = []
                var rowsOf: [String: [CodingSheet.Row]] = [:]
                for row in rows {
                    if rowsOf[row.coding.coder] == nil { coders.append(row.coding.coder) }
                    rowsOf[row.coding.coder, default: []].append(row)
                }
                var stored = try writer.item(key: key)
                if stored == nil, case .broadcast(let start, _) = segment.placement {
                    // The same minutes of one outlet are one item: the same start and end under a
                    // corrected title is that item (the new title audited); any other overlap is an error.
                    stored = try sameBroadcastItem(segment, start: start, coder: coders[0], db: db, sheet: sheet.file, line: rows[0].line, key: key)
                }
                if stored == nil, case .online(_, nil) = segment.placement {
                    stored = try sameOnlineArticle(segment, db: db, sheet: sheet.file, line: rows[0].line)
                }
                if let stored {
                    // A second sheet on the same item: compare, replace and audit as `code add` does.
                    try checkSameSize(segment, existing: stored, sheet: sheet.file, line: rows[0].line)
                    for coder in coders {
                        let coderRows = rowsOf[coder]!
                        let outcomes: [CodingOutcome]
                        // Any problem rolls the whole sheet back, sums with it.
                        let before = try Self.sums(db, context: &sums.context, item: stored.id)
                        do {
                            outcomes = try applyCodings(coderRows.map(\.coding), coder: coder,
                                                        genre: coderRows.compactMap(\.genre).first,
                                                        itemValues: coderRows.first { !$0.itemValues.isEmpty }?.itemValues ?? [:],
                                                        segment: stored.id, db)
                        } catch let error as InputError {
                            problems.append(located(error, sheet.file, coderRows.last!.line))
                            continue
                        }
                        sums.add(before, sign: -1)
                        try sums.add(Self.sums(db, context: &sums.context, item: stored.id))
                        for o in outcomes {
                            switch o {
                            case .inserted: summary.imported += 1
                            case .replaced: summary.replaced += 1
                            case .unchanged: summary.duplicates += 1
                            }
                        }
                    }
                } else {
                    // A new item: every coder's codings must fit it; then one pass of inserts.
                    var groups: [CodingWriter.SheetCoder] = []
                    for coder in coders {
                        let coderRows = rowsOf[coder]!
                        let codings = coderRows.map(\.coding)
                        do throws(InputError) {
                            try rules.check(codings: codings, inItemOf: segment.placement.extent, unit: segment.placement.unit)
                        } catch {
                            problems.append(located(error, sheet.file, coderRows.last!.line))
                            continue
                        }
                        groups.append(CodingWriter.SheetCoder(coder: coder, codings: codings, genre: coderRows.compactMap(\.genre).first,
                                                             itemValues: coderRows.first { !$0.itemValues.isEmpty }?.itemValues ?? [:]))
                    }
                    if problems.isEmpty {
                        _ = try writer.insertNew(segment, key: key, clock: clock, coders: groups)
                        sums.addNew(segment, coders: groups, clock: clock)
                        summary.newItems += 1
                        summary.imported += groups.reduce(0) { $0 + $1.codings.count }
                    }
                }
                if problems.count >= 20 { break }
            }
            // Throwing rolls the whole sheet back.
            if !problems.isEmpty { throw InputErrors(problems) }
            try sums.flush(db)
            return summary
        }
    }

    /// An online row without `url` names its article by outlet, date and title: an imported article
    /// (stored with its address) with that title is that item, never a second one counted beside it.
    /// Two such articles that day make the row ambiguous: it must give the `url`.
    private func sameOnlineArticle(_ segment: NewSegment, db: Database, sheet: String, line: Int) throws -> CodingWriter.Item? {
        let title = segment.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, extent, url FROM segment WHERE outletID = ? AND date = ? AND unit = 'characters' AND title = ? ORDER BY id
            """, arguments: [segment.outlet, segment.date.description, title])
        guard let first = rows.first else { return nil }
        guard rows.count == 1 else {
            let urls = rows.compactMap { $0["url"] as String? }.joined(separator: ", ")
            throw InputErrors([InputError(file: sheet, line: line, field: "url",
                                          "\(rows.count) articles of \(segment.outlet) on \(segment.date) are titled \"\(title)\" (\(urls)): give the url of the one coded")])
        }
        return CodingWriter.Item(id: first["id"], extent: first["extent"])
    }

    /// An item already stored on the same outlet at the same minutes as `segment`: the same
    /// start and end make it the same item (its title updated to the sheet's, and audited);
    /// any other overlap is an error naming both. Nil when the minutes are free.
    private func sameBroadcastItem(_ segment: NewSegment, start: TimeOfDay, coder: String, db: Database,
                                   sheet: String, line: Int, key: String) throws -> CodingWriter.Item? {
        let startUTC = clock.utcSeconds(of: segment.date, at: start)
        let endUTC = startUTC + Int(segment.placement.extent)
        guard let other = try overlappingItem(outlet: segment.outlet, date: segment.date, startUTC: UTCTimestamp.string(startUTC),
                                              endUTC: UTCTimestamp.string(endUTC), db) else { return nil }
        if other.start == startUTC, other.end == endUTC {
            try db.execute(sql: "UPDATE segment SET title = ?, itemKey = ? WHERE id = ?", arguments: [segment.title, key, other.id])
            try audit(db, at: UTCTimestamp.now(), coder: coder, segment: other.id, subject: nil, field: "title", old: other.title, new: segment.title)
            return CodingWriter.Item(id: other.id, extent: other.extent)
        }
        throw InputErrors([InputError(file: sheet, line: line, field: "start",
                                      "this item (\(start)–\(clock.local(endUTC).time)) overlaps item \(other.id) \"\(other.title)\" (\(clock.local(other.start).time)–\(clock.local(other.end).time)) on \(segment.outlet): the same minutes cannot be counted twice")])
    }

    private func located(_ error: InputError, _ file: String, _ line: Int) -> InputError {
        var located = error
        located.file = file
        located.line = line
        return located
    }

    private func checkSameSize(_ segment: NewSegment, existing: CodingWriter.Item, sheet: String, line: Int) throws {
        let (id, extent) = (existing.id, existing.extent)
        if abs(extent - segment.placement.extent) > 1e-9 {
            let field = switch segment.placement.unit { case .seconds: "end"; case .squareCentimetres: "area"; case .characters: "chars" }
            throw InputErrors([InputError(file: sheet, line: line, field: field,
                                          "this item is already stored as item \(id) with size \(extent.formatted), not \(segment.placement.extent.formatted)")])
        }
    }
}
