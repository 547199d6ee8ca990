import Foundation
import GRDB
import MediaImport
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

/// `code import` writes new items through prepared statements of its own (SheetWriter); these
/// tests hold it to what adding the item and coding it one value at a time stores.
@Suite(.temporaryFolder) struct SheetFastPathTests {
    let sheet = sheetHeader + """
        khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК зарегистрировал списки,news,nur-otan,100,30,positive,aigerim
        khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК зарегистрировал списки,news,osdp,60,,neutral,aigerim
        khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК зарегистрировал списки,news,nur-otan,90,,negative,dmitry
        panorama,2012-01-06,,,3,420,  Выборы: кто за кого ,,ak-zhol,100,,neutral,olga

        """

    /// Every stored column except ids and clock times, which differ between two runs.
    func contents(_ db: MonitoringDatabase) throws -> [String] {
        try db.read { db in
            var lines: [String] = []
            for (table, columns) in [
                ("segment", "outletID, programmeID, date, startUTC, endUTC, page, url, unit, extent, title, genreID, language, text, itemKey, primaryCoder"),
                ("coding", "subjectID, coder, amount, direct, tone"),
                ("segmentGenre", "coder, genreID"),
                ("audit", "coder, subjectID, changes"),
            ] {
                for row in try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY rowid") { lines.append("\(table): \(row)") }
            }
            return lines
        }
    }

    @Test func storesNewItemsAsAddingAndCodingThemOneByOneWould() throws {
        let fast = try makeDatabase()
        let rows = try CodingSheetReader(codebook: fast.codebook).read(Data(sheet.utf8), file: "s.csv").rows
        #expect(try fast.importSheet(CodingSheet(file: "s.csv", rows: rows)) == ImportSummary(imported: 4, newItems: 2))

        // The general path: add the item, then write each coder's codings of it together.
        let slow = try makeDatabase()
        var keys: [String] = []
        for row in rows where !keys.contains(row.segment.key) { keys.append(row.segment.key) }
        for key in keys {
            let itemRows = rows.filter { $0.segment.key == key }
            let id = try slow.addSegment(itemRows[0].segment).id
            var coders: [String] = []
            for row in itemRows where !coders.contains(row.coding.coder) { coders.append(row.coding.coder) }
            for coder in coders {
                let mine = itemRows.filter { $0.coding.coder == coder }
                _ = try slow.write { db in
                    try slow.applyCodings(mine.map(\.coding), coder: coder, genre: mine.compactMap(\.genre).first, segment: id, db)
                }
            }
        }
        #expect(try contents(fast) == contents(slow))
        #expect(try fast.auditLog().count == 3 + 2 + 2 + 2 + 2)   // amount/direct/tone per coding, one genre per coder
        #expect(try fast.count("audit") == 4 + 2)                 // one row per coding and per coder's genre
    }

    @Test func linksABroadcastItemToTheProgrammeThatEnclosesIt() throws {
        let db = try makeDatabase()
        let clock = db.clock
        let day = LocalDate("2012-01-05")!
        let start = clock.utcSeconds(of: day, at: TimeOfDay("19:30:00")!), end = clock.utcSeconds(of: day, at: TimeOfDay("21:00:00")!)
        let programme = try db.write { d in
            try d.execute(sql: "INSERT INTO programme (outletID, startUTC, endUTC, title, contentKey) VALUES ('khabar', ?, ?, 'Жаңалықтар', 'k')",
                          arguments: [UTCTimestamp.string(start), UTCTimestamp.string(end)])
            return d.lastInsertedRowID
        }
        let rows = try CodingSheetReader(codebook: db.codebook).read(Data(sheet.utf8), file: "s.csv").rows
        _ = try db.importSheet(CodingSheet(file: "s.csv", rows: rows))
        let items = try db.segments()
        #expect(items.first { $0.outlet == "khabar" }?.programmeID == programme)
        #expect(items.first { $0.outlet == "panorama" }?.programmeID == nil)
    }

    @Test func rejectsAnItemWhoseCodingsExceedItAndStoresNothing() throws {
        let db = try makeDatabase()
        let before = try db.snapshot()
        let text = sheetHeader + """
            khabar,2012-01-05,20:00:00,20:01:00,,,Сюжет,news,nur-otan,50,,positive,aigerim
            khabar,2012-01-05,20:00:00,20:01:00,,,Сюжет,news,osdp,50,,neutral,aigerim
            khabar,2012-01-05,21:00:00,21:01:00,,,Другой сюжет,news,osdp,50,,neutral,aigerim

            """
        let rows = try CodingSheetReader(codebook: db.codebook).read(Data(text.utf8), file: "s.csv").rows
        #expect {
            try db.importSheet(CodingSheet(file: "s.csv", rows: rows))
        } throws: { error in
            guard let errors = error as? InputErrors, let first = errors.errors.first else { return false }
            return errors.errors.count == 1 && first.line == 3 && first.field == "amount" && first.file == "s.csv"
        }
        #expect(try db.snapshot() == before)
    }
}
