import Foundation
import MediaModel
import Testing

/// The foundation's path as a monitor runs it: init → code import → report share, through the binary.
@Suite struct FoundationEndToEndTests {
    let outlets = ["kazakhstan-tv", "khabar", "ktk", "panorama", "vzglyad"]
    let parties = ["nur-otan", "ak-zhol", "knpk", "osdp", "auyl", "patriots", "adilet", "rukhaniyat"]
    let institutions = ["president", "government", "akims", "cec"]
    let print: Set<String> = ["panorama", "vzglyad"]

    /// A random but reproducible coding sheet: a few hundred rows, items with 1–3 subjects.
    func generatedSheet(seed: UInt64) -> (text: String, rows: [(outlet: String, subject: String, amount: Int, counted: Bool)]) {
        var rng = SplitMix64(seed: seed)
        var text = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder\n"
        var rows: [(String, String, Int, Bool)] = []
        for item in 0..<160 {
            let outlet = outlets[rng.next(outlets.count)]
            let day = 16 + rng.next(29)
            let date = day <= 31 ? String(format: "2011-12-%02d", day) : String(format: "2012-01-%02d", day - 31)
            var subjects = (parties + institutions).shuffled(using: &rng)
            subjects = Array(subjects.prefix(1 + rng.next(3)))
            let amounts = subjects.map { _ in 10 + rng.next(200) }
            let size = amounts.reduce(0, +) + rng.next(50)
            // Some items are paid advertising or outside prime time: the report must leave them out.
            let paid = rng.next(10) == 0
            let daytime = !print.contains(outlet) && rng.next(10) == 0
            let hour = daytime ? 12 : 18 + rng.next(5)
            let start = String(format: "%02d:%02d:%02d", hour, item % 60, 0)
            let end = String(format: "%02d:%02d:%02d", hour + size / 3600 + (item % 60 * 60 + size) / 3600, (item % 60 + size / 60) % 60, size % 60)
            for (subject, amount) in zip(subjects, amounts) {
                let place = print.contains(outlet) ? ",,\(1 + rng.next(12)),\(size)" : "\(start),\(end),,"
                let tone = ["positive", "neutral", "negative"][rng.next(3)]
                text += "\(outlet),\(date),\(place),Item \(item),\(paid ? "paid-advertising" : "news"),\(subject),\(amount),,\(tone),coder-\(item % 3)\n"
                rows.append((outlet, subject, amount, !paid && !daytime))
            }
        }
        return (text, rows)
    }

    @Test func reportShareGivesTheSharesOfTheImportedSheetExactly() throws {
        let cli = try CommandLine()
        let sheet = generatedSheet(seed: 7)
        try cli.write("sheet.csv", sheet.text)
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        let imported = try cli.run("code", "import", "sheet.csv", "--format", "json")
        #expect(imported.status == 0, "\(imported.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any]
        #expect(summary?["imported"] as? Int == sheet.rows.count)

        for attribute in [false, true] {
            var args = ["report", "share", "--format", "json", "--subjects", "all"]
            if attribute { args.append("--attribute-institutions") }
            let result = try cli.runArray(args)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let tables = try #require(json["tables"] as? [[String: Any]])
            #expect(tables.compactMap { $0["unit"] as? String } == ["seconds", "cm2"])
            var reported: [String: Double] = [:]
            for table in tables {
                for row in table["rows"] as? [[String: Any]] ?? [] {
                    reported["\(row["outlet"]!)|\(row["subject"]!)"] = row["share"] as? Double
                }
            }
            // Independently: sum per outlet and subject, institutions folded into Nur Otan except the CEC.
            var sums: [String: [String: Int]] = [:]
            for row in sheet.rows where row.counted {
                let subject = attribute && ["president", "government", "akims"].contains(row.subject) ? "nur-otan" : row.subject
                sums[row.outlet, default: [:]][subject, default: 0] += row.amount
            }
            var expected: [String: Double] = [:]
            for (outlet, bySubject) in sums {
                let total = bySubject.values.reduce(0, +)
                for (subject, amount) in bySubject { expected["\(outlet)|\(subject)"] = Double(amount) / Double(total) * 100 }
            }
            #expect(Set(reported.keys) == Set(expected.keys))
            for (key, share) in expected {
                #expect(abs((reported[key] ?? -1) - share) < 1e-9, "\(key): \(reported[key] ?? -1) vs \(share)")
            }
        }
    }

    @Test func userErrorsExitWithOneAndAMessageNamingTheFile() throws {
        let cli = try CommandLine()
        var result = try cli.run("init", "--codebook", "missing.yaml")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("mediamon: ") && result.stderr.contains("missing.yaml"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("monitoring.sqlite")))

        try cli.write("bad.yaml", "mission: x\nperiod: {from: 2012-01-01, to: 2012-13-01}\n")
        result = try cli.run("codebook", "check", "bad.yaml")
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:2:") && result.stderr.contains("not a date"))

        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        try cli.write("sheet.csv", "outlet,date,start,end,title,genre,subject,amount,tone,coder\nkhabar,2012-01-05,20:00:00,20:01:00,X,news,nur-otan,30,sarcastic,a\n")
        result = try cli.run("code", "import", "sheet.csv")
        #expect(result.status == 1)
        #expect(result.stderr == "mediamon: sheet.csv:2: tone: \"sarcastic\" is not a tone (positive, neutral, negative)\n")
        result = try cli.run("segments", "list", "--format", "json")
        #expect(result.stdout.contains("\"segments\" : [\n\n  ]") || result.stdout.contains("\"segments\" : []"))

        result = try cli.run("report", "share", "--db", "nowhere.sqlite")
        #expect(result.status == 1 && result.stderr.contains("nowhere.sqlite: no monitoring database here"))
    }

    @Test func misuseExitsWithTwo() throws {
        let cli = try CommandLine()
        #expect(try cli.run("report", "share", "--week", "x").status == 2)
        #expect(try cli.run("segments", "add", "--outlet", "khabar").status == 2)
        #expect(try cli.run("no-such-command").status == 2)
        let help = try cli.run("code", "import", "--help")
        #expect(help.status == 0 && help.stdout.contains("Example"))
    }

    @Test func segmentsAndCodingByHand() throws {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        var result = try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-01-05", "--start", "20:01:10",
                                 "--end", "20:03:40", "--title", "ЦИК", "--genre", "news")
        #expect(result.stdout == "Added item 1\n")
        result = try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-01-05", "--start", "20:01:10",
                             "--end", "20:03:40", "--title", "ЦИК")
        #expect(result.stdout.contains("already exists"))
        result = try cli.run("code", "add", "--segment", "1", "--subject", "osdp", "--amount", "200", "--tone", "neutral", "--coder", "a")
        #expect(result.status == 1 && result.stderr.contains("more than the item's 150"))
        result = try cli.run("code", "add", "--segment", "1", "--subject", "osdp", "--amount", "120", "--tone", "neutral",
                             environment: ["MEDIAMON_CODER": "aigerim"])
        #expect(result.status == 0 && result.stdout.contains("aigerim"))
        result = try cli.run("segments", "list", "--format", "json")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [[String: Any]]]
        let segment = try #require(json?["segments"]?.first)
        #expect(segment["start"] as? String == "20:01:10" && segment["codings"] as? Int == 1 && segment["outlet"] as? String == "khabar")
        result = try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-03-05", "--start", "20:00:00", "--end", "20:01:00")
        #expect(result.status == 1 && result.stderr.contains("outside the monitoring period"))
    }

    @Test func demoPrintsTheShareTable() throws {
        let cli = try CommandLine()
        let result = try cli.run("demo", "--out", cli.path("demo"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Share of coverage"))
        #expect(result.stdout.contains("Nur Otan"))
        #expect(FileManager.default.fileExists(atPath: cli.path("demo/monitoring.sqlite")))
    }
}

// SplitMix64, so that the generated sheets are the same on every machine.
extension SplitMix64 {
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
