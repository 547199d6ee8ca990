import ArgumentParser
import Foundation
import MediaCodebooks
import MediaModel

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mediamon-bench",
        abstract: "Measure mediamon where monitors and analysts wait: imports, mentions, code import, reports, the coder screen.",
        discussion: """
            Generates its own inputs from a seed (the same seed and scale give the same bytes) into
            a work folder, runs each case in a child process — the mediamon binary itself for
            imports and reports — and prints per case: size, wall time, throughput and the child's
            peak resident memory. At --scale 1: 50 MB of text for mentions, a 100 MB XMLTV guide,
            5,000 HTML pages, 1,000,000 codings for `code import` and the reports; the coder case
            is always a day of 2,000 items. Build in release first; mediamon is looked for next to
            this binary.

            Example:
              swift build -c release --product mediamon
              swift run -c release mediamon-bench --scale 0.1
              .build/release/mediamon-bench --only code-import,report --keep --work /tmp/mm-bench
            """,
        subcommands: [Run.self, Child.self],
        defaultSubcommand: Run.self
    )

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Generate the inputs and run the cases (the default).")

        @Option(help: "Input sizes relative to the full suite (0.1 for a quick run).") var scale: Double = 1
        @Option(help: ArgumentHelp("Only these cases, comma-separated: \(Suite.caseIDs.joined(separator: ",")).", valueName: "cases"))
        var only: String?
        @Option(help: ArgumentHelp("Work folder for inputs and databases (default: a new temporary folder); without --keep it must be new or empty.", valueName: "dir"))
        var work: String?
        @Flag(help: "Keep the work folder (its inputs feed scripts/bench-peers.sh).") var keep = false
        @Option(help: ArgumentHelp("The mediamon binary to measure (default: next to this one).", valueName: "path"))
        var mediamon: String?
        @Option(help: "Seed of the generated inputs.") var seed: UInt64 = 2012

        func validate() throws {
            guard scale > 0, scale <= 10 else { throw ValidationError("--scale must be above 0 and at most 10") }
            for id in selected where !Suite.caseIDs.contains(id) {
                throw ValidationError("unknown case \"\(id)\" (cases: \(Suite.caseIDs.joined(separator: ", ")))")
            }
        }

        var selected: [String] {
            only.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? Suite.caseIDs
        }

        func run() throws {
            let me = Machine.executable
            let binary = mediamon ?? me.deletingLastPathComponent().appendingPathComponent("mediamon").path
            guard FileManager.default.isExecutableFile(atPath: binary) else {
                throw BenchError("no mediamon binary at \(binary): build it first (swift build -c release --product mediamon) or pass --mediamon")
            }
            let folder = work.map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-bench-\(ProcessInfo.processInfo.processIdentifier)")
            // Without --keep the folder is removed at the end: never one that already holds files.
            if let work, !keep, let contents = try? FileManager.default.contentsOfDirectory(atPath: work), !contents.isEmpty {
                throw BenchError("--work \(work) is not empty: without --keep the run removes its work folder at the end, so name a new or empty folder (or add --keep)")
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Without --keep the work folder (gigabytes at --scale 1) goes also when a case fails or the run is stopped.
            let interrupts = keep ? [] : Self.removeOnInterrupt(folder)
            defer {
                interrupts.forEach { $0.cancel() }
                if !keep { try? FileManager.default.removeItem(at: folder) }
                if let signal = RunningChild.interruption { Foundation.exit(128 + signal) }
            }
            let codebook = try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
            let tty = isatty(STDERR_FILENO) != 0
            let suite = Suite(work: folder, mediamon: binary, bench: me.path, inputs: Inputs(folder: folder, codebook: codebook, seed: seed),
                              scale: scale, log: { message in
                                  if tty { FileHandle.standardError.write(Data("\r\u{1B}[K\(message)".utf8)) }
                              })
            print(Machine.describe(scale: scale, seed: seed))
            print(ResultTable.header)
            var results: [CaseResult] = []
            func show(_ new: [CaseResult]) {
                if tty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                for r in new { print(ResultTable.line(r)) }
                results += new
                fflush(nil)   // every stream: one line per case as it ends, also into a pipe
            }
            let cases = selected
            if cases.contains("mentions") { show(try suite.mentions()) }
            if cases.contains("xmltv") { show(try suite.xmltv()) }
            if cases.contains("articles") { show(try suite.articles()) }
            if cases.contains("code-import") || cases.contains("report") {
                show(try suite.codingsAndReports(importCase: cases.contains("code-import"), reportCase: cases.contains("report")))
            }
            if cases.contains("coder") { show(try suite.coder()) }
            print("load average after: \(Machine.loadAverage)")
            let tsv = folder.appendingPathComponent("results.tsv")
            try Data((results.map(\.tsv).joined(separator: "\n") + "\n").utf8).write(to: tsv)
            if keep { print("inputs and results kept in \(folder.path) (results.tsv)") }
        }

        /// On Ctrl-C or SIGTERM: stops the running case, whose end removes `folder` (run's defer), or
        /// with no case running removes it here; either way exits as the signal would have.
        private static func removeOnInterrupt(_ folder: URL) -> [DispatchSourceSignal] {
            [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)   // the dispatch source hears it instead
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    if RunningChild.interrupt(number) { return }
                    try? FileManager.default.removeItem(at: folder)
                    Foundation.exit(128 + number)
                }
                source.resume()
                return source
            }
        }
    }

    /// The cases' work in a process of its own, so its peak memory is measured alone.
    struct Child: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one case's work (used by the suite itself).",
            discussion: """
                mentions FOLDER           what `mediamon mentions` does on FOLDER/*.txt
                coder FOLDER ITEMS KEYS   keystroke-to-redraw times of the coder screen
                generate KIND N FOLDER SEED   write one input (text, xmltv, articles, sheets) into FOLDER

                Example:
                  mediamon-bench child mentions /tmp/mediamon-bench/text
                """,
            shouldDisplay: false
        )

        @Argument(help: "mentions, coder or generate.") var kind: String
        @Argument(help: "Its arguments.") var arguments: [String] = []

        func run() throws {
            switch (kind, arguments.count) {
            case ("mentions", 1): print(try ChildWork.mentions(in: arguments[0]))
            case ("coder", 3):
                guard let items = Int(arguments[1]), let keys = Int(arguments[2]), items > 0, items <= 86_400 / 2, keys > 0 else {
                    throw ValidationError("coder FOLDER ITEMS KEYS: ITEMS (1…43200) and KEYS must be positive numbers")
                }
                print(try ChildWork.coderLatency(folder: arguments[0], items: items, keystrokes: keys))
            case ("generate", 4):
                guard let amount = Int(arguments[1]), amount > 0, let seed = UInt64(arguments[3]) else {
                    throw ValidationError("generate KIND AMOUNT FOLDER SEED: AMOUNT and SEED must be positive numbers")
                }
                let codebook = try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
                let inputs = Inputs(folder: URL(fileURLWithPath: arguments[2]), codebook: codebook, seed: seed)
                switch arguments[0] {
                case "text": let r = try inputs.textCorpus(bytes: amount); print(r.files, r.bytes)
                case "xmltv": let r = try inputs.xmltv(bytes: amount); print(r.programmes, r.bytes)
                case "articles": let r = try inputs.htmlPages(count: amount); print(r.pages, r.bytes)
                case "sheets": let r = try inputs.codingSheets(codings: amount); print(r.codings, r.items, r.bytes, r.sheets.count)
                default: throw ValidationError("generate: KIND is text, xmltv, articles or sheets")
                }
            default: throw ValidationError("expected `mentions FOLDER`, `coder FOLDER ITEMS KEYS` or `generate KIND AMOUNT FOLDER SEED`")
            }
        }
    }
}
