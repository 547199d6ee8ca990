import Foundation
import GRDB
import MediaImport
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

/// `mediamon check` must find what went wrong, not only say "healthy".
@Suite(.temporaryFolder) struct HealthCheckTests {
    func coded() throws -> MonitoringDatabase {
        let db = try makeDatabase()
        let sheet = sheetHeader + """
            khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК,news,nur-otan,100,30,positive,aigerim
            khabar,2012-01-05,20:00:00,20:03:00,,,ЦИК,news,osdp,60,,neutral,aigerim
            """
        _ = try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(Data(sheet.utf8), file: "s.csv"))
        #expect(try db.healthProblems().isEmpty)
        return db
    }

    /// Breaks the database behind the store's back (as a crash, a bug or a hand edit would).
    func breaking(_ sql: String) throws -> [String] {
        let db = try coded()
        try db.write { db in try db.execute(sql: sql) }
        return try db.healthProblems().map(\.check)
    }

    @Test func findsCodingsThatExceedTheirItem() throws {
        #expect(try breaking("UPDATE coding SET amount = 150 WHERE subjectID = 'osdp'").contains("amounts"))
    }

    @Test func findsACodingWithoutItsAuditEntry() throws {
        #expect(try breaking("UPDATE audit SET changes = json_remove(changes, '$.amount') WHERE subjectID = 'osdp'") == ["audit"])
        #expect(try breaking("DELETE FROM audit WHERE subjectID = 'osdp'") == ["audit"])
        // A write around the store leaves the coding sums behind too, and check says so.
        #expect(Set(try breaking("UPDATE coding SET amount = 70 WHERE subjectID = 'osdp'")) == ["audit", "sums"])
    }

    @Test func findsAPrimaryCoderWhoCodedNothing() throws {
        #expect(Set(try breaking("UPDATE segment SET primaryCoder = 'nobody'")) == ["primary", "sums"])
        #expect(Set(try breaking("UPDATE segment SET primaryCoder = NULL")) == ["primary", "sums"])
    }

    @Test func findsItemsOutsideThePeriod() throws {
        #expect(Set(try breaking("UPDATE segment SET date = '2012-03-01'")) == ["period", "sums"])
    }

    /// A broadcast item written around mediamon with a start and no end crashed `check` (a
    /// non-optional read of a NULL) before: now it is a named problem.
    @Test func findsAnItemOnAirWithoutAnEnd() throws {
        let problems = try breaking("UPDATE segment SET endUTC = NULL")
        #expect(problems.contains("items"), "\(problems)")
    }

    @Test func findsOrphanRows() throws {
        let db = try coded()
        // Foreign keys are enforced per connection: write through one that does not enforce them.
        var config = Configuration()
        config.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: db.path, configuration: config)
        try queue.write { db in try db.execute(sql: "INSERT INTO coding (segmentID, subjectID, coder, amount, tone, codedAt) VALUES (999, 'osdp', 'x', 1, 'neutral', 'now')") }
        #expect(try db.healthProblems().map(\.check).contains("orphans"))
    }
}
