import Foundation
import Testing

/// Nothing a mission codes may be lost or silently corrupted: concurrent coders, killed processes,
/// backups and exports, all through the real binary and real processes.
@Suite struct DataSafetyTests {
    /// Items one second long, each in its own second of the evening: sheets with different
    /// `slot`s never share a second (the same minutes of an outlet are one item).
    func sheet(coder: String, items: Int, subjects: [String] = ["nur-otan", "osdp"], titlePrefix: String, slot: Int = 0) -> String {
        var text = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder\n"
        func time(_ s: Int) -> String { String(format: "%02d:%02d:%02d", 18 + s / 3600, s / 60 % 60, s % 60) }
        for i in 0..<items {
            let date = String(format: "2012-01-%02d", 1 + i % 13)
            let second = (i / 13) * 4 + slot
            for (k, subject) in subjects.enumerated() {
                text += "khabar,\(date),\(time(second)),\(time(second + 1)),,,\(titlePrefix) \(i),news,\(subject),\(k == 0 ? "0.5" : "0.25"),,neutral,\(coder)\n"
            }
        }
        return text
    }

    func count(_ cli: CommandLine, _ db: String = "monitoring.sqlite") throws -> Int {
        let result = try cli.run("segments", "list", "--db", db, "--format", "json")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [[String: Any]]]
        return (json?["segments"] ?? []).reduce(0) { $0 + ($1["codings"] as? Int ?? 0) }
    }

    @Test func concurrentCodersLoseNothingAndCountNothingTwice() throws {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        for n in 0..<4 { try cli.write("sheet\(n).csv", sheet(coder: "coder\(n)", items: 250, titlePrefix: "Sheet \(n) item", slot: n)) }
        #expect(try cli.run("segments", "add", "--outlet", "ktk", "--date", "2012-01-05", "--start", "20:00:00",
                            "--end", "20:30:00", "--title", "Shared").status == 0)
        var processes: [Process] = []
        for n in 0..<4 {
            processes.append(try cli.start(["code", "import", "sheet\(n).csv"]))
        }
        // Meanwhile two monitors code the same item by hand, one command per coding.
        let script = { (coder: String) in
            "for s in nur-otan ak-zhol knpk osdp auyl patriots adilet rukhaniyat president government; do \"$0\" code add --segment 1 --subject $s --amount 30 --tone neutral --coder \(coder) || exit 1; done"
        }
        for coder in ["hand-a", "hand-b"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", script(coder), CommandLine.executable.path]
            p.currentDirectoryURL = cli.folder
            try p.run()
            processes.append(p)
        }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        #expect(try count(cli) == 4 * 250 * 2 + 2 * 10)
        let check = try cli.run("check")
        #expect(check.status == 0, "\(check.stderr)")
        // Re-running every sheet adds nothing.
        for n in 0..<4 {
            let again = try cli.run("code", "import", "sheet\(n).csv", "--format", "json")
            #expect(again.stdout.contains("\"imported\" : 0"))
        }
        #expect(try count(cli) == 4 * 250 * 2 + 2 * 10)
    }

    /// An import killed with SIGKILL at any moment — while reading, while writing, while
    /// committing — leaves none or all of its file, never part, and a database that checks healthy.
    @Test func aKilledImportLeavesNoneOrAllOfItsFileAndAHealthyDatabase() throws {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook).status == 0)
        try cli.write("small.csv", sheet(coder: "first", items: 20, titlePrefix: "Small"))
        #expect(try cli.run("code", "import", "small.csv").status == 0)
        let big = 10_000
        try cli.write("big.csv", sheet(coder: "big", items: big, titlePrefix: "Big", slot: 1))
        var killedWhileRunning = 0
        for delay in [0.05, 0.3, 0.8, 1.5, 3.0] {
            let process = try cli.start(["code", "import", "big.csv"])
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { killedWhileRunning += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let check = try cli.run("check")
            #expect(check.status == 0, "after a kill at \(delay) s: \(check.stderr)")
            let codings = try count(cli)
            #expect(codings == 20 * 2 || codings == 20 * 2 + big * 2, "after a kill at \(delay) s: \(codings) codings")
            if codings != 20 * 2 { break }
        }
        #expect(killedWhileRunning > 0, "every import finished before it could be killed")
        // Running it again leaves all of it, once.
        #expect(try cli.run("code", "import", "big.csv").status == 0)
        #expect(try count(cli) == 20 * 2 + big * 2)
    }

    @Test func anExportReimportedIntoAnEmptyDatabaseGivesIdenticalReports() throws {
        let cli = try CommandLine()
        #expect(try cli.run("demo", "--out", "demo").status == 0)
        let original = "demo/monitoring.sqlite"
        let export = try cli.run("export", "exported", "--db", original)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try cli.run("init", "--codebook", "exported/codebook.yaml", "--db", "copy.sqlite").status == 0)
        let imported = try cli.run("code", "import", "exported/codings.csv", "--db", "copy.sqlite")
        #expect(imported.status == 0, "\(imported.stderr)")
        for args in [["share", "--subjects", "all"], ["share", "--attribute-institutions"], ["share", "--weight", "items", "--genre", "paid-advertising"]] {
            let a = try cli.runArray(["report"] + args + ["--format", "json", "--db", original])
            let b = try cli.runArray(["report"] + args + ["--format", "json", "--db", "copy.sqlite"])
            #expect(a.status == 0 && !a.stdout.isEmpty)
            #expect(a.stdout == b.stdout, "report \(args) differs after the round trip")
        }
        #expect(try cli.run("check", "--db", "copy.sqlite").status == 0)
    }

    @Test func aBackupIsAWorkingCopy() throws {
        let cli = try CommandLine()
        #expect(try cli.run("demo", "--out", "demo").status == 0)
        #expect(try cli.run("backup", "copy.sqlite", "--db", "demo/monitoring.sqlite").status == 0)
        #expect(try count(cli, "copy.sqlite") == (try count(cli, "demo/monitoring.sqlite")))
        let again = try cli.run("backup", "copy.sqlite", "--db", "demo/monitoring.sqlite")
        #expect(again.status == 1 && again.stderr.contains("exists"))
    }
}

extension CommandLine {
    /// Starts the binary without waiting, its output discarded.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
