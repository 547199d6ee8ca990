import Foundation
import MediaImport
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

/// Reports add amounts up in the order `codedRows` gives them; that order must not depend on
/// when a coding was made, only on the item and then the coding.
@Suite(.temporaryFolder) struct CodedRowsOrderTests {
    @Test func listsCodingsByItemThenByWhenTheyWereMadeEvenWhenAnItemIsCodedAgainLater() throws {
        let db = try makeDatabase()
        let first = sheetHeader + """
            khabar,2012-01-05,20:00:00,20:03:00,,,Первый,news,nur-otan,100,30,positive,aigerim
            khabar,2012-01-05,21:00:00,21:03:00,,,Второй,interview,osdp,60,,neutral,aigerim

            """
        let later = sheetHeader + """
            khabar,2012-01-05,20:00:00,20:03:00,,,Первый,current-affairs,ak-zhol,50,,negative,dmitry

            """
        for text in [first, later] {
            _ = try db.importSheet(CodingSheetReader(codebook: db.codebook).read(Data(text.utf8), file: "s.csv"))
        }
        let rows = try db.codedRows()
        #expect(rows.map(\.subject) == ["nur-otan", "ak-zhol", "osdp"])
        #expect(rows.map(\.isPrimary) == [true, false, true])
        // The item's genre is its primary coder's; the local start time comes back from UTC.
        #expect(rows.map(\.genre) == ["news", "news", "interview"])
        #expect(rows[0].localStart == TimeOfDay("20:00:00") && rows[0].direct == 30 && rows[1].direct == nil)
        #expect(rows[0].segmentID == rows[1].segmentID && rows[2].segmentID != rows[0].segmentID)
    }

    @Test func limitsRowsToDaysAndOutlets() throws {
        let db = try makeDatabase()
        let text = sheetHeader + """
            khabar,2012-01-05,20:00:00,20:03:00,,,А,news,nur-otan,100,,positive,aigerim
            khabar,2012-01-06,20:00:00,20:03:00,,,Б,news,osdp,60,,neutral,aigerim
            panorama,2012-01-05,,,3,420,В,news,auyl,100,,negative,olga

            """
        _ = try db.importSheet(CodingSheetReader(codebook: db.codebook).read(Data(text.utf8), file: "s.csv"))
        let day = LocalDate("2012-01-05")!
        #expect(try db.codedRows(days: DayRange(first: day, last: day)).map(\.subject) == ["nur-otan", "auyl"])
        #expect(try db.codedRows(outlets: ["panorama"]).map(\.unit) == [.squareCentimetres])
    }
}
