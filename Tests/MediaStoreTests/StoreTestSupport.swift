import Foundation
import TestSupport
import GRDB
import MediaCodebooks
import MediaImport
import MediaModel
@testable import MediaStore

/// A fresh monitoring database in the running test's temporary folder, from the shipped 2012 codebook.
func makeDatabase() throws -> MonitoringDatabase {
    let folder = try TemporaryFolder.newFolder()
    let url = ShippedCodebooks.kazakhstan2012
    let yaml = try String(contentsOf: url, encoding: .utf8)
    let codebook = try CodebookReader().read(yaml: yaml, file: url.path)
    return try MonitoringDatabase.create(at: folder.appendingPathComponent("monitoring.sqlite").path,
                                         codebook: codebook, yaml: yaml, source: url.lastPathComponent)
}

extension MonitoringDatabase {
    /// Every row of every table, as text: equal snapshots mean the database did not change.
    func snapshot() throws -> [String] {
        try read { db in
            var lines: [String] = []
            for table in ["programme", "segment", "coding", "segmentGenre", "audit", "sheetImport"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
                    lines.append("\(table): \(row)")
                }
            }
            return lines
        }
    }

    func count(_ table: String) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")! }
    }
}

let sheetHeader = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder\n"

/// A small coding sheet with the codebook's variables: an evening item coded by two coders
/// (president with a direct part and both variables; nur-otan by each), an item at noon, outside
/// the 18:00–24:00 window, and a newspaper article with its page and area.
let smallCodingSheet = """
    outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder,capacity,topic
    khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,president,100,20,positive,aigerim,official,independence-20
    khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,nur-otan,50,,positive,aigerim,campaign,independence-20
    khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,nur-otan,60,,neutral,bolat,,
    khabar,2012-01-05,12:00:00,12:01:00,,,Днём,news,osdp,30,,negative,aigerim,,
    golos-respubliki,2012-01-06,,,2,400,Статья,news,ak-zhol,120.5,,positive,aigerim,,

    """

/// A fresh database (``makeDatabase()``) with ``smallCodingSheet`` imported.
func makeCodedDatabase() throws -> MonitoringDatabase {
    let db = try makeDatabase()
    _ = try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(Data(smallCodingSheet.utf8), file: "s.csv"))
    return db
}
