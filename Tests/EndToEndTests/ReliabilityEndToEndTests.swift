import Foundation
import MediaModel
import Testing

/// The reliability check as a mission runs it, through the binary: double-coded sheets → `reliability`
/// against an independent computation, `disagreements`, `assign`, `reconcile`.
@Suite struct ReliabilityEndToEndTests {
    static let subjects = ["nur-otan", "ak-zhol", "knpk", "osdp", "auyl", "patriots", "adilet", "rukhaniyat",
                           "president", "government", "akims", "cec"]
    static let tones = ["positive", "neutral", "negative"]

    /// What each coder coded: item → coder → subject → (amount, tone); item → coder → genre.
    struct Coded {
        var codings: [Int: [String: [String: (amount: Int, tone: String)]]] = [:]
        var genres: [Int: [String: String]] = [:]
        var print: Set<Int> = []
        var sheets: [String: String] = [:]
    }

    /// Coder a codes 120 items; b re-codes about 60% and c about 20% of them, now and then missing or
    /// adding a subject, changing a tone, an amount or the genre.
    static func generated(seed: UInt64) -> Coded {
        var rng = SplitMix64(seed: seed)
        var coded = Coded()
        for item in 0..<120 {
            if item % 5 == 0 { coded.print.insert(item) }
            var subjects = Self.subjects.shuffled(using: &rng)
            subjects = Array(subjects.prefix(1 + rng.next(3)))
            var a: [String: (Int, String)] = [:]
            for s in subjects { a[s] = (10 + rng.next(90), tones[rng.next(3)]) }
            coded.codings[item, default: [:]]["a"] = a
            let genre = ["news", "interview", "current-affairs"][rng.next(3)]
            coded.genres[item, default: [:]]["a"] = genre
            for (coder, share) in [("b", 6), ("c", 2)] where rng.next(10) < share {
                var mine: [String: (Int, String)] = [:]
                for (s, (amount, tone)) in a {
                    if rng.next(10) == 0 { continue }
                    let newAmount = rng.next(10) < 3 ? max(1, amount + rng.next(41) - 20) : amount
                    let newTone = rng.next(10) < 2 ? tones[rng.next(3)] : tone
                    mine[s] = (newAmount, newTone)
                }
                if rng.next(20) == 0, let extra = Self.subjects.first(where: { a[$0] == nil }) { mine[extra] = (5 + rng.next(20), "neutral") }
                if mine.isEmpty { continue }
                coded.codings[item]![coder] = mine
                coded.genres[item]![coder] = rng.next(10) == 0 ? "debate" : genre
            }
        }
        // One sheet per coder, the first coder's imported first so that its codings are primary.
        for coder in ["a", "b", "c"] {
            var text = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder\n"
            for item in coded.codings.keys.sorted() {
                guard let mine = coded.codings[item]![coder] else { continue }
                let date = String(format: "2012-01-%02d", 1 + item % 10)
                // Each broadcast item in its own eight minutes of its day: one outlet's minutes are one item.
                let slot = String(format: "%02d:%02d", 20 + item / 10 * 8 / 60, item / 10 * 8 % 60)
                let endSlot = String(format: "%02d:%02d", 20 + (item / 10 * 8 + 7) / 60, (item / 10 * 8 + 7) % 60)
                let place = coded.print.contains(item) ? "panorama,\(date),,,\(1 + item % 8),2000" : "khabar,\(date),\(slot):00,\(endSlot):00,,"
                for s in mine.keys.sorted() {
                    text += "\(place),Item \(item),\(coded.genres[item]![coder]!),\(s),\(mine[s]!.amount),,\(mine[s]!.tone),\(coder)\n"
                }
            }
            coded.sheets["\(coder).csv"] = text
        }
        return coded
    }

    /// Krippendorff's alpha from pairs of values, without a coincidence matrix.
    static func alpha(_ units: [[Double]], nominal: Bool) -> Double? {
        let pairable = units.filter { $0.count >= 2 }
        let pooled = pairable.flatMap { $0 }
        let n = Double(pooled.count)
        func d(_ a: Double, _ b: Double) -> Double { nominal ? (a == b ? 0 : 1) : (a - b) * (a - b) }
        var observed = 0.0, expected = 0.0
        for u in pairable {
            var sum = 0.0
            for i in u.indices { for j in u.indices where i != j { sum += d(u[i], u[j]) } }
            observed += sum / Double(u.count - 1)
        }
        for i in pooled.indices { for j in pooled.indices where i != j { expected += d(pooled[i], pooled[j]) } }
        return expected == 0 ? nil : 1 - (observed / n) / (expected / (n * (n - 1)))
    }

    static func agreement(_ units: [[Double]], _ agree: (Double, Double) -> Bool) -> Double {
        var pairs = 0.0, agreeing = 0.0
        for u in units { for i in u.indices { for j in u.indices where j > i { pairs += 1; if agree(u[i], u[j]) { agreeing += 1 } } } }
        return agreeing / pairs * 100
    }

    func importing(_ coded: Coded) throws -> CommandLine {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        for name in ["a.csv", "b.csv", "c.csv"] {
            try cli.write(name, coded.sheets[name]!)
            let result = try cli.run("code", "import", name)
            #expect(result.status == 0, "\(result.stderr)")
        }
        return cli
    }

    func json(_ result: CommandLine.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test(arguments: [11, 12] as [UInt64])
    func figuresMatchAnIndependentComputationOnGeneratedDoubleCodedSheets(seed: UInt64) throws {
        let coded = Self.generated(seed: seed)
        let cli = try importing(coded)
        let report = try json(try cli.run("reliability", "--format", "json"))

        // Independently, straight from the generated codings.
        let double = coded.codings.keys.sorted().filter { coded.codings[$0]!.count >= 2 }
        var subjectUnits: [[Double]] = [], toneUnits: [[Double]] = [], amountUnits: [[Double]] = [], genreUnits: [[Double]] = []
        var jaccards: [Double] = []
        let genreCodes = ["news": 0.0, "interview": 1, "current-affairs": 2, "debate": 3]
        for item in double {
            let byCoder = coded.codings[item]!
            let coders = byCoder.keys.sorted()
            for s in Self.subjects { subjectUnits.append(coders.map { byCoder[$0]![s] == nil ? 0 : 1 }) }
            var pairSum = 0.0, pairs = 0.0
            for i in coders.indices {
                for j in coders.indices where j > i {
                    let x = Set(byCoder[coders[i]]!.keys), y = Set(byCoder[coders[j]]!.keys)
                    pairSum += Double(x.intersection(y).count) / Double(x.union(y).count)
                    pairs += 1
                }
            }
            jaccards.append(pairSum / pairs)
            for s in Self.subjects {
                let values = coders.compactMap { byCoder[$0]![s] }
                if values.count >= 2 {
                    toneUnits.append(values.map { Double(Self.tones.firstIndex(of: $0.tone)!) })
                    amountUnits.append(values.map { Double($0.amount) })
                }
            }
            genreUnits.append(coders.map { genreCodes[coded.genres[item]![$0]!]! })
        }
        #expect(report["items"] as? Int == double.count)
        let variables = try #require(report["variables"] as? [String: [String: Any]])
        func close(_ variable: String, _ key: String, _ expected: Double?) {
            let value = variables[variable]?[key] as? Double
            #expect(expected != nil && value != nil && abs(value! - expected!) < 1e-9, "\(variable).\(key): \(String(describing: value)) vs \(String(describing: expected))")
        }
        close("subject", "alpha", Self.alpha(subjectUnits, nominal: true))
        close("subject", "agreement", jaccards.reduce(0, +) / Double(jaccards.count))
        close("tone", "alpha", Self.alpha(toneUnits, nominal: true))
        close("tone", "agreement", Self.agreement(toneUnits, ==))
        close("genre", "alpha", Self.alpha(genreUnits, nominal: true))
        close("genre", "agreement", Self.agreement(genreUnits, ==))
        close("amount", "alpha", Self.alpha(amountUnits, nominal: false))
        close("amount", "agreement", Self.agreement(amountUnits) { abs($0 - $1) <= max($0, $1) * 0.1 + 1e-9 })
        #expect(variables["tone"]?["units"] as? Int == toneUnits.count)
        #expect(variables["subject"]?["units"] as? Int == subjectUnits.count)

        // Only two coders, khabar only: the same computation on the part they share.
        let ab = try json(try cli.run("reliability", "--coders", "a,b", "--outlet", "khabar", "--format", "json"))
        let abItems = double.filter { !coded.print.contains($0) && coded.codings[$0]!["b"] != nil }
        #expect(ab["items"] as? Int == abItems.count)
        let abTones: [[Double]] = abItems.flatMap { item in
            Self.subjects.compactMap { s -> [Double]? in
                let values = ["a", "b"].compactMap { coded.codings[item]![$0]?[s] }
                return values.count == 2 ? values.map { Double(Self.tones.firstIndex(of: $0.tone)!) } : nil
            }
        }
        let abTone = (ab["variables"] as? [String: [String: Any]])?["tone"]?["alpha"] as? Double
        #expect(abs((abTone ?? -9) - Self.alpha(abTones, nominal: true)!) < 1e-9)
    }

    @Test func disagreementsListEveryDifferenceWithToneFlipsFirst() throws {
        let coded = Self.generated(seed: 11)
        let cli = try importing(coded)
        let list = try #require(try json(try cli.run("reliability", "disagreements", "--format", "json"))["disagreements"] as? [[String: Any]])
        // Independently: tone differences among the (item, subject) pairs coded by several coders.
        var toneDifferences = 0, flips = 0
        for (_, byCoder) in coded.codings where byCoder.count >= 2 {
            for s in Self.subjects {
                let tones = Set(byCoder.values.compactMap { $0[s]?.tone })
                if tones.count > 1 { toneDifferences += 1 }
                if tones.contains("positive") && tones.contains("negative") { flips += 1 }
            }
        }
        #expect(list.filter { $0["variable"] as? String == "tone" }.count == toneDifferences)
        let flags = list.map { $0["toneFlip"] as? Bool ?? false }
        #expect(flags.filter { $0 }.count == flips && flips > 0)
        #expect(flags == flags.sorted { $0 && !$1 }, "tone flips come first")
        let rest = list.filter { !($0["toneFlip"] as? Bool ?? false) }.compactMap { $0["stake"] as? Double }
        #expect(rest == rest.sorted(by: >), "then by coverage at stake")
        let csv = try cli.run("reliability", "disagreements", "--format", "csv")
        #expect(csv.stdout.hasPrefix("item,outlet,date,variable,subject,tone_flip,coders,stake,unit,title\n"))
        #expect(csv.stdout.split(separator: "\n").count == list.count + 1)
        let table = try cli.run("reliability", "disagreements", "--limit", "3")
        #expect(table.status == 0 && table.stdout.contains("tone flip") && table.stdout.contains("(first 3 shown)"))
    }

    @Test func assignPicksAReproducibleSampleOfEachOutlet() throws {
        let cli = try importing(Self.generated(seed: 11))
        let first = try json(try cli.run("assign", "--double", "10%", "--seed", "7", "--format", "json"))
        let outlets = try #require(first["outlets"] as? [[String: Any]])
        // khabar 96 items → 10; panorama 24 → 3.
        #expect(outlets.map { "\($0["outlet"]!) \($0["items"]!) \($0["picked"]!)" } == ["khabar 96 10", "panorama 24 3"])
        #expect(first["added"] as? Int == 13)
        let again = try json(try cli.run("assign", "--double", "10%", "--seed", "7", "--format", "json"))
        #expect(again["kept"] as? Int == 13 && again["added"] as? Int == 0)
        let other = try json(try cli.run("assign", "--double", "10%", "--seed", "8", "--format", "json"))
        #expect((other["removed"] as? Int ?? 0) > 0)
        #expect(try cli.run("assign", "--double", "0%").status == 2)
        #expect(try cli.run("assign", "--double", "10%", "--outlet", "cnn").status == 1)
    }

    @Test func reconcileChangesWhichCodingTheReportsCount() throws {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        try cli.write("sheet.csv", """
            outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder
            khabar,2012-01-05,20:00:00,20:03:00,,,X,news,nur-otan,100,,positive,aigerim
            khabar,2012-01-05,20:00:00,20:03:00,,,X,news,osdp,50,,neutral,aigerim
            khabar,2012-01-05,20:00:00,20:03:00,,,X,news,nur-otan,50,,negative,dana
            khabar,2012-01-05,20:00:00,20:03:00,,,X,news,osdp,50,,neutral,dana

            """)
        #expect(try cli.run("code", "import", "sheet.csv").status == 0)
        func nurOtanShare() throws -> Double? {
            let rows = try json(try cli.run("report", "share", "--format", "json"))["rows"] as? [[String: Any]]
            return rows?.first { $0["subject"] as? String == "nur-otan" }?["share"] as? Double
        }
        #expect(try nurOtanShare().map { abs($0 - 200.0 / 3) < 1e-9 } == true)
        var result = try cli.run("reconcile", "--segment", "1", "--use", "dana", environment: ["MEDIAMON_CODER": "lead"])
        #expect(result.status == 0 && result.stdout.contains("was aigerim's"), "\(result.stderr)")
        #expect(try nurOtanShare() == 50)
        result = try cli.run("reconcile", "--segment", "1", "--use", "olga")
        #expect(result.status == 1 && result.stderr == "mediamon: --use: olga did not code item 1 (its coders: aigerim, dana)\n")
        #expect(try cli.run("reconcile", "--segment", "1").status == 2)
        // The reliability figures still see both codings.
        let report = try json(try cli.run("reliability", "--format", "json"))
        #expect(report["items"] as? Int == 1)
        let tone = (report["variables"] as? [String: [String: Any]])?["tone"]
        #expect(tone?["agreement"] as? Double == 50 && tone?["units"] as? Int == 2)
    }

    @Test func userErrorsAndMisuseAreTold() throws {
        let cli = try importing(Self.generated(seed: 12))
        #expect(try cli.run("reliability", "--tolerance", "soon").status == 2)
        #expect(try cli.run("reliability", "--coders", "a").status == 2)
        #expect(try cli.run("reliability", "--format", "xlsx").status == 2)
        var result = try cli.run("reliability", "--coders", "a,zed")
        #expect(result.status == 1 && result.stderr.hasPrefix("mediamon: --coders: zed has no codings here"))
        result = try cli.run("reliability", "--tolerance", "5s")
        #expect(result.status == 1 && result.stderr.contains("--tolerance: 5s is in seconds"))
        #expect(try cli.run("reliability", "--tolerance", "5s", "--outlet", "khabar").status == 0)
        result = try cli.run("reliability", "--from", "2012-01-11", "--to", "2012-01-13")
        #expect(result.status == 0 && result.stdout.contains("No item is coded by two or more coders"))
        for command in [["reliability"], ["reliability", "disagreements"], ["assign"], ["reconcile"]] {
            let help = try cli.runArray(command + ["--help"])
            #expect(help.status == 0 && help.stdout.contains("Example"), "\(command)")
        }
    }

    @Test func worksOnTheDemoDatabase() throws {
        let cli = try CommandLine()
        #expect(try cli.run("demo", "--out", cli.path("demo")).status == 0)
        let db = cli.path("demo/monitoring.sqlite")
        let report = try json(try cli.run("reliability", "--db", db, "--format", "json"))
        #expect((report["items"] as? Int ?? 0) > 100)
        let variables = try #require(report["variables"] as? [String: [String: Any]])
        // subject and amount, then every variable the shipped codebook declares.
        #expect(Set(variables.keys) == ["subject", "tone", "genre", "amount", "direct", "capacity", "topic"])
        #expect(variables["topic"]?["metric"] as? String == "nominal" && variables["direct"]?["metric"] as? String == "interval")
        for (name, v) in variables { #expect(v["alpha"] is Double, "\(name)") }
        let table = try cli.run("reliability", "--db", db)
        #expect(table.status == 0 && table.stdout.contains("amount, seconds") && table.stdout.contains("amount, cm²"))
        #expect(try cli.run("reliability", "disagreements", "--db", db).status == 0)
        #expect(try cli.run("assign", "--db", db, "--double", "12%", "--seed", "2012").status == 0)
    }
}
