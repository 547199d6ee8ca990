import ArgumentParser
import Foundation
import MediaImport
import MediaModel
import MediaStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import what was broadcast and published: broadcast logs, transcripts, articles.",
        discussion: """
            Each file is imported in one transaction: a file with an error imports
            nothing and is reported as file:line:column: what is wrong, while the other
            files go on (the exit status is then 1). Re-importing a file adds nothing:
            what is already stored counts as duplicates. Prints a summary line per file;
            --format json prints the totals as {"imported": N, "duplicates": D,
            "skipped": S}.

            Example:
              mediamon import xmltv guide.xml --channel khabar.kz=khabar
              mediamon import articles Samples/data/examples/articles/tengrinews --outlet tengrinews
            """,
        subcommands: [XMLTV.self, Log.self, Transcript.self, Articles.self]
    )

    /// Options every import takes.
    struct Common: ParsableArguments {
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Output format.") var format: TableOrJSON = .table
    }

    struct XMLTV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "xmltv",
            abstract: "Import programmes from XMLTV guides (EPG).",
            discussion: """
                Streams the file (memory stays small whatever its size). Channels map to
                outlets by the codebook's xmltv: ids or by --channel; programmes of other
                channels, and programmes that start outside the monitoring period, are
                skipped and counted. Times are YYYYMMDDhhmmss ±hhmm (without an offset: the
                codebook's time zone) and stored in UTC. A programme whose stop precedes its
                start is an error; overlapping programmes on one channel are reported as
                warnings.

                Example:
                  mediamon import xmltv epg/2012-01-05.xml --channel 12-omsk=khabar
                """
        )

        @OptionGroup var common: Common
        @Option(name: .customLong("channel"), help: ArgumentHelp("Map an XMLTV channel to an outlet (repeatable).", valueName: "xmltv-id=outlet"))
        var channels: [String] = []
        @Argument(help: ArgumentHelp("XMLTV files.", valueName: "file")) var files: [String]

        func run() throws {
            var map: [String: String] = [:]
            for pair in channels {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw ValidationError("--channel needs XMLTV_ID=OUTLET_ID, not \"\(pair)\"")
                }
                map[parts[0]] = parts[1]
            }
            let db = try common.database.open()
            _ = try withFlags(["channel": "--channel"]) { try XMLTVReader(path: "", codebook: db.codebook, channels: map) }   // checks the mapped outlets first
            try importEach(files, format: common.format) { path, progress in
                var reader = try XMLTVReader(path: path, codebook: db.codebook, channels: map)
                reader.progress = { progress.update($0) }
                // The guide is parsed on a second thread while the store writes (ReadAhead).
                return try db.importProgrammes(from: ReadAhead(reader))
            }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Import programmes from as-run logs (CSV or TSV).",
            discussion: """
                The columns and formats are named in a small mapping file (YAML); without
                --map the columns are date, start, end (or duration), title and category,
                dates YYYY-MM-DD or DD.MM.YYYY and times HH:MM:SS, in the codebook's time
                zone. A programme whose end is before its start runs past midnight.

                mapping.yaml:
                  columns: {date: Дата, start: Начало, duration: Хронометраж, title: Передача}
                  date: dd.MM.yyyy        # or yyyy-MM-dd, dd/MM/yyyy
                  time: HH:mm:ss          # or HH:mm
                  duration: HH:mm:ss      # or mm:ss, seconds

                Example:
                  mediamon import log asrun.csv --outlet khabar --map asrun.yaml
                """
        )

        @OptionGroup var common: Common
        @Option(help: "The outlet that broadcast the log's programmes.") var outlet: String
        @Option(help: ArgumentHelp("Mapping of columns and formats (YAML).", valueName: "mapping.yaml")) var map: String?
        @Argument(help: ArgumentHelp("As-run logs.", valueName: "file.csv")) var files: [String]

        func run() throws {
            let db = try common.database.open()
            let mapping = try map.map { try LogMapping(contentsOf: URL(fileURLWithPath: $0)) } ?? LogMapping()
            try importEach(files, format: common.format) { path, _ in
                try db.importProgrammes(from: ReadAhead(withFlags(["outlet": "--outlet"]) { try AsRunLogReader(path: path, codebook: db.codebook, outlet: outlet, mapping: mapping) }))
            }
        }
    }

    struct Transcript: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "transcript",
            abstract: "Import a transcript (SRT or WebVTT subtitles) of a broadcast.",
            discussion: """
                Cue times count from --start, the local date and time at which the recording
                begins. Each cue is attached to the outlet's programme on air at that moment
                (import the broadcast log first); its text goes through the text layer and
                becomes searchable, and subjects mentioned in cues become coding suggestions
                with the seconds of those cues.

                Example:
                  mediamon import transcript news.srt --outlet khabar --start 2012-01-05T20:00
                """
        )

        @OptionGroup var common: Common
        @Option(help: "The outlet that broadcast it.") var outlet: String
        @Option(help: ArgumentHelp("Local date and time of the recording's 00:00:00.", valueName: "YYYY-MM-DDTHH:MM:SS")) var start: String
        @Argument(help: ArgumentHelp("Subtitle files (.srt, .vtt).", valueName: "file")) var files: [String]

        func validate() throws {
            guard TranscriptReader.isRecordingStart(start) else {
                throw ValidationError("--start: \"\(start)\" is not a local date and time (YYYY-MM-DDTHH:MM:SS)")
            }
        }

        func run() throws {
            let db = try common.database.open()
            let reader = try withFlags(["outlet": "--outlet", "start": "--start"]) { try TranscriptReader(codebook: db.codebook, outlet: outlet, start: start) }
            try importEach(files, format: common.format) { path, _ in
                try db.importTranscript(reader.read(path: path))
            }
        }
    }

    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "articles",
            abstract: "Import articles: text files, web pages, RSS/Atom feeds, NewsML-G2 items.",
            discussion: """
                One item per article: .txt (optional header lines `key: value` — outlet,
                date, title, author, page, section, area, url — then a blank line), .html
                (the main text is extracted; navigation, scripts, comments and footers are
                dropped), RSS 2.0 and Atom feeds (one item per entry) and NewsML-G2 news
                items (.xml). Folders are read recursively. Online outlets measure an
                article in characters; a print outlet needs `area:` (cm²) and `page:` in a
                .txt header. Text in windows-1251, KOI8-R, RK1048 or PT154 is recognised.

                Example:
                  mediamon import articles Samples/data/examples/articles/zhas-alash
                  mediamon import articles feed.xml --outlet tengrinews --date 2012-01-05
                """
        )

        @OptionGroup var common: Common
        @Option(help: "The outlet, where a file does not name one.") var outlet: String?
        @Option(help: "Date for entries that have none (YYYY-MM-DD).") var date: LocalDate?
        @Argument(help: ArgumentHelp("Files or folders.", valueName: "file-or-dir")) var paths: [String]

        func run() throws {
            let db = try common.database.open()
            if let outlet, db.codebook.outlet(outlet) == nil {
                throw db.codebook.unknown(.outlet, outlet, field: "--outlet")
            }
            let reader = ArticleReader(codebook: db.codebook, outlet: outlet, date: date)
            let files = try ArticleReader.files(in: paths)
            try importEach(files, format: common.format, countProgress: true) { path, _ in
                try db.importArticles(reader.read(path: path))
            }
        }
    }
}

/// Imports each file in its own transaction, prints a summary line per file (or the JSON totals),
/// and reports every failed file at the end, failing the command if any did.
private func importEach(_ files: [String], format: TableOrJSON, countProgress: Bool = false,
                        _ body: (String, Progress) throws -> FileImport) throws {
    var totals = (imported: 0, duplicates: 0, skipped: 0)
    var failures: [InputError] = []
    let overall = Progress(label: "files")
    for (index, path) in files.enumerated() {
        if countProgress { overall.count(index, of: files.count, unit: "files") }
        let progress = Progress(label: URL(fileURLWithPath: path).lastPathComponent, enabled: stderrIsTerminal && !countProgress)
        do {
            let result = try body(path, progress)
            progress.finish()
            totals.imported += result.imported
            totals.duplicates += result.duplicates
            totals.skipped += result.skipped
            if format == .table {
                overall.finish()   // a clean line for the summary; the bar comes back with the next file
                printSummary(result)
            }
            for warning in result.notes.warnings { warn(warning.inFile(path).description) }
            if result.notes.warningCount > result.notes.warnings.count {
                warn("\(path): \(result.notes.warningCount - result.notes.warnings.count) more warnings")
            }
        } catch let error as InputError {
            progress.finish()
            failures.append(error.inFile(path))
        } catch let error as InputErrors {
            progress.finish()
            failures += error.errors.map { $0.inFile(path) }
        } catch where StorageErrors.isDiskFull(error) {
            // Nothing more can be stored: the files already imported stay, the rest are not tried.
            progress.finish()
            let left = files.count - index - 1
            failures.append(InputError(file: path, "the disk is full: this file was not imported" + (left > 0 ? ", nor the \(plural(left, "file")) after it" : "")))
            break
        } catch {
            // A database error on one file (a lock held too long, say) does not stop the others.
            progress.finish()
            failures.append(InputError(file: path, "not imported: \(error)"))
        }
    }
    overall.finish()
    if format == .json {
        print("{\"imported\": \(totals.imported), \"duplicates\": \(totals.duplicates), \"skipped\": \(totals.skipped)}")
    } else if files.count > 1 {
        print("Total: \(totals.imported) imported, \(totals.duplicates) already there, \(totals.skipped) skipped in \(plural(files.count - Set(failures.compactMap(\.file)).count, "file"))")
    }
    if !failures.isEmpty {
        if files.count > 1 {
            let failed = Set(failures.compactMap(\.file)).count
            failures.append(InputError("\(failed) of \(plural(files.count, "file")) not imported (nothing from \(failed == 1 ? "it" : "them") was stored); the other files were imported"))
        }
        throw InputErrors(failures)
    }
}

private func printSummary(_ result: FileImport) {
    let noun = String(result.kind.dropLast())   // "programmes" → "programme"
    print("\(result.file): \(plural(result.imported, noun)) imported, \(result.duplicates) already there, \(result.skipped) skipped")
    for (reason, count) in result.notes.skipped.sorted(by: { $0.value > $1.value }) {
        print("  skipped \(count): \(reason)")
    }
    if let detail = result.detail { print("  \(detail)") }
}

private func warn(_ message: String) {
    FileHandle.standardError.write(Data("mediamon: warning: \(message)\n".utf8))
}
