import ArgumentParser
import Foundation
import MediaCodebooks
import MediaModel
import MediaReports
import MediaSamples
import MediaServer
import MediaStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demonstration mission from the shipped samples and print its report tables.",
        discussion: """
            Creates a fresh DIR/monitoring.sqlite from Codebooks/kz-2012-majilis.yaml
            and Samples/ (constructed data reproducing the OSCE/ODIHR findings on
            Kazakhstan's 2012 Majilis elections), through the same import and coding
            paths a mission uses, then prints the share-of-coverage and tone tables
            and writes the full report as DIR/report.html, DIR/report.xlsx and
            DIR/report.md, in the language --lang names (Kazakh, Russian or English).
            Without --out, DIR is a new temporary folder, named in the output. A DIR that
            exists must be empty: the demo never replaces a database (exit status 1).

            Example:
              mediamon demo --out demo
              mediamon demo --out demo-kk --lang kk
              mediamon report share --db demo/monitoring.sqlite --attribute-institutions
            """
    )

    @Option(help: ArgumentHelp("Folder for the demonstration database and reports.", valueName: "dir"))
    var out: String?
    @Flag(help: "Then serve the mission on this computer (the team server) with the sample recording, and open it in the browser.")
    var serve = false
    @Option(parsing: .unconditional, help: "Port for --serve (0: any free port).") var port = 8080

    @Option(help: "Language of the printed tables and written reports: en, ru or kk.")
    var lang: Language = .en

    func validate() throws {
        // Checked before anything is written: a port that cannot be would fail only after the demo was built.
        if !(0...65535).contains(port) { throw ValidationError("--port is 0 to 65535") }
    }

    func run() throws {
        let folder = try out.map { URL(fileURLWithPath: $0) } ?? newTemporaryFolder()
        // Only a new or empty folder: a mission's own database is never replaced by the demo's.
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !contents.isEmpty {
            throw InputError(file: folder.path, "the folder is not empty (it holds \(contents.sorted().prefix(3).joined(separator: ", "))\(contents.count > 3 ? ", …" : "")): the demo writes only into a new or empty folder, and nothing was changed")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw InputError(file: folder.path, "this is a file, not a folder: the demo writes into a new or empty folder")
        }
        let existed = FileManager.default.fileExists(atPath: folder.path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dbPath = folder.appendingPathComponent("monitoring.sqlite").path

        let showProgress = stderrIsTerminal
        let text = Catalogue(lang)
        let result: DemoMission.Result
        do {
            result = try DemoMission.build(at: dbPath, codebook: ShippedCodebooks.kazakhstan2012) { file in
                if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K\(text(.demoImporting, ["file": file]))".utf8)) }
            }
        } catch {
            // A demo that failed before showing anything leaves nothing: all the folder holds is its own.
            if existed {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                }
            } else {
                try? FileManager.default.removeItem(at: folder)
            }
            throw error
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let db = result.database
        let count = { (n: Int) in text.numbers.amount(Double(n)) }
        print(text(.demoHeading, ["mission": db.codebook.missionName.in(lang)]).wrapped(to: 78))
        print(text(.demoDatabase, ["path": dbPath]))
        print(text(.demoImported, ["programmes": count(result.programmes), "cues": count(result.cues), "articles": count(result.articles),
                                   "codings": count(result.summary.imported), "sheets": count(result.sheets)]).wrapped(to: 78))
        print(text[.demoConstructed].wrapped(to: 78) + "\n")

        // Reports read the coding sums; the rules check needs each item's start (its time slots).
        let sums = try db.codingSums()
        let demo = DemoReport(codebook: db.codebook, language: lang)
        print(DocumentText.table(demo.terminalDocument(sums, lateFrom: DemoReport.lateCampaignFrom), header: false), terminator: "")

        let references = try ReferenceReport(codebook: db.codebook).compare(db.referenceFigures(), rows: sums)
        let codings = try db.codedRows()
        let breaches = RulesCheck(codebook: db.codebook).breaches(codings)
        print(text(.demoReference, ["figures": count(result.referenceFigures), "flagged": count(references.rows.filter(\.flagged).count),
                                    "rows": count(references.rows.count), "threshold": text.numbers.amount(references.threshold)]).wrapped(to: 78))
        print("  mediamon report reference --db \(dbPath)")
        print(text(.demoRules, ["breaches": count(breaches.count)]).wrapped(to: 78))
        print("  mediamon report rules --db \(dbPath)\n")
        let full = MissionReport(codebook: db.codebook, language: lang).document(sums, references: references, codings: codings)
        let html = folder.appendingPathComponent("report.html")
        let xlsx = folder.appendingPathComponent("report.xlsx")
        let markdown = folder.appendingPathComponent("report.md")
        try Data(HTMLRenderer.render(full).utf8).write(to: html, options: .atomic)
        try XLSXWriter.data(full).write(to: xlsx, options: .atomic)
        try Data(DocumentText.markdown(full).utf8).write(to: markdown, options: .atomic)
        print(text(.demoFullReport, ["path": html.path]))
        print(text(.demoWorkbook, ["path": xlsx.path]))
        print(text(.demoMarkdown, ["path": markdown.path]))
        print(text[.demoExplore])
        print("  mediamon report share --db \(dbPath) --lang \(lang.rawValue) --help")
        if serve { try serveDemo(db) }
    }

    /// Two accounts with fresh random passwords (there is no default password), the monitor
    /// assigned to Khabar for the period, and the server on the loopback address.
    private func serveDemo(_ db: MonitoringDatabase) throws {
        let hasher = PasswordHasher()
        var lines: [String] = []
        for (name, role) in [("monitor", Role.monitor), ("analyst", Role.analyst)] {
            let password = DemoPassword.make()
            try db.addAccount(name: name, role: role, passwordHash: try hasher.hash(password))
            lines.append("  \(role.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) user \(name), password \(password)")
        }
        try db.assign(Assignment(user: "monitor", outlet: "khabar", from: db.codebook.period.first.description,
                                 to: db.codebook.period.last.description, assignedBy: "demo"))
        print("\nThe team server, with the sample recording of Khabar on 2012-01-11 at 22:00:")
        lines.forEach { print($0) }
        let media = try MediaFolder(DemoMission.dataFolder.appendingPathComponent("recordings").path)
        try runTeamServer(TeamServer(database: db, media: media), host: "127.0.0.1", port: port) { url in
            openInBrowser(url + "code?outlet=khabar&date=2012-01-11")
        }
    }

    private func newTemporaryFolder() throws -> URL {
        let base = FileManager.default.temporaryDirectory
        for _ in 0..<100 {
            let url = base.appendingPathComponent("mediamon-demo-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))")
            if !FileManager.default.fileExists(atPath: url.path) { return url }
        }
        throw InputError(file: base.path, "cannot find a free folder name for the demo")
    }
}

private extension String {
    /// The text broken at spaces into lines of at most `width` characters.
    func wrapped(to width: Int) -> String {
        var lines: [String] = [], line = ""
        for word in split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        return (lines + [line]).joined(separator: "\n")
    }
}
