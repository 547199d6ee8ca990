import Foundation
import GRDB
import Testing
import MediaCodebooks
import MediaCoder
import MediaModel
import MediaStore

/// A fresh monitoring database from the shipped codebook, in a temporary folder that is removed
/// with the fixture (a test's `let f = try Fixture()` lives until the test ends).
final class Fixture {
    let folder: URL
    let db: MonitoringDatabase
    var path: String { db.path }

    /// With `extraVariables`, YAML entries appended to the shipped codebook's `variables:` section.
    init(extraVariables: String = "") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-coder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            let url = ShippedCodebooks.kazakhstan2012
            var yaml = try String(contentsOf: url, encoding: .utf8)
            if !extraVariables.isEmpty {
                let range = try #require(yaml.range(of: "\nsubjects:\n"))
                yaml.insert(contentsOf: "\n" + extraVariables, at: range.lowerBound)
            }
            db = try MonitoringDatabase.create(at: folder.appendingPathComponent("m.sqlite").path,
                                               codebook: try CodebookReader().read(yaml: yaml, file: "kz"), yaml: yaml, source: "kz")
        } catch {
            // A fixture that fails half-made never reaches deinit.
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static let day = LocalDate("2012-01-05")!

    /// A broadcast item on Khabar on the fixture's day.
    @discardableResult
    func item(_ start: String, _ end: String, title: String = "News", text: String? = nil, outlet: String = "khabar") throws -> Int64 {
        try db.addSegment(NewSegment(outlet: outlet, date: Self.day, placement: .broadcast(start: TimeOfDay(start)!, end: TimeOfDay(end)!),
                                     title: title, text: text)).id
    }

    /// A programme from a broadcast log, written the way importers store it (local times on the fixture's day).
    @discardableResult
    func programme(_ start: String, _ end: String, title: String) throws -> Int64 {
        let clock = db.clock
        let s = clock.utcSeconds(of: Self.day, at: TimeOfDay(start)!)
        // A programme that ends before it starts runs past midnight.
        let e = clock.utcSeconds(of: end < start ? Self.day.adding(days: 1) : Self.day, at: TimeOfDay(end)!)
        let queue = try DatabaseQueue(path: path)
        return try queue.write { db in
            try db.execute(sql: "INSERT INTO programme (outletID, startUTC, endUTC, title, contentKey) VALUES (?, ?, ?, ?, ?)",
                           arguments: ["khabar", UTCTimestamp.string(s), UTCTimestamp.string(e), title, "\(s)|\(title)"])
            return db.lastInsertedRowID
        }
    }

    func screen(coder: String = "aigerim", double: Bool = false, cues: CueSource? = nil) throws -> CoderScreen {
        try CoderScreen(database: db, coder: coder, scope: QueueScope(outlet: "khabar", date: Self.day, doubleCoding: double), cues: cues)
    }
}

/// Keys as a monitor types them: each character a key, with `⏎` for Enter and `⎋` for Escape.
func keys(_ typed: String) -> [Key] {
    typed.map { c in
        switch c {
        case "⏎": .enter
        case "⎋": .escape
        case "↓": .down
        case "↑": .up
        case "⌫": .backspace
        default: .char(c)
        }
    }
}

extension CoderScreen {
    /// The screen text a user reads at 80×24.
    var text: String { renderLines(width: 80, height: 24).map(\.plain).joined(separator: "\n") }

    func type(_ typed: String) { handle(keys(typed)) }
}
