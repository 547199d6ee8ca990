import Foundation
import GRDB
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

/// Migrations that protect a mission's database: pinned schemas, refusals that leave a file
/// untouched, and the database of the last release carried forward intact.
@Suite(.temporaryFolder) struct MigrationTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = tests.appendingPathComponent("Fixtures/v2-release/monitoring.sqlite")

    func copyOfFixture() throws -> String {
        let folder = try TemporaryFolder.newFolder()
        let path = folder.appendingPathComponent("monitoring.sqlite").path
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: path)
        return path
    }

    /// The file's bytes: equal digests mean the file was not written.
    func digest(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// Opening for reading, for writing and migrating are each refused with `message`, and the file
    /// is left byte for byte as it was.
    func expectEveryOpeningRefused(_ path: String, saying message: String, what: String) throws {
        let before = try digest(path)
        for attempt in [{ _ = try MonitoringDatabase.open(at: path, access: .readOnly) },
                        { _ = try MonitoringDatabase.open(at: path) },
                        { _ = try MonitoringDatabase.migrate(at: path) }] {
            do {
                try attempt()
                Issue.record("\(what) was opened")
            } catch let error as InputError {
                #expect(error.message.contains(message))
            }
        }
        #expect(try digest(path) == before)
    }

    /// The schema after each migration, as SQLite stores it. A released migration's file never
    /// changes: a new migration adds its own `Tests/Schemas/NAME.sql` (`MEDIAMON_PIN_SCHEMAS=1` writes a missing one).
    @Test func eachMigrationGivesItsPinnedSchema() throws {
        let migrator = Schema.migrator
        for name in migrator.migrations {
            let queue = try DatabaseQueue()
            try migrator.migrate(queue, upTo: name)
            let schema = try queue.read { db in
                try String.fetchAll(db, sql: """
                    SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'grdb_%' AND name NOT LIKE 'sqlite_%'
                    ORDER BY type, name
                    """).joined(separator: ";\n") + ";\n"
            }
            let pinned = Self.tests.appendingPathComponent("Schemas/\(name).sql")
            if !FileManager.default.fileExists(atPath: pinned.path), ProcessInfo.processInfo.environment["MEDIAMON_PIN_SCHEMAS"] == "1" {
                try Data(schema.utf8).write(to: pinned)
            }
            let expected = try String(contentsOf: pinned, encoding: .utf8)
            #expect(schema == expected, "the schema after \(name) differs from Tests/Schemas/\(name).sql: a released migration was edited")
        }
    }

    @Test func aDatabaseOfTheLastReleaseIsRefusedUntilMigratedAndLeftUntouched() throws {
        let path = try copyOfFixture()
        let before = try digest(path)
        for access in [MonitoringDatabase.Access.readOnly, .readWrite] {
            do {
                _ = try MonitoringDatabase.open(at: path, access: access)
                Issue.record("an old database was opened without migrating")
            } catch let error as InputError {
                #expect(error.message.contains("run `mediamon migrate"))
            }
        }
        #expect(try digest(path) == before)
    }

    @Test func migratingTheLastReleasesDatabaseKeepsEveryRecordAndWritesABackup() throws {
        let path = try copyOfFixture()
        let before = try digest(path)
        let tables = ["coding", "audit", "segment", "segmentGenre", "programme", "cue", "cueMention", "suggestion", "doubleCoding", "subject", "outlet", "genre"]
        func rows(_ table: String, _ db: Database) throws -> [String] {
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { row in
                row.columnNames.filter { $0 != "vars" }.map { "\(row[$0] as DatabaseValue)" }.joined(separator: "|")
            }
        }
        let old = try DatabaseQueue(path: Self.fixture.path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let oldRows = try old.read { db in try tables.map { try rows($0, db) } }
        try old.close()
        #expect(oldRows[0].count == 875 && oldRows[1].count == 3040 && oldRows[8].count == 102)

        guard case .migrated(let applied, let backup) = try MonitoringDatabase.migrate(at: path) else {
            Issue.record("nothing migrated")
            return
        }
        #expect(applied == Schema.migrator.migrations.filter { !["v1", "v2-imports", "v2-reliability"].contains($0) })
        // The backup is the database as it was: the old schema, every row.
        let saved = try DatabaseQueue(path: backup, configuration: { var c = Configuration(); c.readonly = true; return c }())
        #expect(try saved.read { db in try tables.map { try rows($0, db) } } == oldRows)
        #expect(try saved.read { db in try !Schema.migrator.hasCompletedMigrations(db) })
        try saved.close()
        #expect(try digest(path) != before)
        let db = try MonitoringDatabase.open(at: path)
        // v4-audit keeps a row per change instead of per field: compared below, entry by entry.
        let newRows = try db.read { db in try tables.map { $0 == "audit" ? [] : try rows($0, db) } }
        for (table, (a, b)) in zip(tables, zip(oldRows, newRows)) where table != "audit" { #expect(a == b, "\(table) changed in the migration") }
        try expectEveryOldAuditEntryKept(db)
        #expect(try db.codedRows().count == 875)
        // Migrating again does nothing.
        #expect(try MonitoringDatabase.migrate(at: path) == .alreadyCurrent)
    }

    /// v4-audit folds the fixture's per-field audit rows into one row per change; read back, the log
    /// is the old rows, field for field and in the same order, and no imported entry claims a sheet.
    func expectEveryOldAuditEntryKept(_ db: MonitoringDatabase) throws {
        let old = try DatabaseQueue(path: Self.fixture.path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let oldEntries = try old.read { db in
            try Row.fetchAll(db, sql: "SELECT at, coder, segmentID, subjectID, field, old, new FROM audit ORDER BY id").map {
                AuditEntry(at: $0[0], coder: $0[1], segment: $0[2], subject: $0[3], field: $0[4], old: $0[5], new: $0[6])
            }
        }
        try old.close()
        let entries = try db.auditLog()
        #expect(entries.count == 3040)
        #expect(entries == oldEntries)
        // Fewer rows than entries: changes of several fields are one row now.
        let rows = try db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit")! }
        #expect(rows < 3040 && rows >= 875, "\(rows) audit rows")
        #expect(try db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sheetImport")! } == 0)
        // The filters read the new rows as they read the old.
        #expect(try db.auditLog(coder: oldEntries[0].coder) == oldEntries.filter { $0.coder == oldEntries[0].coder })
    }

    @Test func aDatabaseOfANewerMediamonIsRefusedUntouched() throws {
        let path = try copyOfFixture()
        _ = try MonitoringDatabase.migrate(at: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        try queue.close()
        try expectEveryOpeningRefused(path, saying: "newer mediamon", what: "a database of a newer mediamon")
    }

    @Test func anSQLiteFileThatIsNotMediamonsIsRefusedUntouched() throws {
        let folder = try TemporaryFolder.newFolder()
        let path = folder.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')") }
        try queue.close()
        try expectEveryOpeningRefused(path, saying: "not a mediamon database", what: "a foreign SQLite file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["other.sqlite"])
        // A text file, too.
        let text = folder.appendingPathComponent("notes.txt").path
        try Data("hello".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: InputError.self) { try MonitoringDatabase.open(at: text, access: .readOnly) }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "hello")
    }

    @Test func aReadOnlyDatabaseCannotBeWritten() throws {
        let made = try makeDatabase()
        let path = made.path
        let id = try made.addSegment(NewSegment(outlet: "khabar", date: LocalDate("2011-12-20")!,
                                                placement: .broadcast(start: TimeOfDay("20:00")!, end: TimeOfDay("20:05")!), title: "x")).id
        let before = try made.snapshot()
        let reader = try MonitoringDatabase.open(at: path, access: .readOnly)
        #expect(throws: (any Error).self) {
            try reader.code(NewCoding(subject: "nur-otan", amount: 10, tone: .neutral, coder: "a"), segment: id)
        }
        #expect(try reader.snapshot() == before)
    }
}
