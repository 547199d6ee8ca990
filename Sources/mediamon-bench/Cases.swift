import Foundation
import MediaCodebooks

/// One measured case: what was done, how big it was, and what it cost.
struct CaseResult {
    var id: String
    var size: String
    var seconds: Double
    /// Units of work per second, in `unit` ("MB/s", "codings/s", …).
    var rate: Double
    var unit: String
    var peakRSS: Int
    var note: String = ""

    var tsv: String {
        [id, size, String(format: "%.3f", seconds), String(format: "%.1f", rate), unit, String(peakRSS), note].joined(separator: "\t")
    }
}

/// Runs the cases: generates each input, then runs the work in a child process — the `mediamon`
/// binary itself for imports and reports, this binary's `child` command for the rest.
struct Suite {
    let work: URL
    let mediamon: String
    let bench: String
    let inputs: Inputs
    let scale: Double
    let log: (String) -> Void

    static let caseIDs = ["mentions", "xmltv", "articles", "code-import", "report", "coder"]

    func scaled(_ n: Double) -> Int { max(1, Int((n * scale).rounded())) }

    var codebookPath: String { ShippedCodebooks.kazakhstan2012.path }

    func child(_ executable: String, _ arguments: [String]) throws -> ChildRun {
        let run = try ChildRun.run(executable, arguments, scratch: work)
        guard run.succeeded else {
            throw BenchError("\(URL(fileURLWithPath: executable).lastPathComponent) \(arguments.joined(separator: " ")) failed (exit \(run.status)):\n\(run.stderr.suffix(2000))")
        }
        return run
    }

    /// Generates one input in a child process and returns the numbers it prints. Not here: a
    /// process's peak memory passes to the processes it starts (Linux keeps `ru_maxrss` across
    /// exec), so the parent stays small and every case's peak is its own.
    func generate(_ kind: String, _ amount: Int) throws -> [Int] {
        let run = try child(bench, ["child", "generate", kind, String(amount), work.path, String(inputs.seed)])
        return run.stdout.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    }

    /// A fresh mission database for one case.
    func database(_ name: String) throws -> String {
        let path = work.appendingPathComponent(name).path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        _ = try child(mediamon, ["init", "--codebook", codebookPath, "--db", path])
        return path
    }

    func mentions() throws -> [CaseResult] {
        log("generating \(scaled(50)) MB of Kazakh and Russian text…")
        let corpus = try generate("text", scaled(50) * 1_000_000)
        log("mentions: read, decode, find mentions (as `mediamon mentions`)…")
        let run = try child(bench, ["child", "mentions", work.appendingPathComponent("text").path])
        let found = run.stdout.split(separator: " ").last.map(String.init)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
        return [CaseResult(id: "mentions", size: String(format: "%.1f MB, %d files", Double(corpus[1]) / 1e6, corpus[0]),
                           seconds: run.seconds, rate: Double(corpus[1]) / 1e6 / run.seconds, unit: "MB/s",
                           peakRSS: run.peakRSS, note: "\(found) mentions")]
    }

    func xmltv() throws -> [CaseResult] {
        log("generating a \(scaled(100)) MB XMLTV guide…")
        let generated = try generate("xmltv", scaled(100) * 1_000_000)
        let guide = (file: work.appendingPathComponent("guide.xmltv.xml"), programmes: generated[0], bytes: generated[1])
        let db = try database("xmltv.sqlite")
        log("import xmltv…")
        let run = try child(mediamon, ["import", "xmltv", guide.file.path, "--db", db, "--format", "json"])
        let again = try child(mediamon, ["import", "xmltv", guide.file.path, "--db", db, "--format", "json"])
        return [
            CaseResult(id: "xmltv", size: String(format: "%.1f MB, %d programmes", Double(guide.bytes) / 1e6, guide.programmes),
                       seconds: run.seconds, rate: Double(guide.bytes) / 1e6 / run.seconds, unit: "MB/s",
                       peakRSS: run.peakRSS, note: String(format: "%.0f programmes/s; ", Double(guide.programmes) / run.seconds) + summary(run.stdout)),
            CaseResult(id: "xmltv-again", size: "the same guide again",
                       seconds: again.seconds, rate: Double(guide.bytes) / 1e6 / again.seconds, unit: "MB/s",
                       peakRSS: again.peakRSS, note: summary(again.stdout)),
        ]
    }

    func articles() throws -> [CaseResult] {
        log("generating \(scaled(5000)) HTML pages…")
        let generated = try generate("articles", scaled(5000))
        let pages = (folder: work.appendingPathComponent("articles"), pages: generated[0], bytes: generated[1])
        let db = try database("articles.sqlite")
        log("import articles…")
        let run = try child(mediamon, ["import", "articles", pages.folder.path, "--outlet", "tengrinews", "--db", db, "--format", "json"])
        return [CaseResult(id: "articles", size: String(format: "%d pages, %.1f MB", pages.pages, Double(pages.bytes) / 1e6),
                           seconds: run.seconds, rate: Double(pages.pages) / run.seconds, unit: "pages/s",
                           peakRSS: run.peakRSS, note: summary(run.stdout))]
    }

    /// `code import` of the sheets, then the reports over the database it filled.
    func codingsAndReports(importCase: Bool, reportCase: Bool) throws -> [CaseResult] {
        log("generating \(scaled(1_000_000)) codings in coding sheets…")
        let generated = try generate("sheets", scaled(1_000_000))
        let sheets = (sheets: (1...generated[3]).map { work.appendingPathComponent("sheets").appendingPathComponent(String(format: "sheet-%04d.csv", $0)) },
                      codings: generated[0], items: generated[1], bytes: generated[2])
        let db = try database("codings.sqlite")
        log("code import…")
        let run = try child(mediamon, ["code", "import"] + sheets.sheets.map(\.path) + ["--db", db, "--format", "json"])
        var results: [CaseResult] = []
        if importCase {
            results.append(CaseResult(id: "code-import", size: String(format: "%d codings, %d items, %d sheets, %.1f MB", sheets.codings, sheets.items, sheets.sheets.count, Double(sheets.bytes) / 1e6),
                                      seconds: run.seconds, rate: Double(sheets.codings) / run.seconds, unit: "codings/s",
                                      peakRSS: run.peakRSS, note: summary(run.stdout)))
            log("code import again (every coding already there)…")
            let again = try child(mediamon, ["code", "import"] + sheets.sheets.map(\.path) + ["--db", db, "--format", "json"])
            results.append(CaseResult(id: "code-import-again", size: "the same sheets again",
                                      seconds: again.seconds, rate: Double(sheets.codings) / again.seconds, unit: "codings/s",
                                      peakRSS: again.peakRSS, note: summary(again.stdout)))
        }
        if reportCase {
            // Weekly: the period's last full week, against the week before it.
            // share-where filters on a declared variable: its sums rows carry the variables' values.
            for (id, report, extra) in [("share", "share", []), ("share-where", "share", ["--where", "capacity=official"]),
                                        ("tone", "tone", []), ("weekly", "weekly", ["--week", "4"])] {
                log("report \(id)…")
                let r = try child(mediamon, ["report", report, "--db", db, "--format", "csv"] + extra)
                results.append(CaseResult(id: "report-\(id)", size: "\(sheets.codings) codings",
                                          seconds: r.seconds, rate: Double(sheets.codings) / r.seconds, unit: "codings/s",
                                          peakRSS: r.peakRSS, note: "\(r.stdout.split(separator: "\n").count - 1) rows"))
            }
        }
        return results
    }

    func coder() throws -> [CaseResult] {
        let folder = work.appendingPathComponent("coder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        log("coder screen: keystroke to redrawn screen…")
        let keys = 600
        let run = try child(bench, ["child", "coder", folder.path, "2000", String(keys)])
        let f = run.stdout.split(whereSeparator: \.isWhitespace).map(String.init)
        guard f.count >= 5, let p50 = Double(f[1]), let p95 = Double(f[2]), let worst = Double(f[3]) else {
            throw BenchError("the coder case printed \"\(run.stdout)\"")
        }
        return [CaseResult(id: "coder-keystroke", size: "2000 items on one day, \(f[0]) keys",
                           seconds: run.seconds, rate: 1000 / p95, unit: "keys/s at p95",
                           peakRSS: run.peakRSS,
                           note: String(format: "p50 %.2f ms, p95 %.2f ms, max %.2f ms (target < 16 ms); ", p50, p95, worst) + "\(f[4]) items coded")]
    }

    /// `{"imported": 12, "duplicates": 0, …}` → `duplicates 0, imported 12, …`.
    func summary(_ json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return json.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return object.keys.sorted().map { "\($0) \(object[$0]!)" }.joined(separator: ", ")
    }
}
