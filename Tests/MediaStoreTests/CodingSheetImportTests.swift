import Foundation
import MediaImport
import MediaModel
import Testing
import TestSupport
@testable import MediaStore
@testable import MediaText

@Suite(.temporaryFolder) struct CodingSheetImportTests {
    let good = sheetHeader + """
        khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК зарегистрировал списки,news,nur-otan,100,30,positive,aigerim
        khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК зарегистрировал списки,news,osdp,60,,neutral,aigerim
        khabar,2012-01-05,20:03:10,20:05:00,,,«Ақ жол» сайлаушылармен кездесті,interview,ak-zhol,90,45,neutral,aigerim
        panorama,2012-01-06,,,3,420,Выборы: кто за кого,news,nur-otan,300,,negative,olga
        panorama,2012-01-06,,,3,420,Выборы: кто за кого,news,ak-zhol,100,,neutral,olga

        """

    func read(_ text: String, file: String = "sheet.csv", db: MonitoringDatabase) throws -> CodingSheet {
        try CodingSheetReader(codebook: db.codebook).read(Data(text.utf8), file: file)
    }

    /// The first problem an import of `text` reports; the database must be left exactly as it was.
    func rejection(_ text: String, db: MonitoringDatabase) throws -> InputError? {
        let before = try db.snapshot()
        defer { #expect((try? db.snapshot()) == before, "a rejected sheet changed the database") }
        do {
            _ = try db.importSheet(try read(text, db: db))
            return nil
        } catch let error as InputErrors {
            return error.errors.first
        } catch let error as InputError {
            return error
        }
    }

    @Test func groupsRowsIntoItemsAndStoresEveryCoding() throws {
        let db = try makeDatabase()
        let summary = try db.importSheet(try read(good, db: db))
        #expect(summary == ImportSummary(imported: 5, newItems: 3))
        let items = try db.segments()
        #expect(items.map(\.codings) == [2, 1, 2])
        let first = try #require(items.first { $0.outlet == "khabar" && $0.start == TimeOfDay("20:00:00") })
        #expect(first.extent == 180 && first.unit == .seconds && first.primaryCoder == "aigerim")
        let print = try #require(items.first { $0.outlet == "panorama" })
        #expect(print.page == 3 && print.extent == 420 && print.unit == .squareCentimetres)
        #expect(try db.codings(ofSegment: first.id).map(\.direct) == [30, nil])
        // Every stored field of every coding is in the audit log: one row per coding and per coder's genre.
        #expect(try db.auditLog().count == 5 * 2 + 2 + 3)
        #expect(try db.count("audit") == 5 + 3)
    }

    @Test func reimportingTheSameSheetAddsNothing() throws {
        let db = try makeDatabase()
        _ = try db.importSheet(try read(good, db: db))
        let before = try db.snapshot()
        let again = try db.importSheet(try read(good, db: db))
        #expect(again == ImportSummary(imported: 0, duplicates: 5))
        #expect(try db.snapshot() == before)
    }

    @Test func aSecondCodersSheetCodesTheSameItemsBesideTheFirst() throws {
        let db = try makeDatabase()
        _ = try db.importSheet(try read(good, db: db))
        let second = sheetHeader + """
            khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК зарегистрировал списки,news,nur-otan,90,30,neutral,dmitry
            panorama,06.01.2012,,,3,420,Выборы: кто за кого,interview,nur-otan,300,,negative,dmitry
            """
        let summary = try db.importSheet(try read(second, file: "second.csv", db: db))
        #expect(summary.imported == 2 && summary.newItems == 0)
        let rows = try db.codedRows()
        #expect(rows.count == 7)
        #expect(rows.filter(\.isPrimary).count == 5, "the first coder's codings stay primary")
        #expect(rows.filter { $0.coder == "dmitry" }.allSatisfy { !$0.isPrimary })
        // The item's genre in reports is the primary coder's.
        #expect(rows.first { $0.outlet == "panorama" && $0.coder == "dmitry" }?.genre == "news")
    }

    @Test func aRecodedValueReplacesTheOldOneAndIsAudited() throws {
        let db = try makeDatabase()
        _ = try db.importSheet(try read(good, db: db))
        let changed = good.replacingOccurrences(of: "nur-otan,100,30,positive", with: "nur-otan,110,30,neutral")
        let summary = try db.importSheet(try read(changed, db: db))
        #expect(summary == ImportSummary(imported: 0, duplicates: 4, replaced: 1))
        let changes = try db.auditLog().filter { $0.old != nil }
        #expect(changes.map(\.field) == ["amount", "tone"])
        #expect(changes.map(\.old) == ["100", "positive"] && changes.map(\.new) == ["110", "neutral"])
        #expect(changes.allSatisfy { $0.coder == "aigerim" && $0.subject == "nur-otan" })
    }

    @Test(arguments: [
        ("khabar,", "kanal-x,", 3, "outlet", "unknown outlet \"kanal-x\""),
        (",nur-otan,100,", ",nur-otn,100,", 2, "subject", "unknown subject \"nur-otn\""),
        (",positive,", ",positiv,", 2, "tone", "\"positiv\" is not a tone"),
        (",interview,", ",documentary,", 4, "genre", "unknown genre \"documentary\""),
        ("2012-01-06", "2012-02-06", 5, "date", "2012-02-06 is outside the monitoring period"),
        (",ak-zhol,90,45,", ",ak-zhol,200,45,", 4, "amount", "200 seconds is more than the item's 110"),
        (",nur-otan,300,", ",nur-otan,-5,", 5, "amount", "amount must be a positive number"),
        (",60,,neutral", ",60,75,neutral", 3, "direct", "direct speech (75) exceeds"),
        ("20:05:00", "20:5", 4, "end", "\"20:5\" is not a time"),
    ])
    func rejectsABadRowNamingLineAndColumn(find: String, replace: String, line: Int, field: String, message: String) throws {
        let db = try makeDatabase()
        var lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = lines.indices.first { $0 >= line - 1 && lines[$0].contains(find) }!
        #expect(index == line - 1, "the test edits the line it names")
        lines[index] = lines[index].replacingOccurrences(of: find, with: replace)
        let error = try #require(try rejection(lines.joined(separator: "\n"), db: db))
        #expect(error.file == "sheet.csv")
        #expect(error.line == line)
        #expect(error.field == field)
        #expect(error.message.contains(message), "\(error)")
        #expect(error.description.hasPrefix("sheet.csv:\(line): \(field): "))
    }

    @Test func rejectsCodingsThatTogetherExceedTheItem() throws {
        let db = try makeDatabase()
        let over = good.replacingOccurrences(of: "osdp,60,", with: "osdp,81,")
        let error = try #require(try rejection(over, db: db))
        #expect(error.field == "amount" && error.line == 3)
        #expect(error.message.contains("add up to 181 seconds, more than the item's 180"))
    }

    @Test func rejectsTheSameSubjectTwiceInAnItem() throws {
        let db = try makeDatabase()
        let twice = good.replacingOccurrences(of: "news,osdp,60", with: "news,nur-otan,60")
        let error = try #require(try rejection(twice, db: db))
        #expect(error.field == "subject" && error.line == 3 && error.message.contains("also on line 2"))
    }

    @Test func importsNothingFromASheetWithOneBadRowAmongMany() throws {
        let db = try makeDatabase()
        var text = sheetHeader
        for i in 0..<300 {
            text += "khabar,2012-01-0\(i % 9 + 1),20:\(String(format: "%02d", i / 9)):00,20:\(String(format: "%02d", i / 9)):50,,,Item \(i),news,nur-otan,40,,neutral,aigerim\n"
        }
        text += "khabar,2012-01-10,21:00:00,21:01:00,,,Last,news,nur-otan,40,,neutral,\n"
        let error = try #require(try rejection(text, db: db))
        #expect(error.line == 302 && error.field == "coder")
        #expect(try db.count("coding") == 0)
        #expect(try db.count("segment") == 0)
    }

    @Test func readsASheetSavedByExcelInWindows1251WithSemicolons() throws {
        let db = try makeDatabase()
        let text = good.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "Выборы: кто", with: "Выборы, кто")
            .replacingOccurrences(of: "nur-otan;300;", with: "nur-otan;300,5;")
            .replacingOccurrences(of: "«Ақ жол» сайлаушылармен кездесті", with: "«Ак жол» встретилась с избирателями")
        let bytes = try TextDecoder().encode(text, as: .windows1251)
        let sheet = try CodingSheetReader(codebook: db.codebook).read(bytes, file: "excel.csv")
        _ = try db.importSheet(sheet)
        let titles = try db.segments().map(\.title)
        #expect(titles.contains("Выборы, кто за кого"))
        #expect(titles.contains("«Ак жол» встретилась с избирателями"))
        #expect(try db.codedRows().contains { $0.amount == 300.5 })
    }

    @Test func rejectsAFileInAnUnknownEncoding() throws {
        let db = try makeDatabase()
        var bytes = Array(sheetHeader.utf8)
        for i in 0..<400 { bytes.append(UInt8(0x80 + (i * 37) % 0x80)); if i % 13 == 0 { bytes.append(0x01) } }
        #expect {
            _ = try CodingSheetReader(codebook: db.codebook).read(Data(bytes), file: "odd.csv")
        } throws: { error in
            "\(error)".hasPrefix("odd.csv: unknown encoding")
        }
    }

    @Test func rejectsUnknownAndMissingColumns() throws {
        let db = try makeDatabase()
        let text = "outlet,date,start,end,subjekt,amount,tone,coder\nkhabar,2012-01-05,20:00:00,20:01:00,nur-otan,10,neutral,a\n"
        #expect {
            _ = try read(text, db: db)
        } throws: { error in
            let found = (error as? InputErrors)?.errors ?? []
            return found.count == 2 && found[0].field == "subjekt" && found[0].line == 1 && found[1].field == "subject"
        }
    }
}
