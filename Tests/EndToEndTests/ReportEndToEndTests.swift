import Foundation
import Testing

/// The report commands as an analyst runs them, on the demonstration mission.
@Suite(.serialized) struct ReportEndToEndTests {
    func demo() throws -> CommandLine {
        let cli = try CommandLine()
        let built = try cli.run("demo", "--out", "demo")
        #expect(built.status == 0, "\(built.stderr)")
        return cli
    }

    func json(_ result: CommandLine.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func reportToneGivesBothToneFiguresInTheDocumentedShape() throws {
        let cli = try demo()
        let body = try json(try cli.run("report", "tone", "--db", "demo/monitoring.sqlite", "--outlet", "golos-respubliki", "--format", "json"))
        let rows = try #require(body["rows"] as? [[String: Any]])
        let negative = try #require(rows.first { $0["subject"] as? String == "nur-otan" && $0["tone"] as? String == "negative" })
        for key in ["outlet", "subject", "tone", "amount", "ofSubject", "ofTone"] { #expect(negative[key] != nil, "missing \(key)") }
        // Golos Respubliki: 86% of its Nur Otan coverage negative (DESIGN §3).
        #expect(abs((negative["ofSubject"] as? Double ?? 0) - 86) < 0.5)
    }

    @Test func reportWeeklyComparesWithThePreviousWeekInPoints() throws {
        let cli = try demo()
        let body = try json(try cli.run("report", "weekly", "--db", "demo/monitoring.sqlite", "--week", "2", "--outlet", "khabar", "--format", "json"))
        #expect(body["from"] as? String == "2011-12-23")
        let outlets = try #require(body["outlets"] as? [[String: Any]])
        let shares = try #require(outlets.first?["shares"] as? [[String: Any]])
        #expect(!shares.isEmpty)
        // Each week's shares are what `report share` gives for that week on its own; the change
        // is the difference in points between the two independent figures.
        func shareReport(_ from: String, _ to: String) throws -> [String: Double] {
            let body = try json(try cli.run("report", "share", "--db", "demo/monitoring.sqlite", "--from", from, "--to", to,
                                            "--outlet", "khabar", "--format", "json"))
            let rows = try #require(body["rows"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["subject"] as? String ?? "", $0["share"] as? Double ?? .nan) })
        }
        let week1 = try shareReport("2011-12-16", "2011-12-22"), week2 = try shareReport("2011-12-23", "2011-12-29")
        #expect(!week1.isEmpty && !week2.isEmpty)
        var compared = 0
        for row in shares {
            let subject = try #require(row["subject"] as? String)
            let share = try #require(row["share"] as? Double)
            #expect(abs(share - (week2[subject] ?? 0)) < 1e-9, "\(subject): \(share) vs \(week2[subject] ?? 0)")
            let previous = try #require(row["previousShare"] as? Double, "\(subject) has no previous share")
            #expect(abs(previous - (week1[subject] ?? 0)) < 1e-9, "\(subject): \(previous) vs \(week1[subject] ?? 0)")
            let change = try #require(row["change"] as? Double)
            #expect(abs(change - ((week2[subject] ?? 0) - (week1[subject] ?? 0))) < 1e-9)
            compared += 1
        }
        #expect(compared == Set(week1.keys).union(week2.keys).count)
        let table = try cli.run("report", "weekly", "--db", "demo/monitoring.sqlite", "--week", "9")
        #expect(table.status == 1 && table.stderr.contains("week 9"))
    }

    @Test func reportCompareKeepsUnitsApartAndWritesHTMLAndXLSX() throws {
        let cli = try demo()
        let compare = try cli.run("report", "compare", "--db", "demo/monitoring.sqlite", "--group", "ownership")
        #expect(compare.status == 0 && compare.stdout.contains("State (seconds)") && compare.stdout.contains("State (cm²)"))
        for format in ["html", "xlsx"] {
            let out = try cli.run("report", "share", "--db", "demo/monitoring.sqlite", "--format", format, "--output", "share.\(format)")
            #expect(out.status == 0, "\(out.stderr)")
            let size = (try? FileManager.default.attributesOfItem(atPath: cli.path("share.\(format)"))[.size] as? Int) ?? 0
            #expect(size > 1000)
        }
        let html = try String(contentsOfFile: cli.path("share.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"), "the report must not need the network")
        // Into a pipe, the workbook's bytes go to standard output (a terminal is refused).
        let piped = try cli.run("report", "share", "--db", "demo/monitoring.sqlite", "--format", "xlsx")
        #expect(piped.status == 0 && piped.stdout.hasPrefix("PK"))
    }
}
