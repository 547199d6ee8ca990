import Foundation
import Testing

/// Published figures beside the mission's, from the command line: the real Arcom speaking-time
/// table imported through a map with no code change, into a mission that needs only a French codebook.
@Suite(.serialized) struct ReferenceEndToEndTests {
    static let arcom = CommandLine.repository.appendingPathComponent("Tests/ReferenceData/arcom")
    static func arcom(_ name: String) -> String { arcom.appendingPathComponent(name).path }

    /// The whole Arcom file, when it has been fetched (it is not kept in the repository; see SOURCE.md).
    static var fullArcomFile: String? {
        let candidates = [ProcessInfo.processInfo.environment["MEDIAMON_ARCOM_CSV"], "/work/arcom-data/pres_2022.csv"]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The station and candidate names the French codebook knows, as the CSV writes them.
    static let stations = ["TF1": "tf1", "France 2": "france-2", "France Inter": "france-inter", "BFM TV": "bfm-tv"]
    static let candidates = [
        "Arthaud Nathalie": "arthaud", "Dupont Aignan Nicolas": "dupont-aignan", "Hidalgo Anne": "hidalgo", "Jadot Yannick": "jadot",
        "Lassalle Jean": "lassalle", "Le Pen Marine": "le-pen", "Macron Emmanuel": "macron", "Melenchon Jean Luc": "melenchon",
        "Pecresse Valerie": "pecresse", "Poutou Philippe": "poutou", "Roussel Fabien": "roussel", "Zemmour Eric": "zemmour",
    ]

    /// Shares computed straight from the CSV text, without mediamon: per station and measure column,
    /// each known candidate's minutes over all known candidates' minutes, periods summed.
    static func independentShares(_ csv: String, from: String? = nil, to: String? = nil) -> [String: Double] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        func col(_ name: String) -> Int { header.firstIndex(of: name)! }
        var sums: [String: Double] = [:], totals: [String: Double] = [:]
        for row in lines.dropFirst() {
            guard let outlet = stations[row[col("station")]], let subject = candidates[row[col("candidat")]] else { continue }
            if let from, row[col("date_start")] < from { continue }
            if let to, row[col("date_end")] > to { continue }
            for (measure, column) in [("speaking", "time_candidat"), ("support", "time_support"), ("mention", "time_mention")] {
                let minutes = Double(row[col(column)])!
                sums["\(outlet)|\(subject)|\(measure)", default: 0] += minutes
                totals["\(outlet)|\(measure)", default: 0] += minutes
            }
        }
        var shares: [String: Double] = [:]
        for (key, minutes) in sums {
            let parts = key.split(separator: "|")
            shares[key] = minutes / totals["\(parts[0])|\(parts[2])"]! * 100
        }
        return shares
    }

    func mission(_ cli: CommandLine) throws {
        let created = try cli.run("init", "--codebook", Self.arcom("fr-2022-presidentielle.yaml"))
        #expect(created.status == 0, "\(created.stderr)")
        let coded = try cli.run("code", "import", Self.arcom("mission-france-2.csv"))
        #expect(coded.status == 0, "\(coded.stderr)")
    }

    func rows(_ result: CommandLine.Result) throws -> [[String: Any]] {
        #expect(result.status == 0, "\(result.stderr)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(body["rows"] as? [[String: Any]])
    }

    /// The database file and its write-ahead log, byte for byte (no log and an empty one hold the same: nothing).
    func databaseBytes(_ cli: CommandLine) -> [Data] {
        ["", "-wal"].map { FileManager.default.contents(atPath: cli.path("monitoring.sqlite" + $0)) ?? Data() }
    }

    @Test func arcomsTableImportsThroughItsMapAndItsSharesAreTheCSVs() throws {
        let cli = try CommandLine()
        try mission(cli)
        let excerpt = Self.arcom("pres_2022-excerpt.csv"), map = Self.arcom("arcom.map.yaml")

        // Names the codebook lacks: every one listed with its lines, and nothing imported.
        let before = databaseBytes(cli)
        let refused = try cli.run("reference", "import", excerpt, "--source", "arcom", "--map", map)
        #expect(refused.status == 1)
        for name in ["Euronews", "Taubira Christiane", "Koenig Gaspard", "Philippot Florian", "Montebourg Arnaud", "Asselineau Francois"] {
            #expect(refused.stderr.contains("\"\(name)\""), "\(name) not listed")
        }
        #expect(refused.stderr.contains("pres_2022-excerpt.csv:"))
        #expect(refused.stderr.contains("(--skip-unknown imports the rest and counts the figures left out)"), "\(refused.stderr)")
        let nothing = try cli.run("report", "reference")
        #expect(nothing.status == 1 && nothing.stderr.contains("no reference figures are stored"), "\(nothing.stderr)")
        #expect(databaseBytes(cli) == before, "a refused import or a report changed the database file")

        let imported = try cli.run("reference", "import", excerpt, "--source", "arcom", "--map", map, "--skip-unknown", "--format", "json")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("\"imported\": 117, \"duplicates\": 0, \"skipped\": 57"))
        let again = try cli.run("reference", "import", excerpt, "--source", "arcom", "--map", map, "--skip-unknown", "--format", "json")
        #expect(again.stdout.contains("\"imported\": 0, \"duplicates\": 117"))
        let listed = try cli.run("reference", "list")
        #expect(listed.stdout.contains("arcom: 117 figures, 2 outlets, 2022-01-01 to 2022-01-30; measures mention, speaking, support"), "\(listed.stdout)")
        // A corrected table replaces the old one only after the old one is removed.
        let removed = try cli.run("reference", "remove", "--source", "arcom")
        #expect(removed.status == 0 && removed.stdout.contains("Removed 117"), "\(removed.stderr)")
        let reimported = try cli.run("reference", "import", excerpt, "--source", "arcom", "--map", map, "--skip-unknown", "--format", "json")
        #expect(reimported.stdout.contains("\"imported\": 117, \"duplicates\": 0"))

        let expected = Self.independentShares(try String(contentsOfFile: excerpt, encoding: .utf8))
        let stored = databaseBytes(cli)
        let report = try rows(try cli.run("report", "reference", "--source", "arcom", "--format", "json"))
        #expect(databaseBytes(cli) == stored, "report reference wrote to the database")
        #expect(report.count == expected.count)
        for row in report {
            let key = "\(row["outlet"] as! String)|\(row["subject"] as! String)|\(row["measure"] as! String)"
            let share = try #require(expected[key], "\(key) not in the CSV")
            #expect(abs((row["referenceShare"] as! Double) - share) < 1e-9, "\(key)")
            for field in ["outlet", "subject", "measure", "referenceShare", "missionShare", "difference"] { #expect(row[field] != nil, "no \(field)") }
        }
        // Three shares computed by hand from the excerpt with Python's csv module (sums of the twelve
        // candidates' minutes per station and column), to nine decimals.
        func share(_ outlet: String, _ subject: String, _ measure: String) -> Double? {
            report.first { $0["outlet"] as? String == outlet && $0["subject"] as? String == subject && $0["measure"] as? String == measure }?["referenceShare"] as? Double
        }
        #expect(abs((share("france-2", "pecresse", "speaking") ?? 0) - 26.696648896) < 1e-8)
        #expect(abs((share("tf1", "le-pen", "speaking") ?? 0) - 26.039589936) < 1e-8)
        #expect(abs((share("france-2", "macron", "support") ?? 0) - 27.097385284) < 1e-8)
        // France 2 (monitored: the mission's sheet) beside the CSV; TF1 (not monitored) stands alone.
        let france2 = try #require(report.first { $0["outlet"] as? String == "france-2" && $0["subject"] as? String == "pecresse" && $0["measure"] as? String == "speaking" })
        #expect(france2["missionShare"] as? Double == 50)
        #expect(abs((france2["difference"] as! Double) - (50 - expected["france-2|pecresse|speaking"]!)) < 1e-9)
        #expect(report.filter { $0["outlet"] as? String == "tf1" }.allSatisfy { $0["missionShare"] is NSNull && $0["difference"] is NSNull })

        // Speaking time against the mission's direct speech: Pécresse 90 of 120 direct seconds.
        let direct = try rows(try cli.run("report", "reference", "--measure", "speaking", "--against", "direct", "--format", "json"))
        #expect(direct.first { $0["outlet"] as? String == "france-2" && $0["subject"] as? String == "pecresse" }?["missionShare"] as? Double == 75)

        // One period only: the first fortnight.
        let first = Self.independentShares(try String(contentsOfFile: excerpt, encoding: .utf8), to: "2022-01-16")
        let period = try rows(try cli.run("report", "reference", "--measure", "support", "--to", "2022-01-16", "--format", "json"))
        for row in period {
            let key = "\(row["outlet"] as! String)|\(row["subject"] as! String)|support"
            #expect(abs((row["referenceShare"] as! Double) - first[key]!) < 1e-9, "\(key)")
        }
    }

    @Test(.enabled(if: fullArcomFile != nil, "the whole Arcom file is not present (see Tests/ReferenceData/arcom/SOURCE.md)"))
    func theWholeArcomFileGivesTheSameSharesAsTheCSV() throws {
        let file = try #require(Self.fullArcomFile)
        let cli = try CommandLine()
        try mission(cli)
        let imported = try cli.run("reference", "import", file, "--source", "arcom", "--map", Self.arcom("arcom.map.yaml"), "--skip-unknown")
        #expect(imported.status == 0, "\(imported.stderr)")
        let expected = Self.independentShares(try String(contentsOfFile: file, encoding: .utf8))
        let report = try rows(try cli.run("report", "reference", "--format", "json"))
        #expect(report.count == expected.count)
        for row in report {
            let key = "\(row["outlet"] as! String)|\(row["subject"] as! String)|\(row["measure"] as! String)"
            #expect(abs((row["referenceShare"] as! Double) - (expected[key] ?? .nan)) < 1e-9, "\(key)")
        }
    }

    @Test func theDemoSetsTheCouncilsFiguresBesideTheMissionsAndFlagsTheRuleBreaches() throws {
        let cli = try CommandLine()
        let built = try cli.run("demo", "--out", "demo")
        #expect(built.status == 0, "\(built.stderr)")
        let db = "demo/monitoring.sqlite"
        let reference = try rows(try cli.run("report", "reference", "--db", db, "--source", "cec-council", "--format", "json"))
        let nurOtan = try #require(reference.first { $0["outlet"] as? String == "kazakhstan-tv" && $0["subject"] as? String == "nur-otan" })
        // The mission's 24% against the council's near-equal split: flagged.
        #expect(abs((nurOtan["missionShare"] as! Double) - 24) < 0.5)
        #expect(nurOtan["flagged"] as? Bool == true)

        let rules = try cli.run("report", "rules", "--db", db, "--format", "json")
        #expect(rules.status == 0, "\(rules.stderr)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(rules.stdout.utf8)) as? [String: Any])
        let breaches = try #require(body["breaches"] as? [[String: Any]])
        let astana = try #require(breaches.first { $0["outlet"] as? String == "astana-tv" && $0["subject"] as? String == "nur-otan" })
        #expect(abs((astana["figure"] as! Double) - 80) < 0.5)
        #expect((astana["text"] as? String)?.contains("equal coverage") == true)
        for key in ["rule", "outlet", "week", "figure", "text"] { #expect(astana[key] != nil, "no \(key)") }

        let html = try String(contentsOfFile: cli.path("demo/report.html"), encoding: .utf8)
        #expect(html.contains("Legal framework"))
        #expect(html.contains("cec-council"))

        for format in ["table", "csv", "md", "html"] {
            for command in [["reference"], ["rules"]] {
                let out = try cli.runArray(["report"] + command + ["--db", db, "--format", format])
                #expect(out.status == 0 && !out.stdout.isEmpty, "report \(command[0]) --format \(format): \(out.stderr)")
            }
        }
        let xlsx = try cli.run("report", "rules", "--db", db, "--format", "xlsx", "--output", "rules.xlsx")
        #expect(xlsx.status == 0, "\(xlsx.stderr)")
        let unknownVariable = try cli.run("report", "reference", "--db", db, "--where", "colour=red")
        #expect(unknownVariable.status == 1 && unknownVariable.stderr.contains("unknown variable \"colour\""), "\(unknownVariable.stderr)")
        let unknownRule = try cli.run("report", "rules", "--db", db, "--rule", "fairness")
        #expect(unknownRule.status == 1 && unknownRule.stderr.contains("unknown rule \"fairness\""))
    }
}
