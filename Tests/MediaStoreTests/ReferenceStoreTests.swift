import Foundation
import GRDB
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

@Suite(.temporaryFolder) struct ReferenceStoreTests {
    let campaign = DayRange(first: LocalDate("2011-12-16")!, last: LocalDate("2012-01-13")!)

    func figure(_ outlet: String, _ subject: String, _ amount: Double, unit: ReferenceUnit = .seconds, line: Int = 2) -> ReferenceFigure {
        ReferenceFigure(outlet: outlet, subject: subject, period: campaign, measure: "airtime", amount: amount, unit: unit, line: line)
    }

    func fileBytes(_ db: MonitoringDatabase) throws -> Data {
        // Everything the WAL holds goes into the file first, so equal bytes mean equal contents.
        try db.checkpointForTests()
        return try Data(contentsOf: URL(fileURLWithPath: db.path))
    }

    @Test func importingTheSameFiguresAgainAddsNothing() throws {
        let db = try makeDatabase()
        let figures = [figure("khabar", "nur-otan", 3600), figure("khabar", "ak-zhol", 1800, line: 3)]
        let first = try db.importReferenceFigures(figures, source: "council", file: "c.csv")
        #expect(first.imported == 2 && first.duplicates == 0)
        let again = try db.importReferenceFigures(figures, source: "council", file: "c.csv")
        #expect(again.imported == 0 && again.duplicates == 2)
        #expect(try db.referenceFigures().count == 2)
        // The same figures under another source are that source's.
        #expect(try db.importReferenceFigures(figures, source: "ministry", file: "m.csv").imported == 2)
        #expect(try db.referenceFigures(source: "ministry").map(\.figure) == figures)
    }

    @Test func aChangedFigureOrAMixOfUnitsImportsNothingAndLeavesTheFileAsItWas() throws {
        let db = try makeDatabase()
        _ = try db.importReferenceFigures([figure("khabar", "nur-otan", 3600)], source: "council", file: "c.csv")
        let before = try fileBytes(db)
        let changed = [figure("khabar", "ak-zhol", 10, line: 2), figure("khabar", "nur-otan", 4000, line: 3)]
        let error = #expect(throws: InputErrors.self) { try db.importReferenceFigures(changed, source: "council", file: "d.csv") }
        #expect(error?.description.contains("d.csv:3: airtime: council already has 3600.0 seconds here (c.csv:2)") == true)
        let mixed = [figure("khabar", "ak-zhol", 12, unit: .percent, line: 7)]
        let mixError = #expect(throws: InputErrors.self) { try db.importReferenceFigures(mixed, source: "council", file: "e.csv") }
        #expect(mixError?.description.contains("e.csv:7: unit: council airtime figures for khabar would mix percent with seconds") == true)
        let print = [figure("khabar", "osdp", 12, unit: .squareCentimetres, line: 4)]
        let printError = #expect(throws: InputErrors.self) { try db.importReferenceFigures(print, source: "other", file: "f.csv") }
        #expect(printError?.description.contains("f.csv:4: unit: cm² do not measure tv (khabar)") == true)
        #expect(try fileBytes(db) == before)
        #expect(try db.referenceFigures().count == 1)
    }

    @Test func referenceFiguresNeverEnterTheCodedRows() throws {
        let db = try makeDatabase()
        _ = try db.importReferenceFigures([figure("khabar", "nur-otan", 3600)], source: "council", file: "c.csv")
        #expect(try db.codedRows().isEmpty)
    }
}

extension MonitoringDatabase {
    func checkpointForTests() throws {
        try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }
}
