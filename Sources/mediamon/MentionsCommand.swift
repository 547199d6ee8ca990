import ArgumentParser
import Foundation
import MediaCodebooks
import MediaModel
import MediaReports
import MediaStore
import MediaText

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "Find the codebook's political subjects in Kazakh and Russian texts.",
        discussion: """
            Reads each file in UTF-8, UTF-16, windows-1251, KOI8-R, RK1048, PT154, IBM866, ISO-8859-5 or Mac Cyrillic (detected; --encoding forces one) and finds every alias of every subject in its inflected forms (Нұр Отанның, ЖСДП-ның, партии «Ауыл»), in Cyrillic or Latin script, with the context each alias needs (quoted, next to a party word, capitalised). Offsets are Unicode scalars of the decoded text.

            The codebook is --codebook, else the one in the database at --db if that file exists, else the shipped Kazakhstan 2012 codebook.

            An office-holder's name counts while its holder was in office (the codebook's `during`): --date gives the texts' day (Tokayev is the President from 2019-03-20, Masimov no Prime Minister in 2020); without it, the codebook's period.

            JSON: {"counts": {"nur-otan": 36}, "mentions": [{"subject", "start", "end", "text"}]}; with several files each mention also names its "file".

            Examples:
              mediamon mentions article.txt --context
              mediamon mentions news/*.txt --format json
              mediamon mentions address-2022.txt --date 2022-03-16
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Text files to scan.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The codebook (YAML) whose subjects to find.", valueName: "file"))
    var codebook: String?

    @Option(help: ArgumentHelp("Read the files in this encoding instead of detecting it (utf-8, cp1251, koi8-r, rk1048, pt154, …).", valueName: "name"))
    var encoding: String?

    /// The formats this command writes.
    enum Format: String, CaseIterable, ExpressibleByArgument { case table, json }

    @Option(help: "table, or json for scripts.")
    var format: Format = .table

    @Flag(help: "List each mention in its sentence.")
    var context = false

    @Option(help: ArgumentHelp("The day the texts are from (YYYY-MM-DD), for office-holders' names; default: the codebook's period.", valueName: "date"))
    var date: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to scan") }
        if let date, LocalDate(date) == nil { throw ValidationError("--date \"\(date)\" is not a date (YYYY-MM-DD)") }
        if let encoding, TextEncoding(name: encoding) == nil {
            throw ValidationError("unknown encoding \"\(encoding)\" (use one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let book = try MentionsCommand.codebook(codebook, db: database.db)
        let compiled = try MentionMatcher(codebook: book)
        let matcher = date.flatMap { LocalDate($0) }.map(compiled.on) ?? compiled
        let progress: ((Int, Int) -> Void)? = stderrIsTerminal && files.count > 1 ? { done, total in
            FileHandle.standardError.write(Data("\rscanning \(done)/\(total)\(done == total ? "\n" : "")".utf8))
        } : nil
        let report: MentionReport
        do {
            report = try MentionReport.scan(files: files, matcher: matcher, encoding: encoding.flatMap(TextEncoding.init(name:)),
                                            context: context, progress: progress)
        } catch var errors as InputErrors {
            // This command, unlike the importers, can be told the encoding: say how.
            for i in errors.errors.indices where errors.errors[i].message.hasPrefix("unknown encoding") {
                errors.errors[i].message += " (force one with --encoding)"
            }
            throw errors
        }
        switch format {
        case .json:
            var json = try report.jsonBytes()
            json.append(0x0A)
            FileHandle.standardOutput.write(Data(json))
        case .table: print(MentionsCommand.table(report, codebook: book, context: context))
        }
    }

    /// --codebook, else the database's codebook, else the shipped one.
    static func codebook(_ path: String?, db: String) throws -> Codebook {
        if let path { return try CodebookReader().read(contentsOf: URL(fileURLWithPath: path)) }
        if FileManager.default.fileExists(atPath: db) { return try MonitoringDatabase.open(at: db, access: .readOnly).codebook }
        return try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
    }

    static func table(_ report: MentionReport, codebook: Codebook, context: Bool) -> String {
        var out = ""
        if context {
            for file in report.files {
                out += "\(file.path) (\(file.encoding.rawValue)): \(plural(file.mentions.count, "mention"))\n"
                for (m, sentence) in zip(file.mentions, file.sentences) {
                    let text = m.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    out += "  \(m.start)-\(m.end)  \(m.subject)  [\(text)]  \(sentence)\n"
                }
            }
            out += "\n"
        }
        var table = TextTable(header: ["subject", "name", "mentions"], alignments: [.left, .left, .right])
        for (id, count) in report.counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            table.rows.append([id, codebook.subject(id)?.name.en ?? id, String(count)])
        }
        table.rows.append(["total", "", String(report.totalMentions)])
        table.rulesAfter = [table.rows.count - 2]
        return out + table.render()
    }
}
