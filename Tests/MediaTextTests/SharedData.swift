import Foundation

/// The real third-party files in `../shared/data` beside the repository (see its SOURCES.md).
/// They are never copied into the repository; tests that need them skip when it is absent.
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data").standardizedFileURL

    static var available: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("SOURCES.md").path) }

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    static func data(_ path: String) throws -> Data { try Data(contentsOf: url(path)) }
}
