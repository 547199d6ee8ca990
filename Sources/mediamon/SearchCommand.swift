import ArgumentParser
import Foundation
import MediaImport
import MediaModel
import MediaStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find text in the imported transcripts and articles, in either script.",
        discussion: """
            Looks through every transcript cue and article for TEXT, ignoring case, quotes and
            diacritics, and the script: a Latin query finds Cyrillic text and a Cyrillic query Latin
            text ("Nur Otan" finds «Нұр Отан» and «Нур Отан»). Lists cues first (outlet, local date and
            time, programme), then articles (outlet, date, item id). Reads only; writes nothing.

            Examples:
              mediamon search "Nur Otan"
              mediamon search "ЦИК" --outlet khabar --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The words to find.") var text: String
    @Option(help: "Only this outlet.") var outlet: String?
    // Unconditional here and on every number below: "-3" is a (refused) value, not an unknown option.
    @Option(parsing: .unconditional, help: "At most this many cues, and this many articles.") var limit: Int = 100
    @Option(help: "Output format.") var format: TableOrJSON = .table

    func validate() throws {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give the text to search for") }
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    struct Hit: Encodable {
        var kind: String, outlet: String, date: String, time: String?, id: Int64, title: String, text: String
    }

    func run() throws {
        let db = try database.openReadOnly()
        if let outlet, db.codebook.outlet(outlet) == nil {
            throw db.codebook.unknown(.outlet, outlet, field: "--outlet")
        }
        let key = ScriptBlindKey()
        let hits = try db.search(text, outlet: outlet, limit: limit) { key($0) }
        if format == .json {
            try printJSON(["hits": hits.map { Hit(kind: $0.kind.rawValue, outlet: $0.outlet, date: $0.date.description,
                                                  time: $0.time?.description, id: $0.id, title: $0.title, text: $0.text) }])
            return
        }
        if hits.isEmpty { print("Nothing found for \"\(text)\"."); return }
        for hit in hits {
            let place = hit.kind == .cue ? "\(hit.outlet) \(hit.date) \(hit.time?.description ?? "")  \(hit.title)" : "\(hit.outlet) \(hit.date)  item \(hit.id)  \(hit.title)"
            let excerpt = hit.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            print("\(place)\n    \(excerpt.count > 160 ? String(excerpt.prefix(159)) + "…" : excerpt)")
        }
        let cues = hits.filter { $0.kind == .cue }.count
        print("\(plural(cues, "cue")), \(plural(hits.count - cues, "article"))")
    }
}
