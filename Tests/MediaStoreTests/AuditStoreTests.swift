import Foundation
import GRDB
import MediaImport
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

/// The audit log as stored since v4-audit: one row per change with every field it changed, read
/// back one entry per field; and for `code import`, the sheet's SHA-256 and the line.
@Suite(.temporaryFolder) struct AuditStoreTests {
    let header = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder,capacity,topic\n"
    let rows = """
        khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК зарегистрировал списки,news,nur-otan,100,30,positive,aigerim,campaign,election-administration
        khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК зарегистрировал списки,news,osdp,60,,neutral,aigerim,,election-administration
        panorama,2012-01-06,,,3,420,"Выборы: ""кто"" за кого",news,ak-zhol,100,,neutral,olga,,

        """

    /// The stored rows: subject, changes, and the sheet's line (nil when no sheet gave the values).
    func storedRows(_ db: MonitoringDatabase) throws -> [String] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT subjectID, changes, line FROM audit ORDER BY id").map {
                "\($0[0] as String? ?? "-") \($0[1] as String) \(($0[2] as Int?).map(String.init) ?? "-")"
            }
        }
    }

    /// SHA-256 of `bytes` as `sha256sum` computes it: a check independent of the code under test.
    func sha256sum(_ bytes: Data) throws -> String {
        let file = try TemporaryFolder.newFolder().appendingPathComponent("audit.csv")
        try bytes.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return String(text.prefix { !$0.isWhitespace })
    }

    @Test func aChangeIsOneRowWithEveryChangedFieldAndReadsBackFieldByField() throws {
        let db = try makeDatabase()
        let id = try db.addSegment(NewSegment(outlet: "khabar", date: LocalDate("2012-01-05")!,
                                              placement: .broadcast(start: TimeOfDay("20:00")!, end: TimeOfDay("20:05")!), title: "Президент")).id
        try db.code(NewCoding(subject: "president", amount: 60, direct: 20, tone: .positive, coder: "aigerim", values: ["capacity": "official"]),
                    segment: id, genre: "news", itemValues: ["topic": "independence-20"])
        try db.code(NewCoding(subject: "president", amount: 90, direct: 20, tone: .neutral, coder: "aigerim", values: ["capacity": "campaign"]), segment: id)
        try db.removeCoding(segment: id, subject: "president", coder: "aigerim")
        try db.setGenre(nil, segment: id, coder: "aigerim")
        #expect(try storedRows(db) == [
            #"president {"amount":[null,"60"],"direct":[null,"20"],"tone":[null,"positive"],"capacity":[null,"official"]} -"#,
            #"- {"genre":[null,"news"],"topic":[null,"independence-20"]} -"#,
            #"president {"amount":["60","90"],"tone":["positive","neutral"],"capacity":["official","campaign"]} -"#,
            #"president {"amount":["90",null],"direct":["20",null],"tone":["neutral",null],"capacity":["campaign",null]} -"#,
            #"- {"topic":["independence-20",null],"genre":["news",null]} -"#,
        ])
        let log = try db.auditLog()
        #expect(log.map { "\($0.subject ?? "-") \($0.field) \($0.old ?? "∅") \($0.new ?? "∅")" } == [
            "president amount ∅ 60", "president direct ∅ 20", "president tone ∅ positive", "president capacity ∅ official",
            "- genre ∅ news", "- topic ∅ independence-20",
            "president amount 60 90", "president tone positive neutral", "president capacity official campaign",
            "president amount 90 ∅", "president direct 20 ∅", "president tone neutral ∅", "president capacity campaign ∅",
            "- topic independence-20 ∅", "- genre news ∅",
        ])
        #expect(log.allSatisfy { $0.coder == "aigerim" && $0.segment == id && $0.source == nil })
        // Entries of one change share its instant; the filters still apply.
        #expect(Set(log.prefix(6).map(\.at)).count == 1)
        #expect(try db.auditLog(coder: "someone-else").isEmpty)
        #expect(try db.auditLog(since: LocalDate("2099-01-01")!).isEmpty)
        #expect(try db.auditLog(since: LocalDate("2012-01-01")!) == log)
    }

    @Test func anImportedValueNamesTheSheetsHashAndLine() throws {
        let db = try makeDatabase()
        let bytes = Data((header + rows).utf8)
        let sheet = try CodingSheetReader(codebook: db.codebook).read(bytes, file: "sheets/week1.csv")
        let expectedHash = try sha256sum(bytes)
        #expect(expectedHash.count == 64 && sheet.sha256 == expectedHash)
        #expect(try db.importSheet(sheet) == ImportSummary(imported: 3, newItems: 2))

        let imports = try db.read { db in try Row.fetchAll(db, sql: "SELECT file, sha256, rows FROM sheetImport") }
        #expect(imports.count == 1)
        #expect(imports.first?["file"] == "sheets/week1.csv" && imports.first?["sha256"] == expectedHash && imports.first?["rows"] == 3)
        // One row per coding and per coder's item values, each with its line (the header is line 1).
        #expect(try storedRows(db) == [
            #"nur-otan {"amount":[null,"100"],"direct":[null,"30"],"tone":[null,"positive"],"capacity":[null,"campaign"]} 2"#,
            #"osdp {"amount":[null,"60"],"tone":[null,"neutral"]} 3"#,
            #"- {"genre":[null,"news"],"topic":[null,"election-administration"]} 2"#,
            #"ak-zhol {"amount":[null,"100"],"tone":[null,"neutral"]} 4"#,
            #"- {"genre":[null,"news"]} 4"#,
        ])
        let log = try db.auditLog()
        #expect(log.count == 4 + 2 + 2 + 2 + 1)
        #expect(log.allSatisfy { $0.source?.file == "sheets/week1.csv" && $0.source?.sha256 == expectedHash })
        #expect(log.filter { $0.subject == "osdp" }.map { $0.source?.line } == [3, 3])

        // The same sheet again adds nothing, not even a sheetImport row.
        let before = try db.snapshot()
        #expect(try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(bytes, file: "sheets/week1.csv")).duplicates == 3)
        #expect(try db.snapshot() == before)

        // A corrected sheet: the replaced values name the new file's hash and line.
        let corrected = Data((header + rows.replacingOccurrences(of: "osdp,60,,neutral", with: "osdp,70,,negative")).utf8)
        #expect(try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(corrected, file: "sheets/week1-fixed.csv")).replaced == 1)
        let changed = try db.auditLog().filter { $0.old != nil }
        #expect(changed.map { "\($0.field) \($0.old!) \($0.new!)" } == ["amount 60 70", "tone neutral negative"])
        #expect(try changed.allSatisfy { $0.source == AuditSource(file: "sheets/week1-fixed.csv", sha256: try sha256sum(corrected), line: 3) })
        #expect(try db.count("sheetImport") == 2)
    }

    @Test func aRejectedSheetRecordsNoImport() throws {
        let db = try makeDatabase()
        let before = try db.snapshot()
        let bad = rows.replacingOccurrences(of: "ak-zhol,100,", with: "ak-zhol,900,")
        #expect(throws: InputErrors.self) {
            try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(Data((header + bad).utf8), file: "bad.csv"))
        }
        #expect(try db.snapshot() == before)
    }

    @Test func fieldNamesAndValuesAreEscapedAsJSON() {
        let text = AuditField.encode([AuditField(field: "title", old: "a \"b\" \\ c\n", new: nil)])
        #expect(text == #"{"title":["a \"b\" \\ c\u000a",null]}"#)
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [Any]]
        #expect(parsed?["title"]?.first as? String == "a \"b\" \\ c\n")
    }
}
