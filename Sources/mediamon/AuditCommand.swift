import ArgumentParser
import Foundation
import MediaModel
import MediaReports
import MediaStore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the audit log: every insert, change and removal of a coding.",
        discussion: """
            One line per changed field: when (UTC), who, which item and subject, which field (amount, direct, tone, genre, a variable of the codebook; title when a sheet corrected an item's title; primary when a reconcile changed the counted coding), the old and the new value. An insert has no old value, a removal no new one. A value stored by `code import` also names its sheet, the SHA-256 of the sheet's bytes and the line (column Source; in JSON a "source" object on those entries only). --since filters by when a change was made (a local day of the mission's time zone), not by when the item was broadcast or published: for that, use --date. JSON: {"changes": [{"at", "coder", "segment", "subject", "field", "old", "new"}]}, "source": {"file", "sha256", "line"} added to imported entries.

            Examples:
              mediamon audit --coder aigerim --since 2012-01-05
              mediamon audit --date 2012-01-05     # changes to the items of that day
              mediamon audit --format json > audit.json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Only this coder's changes.") var coder: String?
    @Option(help: "Only changes made on or after this local date, YYYY-MM-DD (when the change was made).") var since: LocalDate?
    @Option(help: "Only changes to items broadcast or published on this local date, YYYY-MM-DD.") var date: LocalDate?
    @Option(help: "Output format.") var format: TableOrJSON = .table

    /// Every key is written, `null` included, so scripts can rely on the shape; `source` only on an
    /// entry a coding sheet gave, so entries written before sheets were recorded read as they always did.
    struct Change: Encodable {
        var entry: AuditEntry
        enum Keys: String, CodingKey { case at, coder, segment, subject, field, old, new, source }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(entry.at, forKey: .at)
            try c.encode(entry.coder, forKey: .coder)
            try c.encode(entry.segment, forKey: .segment)
            try c.encode(entry.subject, forKey: .subject)
            try c.encode(entry.field, forKey: .field)
            try c.encode(entry.old, forKey: .old)
            try c.encode(entry.new, forKey: .new)
            if let source = entry.source { try c.encode(Source(source), forKey: .source) }
        }
    }

    struct Source: Encodable {
        var file: String
        var sha256: String?
        var line: Int
        init(_ s: AuditSource) { (file, sha256, line) = (s.file, s.sha256, s.line) }
        enum Keys: String, CodingKey { case file, sha256, line }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(file, forKey: .file)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(line, forKey: .line)
        }
    }

    func run() throws {
        let db = try database.openReadOnly()
        var entries = try db.auditLog(coder: coder, since: since)
        if let date {
            let items = Set(try db.segments(SegmentFilter(date: date)).map(\.id))
            entries.removeAll { !items.contains($0.segment) }
        }
        if format == .json {
            try printJSON(["changes": entries.map(Change.init)])
            return
        }
        if entries.isEmpty { print("No changes recorded."); return }
        // A Source column only when a sheet gave some of the values.
        let sources = entries.contains { $0.source != nil }
        var table = TextTable(header: ["At (UTC)", "Coder", "Item", "Subject", "Field", "Old", "New"] + (sources ? ["Source"] : []),
                              alignments: [.left, .left, .right, .left, .left, .right, .right] + (sources ? [.left] : []))
        for e in entries {
            var row = [e.at, e.coder, "\(e.segment)", e.subject ?? "", e.field, e.old ?? "—", e.new ?? "—"]
            // The sheet's name and line; the first 12 hex digits of its SHA-256 tell two versions of one file apart.
            if sources { row.append(e.source.map { "\($0.file):\($0.line)" + ($0.sha256.map { " sha256:\($0.prefix(12))" } ?? "") } ?? "") }
            table.rows.append(row)
        }
        print(table.render(), terminator: "")
        print(plural(entries.count, "change"))
    }
}
