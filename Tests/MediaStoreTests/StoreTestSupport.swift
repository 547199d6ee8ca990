import Foundation
import GRDB
import MediaCodebooks
import MediaModel
@testable import MediaStore

/// A fresh monitoring database in a temporary folder, from the shipped 2012 codebook.
func makeDatabase() throws -> MonitoringDatabase {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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
