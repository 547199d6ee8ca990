import Foundation
import MediaCodebooks
import MediaCoder
import MediaModel
import MediaStore
import MediaText

/// The work of the cases that have no `mediamon` command of their own, run in a child process.
enum ChildWork {
    /// What `mediamon mentions FILES` does — read, decode (UTF-8 in place, else detected), find
    /// mentions with normalization and folding around each candidate — on every file of a folder,
    /// one file at a time (memory follows the largest file, not the corpus). Prints
    /// `files bytes mentions`.
    static func mentions(in folder: String) throws -> String {
        let codebook = try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
        let matcher = try MentionMatcher(codebook: codebook)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let paths = names.map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
        var bytes = 0
        for path in paths { bytes += (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        let report = try MentionReport.scan(files: paths, matcher: matcher)
        return "\(names.count) \(bytes) \(report.totalMentions)"
    }

    /// The coder screen on one outlet's day of `items` items with text: the time from each
    /// keystroke to the redrawn 80×24 screen, over a monitor's keys (tone, amount, next item…).
    /// Prints `keys p50 p95 max` (milliseconds).
    static func coderLatency(folder: String, items: Int, keystrokes: Int) throws -> String {
        let (codebook, yaml) = try CodebookReader().readWithText(contentsOf: ShippedCodebooks.kazakhstan2012)
        let path = URL(fileURLWithPath: folder).appendingPathComponent("coder.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let db = try MonitoringDatabase.create(at: path, codebook: codebook, yaml: yaml, source: "bench")
        let day = LocalDate("2012-01-05")!
        var rng = SeededRandom(seed: 7)
        let slot = 86_400 / items
        var batch = ArticleBatch(file: "bench")
        for i in 0..<items {
            var text = ByteWriter(capacity: 2048)
            for _ in 0..<3 { TextCorpus.paragraph(into: &text, words: rng.int(40...90), mentionEvery: 25, rng: &rng) }
            batch.articles.append(NewSegment(
                outlet: "khabar", date: day,
                placement: .broadcast(start: TimeOfDay(seconds: i * slot)!, end: TimeOfDay(seconds: i * slot + slot - 2)!),
                title: "Сюжет \(i + 1)", genre: "news", text: String(decoding: text.bytes, as: UTF8.self)))
        }
        _ = try db.importArticles(batch)

        let screen = try CoderScreen(database: db, coder: "aigerim", scope: QueueScope(outlet: "khabar", date: day))
        _ = screen.render(width: 80, height: 24)
        screen.prepareNeighbours()
        // A monitor's keys on one item: tone the first suggestion (typing its seconds if asked,
        // Enter keeping the codebook's variables as preselected), the next row likewise, then the
        // next item; Escape leaves any prompt that is still open.
        let perItem: [Key] = [.char("+"), .char("3"), .char("0"), .enter, .enter, .down, .char("-"), .char("1"), .char("5"), .enter,
                              .enter, .escape, .up, .char("n")]
        var times: [Double] = []
        times.reserveCapacity(keystrokes)
        var k = 0
        while times.count < keystrokes {
            let key = perItem[k % perItem.count]
            k += 1
            let start = ContinuousClock.now
            let effects = screen.handle(key)
            _ = screen.render(width: 80, height: 24)
            let d = ContinuousClock.now - start
            times.append(Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15)
            if effects.contains(.quit) { break }
            screen.prepareNeighbours()   // as the terminal does while it waits for the next key
        }
        times.sort()
        func q(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
        return String(format: "%d %.3f %.3f %.3f %d", times.count, q(0.5), q(0.95), times.last ?? 0, screen.progress.coded)
    }
}
