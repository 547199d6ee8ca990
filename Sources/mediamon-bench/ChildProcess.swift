import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One case run in its own process, so that its peak memory is its own: `wait4` hands back the
/// child's `ru_maxrss`, which `getrusage(RUSAGE_CHILDREN)` would mix with every earlier child.
struct ChildRun {
    var seconds: Double
    /// Peak resident set size in bytes.
    var peakRSS: Int
    var status: Int32
    var stdout: String
    var stderr: String

    var succeeded: Bool { status == 0 }

    /// Runs `executable` with `arguments`, stdout and stderr into files under `scratch`.
    static func run(_ executable: String, _ arguments: [String], scratch: URL) throws -> ChildRun {
        let outPath = scratch.appendingPathComponent("child.stdout").path
        let errPath = scratch.appendingPathComponent("child.stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        RunningChild.started(pid)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { RunningChild.ended(); throw BenchError("waiting for \(executable): \(String(cString: strerror(errno)))") }
        }
        RunningChild.ended()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // Exited normally: low 7 bits zero, exit code in the next byte; otherwise killed by a signal.
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        #if canImport(Darwin)
        let peak = Int(usage.ru_maxrss)            // bytes on macOS
        #else
        let peak = Int(usage.ru_maxrss) * 1024     // kilobytes on Linux
        #endif
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return ChildRun(seconds: seconds, peakRSS: peak, status: code, stdout: out, stderr: err)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

/// The child running now, so that Ctrl-C or SIGTERM stops it and the run ends after it, through
/// the code that removes the work folder (see `Bench.Run`), instead of under its feet.
enum RunningChild {
    private static let state = Mutex<(pid: pid_t, signal: Int32)>((0, 0))

    /// The signal that stopped the run, if one did.
    static var interruption: Int32? { state.withLock { $0.signal == 0 ? nil : $0.signal } }

    static func started(_ pid: pid_t) {
        let signal = state.withLock { $0.pid = pid; return $0.signal }
        if signal != 0 { kill(pid, signal) }
    }

    static func ended() { state.withLock { $0.pid = 0 } }

    /// Records `signal`; passes it to the running child and returns true, or false when none runs.
    static func interrupt(_ signal: Int32) -> Bool {
        let pid = state.withLock { $0.signal = signal; return $0.pid }
        if pid != 0 { kill(pid, signal) }
        return pid != 0
    }
}
