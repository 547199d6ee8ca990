import Foundation
import MediaCoder
import Testing
#if canImport(Glibc)
import Glibc
#endif

private var mediamonBinary: URL { CommandLine.executable }
private let repoRoot = CommandLine.repository

/// Runs mediamon with arguments and no terminal; returns exit status, stdout and stderr.
@discardableResult
private func mediamon(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
    let result = try CommandLine.run(arguments, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    return (result.status, result.stdout, result.stderr)
}

/// A mission database with a few Khabar items on 5 January 2012, in the folder of `cli`.
private func missionWithItems(_ count: Int = 2, in cli: CommandLine) throws -> String {
    let db = cli.path("mission.sqlite")
    let created = try mediamon(["init", "--codebook", repoRoot.appendingPathComponent("Codebooks/kz-2012-majilis.yaml").path, "--db", db])
    #expect(created.status == 0, "\(created.err)")
    for i in 0..<count {
        let added = try mediamon(["segments", "add", "--db", db, "--outlet", "khabar", "--date", "2012-01-05",
                                  "--start", "20:0\(i):00", "--end", "20:0\(i):50", "--title", "Сюжет \(i + 1)"])
        #expect(added.status == 0, "\(added.err)")
    }
    return db
}

/// mediamon running under a pseudo-terminal of 80×24: what it draws is read back, keys are typed in.
private final class TerminalSession: @unchecked Sendable {
    let process = Process()
    private let master: Int32
    private var closeRequested = false
    private let lock = NSLock()
    private var output = Data()

    /// glibc's pseudo-terminal calls, which Swift's Glibc module hides behind feature macros.
    private typealias OpenPT = @convention(c) (Int32) -> Int32
    private typealias PTSName = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32
    private static func libc<T>(_ name: String, as type: T.Type) -> T {
        unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), name)!, to: type)
    }

    init(_ arguments: [String]) throws {
        master = Self.libc("posix_openpt", as: OpenPT.self)(O_RDWR | O_NOCTTY)
        var name = [CChar](repeating: 0, count: 128)
        guard master >= 0, Self.libc("grantpt", as: OpenPT.self)(master) == 0, Self.libc("unlockpt", as: OpenPT.self)(master) == 0,
              Self.libc("ptsname_r", as: PTSName.self)(master, &name, name.count) == 0 else {
            throw POSIXError(.ENOTTY)
        }
        // The program must not inherit the master side, or closing it here would not hang up its terminal.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENOTTY) }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.executableURL = mediamonBinary
        process.arguments = arguments
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        close(slave)
        let master = self.master
        Thread.detachNewThread { [self] in
            // Reads until the program exits or the test closes the terminal; the fd is closed
            // here, as a close from another thread would wait for a blocked read.
            var buffer = [UInt8](repeating: 0, count: 8192)
            while !closing {
                var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&ready, 1, 50) >= 0 else { break }
                if ready.revents == 0 { continue }
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                lock.lock(); output.append(contentsOf: buffer[0..<n]); lock.unlock()
            }
            close(master)
        }
    }

    var screen: String {
        lock.lock(); defer { lock.unlock() }
        return String(decoding: output, as: UTF8.self)
    }

    /// Waits until the terminal shows `text` (ANSI escapes removed), or fails after a while.
    func waitFor(_ text: String, timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if strippingANSI(screen).contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The last full screen drawn, without ANSI escapes.
    var lastFrame: String {
        let frames = screen.components(separatedBy: "\u{1B}[H")
        return strippingANSI(frames.last ?? "")
    }

    /// Waits until the last screen drawn satisfies `test`.
    func waitForFrame(timeout: Double = 20, _ test: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if test(lastFrame) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Resizes the terminal as a window manager does: new size, then SIGWINCH to the program.
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(process.processIdentifier, SIGWINCH)
    }

    func waitForExit(timeout: Double = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate(); return nil }
        return process.terminationStatus
    }

    /// Closes the terminal under the program, as when its window is closed.
    func closeTerminal() {
        lock.lock(); closeRequested = true; lock.unlock()
    }

    private var closing: Bool {
        lock.lock(); defer { lock.unlock() }
        return closeRequested
    }

    deinit { closeTerminal() }
}

@Suite(.serialized) struct CoderEndToEndTests {
    @Test func codesAnItemInTheScreenUnderATerminalAndSavesAtOnce() throws {
        let cli = try CommandLine(), db = try missionWithItems(in: cli)
        let session = try TerminalSession(["code", "--db", db, "--outlet", "khabar", "--date", "2012-01-05", "--coder", "aigerim"])
        #expect(session.waitFor("coded 0/2 items on 2012-01-05 · coder: aigerim"))
        #expect(session.waitFor("Сюжет 1"))
        session.type("sНұр")
        #expect(session.waitFor("▶ nur-otan — Nur Otan"))
        session.type("\r")
        #expect(session.waitFor("Amount (seconds, 50 left) for nur-otan"))
        session.type("45\r")
        #expect(session.waitFor("Tone of nur-otan"))
        session.type("-")
        #expect(session.waitFor("Capacity of nur-otan: [x=Other]  o=Official duties  c=Campaigning  x=Other"))
        session.type("\r")
        #expect(session.waitFor("Saved nur-otan: 45 seconds, negative"))
        session.type("g1")
        #expect(session.waitFor("Topic of the item"))
        session.type("\r")
        #expect(session.waitFor("coded 1/2"))
        session.type("q")
        #expect(session.waitForExit() == 0)
        // The terminal was given back: alternate screen left, cursor shown.
        #expect(session.screen.contains("\u{1B}[?1049l"))
        #expect(session.screen.contains("aigerim: 1 of 2 items coded"))

        let shown = try mediamon(["segments", "show", "1", "--db", db])
        #expect(shown.out.contains("aigerim *  nur-otan"))
        let audit = try mediamon(["audit", "--db", db, "--format", "json"])
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(audit.out.utf8)) as? [String: [[String: Any]]])["changes"]
        #expect(changes?.map { $0["field"] as? String } == ["amount", "tone", "genre"])
        #expect(changes?.first.map { Set($0.keys) } == ["at", "coder", "segment", "subject", "field", "old", "new"])
    }

    @Test func redrawsAtTheNewSizeWhenTheTerminalIsResized() throws {
        let cli = try CommandLine(), db = try missionWithItems(1, in: cli)
        let session = try TerminalSession(["code", "--db", db, "--coder", "daniyar"])
        #expect(session.waitFor("coder: daniyar"))
        #expect(!session.screen.contains(String(repeating: "─", count: 81)))
        session.resize(columns: 120, rows: 40)
        #expect(session.waitFor(String(repeating: "─", count: 120)))
        session.type("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func ctrlCQuitsAndKeepsWhatWasAccepted() throws {
        let cli = try CommandLine(), db = try missionWithItems(1, in: cli)
        let session = try TerminalSession(["code", "--db", db, "--coder", "daniyar"])
        #expect(session.waitFor("coder: daniyar"))
        session.type("scec\r30\r0\r")
        #expect(session.waitFor("Saved cec"))
        session.type("\u{03}")
        #expect(session.waitForExit() == 0)
        let shown = try mediamon(["segments", "show", "1", "--db", db])
        #expect(shown.out.contains("daniyar *  cec"))
    }

    @Test func aClosedTerminalLosesNothing() throws {
        let cli = try CommandLine(), db = try missionWithItems(1, in: cli)
        let session = try TerminalSession(["code", "--db", db, "--coder", "daniyar"])
        #expect(session.waitFor("coder: daniyar"))
        session.type("scec\r30\r+\r")
        #expect(session.waitFor("Saved cec"))
        kill(session.process.processIdentifier, SIGHUP)
        #expect(session.waitForExit() == 128 + SIGHUP)
        #expect(session.screen.contains("\u{1B}[?1049l"))
        let shown = try mediamon(["segments", "show", "1", "--db", db])
        #expect(shown.out.contains("positive"))
    }

    /// kill -9 gives the program no chance to clean up: what was accepted must already be on disk.
    @Test func aKilledCodingSessionKeepsEveryAcceptedCodingAndAHealthyDatabase() throws {
        let cli = try CommandLine(), db = try missionWithItems(2, in: cli)
        let session = try TerminalSession(["code", "--db", db, "--coder", "daniyar"])
        #expect(session.waitFor("coder: daniyar"))
        session.type("scec\r30\r0\r")
        #expect(session.waitFor("Saved cec"))
        session.type("sakims\r15\r-\r")
        #expect(session.waitFor("Saved akims"))
        kill(session.process.processIdentifier, SIGKILL)
        #expect(session.waitForExit() != nil)
        let check = try mediamon(["check", "--db", db])
        #expect(check.status == 0, "\(check.err)")
        let shown = try mediamon(["segments", "show", "1", "--db", db])
        #expect(shown.out.contains("cec") && shown.out.contains("akims"))
        let audit = try mediamon(["audit", "--db", db, "--format", "json"])
        #expect(audit.out.contains("\"akims\""))
    }

    @Test func closingTheTerminalWindowEndsTheScreenAndKeepsTheCodings() throws {
        let cli = try CommandLine(), db = try missionWithItems(1, in: cli)
        let session = try TerminalSession(["code", "--db", db, "--coder", "daniyar"])
        #expect(session.waitFor("coder: daniyar"))
        session.type("sakims\r20\r-\r")
        #expect(session.waitFor("Saved akims"))
        session.closeTerminal()
        #expect(session.waitForExit() != nil)
        let shown = try mediamon(["segments", "show", "1", "--db", db])
        #expect(shown.out.contains("negative"))
    }

    @Test func twoMonitorsCodeIntoOneDatabaseAtOnce() throws {
        let cli = try CommandLine(), db = try missionWithItems(2, in: cli)
        let first = try TerminalSession(["code", "--db", db, "--coder", "aigerim"])
        let second = try TerminalSession(["code", "--db", db, "--coder", "daniyar"])
        #expect(first.waitFor("Сюжет 1"))
        #expect(second.waitFor("Сюжет 1"))
        second.type("n")
        #expect(second.waitForFrame { $0.contains("Сюжет 2") })
        first.type("scec\r10\r0\r")
        second.type("sosdp\r20\r-\r")
        #expect(first.waitFor("Saved cec"))
        #expect(second.waitFor("Saved osdp"))
        first.type("q")
        second.type("q")
        #expect(first.waitForExit() == 0)
        #expect(second.waitForExit() == 0)
        #expect(try mediamon(["segments", "show", "1", "--db", db]).out.contains("aigerim *  cec"))
        #expect(try mediamon(["segments", "show", "2", "--db", db]).out.contains("daniyar *  osdp"))
    }

    @Test func scriptedCodingWritesTheSameRecordsAsTheScreen() throws {
        let cli = try CommandLine(), db = try missionWithItems(2, in: cli)
        let session = try TerminalSession(["code", "--db", db, "--coder", "aigerim"])
        #expect(session.waitFor("Сюжет 1"))
        session.type("sosdp\r30\r0\rd12\r")
        #expect(session.waitFor("Saved osdp: 30 seconds, direct 12, neutral"))
        session.type("q")
        #expect(session.waitForExit() == 0)
        let added = try mediamon(["code", "add", "--db", db, "--segment", "2", "--subject", "osdp", "--amount", "30", "--direct", "12",
                                  "--tone", "neutral", "--coder", "aigerim"])
        #expect(added.status == 0, "\(added.err)")

        let one = try mediamon(["segments", "show", "1", "--db", db]).out
        let two = try mediamon(["segments", "show", "2", "--db", db]).out
        // Coder, primary mark, subject, amount, direct, tone: everything but the time of coding.
        let row = { (text: String) in text.split(separator: "\n").first { $0.contains("osdp") }.map { $0.split(separator: " ").prefix(6).joined(separator: " ") } }
        #expect(row(one) != nil)
        #expect(row(one) == row(two))
        let audit = try mediamon(["audit", "--db", db]).out.split(separator: "\n").filter { $0.contains("osdp") }
        let fields = audit.map { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " ") }
        #expect(fields.count == 6)
        // The screen saves amount and tone, then direct speech: the same changes, in another order.
        #expect(fields.filter { $0.hasPrefix("aigerim 1 ") }.map { $0.dropFirst(10) }.sorted()
                == fields.filter { $0.hasPrefix("aigerim 2 ") }.map { $0.dropFirst(10) }.sorted())
    }

    @Test func refusesToOpenTheScreenWithoutATerminal() throws {
        let cli = try CommandLine(), db = try missionWithItems(1, in: cli)
        let run = try mediamon(["code", "--db", db, "--coder", "a"])
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("mediamon: mediamon code needs a terminal"))
    }

    @Test func refusesBadScriptedCodingsWithTheFieldAndChangesNothing() throws {
        let cli = try CommandLine(), db = try missionWithItems(1, in: cli)
        let cases: [([String], String)] = [
            (["--subject", "nur-otn", "--amount", "10", "--tone", "neutral"], "mediamon: subject: unknown subject \"nur-otn\""),
            (["--subject", "nur-otan", "--amount", "0", "--tone", "neutral"], "mediamon: amount: amount must be a positive number"),
            (["--subject", "nur-otan", "--amount", "60", "--tone", "neutral"], "mediamon: amount: the codings of a add up to 60 seconds, more than the item's 50"),
            (["--subject", "nur-otan", "--amount", "10", "--direct", "11", "--tone", "neutral"], "mediamon: direct: direct speech (11) exceeds"),
            (["--subject", "nur-otan", "--amount", "10", "--tone", "neutral", "--genre", "soap"], "mediamon: genre: unknown genre \"soap\""),
        ]
        for (arguments, message) in cases {
            let run = try mediamon(["code", "add", "--db", db, "--segment", "1", "--coder", "a"] + arguments)
            #expect(run.status == 1)
            #expect(run.err.hasPrefix(message), "\(run.err)")
        }
        let tone = try mediamon(["code", "add", "--db", db, "--segment", "1", "--coder", "a", "--subject", "cec", "--amount", "5", "--tone", "good"])
        #expect(tone.status == 2)
        #expect(try mediamon(["audit", "--db", db]).out.contains("No changes recorded."))
    }

    @Test func removesACodingAndAuditsTheRemoval() throws {
        let cli = try CommandLine(), db = try missionWithItems(1, in: cli)
        try mediamon(["code", "add", "--db", db, "--segment", "1", "--subject", "cec", "--amount", "5", "--tone", "neutral"],
                     environment: ["MEDIAMON_CODER": "aliya"])
        let removed = try mediamon(["code", "remove", "--db", db, "--segment", "1", "--subject", "cec"], environment: ["MEDIAMON_CODER": "aliya"])
        #expect(removed.status == 0, "\(removed.err)")
        let again = try mediamon(["code", "remove", "--db", db, "--segment", "1", "--subject", "cec", "--coder", "aliya"])
        #expect(again.err == "mediamon: subject: aliya has no coding of cec in item 1\n")
        let audit = try mediamon(["audit", "--db", db, "--coder", "aliya", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(audit.out.utf8)) as? [String: [[String: Any]]])
        let removals = json["changes"]?.filter { $0["new"] is NSNull }
        #expect(removals?.map { $0["field"] as? String } == ["amount", "tone"])
        #expect(removals?.map { $0["old"] as? String } == ["5", "neutral"])
        let none = try mediamon(["audit", "--db", db, "--since", "2099-01-01", "--format", "json"])
        let empty = try #require(try JSONSerialization.jsonObject(with: Data(none.out.utf8)) as? [String: [Any]])
        #expect(empty["changes"]?.isEmpty == true)
    }
}

@Suite(.serialized) struct CoderFromImportsEndToEndTests {
    /// A day of Khabar from the shipped example broadcast log and news transcript, coded in the screen.
    @Test func codesAnItemCutFromAnImportedProgrammeWithTranscriptSuggestions() throws {
        let examples = repoRoot.appendingPathComponent("Samples/data/examples")
        let cli = try CommandLine()
        let db = cli.path("mission.sqlite")
        #expect(try mediamon(["init", "--codebook", repoRoot.appendingPathComponent("Codebooks/kz-2012-majilis.yaml").path, "--db", db]).status == 0)
        let log = try mediamon(["import", "xmltv", examples.appendingPathComponent("khabar-2012-01-05.xmltv.xml").path, "--db", db])
        #expect(log.status == 0, "\(log.err)")
        let transcript = try mediamon(["import", "transcript", examples.appendingPathComponent("khabar-2012-01-05-news.srt").path,
                                       "--outlet", "khabar", "--start", "2012-01-05T20:00:00", "--db", db])
        #expect(transcript.status == 0, "\(transcript.err)")

        let session = try TerminalSession(["code", "--db", db, "--outlet", "khabar", "--date", "2012-01-05", "--coder", "aigerim"])
        #expect(session.waitFor("Programme 18:00:00–18:30:00"))
        session.type("nnn")
        #expect(session.waitFor("Programme 20:00:00–21:00:00  Сайлау-2012"))
        #expect(session.waitFor("20:00:08 «Нұр Отан» партиясы бүгін Алматыда"))
        session.type("i")
        #expect(session.waitFor("start: 20:00:00"))
        session.type("\r")
        #expect(session.waitFor("end: 21:00:00"))
        session.type(String(repeating: "\u{7F}", count: 8) + "20:00:40\r")
        #expect(session.waitFor("title (empty: the programme's)"))
        session.type("\r")
        #expect(session.waitFor("Added item 1: 20:00:00–20:00:40"))
        // Cue 2 (20:00:08–20:00:15.25) names Nur Otan: 7.25 s suggested, accepted with one key.
        #expect(session.waitFor("nur-otan (Nur Otan)         7.25 s"))
        session.type("+\r")
        #expect(session.waitFor("Saved nur-otan: 7.25 seconds, positive"))
        session.type("q")
        #expect(session.waitForExit() == 0)

        let shown = try mediamon(["segments", "show", "1", "--db", db]).out
        #expect(shown.contains("20:00:00–20:00:40"))
        #expect(shown.split(separator: "\n").contains { $0.contains("nur-otan") && $0.contains("7.25") && $0.contains("positive") })
    }

    /// A real Russian teletext transcript (TSDuck, 120 cues) under an imported programme: the
    /// monitor sees the cues with local times, scrolls, and cuts an item out by time.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedData.appendingPathComponent("SOURCES.md").path)))
    func showsARealTeletextTranscriptAndCutsAnItemFromIt() throws {
        let examples = repoRoot.appendingPathComponent("Samples/data/examples")
        let cli = try CommandLine()
        let db = cli.path("mission.sqlite")
        #expect(try mediamon(["init", "--codebook", repoRoot.appendingPathComponent("Codebooks/kz-2012-majilis.yaml").path, "--db", db]).status == 0)
        #expect(try mediamon(["import", "xmltv", examples.appendingPathComponent("khabar-2012-01-05.xmltv.xml").path, "--db", db]).status == 0)
        let transcript = try mediamon(["import", "transcript", sharedData.appendingPathComponent("subtitles/tsduck_teletext_ru.srt").path,
                                       "--outlet", "khabar", "--start", "2012-01-05T20:00:00", "--db", db])
        #expect(transcript.status == 0, "\(transcript.err)")

        let session = try TerminalSession(["code", "--db", db, "--outlet", "khabar", "--date", "2012-01-05", "--coder", "aigerim"])
        #expect(session.waitFor("Programme 18:00:00–18:30:00"))
        session.type("nnn")
        #expect(session.waitFor("20:06:10 ПРОГРАММА ТРАНСЛИРУЕТСЯ"))
        #expect(session.waitFor("Space: more"))
        session.type(" ")   // a page further down: the first cue has scrolled away
        #expect(session.waitForFrame { !$0.contains("20:06:10") && $0.contains("20:07:") })
        session.type("i" + String(repeating: "\u{7F}", count: 8) + "20:06:10\r" + String(repeating: "\u{7F}", count: 8) + "20:21:00\r\r")
        #expect(session.waitFor("Added item 1: 20:06:10–20:21:00"))
        #expect(session.waitForFrame { $0.contains("Item 1  20:06:10–20:21:00  890 s") && $0.contains("20:06:10 ПРОГРАММА") })
        session.type("q")
        #expect(session.waitForExit() == 0)
    }
}

private let sharedData = repoRoot.appendingPathComponent("../shared/data").standardizedFileURL
