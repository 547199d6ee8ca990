import Foundation
import TestSupport
import MediaCodebooks
import MediaModel

/// The real third-party files in `../shared/data` beside the repository (see its SOURCES.md).
/// Tests that need them are skipped when the folder is absent.
enum SharedData {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data").standardizedFileURL

    static var available: Bool { FileManager.default.fileExists(atPath: folder.path) }

    static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }
}

/// The shipped samples, in `Samples/data/examples`.
enum Examples {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples/data/examples")

    static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }
}

/// The 2012 codebook, optionally with another monitoring period (real files are from other years).
func codebook(from first: String? = nil, to last: String? = nil) throws -> Codebook {
    var book = try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
    if let first, let last { book.period = DayRange(first: LocalDate(first)!, last: LocalDate(last)!) }
    return book
}

/// A file in a fresh folder inside the running test's temporary folder (see `TemporaryFolder`).
func temporaryFile(_ name: String, _ contents: Data) throws -> String {
    let url = try TemporaryFolder.newFolder().appendingPathComponent(name)
    try contents.write(to: url)
    return url.path
}

func temporaryFile(_ name: String, _ text: String) throws -> String {
    try temporaryFile(name, Data(text.utf8))
}

/// Every programme a source yields, with its notes.
func readAll(_ source: some ProgrammeSource) throws -> ([NewProgramme], ReadNotes) {
    var programmes: [NewProgramme] = []
    let notes = try source.read { programmes.append($0) }
    return (programmes, notes)
}

func utc(_ text: String) -> Int { UTCTimestamp.seconds(text)! }
