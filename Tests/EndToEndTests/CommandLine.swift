import Foundation

/// Runs the built `mediamon` binary as a user would, in a folder of its own under the system
/// temporary directory, removed with this value (a test's `let cli = try CommandLine()` lives until
/// the test ends).
final class CommandLine {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built executable, next to the test bundle in the products folder.
    static let executable: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("mediamon"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("mediamon"),
            repository.appendingPathComponent(".build/debug/mediamon"),
        ] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("mediamon") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// The repository's root, for the shipped codebook.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let codebook = repository.appendingPathComponent("Codebooks/kz-2012-majilis.yaml").path

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> Result {
        try runArray(arguments, environment: environment)
    }

    @discardableResult
    func runArray(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "MEDIAMON_DB")
        env.removeValue(forKey: "MEDIAMON_CODER")
        return try Self.run(arguments, in: folder, environment: env.merging(environment) { $1 })
    }

    /// Runs the binary with no terminal and waits for it.
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and stall the process.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
