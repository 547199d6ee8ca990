import ArgumentParser
import Foundation
import MediaModel
import MediaServer
import MediaStore
import Synchronization

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the mission to a team: the coding station, the analyst's dashboard and the JSON API.",
        discussion: """
            Binds the loopback address unless --host says otherwise, prints its URL, and
            stops cleanly on Ctrl-C or SIGTERM (requests in flight finish first).
            Nobody can sign in until an account exists: create them with `mediamon users add`.
            Recordings in --media DIR are named DIR/OUTLET/YYYY-MM-DDTHHMM.(mp4|webm|mp3|ogg),
            by local start time, as transcripts are.

            Example:
              mediamon users add aigerim --role monitor
              mediamon serve --db mission.sqlite --media recordings
              mediamon serve --host 0.0.0.0 --port 8080   # the unit's network; put TLS in front
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Address to listen on (the loopback address by default: this computer only).") var host = "127.0.0.1"
    // Unconditional: "-1" is a (refused) port, not an unknown option.
    @Option(parsing: .unconditional, help: "Port to listen on (0: any free port).") var port = 8080
    @Option(help: ArgumentHelp("Folder of recordings, DIR/OUTLET/YYYY-MM-DDTHHMM.ext.", valueName: "dir")) var media: String?

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port is 0 to 65535") }
    }

    func run() throws {
        let db = try database.open()
        let folder = try withFlags(["media": "--media"]) { try media.map(MediaFolder.init) }
        try runTeamServer(TeamServer(database: db, media: folder), host: host, port: port)
    }
}

/// Runs the server until a signal stops it; the command line's one asynchronous wait.
func runTeamServer(_ server: TeamServer, host: String, port: Int, onRunning: @escaping @Sendable (String) -> Void = { _ in }) throws {
    // What the command printed before (the demo's accounts) comes before the URL line.
    fflush(nil)
    let done = DispatchSemaphore(value: 0)
    let failure = ServeFailure()
    Task {
        do {
            try await server.run(host: host, port: port) { url in
                // Unbuffered: scripts wait for this line to know the port.
                FileHandle.standardOutput.write(Data("mediamon serve: \(url)  (Ctrl-C stops)\n".utf8))
                onRunning(url)
            }
        } catch {
            failure.set(error)
        }
        done.signal()
    }
    done.wait()
    if let error = failure.error {
        throw InputError(field: "--host/--port", "cannot serve on \(host):\(port): \(error)")
    }
    print("mediamon serve: stopped")
}

/// Why the server could not start, handed from its task to the waiting command.
private final class ServeFailure: Sendable {
    private let stored = Mutex<String?>(nil)
    func set(_ error: any Error) { stored.withLock { $0 = String(describing: error) } }
    var error: String? { stored.withLock { $0 } }
}

/// Opens a URL in the desktop's browser when there is a desktop; otherwise the printed URL is enough.
func openInBrowser(_ url: String) {
    let env = ProcessInfo.processInfo.environment
    guard env["DISPLAY"] != nil || env["WAYLAND_DISPLAY"] != nil,
          FileManager.default.isExecutableFile(atPath: "/usr/bin/xdg-open") else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xdg-open")
    process.arguments = [url]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try? process.run()
}

/// A demo password: 16 random letters and digits, new each run.
enum DemoPassword {
    static func make() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
