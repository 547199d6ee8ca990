import Foundation
import MediaImport
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

/// Double-coding assignments, the second coder's queue and reconciliation, through the store.
@Suite(.temporaryFolder) struct ReliabilityStoreTests {
    /// Three khabar items coded by aigerim (item 3 also by dana), one panorama item nobody coded yet.
    let sheet = sheetHeader + """
        khabar,2012-01-05,20:00:00,20:03:00,,,Первый,news,nur-otan,100,,positive,aigerim
        khabar,2012-01-05,20:03:00,20:06:00,,,Второй,news,osdp,60,,neutral,aigerim
        khabar,2012-01-05,20:06:00,20:09:00,,,Третий,news,ak-zhol,90,,neutral,aigerim
        khabar,2012-01-05,20:06:00,20:09:00,,,Третий,interview,ak-zhol,70,,negative,dana

        """

    func database() throws -> (MonitoringDatabase, [String: Int64]) {
        let db = try makeDatabase()
        _ = try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(Data(sheet.utf8), file: "sheet.csv"))
        _ = try db.addSegment(NewSegment(outlet: "panorama", date: LocalDate("2012-01-06")!, placement: .print(page: 2, area: 500), title: "Выборы"))
        let ids = Dictionary(uniqueKeysWithValues: try db.segments().map { ($0.title, $0.id) })
        return (db, ids)
    }

    // Which items a second coder is offered is the coder screen's rule (CoderQueue, tested in
    // MediaCoderTests); the store counts the sample's progress.
    @Test func statusCountsPickedAndDoubleCodedItemsPerOutlet() throws {
        let (db, ids) = try database()
        _ = try db.assignDoubleCoding([ids["Первый"]!, ids["Третий"]!, ids["Выборы"]!], outlets: [], percent: 50, seed: 1, by: "lead")
        try db.code(NewCoding(subject: "nur-otan", amount: 95, tone: .positive, coder: "dana"), segment: ids["Первый"]!)
        let status = try db.doubleCodingStatus()
        #expect(status.map(\.outlet) == ["khabar", "panorama"])
        #expect(status[0] == DoubleCodingStatus(outlet: "khabar", items: 3, assigned: 2, doubleCoded: 2, waitingForSecondCoder: 0))
        #expect(status[1] == DoubleCodingStatus(outlet: "panorama", items: 1, assigned: 1, doubleCoded: 0, waitingForSecondCoder: 0))
    }

    @Test func assigningAgainReplacesTheSampleOfTheNamedOutletsOnly() throws {
        let (db, ids) = try database()
        _ = try db.assignDoubleCoding([ids["Первый"]!, ids["Выборы"]!], outlets: [], percent: 50, seed: 1, by: "lead")
        let change = try db.assignDoubleCoding([ids["Второй"]!], outlets: ["khabar"], percent: 34, seed: 2, by: "lead")
        #expect(change == DoubleCodingChange(added: 1, removed: 1, kept: 0))
        #expect(try db.doubleCodingStatus().map(\.assigned) == [1, 1])
        let again = try db.assignDoubleCoding([ids["Второй"]!], outlets: ["khabar"], percent: 34, seed: 2, by: "lead")
        #expect(again == DoubleCodingChange(added: 0, removed: 0, kept: 1))
    }

    @Test func coderGenresGivesEachCodersGenreOfEachItem() throws {
        let (db, ids) = try database()
        let genres = try db.coderGenres()
        #expect(genres[ids["Третий"]!] == ["aigerim": "news", "dana": "interview"])
        #expect(genres[ids["Первый"]!] == ["aigerim": "news"])
        #expect(try db.coderGenres(outlets: ["panorama"]).isEmpty)
        #expect(try db.coderGenres(days: DayRange(first: LocalDate("2012-01-06")!, last: LocalDate("2012-01-13")!)).isEmpty)
    }

    @Test func reconcilingMakesTheChosenCodingTheOneReportsCount() throws {
        let (db, ids) = try database()
        let item = ids["Третий"]!
        func primary() throws -> [String] { try db.codedRows().filter { $0.segmentID == item && $0.isPrimary }.map(\.coder) }
        #expect(try primary() == ["aigerim"])
        #expect(try db.reconcile(segment: item, use: "dana", by: "lead") == .changed(from: "aigerim"))
        #expect(try primary() == ["dana"])
        #expect(try db.segment(id: item)?.primaryCoder == "dana")
        let entry = try #require(try db.auditLog().last)
        #expect(entry.field == "primary" && entry.coder == "lead" && entry.segment == item && entry.old == "aigerim"
                && entry.new == "dana" && entry.subject == nil)
        // Naming the primary coder again changes nothing, not even the audit log.
        let before = try db.snapshot()
        #expect(try db.reconcile(segment: item, use: "dana", by: "lead") == .unchanged)
        #expect(try db.snapshot() == before)
    }

    @Test func reconcileRejectsACoderWhoDidNotCodeTheItem() throws {
        let (db, ids) = try database()
        let before = try db.snapshot()
        #expect(throws: InputError(field: "coder", "dana did not code item \(ids["Первый"]!) (its coders: aigerim)")) {
            try db.reconcile(segment: ids["Первый"]!, use: "dana", by: "lead")
        }
        #expect(throws: InputError(field: "coder", "dana did not code item \(ids["Выборы"]!) (nobody has coded it yet)")) {
            try db.reconcile(segment: ids["Выборы"]!, use: "dana", by: "lead")
        }
        #expect(throws: InputError(field: "item", "there is no item 999")) { try db.reconcile(segment: 999, use: "dana", by: "lead") }
        #expect(try db.snapshot() == before)
    }
}

@Suite(.temporaryFolder) struct ReliabilityMigrationTests {
    @Test func opensADatabaseMadeBeforeDoubleCodingAndAddsTheTable() throws {
        let db = try makeDatabase()
        // Roll the file back to what a v1-only mediamon left.
        try db.write { db in
            try db.execute(sql: "DROP TABLE doubleCoding")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2-reliability'")
        }
        // Refused until `mediamon migrate`, which adds the table back.
        #expect(throws: InputError.self) { try MonitoringDatabase.open(at: db.path) }
        _ = try MonitoringDatabase.migrate(at: db.path)
        let reopened = try MonitoringDatabase.open(at: db.path)
        #expect(try reopened.count("doubleCoding") == 0)
    }
}
