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
        /// Programmes from the broadcast logs, cues from the transcripts, articles from the newspapers.
        public var programmes = 0, cues = 0, articles = 0
        /// Figures other monitors published, from `reference/SOURCE.csv`.
        public var referenceFigures = 0
    }

    static func files(in folder: String, ending suffix: String) -> [URL] {
        let url = dataFolder.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { url.appendingPathComponent($0) }
    }

    /// Builds a fresh monitoring database at `path` from the shipped codebook and samples,
    /// through the same import and coding paths a mission uses. `progress` hears each file.
    public static func build(at path: String, codebook codebookURL: URL,
                             progress: (String) -> Void = { _ in }) throws -> Result {
        let yaml = try String(contentsOf: codebookURL, encoding: .utf8)
        let codebook = try CodebookReader().read(yaml: yaml, file: codebookURL.lastPathComponent)
        let db = try MonitoringDatabase.create(at: path, codebook: codebook, yaml: yaml, source: codebookURL.lastPathComponent)
        var result = Result(database: db, sheets: 0, summary: ImportSummary())

        // What was broadcast: one XMLTV guide per channel for the campaign.
        for guide in files(in: "broadcast", ending: ".xmltv.xml") {
            progress(guide.lastPathComponent)
            result.programmes += try db.importProgrammes(from: XMLTVReader(path: guide.path, codebook: codebook)).imported
        }
        // Transcripts of two evenings, named OUTLET_YYYY-MM-DDTHHMM.srt by the local time they start.
        for transcript in files(in: "transcripts", ending: ".srt") {
            progress(transcript.lastPathComponent)
            let stem = transcript.deletingPathExtension().lastPathComponent
            let parts = stem.split(separator: "_")
            let clock = String(parts[1].suffix(4))
            let start = "\(parts[1].prefix(11))\(clock.prefix(2)):\(clock.suffix(2)):00"
            let reader = try TranscriptReader(codebook: codebook, outlet: String(parts[0]), start: start)
            result.cues += try db.importTranscript(reader.read(path: transcript.path)).imported
        }
        // What was published: the newspapers' campaign articles, one text file each.
        let articleFolders = (try? FileManager.default.contentsOfDirectory(atPath: dataFolder.appendingPathComponent("articles").path)) ?? []
        for outlet in articleFolders.sorted() {
            for article in files(in: "articles/\(outlet)", ending: ".txt") {
                progress(article.lastPathComponent)
                result.articles += try db.importArticles(ArticleReader(codebook: codebook).read(path: article.path)).imported
            }
        }
        // The codings: the same items, coded by the monitors.
        let reader = CodingSheetReader(codebook: codebook)
        for sheet in codingSheets {
            progress(sheet.lastPathComponent)
            result.summary = result.summary + (try db.importSheet(try reader.read(contentsOf: sheet)))
            result.sheets += 1
        }
        // What others published about the same outlets (constructed where the report gives no numbers: see README).
        for table in files(in: "reference", ending: ".csv") {
            progress(table.lastPathComponent)
            let figures = try ReferenceReader(codebook: codebook).read(path: table.path).figures(skipUnknown: false)
            let source = table.deletingPathExtension().lastPathComponent
            result.referenceFigures += try db.importReferenceFigures(figures, source: source, file: "reference/\(table.lastPathComponent)").imported
        }
        return result
    }
}
