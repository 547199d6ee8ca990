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
            and writes the full report as DIR/report.html and DIR/report.xlsx.
            Without --out, DIR is a new temporary folder, named in the output.

            Example:
              mediamon demo --out demo
              mediamon report share --db demo/monitoring.sqlite --attribute-institutions
            """
    )

    @Option(help: ArgumentHelp("Folder for the demonstration database and reports.", valueName: "dir"))
    var out: String?
    @Flag(help: "Then serve the mission on this computer (the team server) with the sample recording, and open it in the browser.")
    var serve = false
    @Option(help: "Port for --serve (0: any free port).") var port = 8080

    func run() throws {
        let folder = try out.map { URL(fileURLWithPath: $0) } ?? newTemporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dbPath = folder.appendingPathComponent("monitoring.sqlite").path
        // A fresh database each time: the demo's figures never depend on an earlier run.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }

        let showProgress = stderrIsTerminal
        let result = try DemoMission.build(at: dbPath, codebook: ShippedCodebooks.kazakhstan2012) { file in
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[Kimporting \(file)".utf8)) }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let db = result.database
        print("mediamon demo: \(db.codebook.mission)".wrapped(to: 78))
        print("Database: \(dbPath)")
        print("Imported \(result.programmes) programmes from the broadcast logs, \(result.cues) transcript cues, \(result.articles) articles,")
        print("and \(result.summary.imported) codings from \(result.sheets) coding sheets.")
        print("The data are constructed to reproduce the figures the OSCE/ODIHR mission")
        print("published (Samples/README.md); hold the tables below against its final report.\n")

        let rows = try db.codedRows()
        let demo = DemoReport(codebook: db.codebook)
        // 7 January 2012: from then on the ODIHR report found OSDP's coverage 14% negative (DESIGN §3).
        print(DocumentText.table(demo.terminalDocument(rows, lateFrom: LocalDate(year: 2012, month: 1, day: 7)), header: false), terminator: "")

        let full = MissionReport(codebook: db.codebook).document(rows)
        let html = folder.appendingPathComponent("report.html")
        let xlsx = folder.appendingPathComponent("report.xlsx")
        try Data(HTMLRenderer.render(full).utf8).write(to: html, options: .atomic)
        try XLSXWriter.data(full).write(to: xlsx, options: .atomic)
        print("Full report (tables and charts): \(html.path)")
        print("The same tables as a workbook:   \(xlsx.path)")
        print("Explore further:")
        print("  mediamon report share --db \(dbPath) --help")
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
