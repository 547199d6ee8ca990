import Foundation
import Testing

/// Mistakes a user makes on the command line, through the real binary: each gives a clear error
/// with the right exit status (1: a value the rules refuse, 2: misuse of the command line) and
/// leaves the database as it was (issue 14).
@Suite struct HostileCommandLineTests {
    static let hostile = CommandLine.repository.appendingPathComponent("Tests/HostileInputs")

    func hostile(_ name: String) -> String { Self.hostile.appendingPathComponent(name).path }
    static func hostilePath(_ name: String) -> String { hostile.appendingPathComponent(name).path }

    /// A mission with one item on Khabar, coded once.
    func mission() throws -> CommandLine {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        #expect(try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-01-05", "--start", "20:00:00",
                            "--end", "20:02:30", "--title", "ЦИК").status == 0)
        #expect(try cli.run("code", "add", "--segment", "1", "--subject", "cec", "--amount", "30", "--tone", "neutral",
                            "--coder", "aigerim").status == 0)
        return cli
    }

    /// What the database holds: its bytes, and as a user sees it, its items, codings and audit log.
    func contents(_ cli: CommandLine, db: String = "monitoring.sqlite") throws -> String {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: cli.path(db)))
        return "\(bytes.hashValue) \(bytes.count)\n" + (try cli.run("segments", "list", "--db", db, "--format", "json").stdout)
            + (try cli.run("audit", "--db", db, "--format", "json").stdout)
    }

    @Test func demoRefusesAFolderThatIsNotEmpty() throws {
        let cli = try mission()
        try FileManager.default.createDirectory(atPath: cli.path("mission"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: cli.path("monitoring.sqlite"), toPath: cli.path("mission/monitoring.sqlite"))
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.path("mission/monitoring.sqlite")))
        let demo = try cli.run("demo", "--out", "mission")
        #expect(demo.status == 1)
        #expect(demo.stderr.contains("the folder is not empty (it holds monitoring.sqlite)"), "\(demo.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("mission/monitoring.sqlite"))) == before)
        #expect(!FileManager.default.fileExists(atPath: cli.path("mission/report.html")))
    }

    @Test(arguments: [
        // Misuse of the command line: 2.
        (["code", "add", "--segment", "1", "--subject", "osdp", "--amount", "0x10", "--tone", "neutral"], Int32(2), "'0x10' is invalid for '--amount"),
        (["code", "add", "--segment", "1", "--subject", "osdp", "--amount", "1e2", "--tone", "neutral"], 2, "'1e2' is invalid"),
        (["code", "add", "--segment", "1", "--subject", "osdp", "--amount", "10", "--tone", "neutral", "--coder", ""], 2, "--coder is empty"),
        (["code", "import", "x.csv", "--coder", " "], 2, "--coder is empty"),
        (["segments", "add", "--outlet", "khabar", "--date", "2012-02-30", "--start", "20:00:00", "--end", "20:10:00"], 2, "'2012-02-30' is invalid"),
        (["segments", "add", "--outlet", "panorama", "--date", "2012-01-05", "--page", "2", "--area", "0x20"], 2, "'0x20' is invalid"),
        (["import", "transcript", "x.srt", "--outlet", "khabar", "--start", "yesterday"], 2, "\"yesterday\" is not a local date and time"),
        (["import", "xmltv", "x.xml", "--format", "csv"], 2, "'csv' is invalid for '--format"),
        (["report", "share", "--from", "2012-01-10", "--to", "2012-01-05"], 2, "--to 2012-01-05 is before --from 2012-01-10"),
        // A value the rules refuse: 1.
        (["code", "add", "--segment", "1", "--subject", "osdp", "--amount", "-5", "--tone", "neutral"], 1, "amount must be a positive number, not -5"),
        (["code", "add", "--segment", "1", "--subject", "osdp", "--amount", "500", "--tone", "neutral"], 1, "more than the item's 150"),
        (["segments", "add", "--outlet", "khabar", "--date", "2011-01-05", "--start", "20:00:00", "--end", "20:10:00"], 1, "outside the monitoring period"),
        // The store and the reports name domain fields (item, coder, outlet, week); the command line shows its flags.
        (["reconcile", "--segment", "99", "--use", "aigerim", "--coder", "lead"], 1, "--segment: there is no item 99"),
        (["reconcile", "--segment", "1", "--use", "dana", "--coder", "lead"], 1, "--use: dana did not code item 1 (its coders: aigerim)"),
        (["code", "add", "--segment", "99", "--subject", "osdp", "--amount", "5", "--tone", "neutral", "--coder", "a"], 1, "--segment: there is no item 99"),
        (["code", "remove", "--segment", "99", "--subject", "osdp", "--coder", "a"], 1, "--segment: there is no item 99"),
        (["report", "share", "--outlet", "habar"], 1, "--outlet: unknown outlet \"habar\" (the codebook has kazakhstan-tv, khabar,"),
        (["report", "breakdown", "--by", "capcity"], 1, "--by: unknown variable \"capcity\" (the codebook has tone, direct, genre, capacity, topic)"),
        (["report", "share", "--week", "9"], 1, "--week: the monitoring period"),
        (["report", "share", "--week", "2", "--from", "2012-01-01"], 2, "give either --week or --from/--to, not both"),
        (["report", "share", "--where", "capacity"], 2, "--where takes ID=VALUE, not \"capacity\""),
        // Invented beyond the issue's list (new-user pass): one variable given twice, a negative port.
        (["code", "add", "--segment", "1", "--subject", "osdp", "--amount", "5", "--tone", "neutral", "--coder", "a",
          "--set", "capacity=official", "--set", "capacity=campaign"], 2, "--set gives capacity twice; give it once"),
        (["code", "add", "--segment", "1", "--subject", "osdp", "--amount", "5", "--tone", "neutral", "--coder", "a",
          "--set", "tone=positive"], 2, "--tone and --set tone= both give tone; give it once"),
        (["serve", "--port", "-1"], 2, "--port is 0 to 65535"),
        (["demo", "--out", "d", "--serve", "--port", "70000"], 2, "--port is 0 to 65535"),
        (["report", "share", "--week", "-1"], 2, "--week starts at 1"),
        (["search", "Nur Otan", "--limit", "-3"], 2, "--limit must be 1 or more"),
        (["report", "reference", "--threshold", "-5"], 2, "--threshold is a number of points, 0 or more"),
        (["reliability", "disagreements", "--limit", "-2"], 2, "--limit must be 1 or more"),
        (["segments", "add", "--outlet", "panorama", "--date", "2012-01-05", "--page", "-3", "--area", "100"], 1, "page must be 1 or more, not -3"),
        (["codebook", "amend", Self.hostilePath("amend-new-variable-with-default.codebook.yaml")], 1,
         "stance is new but has a default (critical): the codings already stored would read as critical without anyone coding it"),
    ] as [([String], Int32, String)])
    func misuseExitsTwoAndRefusedValuesExitOneWithNothingWritten(arguments: [String], status: Int32, message: String) throws {
        let cli = try mission()
        let before = try contents(cli)
        let result = try cli.runArray(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(try contents(cli) == before)
    }

    /// Changing an outlet's ownership or the monitoring window is allowed, but it moves figures
    /// already reported: amend says so instead of "nothing new".
    @Test func anAmendThatMovesFiguresSaysWhatChanged() throws {
        let cli = try mission()
        let amend = try cli.run("codebook", "amend", hostile("amend-ownership-and-window.codebook.yaml"))
        #expect(amend.status == 0, "\(amend.stderr)")
        #expect(!amend.stdout.contains("nothing new"), "\(amend.stdout)")
        #expect(amend.stdout.contains("changed: monitoring window 18:00:00–24:00:00 → 19:00:00–24:00:00"), "\(amend.stdout)")
        #expect(amend.stdout.contains("changed: khabar: ownership state → private"), "\(amend.stdout)")
    }

    /// The readers name the missing field; only the command line names the option that gives it
    /// (issue 14 item 22).
    @Test func aValueTheInputLacksIsAskedForWithTheCommandsOwnOption() throws {
        let cli = try mission()
        let before = try contents(cli)
        try cli.write("undated.txt", "title: Выборы\noutlet: tengrinews\n\nЦИК объявил итоги.\n")
        let undated = try cli.run("import", "articles", cli.path("undated.txt"))
        #expect(undated.status == 1)
        #expect(undated.stderr.contains("date: the article has no date (pubDate, published, a date header or meta tag) (or pass --date YYYY-MM-DD)"), "\(undated.stderr)")
        try cli.write("nooutlet.txt", "title: Выборы\ndate: 2012-01-05\n\nЦИК объявил итоги.\n")
        let noOutlet = try cli.run("import", "articles", cli.path("nooutlet.txt"))
        #expect(noOutlet.status == 1)
        #expect(noOutlet.stderr.contains("outlet: no outlet: give an `outlet:` header (or pass --outlet ID)"), "\(noOutlet.stderr)")
        try cli.write("sheet.csv", "outlet,date,start,end,title,subject,amount,tone\nkhabar,2012-01-05,20:05:00,20:06:00,x,cec,10,neutral\n")
        let noCoder = try cli.run("code", "import", cli.path("sheet.csv"))
        #expect(noCoder.status == 1)
        #expect(noCoder.stderr.contains("coder: missing column (or pass --coder NAME)"), "\(noCoder.stderr)")
        #expect(try contents(cli) == before)
    }

    @Test func anEndBeforeTheStartIsRefusedUnlessWrittenPastMidnight() throws {
        let cli = try mission()
        let before = try contents(cli)
        let backwards = try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-01-05", "--start", "20:10:00", "--end", "20:00:00")
        #expect(backwards.status == 1)
        #expect(backwards.stderr.contains("end: the item ends (20:00:00) before it starts (20:10:00)"), "\(backwards.stderr)")
        #expect(try contents(cli) == before)
        let night = try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-01-05", "--start", "23:55:00", "--end", "24:05:00", "--format", "json")
        #expect(night.status == 0, "\(night.stderr)")
        let show = try cli.run("segments", "list", "--date", "2012-01-05", "--format", "json")
        #expect(show.stdout.contains("\"end\" : \"00:05:00\""), "\(show.stdout)")
    }

    @Test func aCorrectedTitleIsTheSameItemAndAnOverlapIsRefused() throws {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        #expect(try cli.run("code", "import", hostile("sheet-title-before.csv")).status == 0)
        let corrected = try cli.run("code", "import", hostile("sheet-title-corrected.csv"))
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let list = try cli.run("segments", "list", "--format", "json").stdout
        #expect(list.components(separatedBy: "\"id\"").count - 1 == 1, "\(list)")
        #expect(list.contains("Съезд партии «Ак жол»"))
        let share = try cli.run("report", "share", "--outlet", "khabar", "--format", "json").stdout
        #expect(share.contains("\"amount\" : 60"), "\(share)")
        #expect(try cli.run("audit").stdout.contains("Съезд партии «Ак жол»"))
        let before = try contents(cli)
        let overlap = try cli.run("code", "import", hostile("sheet-overlapping.csv"))
        #expect(overlap.status == 1)
        #expect(overlap.stderr.contains("sheet-overlapping.csv:2: start: this item (20:01:00–20:04:00) overlaps item 1"), "\(overlap.stderr)")
        #expect(try contents(cli) == before)
    }

    @Test func checkReportsOverlappingAndOverlongItems() throws {
        let cli = try mission()
        #expect(try cli.run("check").status == 0)
        #expect(try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-01-05", "--start", "20:03:00", "--end", "20:05:00").status == 0)
        // The rules now refuse an overlap: write one past them, as an older mediamon could have.
        let overlap = try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-01-05", "--start", "20:01:00", "--end", "20:04:00")
        #expect(overlap.status == 1)
        #expect(overlap.stderr.contains("these minutes are already item 1"), "\(overlap.stderr)")
        #expect(try system("/usr/bin/sqlite3", cli.path("monitoring.sqlite"),
                           "UPDATE segment SET endUTC = (SELECT endUTC FROM segment WHERE id = 2) WHERE id = 1; UPDATE segment SET extent = 85800 WHERE id = 2") == 0)
        let check = try cli.run("check")
        #expect(check.status == 1)
        #expect(check.stderr.contains("overlaps: items 1 and 2 of khabar overlap on air"), "\(check.stderr)")
        #expect(check.stderr.contains("lengths: item 2 is 85800 seconds long"), "\(check.stderr)")
    }

    @Test func aFormulaInAFeedTitleNeverReachesACSVFileAsAFormula() throws {
        let cli = try mission()
        #expect(try cli.run("import", "articles", hostile("formula-title.rss.xml"), "--outlet", "tengrinews").status == 0)
        #expect(try cli.run("code", "add", "--segment", "2", "--subject", "nur-otan", "--amount", "10", "--tone", "neutral", "--coder", "aigerim").status == 0)
        #expect(try cli.run("export", "out").status == 0)
        for file in ["out/items.csv", "out/codings.csv"] {
            let text = try String(contentsOfFile: cli.path(file), encoding: .utf8)
            #expect(text.contains("'=cmd|' /C calc'!A0"), "\(file): \(text)")
            #expect(!text.split(whereSeparator: { $0 == "," || $0 == "\n" }).contains { $0.hasPrefix("=") }, "\(file): \(text)")
        }
        let list = try cli.run("segments", "list", "--format", "csv").stdout
        #expect(list.contains("'=cmd|' /C calc'!A0") && !list.contains(",=cmd"), "\(list)")
        // Read back, the title is the feed's, not the neutralized one.
        #expect(try cli.run("init", "--codebook", "out/codebook.yaml", "--db", "copy.sqlite").status == 0)
        #expect(try cli.run("code", "import", "out/codings.csv", "--db", "copy.sqlite").status == 0)
        let copy = try cli.run("segments", "list", "--db", "copy.sqlite", "--format", "json").stdout
        #expect(copy.contains("\"title\" : \"=cmd|' \\/C calc'!A0\"") || copy.contains("\"title\" : \"=cmd|' /C calc'!A0\""), "\(copy)")
    }

    @Test func anUnknownStoredToneIsAnErrorNamingTheRowNotNeutral() throws {
        let cli = try mission()
        #expect(try system("/usr/bin/sqlite3", cli.path("monitoring.sqlite"), "PRAGMA ignore_check_constraints = ON; UPDATE coding SET tone = 'sarcastic'") == 0)
        // Reports read the coding sums, which still hold the tone the coder gave: `check` names the
        // sums that no longer agree with the codings.
        let check = try cli.run("check")
        #expect(check.status == 1 && check.stderr.contains("tone sarcastic") && check.stderr.contains("the codings give"), "\(check.stderr)")
        // A sum holding the tone is refused, naming it, never read as another tone: in the sums a
        // report with no --where reads (summed over the values) and in those with the values.
        #expect(try system("/usr/bin/sqlite3", cli.path("monitoring.sqlite"),
                           "UPDATE codingSum SET tone = 'sarcastic'; UPDATE codingSumWithoutValues SET tone = 'sarcastic'") == 0)
        for options in [[String](), ["--where", "capacity=other"]] {
            let report = try cli.runArray(["report", "share", "--subjects", "all", "--format", "json"] + options)
            #expect(report.status == 1)
            #expect(report.stderr.contains("has the tone \"sarcastic\", which the codebook does not allow"), "\(options): \(report.stderr)")
        }
        // What reads the codings themselves (the rules check) names the coding.
        let rules = try cli.run("report", "rules")
        #expect(rules.status == 1)
        #expect(rules.stderr.contains("tone: coding 1 of item 1 has the tone \"sarcastic\", which the codebook does not allow"), "\(rules.stderr)")
    }

    @Test func anUnknownStoredUnitOrToneIsAnErrorInTheListingAndTheExport() throws {
        let cli = try mission()
        let sqlite = cli.path("monitoring.sqlite")
        #expect(try system("/usr/bin/sqlite3", sqlite, "PRAGMA ignore_check_constraints = ON; UPDATE segment SET unit = 'minutes'") == 0)
        let unit = "unit: item 1 is measured in \"minutes\", which is not seconds, cm2 or characters"
        for command in [["segments", "list", "--format", "json"], ["segments", "show", "1"], ["export", "out-unit"]] {
            let result = try cli.runArray(command)
            #expect(result.status == 1, "\(command): \(result.stdout)")
            #expect(result.stderr.contains(unit), "\(command): \(result.stderr)")
        }
        #expect(try system("/usr/bin/sqlite3", sqlite,
                           "PRAGMA ignore_check_constraints = ON; UPDATE segment SET unit = 'seconds'; UPDATE coding SET tone = 'sarcastic'") == 0)
        let export = try cli.run("export", "out-tone")
        #expect(export.status == 1)
        #expect(export.stderr.contains("tone: coding 1 of item 1 has the tone \"sarcastic\", which the codebook does not allow"), "\(export.stderr)")
        let remove = try cli.run("code", "remove", "--segment", "1", "--subject", "cec", "--coder", "aigerim")
        #expect(remove.status == 1)
        #expect(remove.stderr.contains("has the tone \"sarcastic\""), "\(remove.stderr)")
    }

    @Test func anExportReadBackKeepsTheGenreUnitsItHad() throws {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        let imported = try cli.run("code", "import", hostile("sheet-genre-one-coder.csv"))
        #expect(imported.status == 0, "\(imported.stderr)")
        func genreUnits(_ db: String) throws -> Int? {
            let result = try cli.run("reliability", "--db", db, "--format", "json")
            #expect(result.status == 0, "\(result.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return ((report?["variables"] as? [String: Any])?["genre"] as? [String: Any])?["units"] as? Int
        }
        #expect(try genreUnits("monitoring.sqlite") == 2)
        #expect(try cli.run("export", "out").status == 0)
        let codings = try String(contentsOfFile: cli.path("out/codings.csv"), encoding: .utf8)
        #expect(codings.contains("Дебаты,,nur-otan,30,,negative,dana"), "\(codings)")
        #expect(try cli.run("init", "--codebook", "out/codebook.yaml", "--db", "copy.sqlite").status == 0)
        let readBack = try cli.run("code", "import", "out/codings.csv", "--db", "copy.sqlite")
        #expect(readBack.status == 0, "\(readBack.stderr)")
        #expect(try genreUnits("copy.sqlite") == 2)
    }

    @Test func messagesSayOneSecondAndOneItemNotOneSeconds() throws {
        let cli = try mission()
        #expect(try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-01-05", "--start", "21:00:00",
                            "--end", "21:00:01", "--title", "Коротко").status == 0)
        let show = try cli.run("segments", "show", "2")
        #expect(show.stdout.contains("21:00:00–21:00:01 (1 second)"), "\(show.stdout)")
        let list = try cli.run("segments", "list")
        #expect(list.stdout.contains("1 second") && !list.stdout.contains("1 seconds"), "\(list.stdout)")
        #expect(try cli.run("segments", "show", "1").stdout.contains("(150 seconds)"))
        let export = try cli.run("export", "out")
        #expect(export.stdout.contains("Exported 1 coding of 2 items to out/"), "\(export.stdout)")
    }

    @Test func exportNeverOverwritesAndCodeImportNamesAFolderPlainly() throws {
        let cli = try mission()
        try cli.write("codings.csv", "a mission's own sheet\n")
        let export = try cli.run("export", ".")
        #expect(export.status == 1)
        #expect(export.stderr.contains("the folder already holds codings.csv"), "\(export.stderr)")
        #expect(try String(contentsOfFile: cli.path("codings.csv"), encoding: .utf8) == "a mission's own sheet\n")
        let folder = try cli.run("code", "import", ".")
        #expect(folder.status == 1)
        #expect(folder.stderr.contains(".: is a folder, not a file"), "\(folder.stderr)")
        #expect(!folder.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aNewspaperGetsNoProgrammesFromAGuide() throws {
        let cli = try mission()
        let before = try contents(cli)
        let result = try cli.run("import", "xmltv", hostile("xmltv-declares-cp1251-but-utf8.xml"), "--channel", "khabar.kz=panorama")
        #expect(result.status == 1)
        #expect(result.stderr.contains("panorama is print; XMLTV programmes belong to TV or radio outlets"), "\(result.stderr)")
        #expect(try contents(cli) == before)
    }

    @Test func aWorkbookGivenToCodeImportIsNamedAsOne() throws {
        let cli = try mission()
        let before = try contents(cli)
        let result = try cli.run("code", "import", hostile("coding-sheet.xlsx"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("this is a workbook (.xlsx or .ods, a ZIP file), not CSV: open it in Excel and save it as CSV"), "\(result.stderr)")
        #expect(!result.stderr.contains("encoding"), "\(result.stderr)")
        #expect(try contents(cli) == before)
    }

    @Test func eachCommandsFormatHelpListsWhatItAccepts() throws {
        let cli = try CommandLine()
        for (command, values) in [(["import", "xmltv"], "values: table, json;"), (["segments", "list"], "values: table, csv, json;"),
                                  (["audit"], "values: table, json;"), (["reliability", "disagreements"], "values: table, csv, json;")] {
            let help = try cli.runArray(command + ["--help"]).stdout.replacingOccurrences(of: "\n ", with: "").replacingOccurrences(of: "  ", with: "")
            #expect(help.contains(values), "\(command): \(help)")
        }
    }

    @Test func auditFiltersByBroadcastDateAsWellAsByWhenTheChangeWasMade() throws {
        let cli = try mission()
        #expect(try cli.run("segments", "add", "--outlet", "khabar", "--date", "2012-01-06", "--start", "20:00:00",
                            "--end", "20:02:30", "--title", "Дебаты").status == 0)
        #expect(try cli.run("code", "add", "--segment", "2", "--subject", "osdp", "--amount", "20", "--tone", "neutral",
                            "--coder", "aigerim").status == 0)
        let sixth = try cli.run("audit", "--date", "2012-01-06")
        #expect(sixth.status == 0, "\(sixth.stderr)")
        #expect(sixth.stdout.contains("osdp") && !sixth.stdout.contains("cec"), "\(sixth.stdout)")
        #expect(sixth.stdout.contains("2 changes"))
        let help = try cli.run("audit", "--help").stdout
        #expect(help.contains("not by when the item was broadcast or published"), "\(help)")
    }

    @Test func aFolderImportGoesOnAfterABadFileAndSaysWhatWasStored() throws {
        let cli = try mission()
        try FileManager.default.createDirectory(atPath: cli.path("articles"), withIntermediateDirectories: true)
        try cli.write("articles/a.txt", "outlet: tengrinews\ndate: 2012-01-05\ntitle: Первая\n\nТекст о выборах.\n")
        try FileManager.default.copyItem(atPath: hostile("latin1-article.txt"), toPath: cli.path("articles/b.txt"))
        try cli.write("articles/c.txt", "outlet: tengrinews\ndate: 2012-01-06\ntitle: Третья\n\nЕщё текст.\n")
        let result = try cli.run("import", "articles", "articles")
        #expect(result.status == 1)
        #expect(result.stdout.contains("a.txt: 1 article imported"), "\(result.stdout)")
        #expect(result.stdout.contains("c.txt: 1 article imported"), "\(result.stdout)")
        #expect(result.stderr.contains("1 of 3 files not imported (nothing from it was stored); the other files were imported"), "\(result.stderr)")
        #expect(!result.stderr.contains("--encoding"), "\(result.stderr)")
    }

    /// A small file system that fills up: `mount -t tmpfs` (root only; skipped elsewhere).
    func smallDisk(_ cli: CommandLine, kilobytes: Int) throws -> String? {
        guard getuid() == 0 else { return nil }
        let folder = cli.path("small")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try system("/bin/mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder) == 0 ? folder : nil
    }

    func unmount(_ folder: String) { _ = try? system("/bin/umount", folder) }

    func system(_ arguments: String...) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func aFullDiskIsSaidPlainlyAndLeavesNoPartialBackupOrExport() throws {
        let cli = try CommandLine()
        #expect(try cli.run("demo", "--out", "demo").status == 0)
        guard let small = try smallDisk(cli, kilobytes: 64) else { return }
        defer { unmount(small) }
        let before = try contents(cli, db: "demo/monitoring.sqlite")
        let backup = try cli.run("backup", "small/copy.sqlite", "--db", "demo/monitoring.sqlite")
        #expect(backup.status == 1)
        #expect(backup.stderr.contains("small/copy.sqlite: the disk is full: no backup was made"), "\(backup.stderr)")
        let export = try cli.run("export", "small/export", "--db", "demo/monitoring.sqlite")
        #expect(export.status == 1)
        #expect(export.stderr.contains("small/export: the disk is full: nothing was exported"), "\(export.stderr)")
        #expect(!export.stderr.contains("NSCocoaErrorDomain"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: small).isEmpty)
        #expect(try contents(cli, db: "demo/monitoring.sqlite") == before)
    }

    @Test func aSheetThatFillsTheDiskImportsNothingAndSaysSo() throws {
        let cli = try CommandLine()
        guard let small = try smallDisk(cli, kilobytes: 1024) else { return }
        defer { unmount(small) }
        #expect(try cli.run("init", "--codebook", CommandLine.codebook, "--db", "small/m.sqlite").status == 0)
        var sheet = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder\n"
        for i in 0..<20_000 {
            let second = i / 13 * 2
            let time = { (s: Int) in String(format: "%02d:%02d:%02d", 18 + s / 3600, s / 60 % 60, s % 60) }
            sheet += "khabar,2012-01-\(String(format: "%02d", 1 + i % 13)),\(time(second)),\(time(second + 1)),,,Item \(i),news,nur-otan,1,,neutral,a\n"
        }
        try cli.write("big.csv", sheet)
        let before = try contents(cli, db: "small/m.sqlite")
        let result = try cli.run("code", "import", "big.csv", "--db", "small/m.sqlite")
        #expect(result.status == 1)
        #expect(result.stderr.contains("the disk is full: nothing was saved"), "\(result.stderr)")
        #expect(!result.stderr.contains("SQLite error"), "\(result.stderr)")
        #expect(try contents(cli, db: "small/m.sqlite") == before)
    }
}

/// `mediamon search`: transcript cues and articles, a query in one script finding text in the other.
@Suite struct SearchCommandTests {
    static let examples = CommandLine.repository.appendingPathComponent("Samples/data/examples")

    func mission() throws -> CommandLine {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        let e = Self.examples
        #expect(try cli.run("import", "xmltv", e.appendingPathComponent("khabar-2012-01-05.xmltv.xml").path).status == 0)
        #expect(try cli.run("import", "transcript", e.appendingPathComponent("khabar-2012-01-05-news.srt").path,
                            "--outlet", "khabar", "--start", "2012-01-05T18:00:00").status == 0)
        try cli.write("latin.txt", "outlet: tengrinews\ndate: 2012-01-06\ntitle: Saılaý\n\nNūr Otan partııasy Almatyda kezdesý ótkizdi.\n")
        #expect(try cli.run("import", "articles", "latin.txt").status == 0)
        return cli
    }

    @Test func aLatinQueryFindsCyrillicCuesAndACyrillicQueryFindsLatinArticles() throws {
        let cli = try mission()
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.path("monitoring.sqlite")))
        let latin = try cli.run("search", "Nur Otan", "--format", "json")
        #expect(latin.status == 0, "\(latin.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(latin.stdout.utf8)) as? [String: [[String: Any]]])["hits"] ?? []
        #expect(hits.contains { $0["kind"] as? String == "cue" && ($0["text"] as? String)?.contains("«Нұр Отан» партиясы") == true }, "\(latin.stdout)")
        #expect(hits.contains { $0["kind"] as? String == "article" && $0["outlet"] as? String == "tengrinews" }, "\(latin.stdout)")
        #expect(hits.first?["time"] as? String == "18:00:08")
        let cyrillic = try cli.run("search", "Нұр Отан")
        #expect(cyrillic.stdout.contains("Nūr Otan partııasy"), "\(cyrillic.stdout)")
        #expect(cyrillic.stdout.contains("1 cue, 1 article"), "\(cyrillic.stdout)")
        let none = try cli.run("search", "Rukhaniyat")
        #expect(none.status == 0)
        #expect(none.stdout.contains("Nothing found"))
        // Searching reads only.
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("monitoring.sqlite"))) == before)
    }
}
