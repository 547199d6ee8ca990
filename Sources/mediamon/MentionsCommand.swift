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

            JSON: {"counts": {"nur-otan": 36}, "mentions": [{"subject", "start", "end", "text"}]}; with several files each mention also names its "file".

            Examples:
              mediamon mentions article.txt --context
              mediamon mentions news/*.txt --format json
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

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to scan") }
        if let encoding, TextEncoding(name: encoding) == nil {
            throw ValidationError("unknown encoding \"\(encoding)\" (use one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let book = try MentionsCommand.codebook(codebook, db: database.db)
        let matcher = try MentionMatcher(codebook: book)
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
        case .json: print(try MentionsJSON(report).text())
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

/// `{"counts": {...}, "mentions": [{"subject", "start", "end", "text"}]}` (DESIGN §6).
struct MentionsJSON: Encodable {
    struct Item: Encodable {
        var file: String?
        var subject: String
        var start: Int
        var end: Int
        var text: String
    }

    var counts: [String: Int]
    var mentions: [Item]

    /// What `printJSON(self)` prints (pretty, sorted keys, slashes unescaped), written directly:
    /// JSONEncoder took as long as finding the mentions (about 27,000 instructions a mention). The
    /// counts go through JSONEncoder, so their key order is the encoder's own.
    func text() throws -> String {
        var out = "{\n  \"counts\" : "
        if counts.isEmpty {
            out += "{\n\n  }"
        } else {
            let encoded = String(decoding: try JSONOutput.encoder.encode(counts), as: UTF8.self)
            out += encoded.replacingOccurrences(of: "\n", with: "\n  ")
        }
        out += ",\n  \"mentions\" : ["
        if mentions.isEmpty { out += "\n\n  ]\n}"; return out }
        out.reserveCapacity(out.utf8.count + mentions.count * 120)
        for (i, m) in mentions.enumerated() {
            out += i == 0 ? "\n    {\n      \"end\" : " : ",\n    {\n      \"end\" : "
            out += String(m.end)
            if let file = m.file {
                out += ",\n      \"file\" : "
                Self.appendQuoted(file, to: &out)
            }
            out += ",\n      \"start\" : "
            out += String(m.start)
            out += ",\n      \"subject\" : "
            Self.appendQuoted(m.subject, to: &out)
            out += ",\n      \"text\" : "
            Self.appendQuoted(m.text, to: &out)
            out += "\n    }"
        }
        out += "\n  ]\n}"
        return out
    }

    /// A JSON string as JSONEncoder writes it: quote, backslash and control characters escaped
    /// (`\n`, `\u001f`), slashes and everything else as they are.
    static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        var plain = text.utf8.startIndex
        let utf8 = text.utf8
        var i = plain
        while i != utf8.endIndex {
            let b = utf8[i]
            if b >= 0x20, b != 0x22, b != 0x5C { i = utf8.index(after: i); continue }
            out += text[plain..<i]
            switch b {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            default: out += (b < 0x10 ? "\\u000" : "\\u00") + String(b, radix: 16)
            }
            i = utf8.index(after: i)
            plain = i
        }
        out += text[plain..<i]
        out += "\""
    }

    init(_ report: MentionReport) {
        counts = report.counts
        let named = report.files.count > 1
        mentions = report.files.flatMap { f in
            f.mentions.map { Item(file: named ? f.path : nil, subject: $0.subject, start: $0.start, end: $0.end, text: $0.text) }
        }
    }
}
