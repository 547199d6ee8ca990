import ArgumentParser
import Foundation
import MediaModel
import MediaReports
import MediaStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compute share-of-coverage and tone tables from the codings.",
        subcommands: [Share.self]
    )

    /// The filters every report takes.
    struct FilterOptions: ParsableArguments {
        @Option(help: "First day, YYYY-MM-DD (default: the monitoring period's first).") var from: LocalDate?
        @Option(help: "Last day, YYYY-MM-DD (default: the period's last).") var to: LocalDate?
        @Option(help: "Monitoring week N (week 1 = the period's first seven days).") var week: Int?
        @Option(help: "Only these outlets (repeat the option).") var outlet: [String] = []
        @Option(help: "Only these genres (default: the editorial ones; name paid-advertising or free-airtime to see them).") var genre: [String] = []
        @Option(help: "amount (seconds, cm², characters) or items (one per coding).") var weight: ReportFilter.Weight = .amount
        @Flag(help: "Fold institutions (President, Government, akims) into the party they are affiliated with.") var attributeInstitutions = false
        @Option(help: "contestants (parties and candidates) or all (institutions too).") var subjects: ReportFilter.SubjectScope = .contestants
        @Option(help: "Language of subject and outlet names: en, ru or kk.") var lang: Language = .en

        func validate() throws {
            if week != nil && (from != nil || to != nil) { throw ValidationError("give either --week or --from/--to, not both") }
            if let week, week < 1 { throw ValidationError("--week starts at 1") }
        }

        func filter(for codebook: Codebook) throws -> ReportFilter {
            for id in outlet where codebook.outlet(id) == nil {
                throw InputError(field: "--outlet", "unknown outlet \"\(id)\" (the codebook has \(codebook.outlets.map(\.id).joined(separator: ", ")))")
            }
            for id in genre where codebook.genre(id) == nil {
                throw InputError(field: "--genre", "unknown genre \"\(id)\" (the codebook has \(codebook.genres.map(\.id).joined(separator: ", ")))")
            }
            var days = codebook.period
            if let week {
                let first = codebook.period.first.adding(days: (week - 1) * 7)
                guard codebook.period.contains(first) else {
                    throw InputError(field: "--week", "week \(week) starts after the monitoring period ends (\(codebook.period.last))")
                }
                days = DayRange(first: first, last: min(first.adding(days: 6), codebook.period.last))
            } else {
                days = DayRange(first: from ?? codebook.period.first, last: to ?? codebook.period.last)
                if days.last < days.first { throw InputError(field: "--to", "\(days.last) is before \(days.first)") }
            }
            return ReportFilter(days: days, outlets: outlet, genres: genre.isEmpty ? nil : genre, weight: weight,
                                attributeInstitutions: attributeInstitutions, subjects: subjects)
        }
    }

    struct Share: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Share of coverage per outlet: each subject's part of the outlet's coverage, in percent.",
            discussion: """
                share(S, O) = Σ amount of S's codings in O / Σ amount of all codings in O × 100, counting
                each item's primary coding only, broadcast items inside the monitoring window only.
                By default shares divide among contestants (parties, candidates); --subjects all adds
                institutions, --attribute-institutions folds them into their party.

                Examples:
                  mediamon report share --outlet khabar --outlet kazakhstan-tv
                  mediamon report share --attribute-institutions --format json
                  mediamon report share --week 2 --genre news --format csv > week2.csv
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: "Output format: table, csv, json or md.") var format: OutputFormat = .table

        func run() throws {
            try require(format, in: [.table, .csv, .json, .md])
            let db = try database.open()
            let filter = try filters.filter(for: db.codebook)
            let rows = try db.codedRows(days: filter.days, outlets: filter.outlets)
            let tables = ShareReport(codebook: db.codebook).tables(rows, filter: filter)
            let renderer = ShareRenderer(codebook: db.codebook, language: filters.lang)
            switch format {
            case .json: print(try renderer.json(tables), terminator: "")
            case .csv: print(renderer.csv(tables), terminator: "")
            case .md: print(renderer.markdown(tables), terminator: "")
            default:
                if let days = filter.days { print("\(db.codebook.mission)\n\(days)\n") }
                print(renderer.table(tables, weight: filter.weight), terminator: "")
            }
        }
    }
}
