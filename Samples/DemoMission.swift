import Foundation
import MediaImport
import MediaModel
import MediaStore

/// The demonstration mission shipped in `Samples/`: constructed data that reproduces the
/// published aggregates of the OSCE/ODIHR report on Kazakhstan's 2012 Majilis elections.
public enum DemoMission {
    /// The shipped sample files' folder.
    public static var dataFolder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("data")
    }

    /// The coding sheets in the order they are imported: the first coders' sheets (`primary/`), whose
    /// codings reports count, before the second coders' double codings of a sample (`double/`).
    public static var codingSheets: [URL] {
        ["primary", "double"].flatMap { part in
            let folder = dataFolder.appendingPathComponent("codings").appendingPathComponent(part)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".csv") }.sorted().map { folder.appendingPathComponent($0) }
        }
    }

    /// What building the demo did.
    public struct Result: Sendable {
        public var database: MonitoringDatabase
        public var sheets: Int
        public var summary: ImportSummary
    }

    /// Builds a fresh monitoring database at `path` from the shipped codebook and samples,
    /// through the same import and coding paths a mission uses. `progress` hears each file.
    public static func build(at path: String, codebook codebookURL: URL,
                             progress: (String) -> Void = { _ in }) throws -> Result {
        let yaml = try String(contentsOf: codebookURL, encoding: .utf8)
        let codebook = try CodebookReader().read(yaml: yaml, file: codebookURL.lastPathComponent)
        let db = try MonitoringDatabase.create(at: path, codebook: codebook, yaml: yaml, source: codebookURL.lastPathComponent)
        let reader = CodingSheetReader(codebook: codebook)
        var total = ImportSummary()
        let sheets = codingSheets
        for sheet in sheets {
            progress(sheet.lastPathComponent)
            total = total + (try db.importSheet(try reader.read(contentsOf: sheet)))
        }
        return Result(database: db, sheets: sheets.count, summary: total)
    }
}
