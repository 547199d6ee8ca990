import Foundation
import GRDB
import MediaImport
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

/// Declared variables through the store: stored with codings and items, audited, imported from
/// sheets and exported back (the shipped codebook declares capacity per coding and topic per item).
@Suite(.temporaryFolder) struct VariableStoreTests {
    let header = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder,capacity,topic\n"

    func sheet(_ rows: String, file: String = "sheet.csv", db: MonitoringDatabase) throws -> CodingSheet {
        try CodingSheetReader(codebook: db.codebook).read(Data((header + rows).utf8), file: file)
    }

    func auditFields(_ db: MonitoringDatabase) throws -> [String] {
        try db.auditLog().map { "\($0.subject ?? "-") \($0.field) \($0.old ?? "∅") \($0.new ?? "∅")" }
    }

    @Test func aCodingKeepsItsValuesAndEveryChangeIsAudited() throws {
        let db = try makeDatabase()
        let id = try db.addSegment(NewSegment(outlet: "khabar", date: LocalDate("2012-01-05")!,
                                              placement: .broadcast(start: TimeOfDay("20:00")!, end: TimeOfDay("20:05")!), title: "Президент")).id
        try db.code(NewCoding(subject: "president", amount: 60, tone: .positive, coder: "aigerim", values: ["capacity": "official"]),
                    segment: id, genre: "news", itemValues: ["topic": "independence-20"])
        // A change of tone alone keeps the capacity; a change of capacity is one audited change.
        try db.code(NewCoding(subject: "president", amount: 60, tone: .neutral, coder: "aigerim"), segment: id)
        try db.code(NewCoding(subject: "president", amount: 60, tone: .neutral, coder: "aigerim", values: ["capacity": "campaign"]), segment: id)
        try db.setItemValues(["topic": "campaign"], segment: id, coder: "aigerim")
        #expect(try db.codings(ofSegment: id).map(\.values) == [["capacity": "campaign"]])
        #expect(try auditFields(db) == [
            "president amount ∅ 60", "president tone ∅ positive", "president capacity ∅ official",
            "- genre ∅ news", "- topic ∅ independence-20",
            "president tone positive neutral",
            "president capacity official campaign",
            "- topic independence-20 campaign",
        ])
        let row = try #require(try db.codedRows().first)
        #expect(row.values == ["capacity": "campaign", "topic": "campaign"])
    }

    @Test func aValueTheCodebookDoesNotAllowIsRefusedAndNothingIsWritten() throws {
        let db = try makeDatabase()
        let id = try db.addSegment(NewSegment(outlet: "khabar", date: LocalDate("2012-01-05")!,
                                              placement: .broadcast(start: TimeOfDay("20:00")!, end: TimeOfDay("20:05")!), title: "x")).id
        let before = try db.snapshot()
        #expect(throws: InputError.self) {
            try db.code(NewCoding(subject: "president", amount: 60, tone: .positive, coder: "a", values: ["capacity": "offical"]), segment: id)
        }
        #expect(throws: InputError.self) {
            try db.code(NewCoding(subject: "president", amount: 60, tone: .positive, coder: "a", values: ["topic": "campaign"]), segment: id)
        }
        #expect(throws: InputError.self) {
            try db.code(NewCoding(subject: "president", amount: 60, tone: .positive, coder: "a"), segment: id, itemValues: ["topic": "campaign"])
        }
        #expect(try db.snapshot() == before)
    }

    @Test func aSheetWithABadValueNamesItsLineAndColumn() throws {
        let db = try makeDatabase()
        let rows = """
            khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,president,100,,positive,aigerim,official,independence-20
            khabar,2012-01-05,20:03:00,20:05:00,,,Выборы,news,cec,60,,neutral,aigerim,offical,election-administration

            """
        do {
            _ = try sheet(rows, db: db)
            Issue.record("a bad capacity was accepted")
        } catch let errors as InputErrors {
            let error = try #require(errors.errors.first)
            #expect(error.line == 3 && error.field == "capacity" && error.message.contains("\"offical\""))
        }
        // An item coded with two topics by the same coder is refused.
        let twoTopics = """
            khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,president,100,,positive,aigerim,official,independence-20
            khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,nur-otan,50,,positive,aigerim,campaign,campaign

            """
        let before = try db.snapshot()
        #expect(throws: InputErrors.self) { try db.importSheet(try sheet(twoTopics, db: db)) }
        #expect(try db.snapshot() == before)
    }

    @Test func exportThenReimportRoundTripsEveryVariable() throws {
        let db = try makeDatabase()
        let rows = """
            khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,president,100,20,positive,aigerim,official,independence-20
            khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,nur-otan,50,,positive,aigerim,campaign,independence-20
            khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,president,90,20,neutral,dana,campaign,campaign
            panorama,2012-01-06,,,3,420,Выборы,news,cec,300,,neutral,olga,,election-administration
            khabar,2012-01-07,20:00:00,20:03:00,,,Без темы,news,osdp,30,,negative,olga,,

            """
        let summary = try db.importSheet(try sheet(rows, db: db))
        #expect(summary.imported == 5)
        let folder = try TemporaryFolder.newFolder().appendingPathComponent("export")
        _ = try db.export(to: folder)
        let exported = try String(contentsOf: folder.appendingPathComponent("codings.csv"), encoding: .utf8)
        #expect(exported.hasPrefix("outlet,date,start,end,page,area,chars,url,title,genre,subject,amount,direct,tone,coder,capacity,topic\n"))

        let copy = try makeDatabase()
        let reread = try CodingSheetReader(codebook: copy.codebook).read(Data(exported.utf8), file: "codings.csv")
        #expect(try copy.importSheet(reread).imported == 5)
        func stored(_ db: MonitoringDatabase) throws -> [String] {
            try db.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT s.itemKey, c.subjectID, c.coder, c.amount, c.direct, c.tone, c.vars, g.genreID, g.vars AS itemVars
                    FROM coding c JOIN segment s ON s.id = c.segmentID LEFT JOIN segmentGenre g ON g.segmentID = s.id AND g.coder = c.coder
                    ORDER BY 1, 2, 3
                    """).map { "\($0)" }
            }
        }
        #expect(try stored(copy) == stored(db))
        #expect(try stored(db).contains { $0.contains("capacity") && $0.contains("official") && $0.contains("independence-20") })
        // Reimporting the export into the original adds nothing.
        #expect(try db.importSheet(reread) == ImportSummary(imported: 0, duplicates: 5))
    }
}
