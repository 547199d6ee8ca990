import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `mediamon demo --serve` and `mediamon serve` as a user runs them: the real binary, a real
/// port on the loopback address, a real browser.
@Suite(.serialized) struct ServeEndToEndTests {
    /// A running `mediamon demo --serve --port 0`, with the URL and the accounts it printed.
    final class DemoServer {
        let process = Process()
        let cli: CommandLine
        var url = ""
        var accounts: [String: String] = [:]
        private let output = Pipe()

        init() throws {
            cli = try CommandLine()
            process.executableURL = CommandLine.executable
            process.arguments = ["demo", "--out", cli.path("demo"), "--serve", "--port", "0"]
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "DISPLAY")
            env.removeValue(forKey: "WAYLAND_DISPLAY")
            process.environment = env
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Lines until the URL: the accounts come first.
            var text = ""
            let deadline = Date().addingTimeInterval(240)
            while url.isEmpty, Date() < deadline, process.isRunning {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    if let user = words.firstIndex(of: "user"), let password = words.firstIndex(of: "password"), password + 1 < words.count {
                        accounts[String(words[user + 1]).trimmingCharacters(in: .punctuationCharacters)] = String(words[password + 1])
                    }
                    if line.hasPrefix("mediamon serve: http://") { url = String(words[2]) }
                }
            }
            if url.isEmpty {
                if process.isRunning { process.terminate() }
                throw Failure("demo --serve printed no URL:\n\(text)")
            }
        }

        deinit {
            // Waits, so the server has let go of the database before its folder (cli's) is removed.
            if process.isRunning { process.terminate(); process.waitUntilExit() }
        }

        /// SIGTERM, as a service manager stops it; the exit status and the rest of its output.
        func stop() throws -> (Int32, String) {
            process.terminate()
            let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, rest)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test func demoServeSignsInServesTheCLIsReportsAndStopsCleanlyOnSIGTERM() async throws {
        let server = try DemoServer()
        #expect(server.url.hasPrefix("http://127.0.0.1:"), "loopback by default")
        let analyst = try #require(server.accounts["analyst"])
        let session = URLSession(configuration: .ephemeral)
        var login = URLRequest(url: URL(string: server.url + "api/session")!)
        login.httpMethod = "POST"
        login.setValue("application/json", forHTTPHeaderField: "Content-Type")
        login.httpBody = try JSONSerialization.data(withJSONObject: ["user": "analyst", "password": analyst])
        let (_, loginResponse) = try await session.data(for: login)
        let signedIn = try #require(loginResponse as? HTTPURLResponse)
        #expect(signedIn.statusCode == 200)
        let cookie = try #require(signedIn.value(forHTTPHeaderField: "Set-Cookie")).split(separator: ";")[0]

        // The API's report is byte for byte the CLI's --format json.
        var report = URLRequest(url: URL(string: server.url + "api/reports/share?outlet=khabar&attributeInstitutions=true")!)
        report.setValue(String(cookie), forHTTPHeaderField: "Cookie")
        let (body, response) = try await session.data(for: report)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let cli = try server.cli.run("report", "share", "--db", server.cli.path("demo/monitoring.sqlite"), "--outlet", "khabar",
                                     "--attribute-institutions", "--format", "json")
        #expect(cli.status == 0)
        #expect(String(decoding: body, as: UTF8.self) == cli.stdout)

        let (status, rest) = try server.stop()
        #expect(status == 0)
        #expect(rest.contains("mediamon serve: stopped"))
    }

    /// The browser test (Tests/Browser/coding_station.py) in Debian's headless Chromium. Skipped
    /// where chromium, chromedriver or selenium are missing — except under CI=true, where that fails.
    @Test func aMonitorCodesFromTheRecordingWithTheKeyboardAndTheDashboardFollows() async throws {
        let env = ProcessInfo.processInfo.environment
        let python = "/usr/bin/env"
        let ready = FileManager.default.isExecutableFile(atPath: env["CHROMIUM"] ?? "/usr/bin/chromium")
            && FileManager.default.isExecutableFile(atPath: env["CHROMEDRIVER"] ?? "/usr/bin/chromedriver")
            && (try? CommandLine.runTool(python, ["python3", "-c", "import selenium"]))?.status == 0
        if !ready {
            if env["CI"] == "true" { Issue.record("CI=true but chromium, chromium-driver or selenium is missing") }
            return
        }
        let server = try DemoServer()
        defer { _ = try? server.stop() }
        // The demo has no admin: one is added as an administrator would, while the server runs.
        let adminPassword = "an admin's long password"
        let added = try server.cli.input(adminPassword + "\n", "users", "add", "admin", "--role", "admin", "--password-stdin",
                                         "--db", server.cli.path("demo/monitoring.sqlite"))
        #expect(added.status == 0, "\(added.stderr)")
        // The debate at 22:00–22:40, the one item the three-minute sample recording covers, is coded
        // at 300 s per party by aigerim: she withdraws those codings, as a coder would, so that the
        // monitor may move its end into the recording's three minutes (a move that left codings
        // longer than the item would be refused).
        let database = server.cli.path("demo/monitoring.sqlite")
        let listed = try server.cli.run("segments", "list", "--db", database, "--outlet", "khabar", "--date", "2012-01-11", "--format", "json")
        let segments = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])?["segments"] as? [[String: Any]] ?? []
        let debate = try #require(segments.first { $0["start"] as? String == "22:00:00" }?["id"] as? Int)
        for subject in ["nur-otan", "ak-zhol", "knpk", "osdp", "auyl", "patriots", "adilet"] {
            let removed = try server.cli.run("code", "remove", "--db", database, "--segment", "\(debate)", "--subject", subject, "--coder", "aigerim")
            #expect(removed.status == 0, "\(removed.stderr)")
        }
        #expect(try !server.cli.run("segments", "show", "--db", database, "\(debate)").stdout.contains("aigerim"))
        let shots = server.cli.path("screenshots")
        let script = CommandLine.repository.appendingPathComponent("Tests/Browser/coding_station.py").path
        // Chromium leaves its singleton folders (org.chromium.Chromium.*) in TMPDIR: one of the test's
        // own, with a short name, as the socket in it must fit in 108 bytes.
        let browserTemporary = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-b-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: browserTemporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: browserTemporary) }
        let result = try CommandLine.runTool(python, ["python3", script, server.url, "monitor", server.accounts["monitor"] ?? "",
                                                      "analyst", server.accounts["analyst"] ?? "", shots, "admin", adminPassword],
                                             environment: ["TMPDIR": browserTemporary.path])
        // On a failure the screenshots outlive the test's folder, in a folder the message names.
        var kept = shots
        if result.status != 0 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-browser-failure-\(UUID().uuidString)")
            if (try? FileManager.default.moveItem(atPath: shots, toPath: folder.path)) != nil { kept = folder.path }
        }
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)\nscreenshots: \(kept)")
    }
}

extension CommandLine {
    /// Runs another program (python, the browser test), with `environment` over this process's, and waits for it.
    static func runTool(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// `mediamon users` as an administrator runs it.
@Suite struct UsersEndToEndTests {
    @Test func accountsAreAddedListedChangedAndRemovedAndNoHashIsEverShown() throws {
        let cli = try CommandLine()
        #expect(try cli.run("init", "--codebook", CommandLine.codebook, "--db", cli.path("m.sqlite")).status == 0)
        let db = cli.path("m.sqlite")
        // No default account.
        let empty = try cli.run("users", "list", "--db", db, "--format", "json")
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("\"users\" : [\n\n  ]") || empty.stdout.contains("\"users\" : []"))

        let added = try cli.input("a good long password\n", "users", "add", "aigerim", "--role", "monitor", "--password-stdin", "--db", db)
        #expect(added.status == 0, "\(added.stderr)")
        let again = try cli.input("a good long password\n", "users", "add", "aigerim", "--role", "analyst", "--password-stdin", "--db", db)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already an account"))
        let short = try cli.input("short\n", "users", "add", "dana", "--role", "analyst", "--password-stdin", "--db", db)
        #expect(short.status == 1)
        #expect(short.stderr.contains("at least 10 characters"))
        let badRole = try cli.input("a good long password\n", "users", "add", "dana", "--role", "boss", "--password-stdin", "--db", db)
        #expect(badRole.status == 2)

        let list = try cli.run("users", "list", "--db", db)
        #expect(list.stdout.contains("aigerim\tmonitor"))
        #expect(!list.stdout.contains("pbkdf2") && !list.stdout.contains("password"))
        #expect(try cli.input("another long password\n", "users", "passwd", "aigerim", "--password-stdin", "--db", db).status == 0)
        #expect(try cli.run("users", "remove", "aigerim", "--db", db).status == 0)
        #expect(try cli.run("users", "remove", "aigerim", "--db", db).status == 1)
        #expect(try cli.run("users", "--help").stdout.contains("Example"))
        #expect(try cli.run("serve", "--help").stdout.contains("127.0.0.1"))
    }
}

extension CommandLine {
    /// Runs the binary with `text` on standard input.
    func input(_ text: String, _ arguments: String...) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "MEDIAMON_DB")
        process.environment = env
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(text.utf8))
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
