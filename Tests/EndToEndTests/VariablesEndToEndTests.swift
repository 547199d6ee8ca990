import Foundation
import Testing

/// Declared variables on the command line: `code add --set`, `report breakdown`, `--where`,
/// `--attribute-by`, and errors for values the codebook does not allow.
@Suite(.serialized) struct VariablesEndToEndTests {
    /// The share rows of `report share --format json`, whether one table (`rows`) or one per unit (`tables`).
    func shareRows(_ body: [String: Any]) -> [[String: Any]] {
        (body["rows"] as? [[String: Any]]) ?? ((body["tables"] as? [[String: Any]]) ?? []).flatMap { $0["rows"] as? [[String: Any]] ?? [] }
    }

    func json(_ result: CommandLine.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func codeAddSetsAnyDeclaredVariableAndRefusesOthers() throws {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook, "--db", "m.sqlite").status == 0)
        let added = try cli.run("segments", "add", "--db", "m.sqlite", "--outlet", "khabar", "--date", "2012-01-05",
                                "--start", "20:00:00", "--end", "20:03:00", "--title", "Президент")
        #expect(added.status == 0, "\(added.stderr)")
        let ok = try cli.run("code", "add", "--db", "m.sqlite", "--segment", "1", "--subject", "president", "--amount", "60",
                             "--tone", "positive", "--set", "capacity=official", "--genre", "news", "--set", "topic=independence-20", "--coder", "aigerim")
        #expect(ok.status == 0, "\(ok.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.path("m.sqlite")))
        let bad = try cli.run("code", "add", "--db", "m.sqlite", "--segment", "1", "--subject", "nur-otan", "--amount", "30",
                              "--tone", "neutral", "--set", "capacity=offical", "--coder", "aigerim")
        #expect(bad.status == 1 && bad.stderr.contains("\"offical\" is not a category of capacity"))
        let unknown = try cli.run("code", "add", "--db", "m.sqlite", "--segment", "1", "--subject", "nur-otan", "--amount", "30",
                                  "--tone", "neutral", "--set", "mood=happy", "--coder", "aigerim")
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown variable \"mood\""))
        let misuse = try cli.run("code", "add", "--db", "m.sqlite", "--segment", "1", "--subject", "nur-otan", "--amount", "30",
                                 "--tone", "neutral", "--set", "capacity", "--coder", "aigerim")
        #expect(misuse.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("m.sqlite"))) == before)
        let audit = try cli.run("audit", "--db", "m.sqlite")
        #expect(audit.status == 0 && audit.stdout.contains("capacity") && audit.stdout.contains("independence-20"), "\(audit.stdout)")
    }

    @Test func breakdownWhereAndAttributeByOnTheDemo() throws {
        let cli = try CommandLine()
        #expect(try cli.run("demo", "--out", "demo").status == 0)
        let db = "demo/monitoring.sqlite"
        let body = try json(try cli.run("report", "breakdown", "--db", db, "--by", "capacity", "--subjects", "all", "--format", "json"))
        #expect(body["variable"] as? String == "capacity")
        let rows = try #require(body["rows"] as? [[String: Any]])
        for key in ["outlet", "subject", "category", "amount", "ofSubject", "ofCategory"] { #expect(rows.first?[key] != nil, "missing \(key)") }
        // Each subject's categories add up to its whole coverage in the outlet.
        var bySubject: [String: Double] = [:]
        for row in rows { bySubject["\(row["outlet"]!)|\(row["subject"]!)|\(row["unit"]!)", default: 0] += row["ofSubject"] as? Double ?? 0 }
        for (key, total) in bySubject { #expect(abs(total - 100) < 1e-9, "\(key)") }

        func share(_ extra: [String]) throws -> Double {
            let body = try json(try cli.runArray(["report", "share", "--db", db, "--outlet", "khabar", "--format", "json"] + extra))
            let rows = shareRows(body)
            return try #require(rows.first { $0["subject"] as? String == "nur-otan" }?["share"] as? Double)
        }
        // Officials folded into Nur Otan only when acting as officials: between none and all.
        let plain = try share([]), official = try share(["--attribute-by", "capacity=official"]), all = try share(["--attribute-institutions"])
        #expect(plain < official && official < all, "\(plain) \(official) \(all)")
        // --where keeps only the codings with that value; a value the codebook lacks is an error.
        let economy = try json(try cli.run("report", "share", "--db", db, "--where", "topic=economy-social", "--format", "json"))
        #expect(!shareRows(economy).isEmpty)
        let bad = try cli.run("report", "share", "--db", db, "--where", "topic=zhanaozen-events")
        #expect(bad.status == 1 && bad.stderr.contains("zhanaozen-events"))
    }
}
