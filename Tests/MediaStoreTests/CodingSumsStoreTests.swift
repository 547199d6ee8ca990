import Foundation
import GRDB
import MediaImport
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

/// The coding sums reports read (docs/METHODOLOGY.md "Coding sums"): built by `v4-sums` from a
/// released database, kept by every write, and never trusted blindly — `check` counts them again.
@Suite(.temporaryFolder) struct CodingSumsStoreTests {
    func sumsRows(_ db: MonitoringDatabase) throws -> [String] {
        try db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM codingSum").map { "\($0)" } }
    }

    @Test func aSheetWritesOneSumPerCombinationWithItsWindowAndPrimaryCoding() throws {
        let db = try makeCodedDatabase()
        let rows = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT outletID, subjectID, tone, codingVars, itemVars, isPrimary, insideWindow, amount, direct, codings FROM codingSum ORDER BY outletID, subjectID, isPrimary")
        }
        #expect(rows.count == 5)
        struct Sum: Equatable {
            var amount: Int64, direct: Int64, codingVars: String, itemVars: String, isPrimary: Bool, insideWindow: Bool
        }
        func sum(_ outlet: String, _ subject: String, primary: Bool = true) throws -> Sum {
            let row = try #require(rows.first { ($0["outletID"] as String) == outlet && ($0["subjectID"] as String) == subject && ($0["isPrimary"] as Bool) == primary })
            return Sum(amount: row["amount"], direct: row["direct"], codingVars: row["codingVars"], itemVars: row["itemVars"],
                       isPrimary: row["isPrimary"], insideWindow: row["insideWindow"])
        }
        let topic = "{\"topic\":\"independence-20\"}"
        #expect(try sum("golos-respubliki", "ak-zhol") == Sum(amount: 120_500_000, direct: 0, codingVars: "", itemVars: "", isPrimary: true, insideWindow: true))
        // Noon is outside the 18:00–24:00 window.
        #expect(try sum("khabar", "osdp") == Sum(amount: 30_000_000, direct: 0, codingVars: "", itemVars: "", isPrimary: true, insideWindow: false))
        // The second coder's coding: not primary, with the primary coder's item values.
        #expect(try sum("khabar", "nur-otan", primary: false) == Sum(amount: 60_000_000, direct: 0, codingVars: "", itemVars: topic, isPrimary: false, insideWindow: true))
        #expect(try sum("khabar", "president") == Sum(amount: 100_000_000, direct: 20_000_000, codingVars: "{\"capacity\":\"official\"}", itemVars: topic, isPrimary: true, insideWindow: true))
        #expect(try db.read { try db.sumsDisagreements($0) }.count == 0)
        // The sums as reports read them: primary codings only, defaults filled in.
        let sums = try db.codingSums()
        #expect(sums.count == 4 && sums.allSatisfy(\.isPrimary))
        #expect(sums.first { $0.subject == "osdp" }?.values["capacity"] == "other")
    }

    @Test func reImportingASheetChangesNoSum() throws {
        let db = try makeCodedDatabase()
        let before = try sumsRows(db)
        let sheet = """
            outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder,capacity,topic
            khabar,2012-01-05,20:00:00,20:03:00,,,Президент,news,president,100,20,positive,aigerim,official,independence-20

            """
        _ = try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(Data(sheet.utf8), file: "again.csv"))
        #expect(try sumsRows(db) == before)
    }

    @Test func checkReportsCorruptedSumsAndRepairCountsThemAgain() throws {
        let db = try makeCodedDatabase()
        #expect(try db.healthProblems().filter { $0.check == "sums" }.isEmpty)
        try db.write { db in
            try db.execute(sql: "UPDATE codingSum SET amount = amount + 1000000 WHERE subjectID = 'president'")
            try db.execute(sql: "DELETE FROM codingSum WHERE subjectID = 'osdp'")
        }
        let problems = try db.healthProblems().filter { $0.check == "sums" }
        #expect(problems.contains { $0.message.contains("khabar 2012-01-05 president") && $0.message.contains("the sums hold 101 seconds") && $0.message.contains("the codings give 100 seconds") })
        #expect(problems.contains { $0.message.contains("osdp") && $0.message.contains("0 codings") })
        #expect(problems.contains { $0.message.contains("--repair-sums") })
        // Reports refuse sums that do not hold every coding rather than print them.
        #expect { _ = try db.codingSums() } throws: { ($0 as? InputError)?.message.contains("--repair-sums") == true }
        #expect(try db.repairSums() == 2)
        #expect(try db.healthProblems().filter { $0.check == "sums" }.isEmpty)
        #expect(try db.repairSums() == 0)
    }

    /// Reports' guard reads a running total kept by triggers: it follows every change of a sum,
    /// even one made around mediamon, and a total edited by hand is found and repaired.
    @Test func theRunningTotalFollowsTheSumsAndIsRepaired() throws {
        let db = try makeCodedDatabase()
        func total() throws -> Int64 { try db.read { try Int64.fetchOne($0, sql: "SELECT codings FROM codingSumTotal")! } }
        func counted() throws -> Int64 { try db.read { try Int64.fetchOne($0, sql: "SELECT SUM(codings) FROM codingSum")! } }
        let codings = try db.read { try Int64.fetchOne($0, sql: "SELECT COUNT(*) FROM coding")! }
        #expect(try total() == codings && counted() == codings)
        try db.write { try $0.execute(sql: "DELETE FROM codingSum WHERE subjectID = 'osdp'") }
        #expect(try total() == counted())
        #expect { _ = try db.codingSums() } throws: { ($0 as? InputError)?.message.contains("--repair-sums") == true }
        _ = try db.repairSums()
        #expect(try total() == codings)
        try db.write { try $0.execute(sql: "UPDATE codingSumTotal SET codings = codings + 5") }
        #expect(try db.healthProblems().contains { $0.check == "sums" && $0.message.contains("running total") })
        #expect(try db.repairSums() == 1)
        #expect(try total() == codings)
        #expect(try db.codingSums().reduce(0) { $0 + Int64($1.codings) } > 0)
    }

    func valueFreeRows(_ db: MonitoringDatabase) throws -> [String] {
        try db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM codingSumWithoutValues").map { "\($0)" } }
    }

    /// The value-free sums (v5) are the sums summed over their values, written by the same changes:
    /// a coding whose value changes moves between `codingSum` rows and leaves them as they were.
    @Test func theValueFreeSumsAreTheSumsSummedOverTheirValuesAfterEveryChange() throws {
        let db = try makeDatabase()
        let sheet = """
            outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder,capacity,topic
            khabar,2012-01-05,20:00:00,20:03:00,,,Первый,news,president,100,20,positive,aigerim,official,independence-20
            khabar,2012-01-05,21:00:00,21:03:00,,,Второй,news,president,40.25,,positive,aigerim,campaign,campaign
            khabar,2012-01-05,22:00:00,22:03:00,,,Третий,news,president,7,,positive,aigerim,,

            """
        _ = try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(Data(sheet.utf8), file: "s.csv"))
        func agree(_ step: String) throws {
            let stored = try db.read { try MonitoringDatabase.storedSums($0) }
            let free = try db.read { try MonitoringDatabase.storedSums($0, table: .withoutValues) }
            #expect(free == MonitoringDatabase.withoutValues(stored), "\(step)")
            #expect(try db.read { try db.sumsDisagreements($0) }.count == 0, "\(step)")
        }
        try agree("the sheet")
        // Three items of one outlet, day, subject, genre and tone with three sets of values: one value-free row.
        #expect(try sumsRows(db).count == 3)
        let free = try db.read { try Row.fetchAll($0, sql: "SELECT amount, direct, codings, isPrimary, insideWindow FROM codingSumWithoutValues") }
        #expect(free.count == 1)
        #expect(free.first.map { [$0[0], $0[1], $0[2], $0[3], $0[4]] as [Int64] } == [147_250_000, 20_000_000, 3, 1, 1])
        let before = try valueFreeRows(db), sumsBefore = try sumsRows(db)
        // Another capacity for the second item's coding: codingSum moves it, the value-free row stays.
        let second = try #require(try db.segments().first { $0.title == "Второй" })
        _ = try db.code(NewCoding(subject: "president", amount: 40.25, tone: .positive, coder: "aigerim", values: ["capacity": "official"]), segment: second.id)
        #expect(try sumsRows(db) != sumsBefore)
        #expect(try valueFreeRows(db) == before)
        try agree("a value changed")
        // Its amount and tone change: the value-free sums follow.
        _ = try db.code(NewCoding(subject: "president", amount: 10, tone: .negative, coder: "aigerim", values: ["capacity": "official"]), segment: second.id)
        try agree("amount and tone changed")
        #expect(try valueFreeRows(db).count == 2)
        _ = try db.removeCoding(segment: second.id, subject: "president", coder: "aigerim")
        try agree("a coding removed")
        #expect(try valueFreeRows(db) != before && (try valueFreeRows(db)).count == 1)
        #expect(try db.codingSums(values: false).map(\.codings) == [2])
    }

    /// Reports that need no value read the value-free sums; `check` compares them with the codings
    /// and with codingSum, and the repair counts both again.
    @Test func checkNamesDamagedValueFreeSumsAndRepairCountsThemAgain() throws {
        let db = try makeCodedDatabase()
        func amount(_ values: Bool) throws -> Double { try db.codingSums(values: values).reduce(0) { $0 + $1.amount } }
        #expect(try amount(false) == amount(true))
        try db.write { try $0.execute(sql: "UPDATE codingSumWithoutValues SET amount = amount + 1000000 WHERE subjectID = 'president'") }
        // The report reads this table (codingSum is unchanged), which is why check compares it.
        #expect(try amount(false) == amount(true) + 1)
        let problems = try db.healthProblems().filter { $0.check == "sums" }
        #expect(problems.contains { $0.message.contains("khabar 2012-01-05 president") && $0.message.contains("the sums without values hold 101 seconds")
            && $0.message.contains("the sums with values give 100 seconds") && $0.message.contains("the codings give 100 seconds") }, "\(problems)")
        #expect(problems.contains { $0.message.contains("--repair-sums") })
        #expect(try db.repairSums() == 1)
        #expect(try db.healthProblems().filter { $0.check == "sums" }.isEmpty)
        #expect(try amount(false) == amount(true))

        // A row missing: its guard refuses the reports that read it; those that read codingSum still print.
        try db.write { try $0.execute(sql: "DELETE FROM codingSumWithoutValues WHERE subjectID = 'osdp'") }
        #expect { _ = try db.codingSums(values: false) } throws: {
            ($0 as? InputError).map { $0.message.contains("codingSumWithoutValues") && $0.message.contains("--repair-sums") } == true
        }
        #expect(try db.codingSums(values: true).count == 4)
        #expect(try db.healthProblems().contains { $0.check == "sums" && $0.message.contains("osdp") && $0.message.contains("the sums without values hold 0 seconds") })
        #expect(try db.repairSums() == 1)
        #expect(try db.codingSums(values: false).count == 4)

        // Its running total edited by hand: named, and reset by the repair.
        try db.write { try $0.execute(sql: "UPDATE codingSumWithoutValuesTotal SET codings = codings + 5") }
        #expect(try db.healthProblems().contains { $0.check == "sums" && $0.message.contains("codingSumWithoutValuesTotal") })
        #expect { _ = try db.codingSums(values: false) } throws: { ($0 as? InputError)?.message.contains("--repair-sums") == true }
        #expect(try db.repairSums() == 1)
        #expect(try db.healthProblems().filter { $0.check == "sums" }.isEmpty)

        // Both damaged the same way (as if written around mediamon): each is named against the codings.
        try db.write { db in
            try db.execute(sql: "UPDATE codingSum SET direct = direct + 1000000 WHERE subjectID = 'president'")
            try db.execute(sql: "UPDATE codingSumWithoutValues SET direct = direct + 1000000 WHERE subjectID = 'president'")
        }
        let damaged = try db.healthProblems().filter { $0.check == "sums" }
        #expect(damaged.contains { $0.message.contains("the sums hold 100 seconds, direct 21") })
        #expect(damaged.contains { $0.message.contains("the sums without values hold 100 seconds, direct 21") && $0.message.contains("the codings give 100 seconds, direct 20") })
        #expect(try db.repairSums() == 2)
        #expect(try db.healthProblems().filter { $0.check == "sums" }.isEmpty)
    }

    @Test func theLastReleasesDatabaseGetsItsSumsWhenMigrated() throws {
        let folder = try TemporaryFolder.newFolder()
        let path = folder.appendingPathComponent("monitoring.sqlite").path
        try FileManager.default.copyItem(atPath: MigrationTests.fixture.path, toPath: path)
        _ = try MonitoringDatabase.migrate(at: path)
        let db = try MonitoringDatabase.open(at: path)
        let primary = try db.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM coding c JOIN segment s ON s.id = c.segmentID WHERE c.coder = s.primaryCoder")!
        }
        #expect(primary > 0)
        #expect(try db.codingSums().reduce(0) { $0 + $1.codings } == primary)
        #expect(try db.codingSums(values: false).reduce(0) { $0 + $1.codings } == primary)
        // v5 fills the value-free sums from codingSum: both running totals hold every coding.
        let totals = try db.read { try Row.fetchOne($0, sql: "SELECT (SELECT codings FROM codingSumTotal), (SELECT codings FROM codingSumWithoutValuesTotal), (SELECT COUNT(*) FROM coding)")! }
        #expect(totals[0] as Int64 == totals[2] as Int64 && totals[1] as Int64 == totals[2] as Int64)
        #expect(try db.read { try db.sumsDisagreements($0) }.count == 0)
        #expect(try db.healthProblems().filter { $0.check == "sums" }.isEmpty)
    }
}
