import ArgumentParser
import Foundation
import MediaCodebooks
import MediaModel
import MediaReports
import MediaStore
import MediaText
import Synchronization

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
            var json = try MentionsJSON(report).bytes()
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

    /// What `printJSON(self)` prints, as a String (see ``bytes()``).
    func text() throws -> String { String(decoding: try bytes(), as: UTF8.self) }

    /// What `printJSON(self)` prints (pretty, sorted keys, slashes unescaped) without its final
    /// line break, written directly as UTF-8 bytes: JSONEncoder took as long as finding the
    /// mentions (about 27,000 instructions a mention), appending to a String about 8,000. The
    /// counts go through JSONEncoder, so their key order is the encoder's own.
    func bytes() throws -> [UInt8] {
        var out: [UInt8] = []
        Self.append("{\n  \"counts\" : ", to: &out)
        if counts.isEmpty {
            Self.append("{\n\n  }", to: &out)
        } else {
            for b in try JSONOutput.encoder.encode(counts) {
                out.append(b)
                if b == 0x0A { out.append(0x20); out.append(0x20) }
            }
        }
        Self.append(",\n  \"mentions\" : [", to: &out)
        if mentions.isEmpty { Self.append("\n\n  ]\n}", to: &out); return out }
        // The list in a few parts written side by side (each mention's text depends on it alone):
        // the output is written after the scan, so this part of the run is not parallel otherwise.
        let parts = mentions.count < 4096 ? 1 : max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        let written = Mutex<[[UInt8]]>(Array(repeating: [], count: parts))
        let items = mentions
        DispatchQueue.concurrentPerform(iterations: parts) { p in
            let part = Self.bytes(of: items, from: items.count * p / parts, to: items.count * (p + 1) / parts)
            written.withLock { $0[p] = part }
        }
        for part in written.withLock({ $0 }) { out.append(contentsOf: part) }
        Self.append("\n  ]\n}", to: &out)
        return out
    }

    /// The JSON of `items[from..<to]` in the mention list, each preceded by its separator.
    static func bytes(of items: [Item], from: Int, to: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((to - from) * 120)
        // One quoted form per distinct file and subject, not one per mention.
        var quotedFile: (name: String, bytes: [UInt8])?
        var quotedSubjects: [String: [UInt8]] = [:]
        for i in from..<to {
            let m = items[i]
            append(i == 0 ? "\n    {\n      \"end\" : " : ",\n    {\n      \"end\" : ", to: &out)
            appendDecimal(m.end, to: &out)
            if let file = m.file {
                append(",\n      \"file\" : ", to: &out)
                if quotedFile?.name != file {
                    var q: [UInt8] = []
                    appendQuoted(file, to: &q)
                    quotedFile = (file, q)
                }
                out.append(contentsOf: quotedFile!.bytes)
            }
            append(",\n      \"start\" : ", to: &out)
            appendDecimal(m.start, to: &out)
            append(",\n      \"subject\" : ", to: &out)
            if let q = quotedSubjects[m.subject] {
                out.append(contentsOf: q)
            } else {
                var q: [UInt8] = []
                appendQuoted(m.subject, to: &q)
                quotedSubjects[m.subject] = q
                out.append(contentsOf: q)
            }
            append(",\n      \"text\" : ", to: &out)
            appendQuoted(m.text, to: &out)
            append("\n    }", to: &out)
        }
        return out
    }

    /// Appends a literal's bytes in one copy (a String's `utf8` view appends byte by byte).
    @inline(__always)
    static func append(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// An integer in decimal, as JSONEncoder writes it.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[19 - n] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
                n += 1
            } while v > 0
            out.append(contentsOf: d[(20 - n)...])
        }
    }

    /// A JSON string as JSONEncoder writes it: quote, backslash and control characters escaped
    /// (`\n`, `\u001f`), slashes and everything else as they are.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var plain = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                if b >= 0x20, b != 0x22, b != 0x5C { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<i]))
                switch b {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0x08: out.append(contentsOf: "\\b".utf8)
                case 0x0C: out.append(contentsOf: "\\f".utf8)
                default: out.append(contentsOf: ((b < 0x10 ? "\\u000" : "\\u00") + String(b, radix: 16)).utf8)
                }
                plain = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
        }
        out.append(0x22)
    }

    init(_ report: MentionReport) {
        counts = report.counts
        let named = report.files.count > 1
        mentions = report.files.flatMap { f in
            f.mentions.map { Item(file: named ? f.path : nil, subject: $0.subject, start: $0.start, end: $0.end, text: $0.text) }
        }
    }
}
