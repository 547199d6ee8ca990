import ArgumentParser
import Foundation
import MediaImport
import MediaModel
import MediaReports
import MediaStore

struct SegmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segments",
        abstract: "Add, list and show items (segments): the units monitors code.",
        subcommands: [Add.self, List.self, Show.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an item: a story on air, an article in print, or an online piece.",
            discussion: """
                Broadcast items take --start and --end (local time), print items --page and --area (cm²),
                online items --chars. The end comes after the start; an item that runs past midnight
                is written with its end past 24 (--start 23:55:00 --end 24:05:00), and no item is
                longer than 6 hours (an end typed before the start is refused, never read as the next day). The same outlet, date, start (or page) and title is one item:
                adding it again adds nothing.

                Examples:
                  mediamon segments add --outlet khabar --date 2012-01-05 --start 20:01:10 --end 20:03:40 --title "ЦИК зарегистрировал" --genre news
                  mediamon segments add --outlet panorama --date 2012-01-06 --page 3 --area 420 --title "Выборы"
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Outlet id from the codebook.") var outlet: String
        @Option(help: "Local date, YYYY-MM-DD.") var date: LocalDate
        @Option(help: "Start, local time HH:MM:SS (broadcast).") var start: TimeOfDay?
        @Option(help: "End, local time HH:MM:SS (broadcast); past midnight written past 24, e.g. 24:05:00.") var end: String?
        @Option(parsing: .unconditional, help: "Page number (print).") var page: Int?
        @Option(parsing: .unconditional, help: "Area in cm² (print).") var area: PlainNumber?
        @Option(parsing: .unconditional, help: "Length in characters (online).") var chars: Int?
        @Option(help: "Address of the page (online).") var url: String?
        @Option(help: "Title of the item.") var title: String = ""
        @Option(help: "Genre id from the codebook.") var genre: String?
        @Option(help: "Output format.") var format: TableOrJSON = .table

        func validate() throws {
            let kinds = [start != nil || end != nil, page != nil || area != nil, chars != nil].filter { $0 }.count
            guard kinds == 1 else {
                throw ValidationError("give either --start and --end, or --page and --area, or --chars")
            }
            if (start == nil) != (end == nil) { throw ValidationError("--start and --end go together") }
            if (page == nil) != (area == nil) { throw ValidationError("--page and --area go together") }
            if let end, ItemTimes.secondsPastMidnight(end) == nil {
                throw ValidationError("--end \"\(end)\" is not a time (HH:MM:SS; past midnight 24:05:00)")
            }
        }

        func run() throws {
            let db = try database.open()
            let placement: Placement = if let start, let end { .broadcast(start: start, end: try ItemTimes.end(end, after: start)) }
                else if let page, let area { .print(page: page, area: area.value) }
                else { .online(characters: chars!, url: url) }
            let outcome = try db.addSegment(NewSegment(outlet: outlet, date: date, placement: placement, title: title, genre: genre))
            switch (format, outcome) {
            case (.json, _): try printJSON(["id": outcome.id])
            case (_, .added(let id)): print("Added item \(id)")
            case (_, .existing(let id)): print("Item \(id) already exists (same outlet, date, start or page, and title): nothing added")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List items, by outlet and day.",
            discussion: """
                Example:
                  mediamon segments list --outlet khabar --date 2012-01-05 --uncoded
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this outlet.") var outlet: String?
        @Option(help: "Only this local date, YYYY-MM-DD.") var date: LocalDate?
        @Flag(help: "Only items nobody has coded yet.") var uncoded = false
        @Option(help: "Output format.") var format: TableCSVOrJSON = .table

        struct JSONSegment: Encodable {
            var id: Int64
            var outlet: String
            var date: String
            var start: String?
            var end: String?
            var page: Int?
            var title: String
            var genre: String?
            var codings: Int
        }

        func run() throws {
            let db = try database.openReadOnly()
            if let outlet, db.codebook.outlet(outlet) == nil {
                throw db.codebook.unknown(.outlet, outlet, field: "--outlet")
            }
            let segments = try db.segments(SegmentFilter(outlet: outlet, date: date, uncodedOnly: uncoded))
            switch format {
            case .json:
                try printJSON(["segments": segments.map {
                    JSONSegment(id: $0.id, outlet: $0.outlet, date: $0.date.description, start: $0.start?.description,
                                end: $0.end?.description, page: $0.page, title: $0.title, genre: $0.genre, codings: $0.codings)
                }])
            case .csv:
                print("id,outlet,date,start,end,page,extent,unit,title,genre,codings")
                for s in segments {
                    let fields = ["\(s.id)", s.outlet, s.date.description, s.start?.description ?? "", s.end?.description ?? "",
                                  s.page.map(String.init) ?? "", s.extent.formatted, s.unit.rawValue, s.title, s.genre ?? "", "\(s.codings)"]
                    print(fields.map(csvField).joined(separator: ","))
                }
            default:
                if segments.isEmpty { print("No items match."); return }
                var table = TextTable(header: ["ID", "Outlet", "Date", "Time / page", "Size", "Genre", "Codings", "Title"],
                                      alignments: [.right, .left, .left, .left, .right, .left, .right, .left])
                for s in segments {
                    let place = s.start.map { "\($0)–\(s.end!)" } ?? s.page.map { "p. \($0)" } ?? (s.url ?? "")
                    table.rows.append(["\(s.id)", s.outlet, s.date.description, place, s.unit.amount(s.extent),
                                       s.genre ?? "", "\(s.codings)", String(s.title.prefix(40))])
                }
                print(table.render(), terminator: "")
                print("\(plural(segments.count, "item")), \(segments.filter { $0.codings == 0 }.count) not coded yet")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one item with its codings.",
            discussion: """
                Example:
                  mediamon segments show 17
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The item's id.") var id: Int64

        func run() throws {
            let db = try database.openReadOnly()
            guard let s = try db.segment(id: id) else { throw InputError(field: "id", "there is no item \(id)") }
            let outletName = db.codebook.outlet(s.outlet)?.name.en ?? s.outlet
            print("Item \(s.id) — \(outletName), \(s.date)")
            if let start = s.start, let end = s.end { print("  on air  \(start)–\(end) (\(s.unit.amount(s.extent)))") }
            if let page = s.page { print("  page    \(page), \(s.extent.formatted) cm²") }
            if s.unit == .characters { print("  online  \(s.unit.amount(s.extent)) \(s.url ?? "")") }
            if !s.title.isEmpty { print("  title   \(s.title)") }
            if let genre = s.genre { print("  genre   \(genre)") }
            if let primary = s.primaryCoder { print("  primary coder \(primary)") }
            if let text = s.text, !text.isEmpty { print("\n" + text + "\n") }
            let codings = try db.codings(ofSegment: id)
            if codings.isEmpty { print("  not coded yet"); return }
            var table = TextTable(header: ["Coder", "Subject", "Amount", "Direct", "Tone", "Coded at"],
                                  alignments: [.left, .left, .right, .right, .left, .left])
            for c in codings {
                table.rows.append([c.coder + (c.coder == s.primaryCoder ? " *" : ""), c.subject, c.amount.formatted,
                                   c.direct?.formatted ?? "", c.tone.rawValue, c.codedAt])
            }
            print("")
            print(table.render(), terminator: "")
            print("* primary coding: the one reports count")
        }
    }
}

func csvField(_ text: String) -> String { CSVCell.escape(text) }
