import Foundation
import GRDB
import MediaModel

/// What `export` wrote.
public struct ExportSummary: Sendable, Equatable {
    public var files: [String]
    public var codings: Int
    public var items: Int
}

extension MonitoringDatabase {
    /// Writes the whole mission as files a person can open in Excel and mediamon can read back:
    /// `codebook.yaml` (the snapshot), `codings.csv` (the coding-sheet format of `code import`,
    /// each item's primary coder first, so re-importing keeps who is primary), `items.csv`
    /// (every item, coded or not) and `audit.csv`. CSV files are UTF-8 with a byte-order mark,
    /// which Excel needs to read Cyrillic. A row's genre is the one its coder gave, or empty: the
    /// item's logged genre there would read back as that coder's coding (an invented reliability
    /// unit); the logged genre is in `items.csv`.
    public func export(to folder: URL) throws -> ExportSummary {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let clock = self.clock
        return try read { db in
            var files: [String] = []
            func write(_ name: String, _ text: String) throws {
                try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.utf8)).write(to: folder.appendingPathComponent(name))
                files.append(name)
            }
            let yaml = try String.fetchOne(db, sql: "SELECT yaml FROM codebook WHERE id = 1") ?? ""
            try Data(yaml.utf8).write(to: folder.appendingPathComponent("codebook.yaml"))
            files.append("codebook.yaml")

            func placement(_ row: Row, item: Int64) throws -> [String] {
                var start = "", end = "", page = "", area = "", chars = "", url = ""
                let unit = try storedUnit(row, item: item)
                let extent: Double = row["extent"]
                switch unit {
                case .seconds:
                    if let s: String = row["startUTC"], let seconds = UTCTimestamp.seconds(s) {
                        start = clock.local(seconds).time.description
                        end = clock.local(seconds + Int(extent)).time.description
                    }
                case .squareCentimetres:
                    page = (row["page"] as Int?).map(String.init) ?? ""
                    area = extent.formatted
                case .characters:
                    chars = extent.formatted
                    url = row["url"] ?? ""
                }
                return [start, end, page, area, chars, url]
            }

            // A column per variable the codebook declares beyond tone, direct and genre: the file reads back with `code import`.
            let extra = codebook.variables.filter { !$0.isBuiltIn }
            var codings = "outlet,date,start,end,page,area,chars,url,title,genre,subject,amount,direct,tone,coder"
                + extra.map { "," + $0.id }.joined() + "\n"
            let codingRows = try Row.fetchAll(db, sql: """
                SELECT s.*, c.id AS codingID, c.subjectID, c.amount, c.direct, c.tone, c.coder, g.genreID AS coderGenre,
                       c.vars AS codingVars, g.vars AS itemVars
                FROM coding c JOIN segment s ON s.id = c.segmentID
                LEFT JOIN segmentGenre g ON g.segmentID = s.id AND g.coder = c.coder
                ORDER BY s.id, (c.coder = s.primaryCoder) DESC, c.coder, c.id
                """)
            for row in codingRows {
                let tone: String = row["tone"]
                guard Tone(rawValue: tone) != nil else {
                    throw InputError(file: path, field: "tone", "coding \(row["codingID"] as Int64) of item \(row["id"] as Int64) has the tone \"\(tone)\", which the codebook does not allow")
                }
                var fields = [row["outletID"], row["date"]] + (try placement(row, item: row["id"])) + [
                    row["title"], row["coderGenre"] ?? "", row["subjectID"], (row["amount"] as Double).formatted,
                    (row["direct"] as Double?)?.formatted ?? "", tone, row["coder"],
                ]
                let values = StoredValues.decode(row["codingVars"]).merging(StoredValues.decode(row["itemVars"])) { a, _ in a }
                fields += extra.map { values[$0.id] ?? "" }
                codings += fields.map(Self.csvField).joined(separator: ",") + "\n"
            }
            try write("codings.csv", codings)

            var items = "id,outlet,date,start,end,page,area,chars,url,title,genre,language,primary_coder,codings\n"
            let itemRows = try Row.fetchAll(db, sql: """
                SELECT s.*, (SELECT COUNT(*) FROM coding c WHERE c.segmentID = s.id) AS codings FROM segment s ORDER BY s.id
                """)
            for row in itemRows {
                let fields = ["\(row["id"] as Int64)", row["outletID"], row["date"]] + (try placement(row, item: row["id"])) + [
                    row["title"], row["genreID"] ?? "", row["language"] ?? "", row["primaryCoder"] ?? "", "\(row["codings"] as Int)",
                ]
                items += fields.map(Self.csvField).joined(separator: ",") + "\n"
            }
            try write("items.csv", items)

            // One line per changed field; a value a coding sheet gave names the sheet, its SHA-256 and line.
            var audit = "at,coder,segment,subject,field,old,new,sheet,sha256,line\n"
            for e in try Self.auditEntries(db) {
                let fields: [String] = [e.at, e.coder, "\(e.segment)", e.subject ?? "", e.field, e.old ?? "", e.new ?? "",
                                        e.source?.file ?? "", e.source?.sha256 ?? "", e.source.map { "\($0.line)" } ?? ""]
                audit += fields.map(Self.csvField).joined(separator: ",") + "\n"
            }
            try write("audit.csv", audit)
            return ExportSummary(files: files, codings: codingRows.count, items: itemRows.count)
        }
    }

    static func csvField(_ text: String) -> String { CSVCell.escape(text) }
}
