import Foundation
import Testing

/// A mission's database across releases, as a user meets it on the command line.
@Suite(.serialized) struct MigrationEndToEndTests {
    static let fixtures = CommandLine.repository.appendingPathComponent("Tests/Fixtures")

    func bytes(_ cli: CommandLine, _ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: cli.path(name))) }

    func sameJSON(_ output: CommandLine.Result, _ file: URL) throws -> Bool {
        #expect(output.status == 0, "\(output.stderr)")
        let a = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? NSDictionary
        return a != nil && a == b
    }

    /// The database of the last release: refused with what to run, then migrated to the same figures.
    @Test func theLastReleasesDatabaseMigratesToTheSameFigures() throws {
        let cli = try CommandLine()
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("v2-release/monitoring.sqlite"),
                                         to: URL(fileURLWithPath: cli.path("old.sqlite")))
        let before = try bytes(cli, "old.sqlite")
        let refused = try cli.run("report", "share", "--db", "old.sqlite")
        #expect(refused.status == 1 && refused.stderr.contains("run `mediamon migrate --db old.sqlite`"))
        #expect(try bytes(cli, "old.sqlite") == before)

        let migrated = try cli.run("migrate", "--db", "old.sqlite")
        #expect(migrated.status == 0 && migrated.stdout.contains("v3-variables"), "\(migrated.stderr)")
        let release = Self.fixtures.appendingPathComponent("v2-release")
        #expect(try sameJSON(try cli.run("report", "share", "--db", "old.sqlite", "--format", "json"), release.appendingPathComponent("share.json")))
        #expect(try sameJSON(try cli.run("report", "share", "--db", "old.sqlite", "--attribute-institutions", "--format", "json"),
                             release.appendingPathComponent("share-attributed.json")))
        #expect(try sameJSON(try cli.run("report", "tone", "--db", "old.sqlite", "--format", "json"), release.appendingPathComponent("tone.json")))
        let reliability = try cli.run("reliability", "--db", "old.sqlite", "--format", "json")
        let now = try #require(try JSONSerialization.jsonObject(with: Data(reliability.stdout.utf8)) as? [String: Any])
        let then = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: release.appendingPathComponent("reliability.json"))) as? [String: Any])
        let nowVariables = try #require(now["variables"] as? [String: Any]), thenVariables = try #require(then["variables"] as? [String: Any])
        for (name, figures) in thenVariables {
            #expect((nowVariables[name] as? NSDictionary) == (figures as? NSDictionary), "reliability of \(name) changed")
        }
        #expect(now["items"] as? Int == then["items"] as? Int)
    }

    /// Commands that only read never write: the file stays byte-for-byte the same.
    @Test func readOnlyCommandsLeaveTheFileUntouched() throws {
        let cli = try CommandLine()
        #expect(try cli.run("demo", "--out", "demo").status == 0)
        let db = "demo/monitoring.sqlite"
        // Fold the demo's write-ahead log into the file first, so that the bytes compared are the whole database.
        #expect(try cli.run("backup", "--db", db, "copy.sqlite").status == 0)
        try FileManager.default.removeItem(atPath: cli.path("demo"))
        try FileManager.default.createDirectory(atPath: cli.path("demo"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: cli.path("copy.sqlite"), toPath: cli.path(db))
        let before = try bytes(cli, db)
        let commands: [[String]] = [
            ["report", "share"], ["report", "tone"], ["report", "weekly", "--week", "2"], ["report", "compare", "--group", "ownership"],
            ["segments", "list"], ["segments", "show", "1"], ["audit"], ["reliability"], ["check"],
            ["export", "exported"], ["backup", "backup.sqlite"],
        ]
        for command in commands {
            let result = try cli.runArray(command + ["--db", db])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(try bytes(cli, db) == before, "\(command.joined(separator: " ")) wrote to the database")
        }
    }

    /// The refactor onto declared variables changes no figure of the demo (JSON made before it).
    @Test func theDemosShareAndToneAreUnchanged() throws {
        let cli = try CommandLine()
        #expect(try cli.run("demo", "--out", "demo").status == 0)
        let golden = Self.fixtures.appendingPathComponent("demo")
        #expect(try sameJSON(try cli.run("report", "share", "--db", "demo/monitoring.sqlite", "--format", "json"), golden.appendingPathComponent("share.json")))
        #expect(try sameJSON(try cli.run("report", "share", "--db", "demo/monitoring.sqlite", "--attribute-institutions", "--format", "json"),
                             golden.appendingPathComponent("share-attributed.json")))
        #expect(try sameJSON(try cli.run("report", "tone", "--db", "demo/monitoring.sqlite", "--format", "json"), golden.appendingPathComponent("tone.json")))
    }
}
