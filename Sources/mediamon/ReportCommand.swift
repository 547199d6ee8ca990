import ArgumentParser
import Foundation
import MediaModel
import MediaReports
import MediaStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compute share-of-coverage and tone tables from the codings.",
        discussion: """
            Every report counts each item's primary coding only, broadcast items
            inside the monitoring window only, and the editorial genres unless
            --genre names others. Percentages are computed from unrounded sums and
            printed with one decimal.

            Example:
              mediamon report share --attribute-institutions
              mediamon report weekly --week 3 --format html --output week3.html
              mediamon report tone --lang kk --format md --output tone-kk.md
            """,
        subcommands: [Share.self, ToneCommand.self, Breakdown.self, Weekly.self, Compare.self, Reference.self, Rules.self]
    )

    /// The filters every report takes.
    struct FilterOptions: ParsableArguments {
        @Option(help: "First day, YYYY-MM-DD (default: the monitoring period's first).") var from: LocalDate?
        @Option(help: "Last day, YYYY-MM-DD (default: the period's last).") var to: LocalDate?
        @Option(parsing: .unconditional, help: "Monitoring week N (week 1 = the period's first seven days; ISO week with --iso-weeks).") var week: Int?
        @Flag(help: "Number weeks as ISO weeks (Monday to Sunday) instead of from the period's first day.") var isoWeeks = false
        @Option(help: "Only these outlets (repeat the option).") var outlet: [String] = []
        @Option(help: "Only these genres (default: the editorial ones; name paid-advertising or free-airtime to see them).") var genre: [String] = []
        @Option(help: "amount (seconds, cm², characters) or items (one per coding).") var weight: ReportFilter.Weight = .amount
        @Flag(help: "Fold institutions (the codebook's officials with an affiliation) into the party they are affiliated with.") var attributeInstitutions = false
        @Option(name: .customLong("attribute-by"), help: ArgumentHelp("Fold institutions into their party only in the codings with this value, e.g. capacity=official.", valueName: "ID=VALUE"))
        var attributeBy: String?
        @Option(name: .customLong("where"), help: ArgumentHelp("Only codings with this value of a codebook variable, e.g. capacity=campaign or topic=zhanaozen (repeat: all must hold).", valueName: "ID=VALUE"))
        var conditions: [String] = []
        @Option(help: "contestants (parties and candidates) or all (institutions too).") var subjects: ReportFilter.SubjectScope = .contestants
        @Option(help: "Language the report is written in — headings, labels, notes, names, numbers and dates: en, ru or kk.") var lang: Language = .en

        /// The options as the one request type the CLI and the server share.
        var request: ReportRequest {
            var request = ReportRequest()
            request.from = from
            request.to = to
            request.week = week
            request.isoWeeks = isoWeeks
            request.outlets = outlet
            request.genres = genre
            request.weight = weight
            request.attributeInstitutions = attributeInstitutions
            request.attributeBy = attributeBy
            request.conditions = conditions
            request.subjects = subjects
            request.language = lang
            return request
        }

        func validate() throws {
            if let misuse = request.misuse(for: .share) { throw ValidationError(misuse.text(naming: \.flag)) }
        }

        /// Validates for `kind`, opens the database read-only and renders the report.
        func render(_ kind: ReportKind, _ database: DatabaseOptions, group: OutletGrouping? = nil, by: String? = nil) throws -> RenderedReport {
            var request = request
            request.group = group
            request.by = by
            if let misuse = request.misuse(for: kind) { throw ValidationError(misuse.text(naming: \.flag)) }
            let db = try database.openReadOnly()
            do {
                let values = request.readsValues(kind)
                return try withFlags(ReportOption.flags) {
                    try request.render(kind, codebook: db.codebook) { days, outlets in try db.codingSums(days: days, outlets: outlets, values: values) }
                }
            } catch let misuse as ReportMisuse {
                throw ValidationError(misuse.text(naming: \.flag))
            }
        }
    }

    struct Share: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Share of coverage per outlet: each subject's part of the outlet's coverage, in percent.",
            discussion: """
                share(S, O) = Σ amount of S's codings in O / Σ amount of all codings
                in O × 100, counting each item's primary coding only, broadcast items
                inside the monitoring window only. By default shares divide among
                contestants (parties, candidates); --subjects all adds institutions,
                --attribute-institutions folds them into their party. Tables, HTML
                and XLSX add each subject's share of direct speech.

                Examples:
                  mediamon report share --outlet khabar --outlet kazakhstan-tv
                  mediamon report share --attribute-institutions --format json
                  mediamon report share --week 2 --genre news --format csv > week2.csv
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: ReportOutput

        func run() throws {
            try output.write(try filters.render(.share, database))
        }
    }

    struct ToneCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tone",
            abstract: "Tone of coverage per outlet: each subject's positive, neutral and negative coverage.",
            discussion: """
                Two figures per subject and tone (docs/METHODOLOGY.md):
                  ofSubject  tone profile: the part of the subject's coverage in
                             that tone ("86% of Golos Respubliki's coverage of
                             Nur Otan was negative");
                  ofTone     tone distribution: the subject's part of all coverage
                             in that tone ("Nur Otan received 80% of the negative
                             coverage in Svoboda Slova").
                JSON: {"rows": [{"outlet", "subject", "tone", "unit", "amount",
                "ofSubject", "ofTone"}]}, one row per tone a subject received.

                Examples:
                  mediamon report tone --outlet golos-respubliki
                  mediamon report tone --from 2012-01-07 --format json
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: ReportOutput

        func run() throws {
            try output.write(try filters.render(.tone, database))
        }
    }

    struct Breakdown: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Coverage per outlet and subject broken down by the categories of a codebook variable.",
            discussion: """
                For each outlet, subject and category c of the variable (docs/METHODOLOGY.md):
                  ofSubject   the category's part of the subject's coverage;
                  ofCategory  the subject's part of all coverage in that category.
                The same counting rules as report share; codings with no value of the
                variable are left out. `report tone` is the breakdown by tone.
                JSON: {"variable": ID, "rows": [{"outlet", "subject", "category", "unit",
                "amount", "ofSubject", "ofCategory"}]}.

                Examples:
                  mediamon report breakdown --by capacity --subjects all
                  mediamon report breakdown --by topic --outlet khabar --format json
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: ArgumentHelp("The variable: a nominal or ordinal one the codebook declares (tone, genre, capacity, topic …).", valueName: "ID"))
        var by: String
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: ReportOutput

        func run() throws {
            try output.write(try filters.render(.breakdown, database, by: by))
        }
    }

    struct Weekly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One week per outlet: share of coverage, change against the week before in points, and tone.",
            discussion: """
                Weeks are numbered from the monitoring period's first day (week 1 =
                days 1–7), or as ISO weeks with --iso-weeks. The change is this
                week's share minus last week's, in percentage points, from unrounded
                shares; "–" where there is no earlier week. HTML adds each outlet's
                shares week by week up to this one.

                Examples:
                  mediamon report weekly --week 3
                  mediamon report weekly --week 2 --iso-weeks --format html --output week2.html
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: ReportOutput

        func validate() throws {
            if let misuse = filters.request.misuse(for: .weekly) { throw ValidationError(misuse.text(naming: \.flag)) }
        }

        func run() throws {
            try output.write(try filters.render(.weekly, database))
        }
    }

    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare outlet groups (state vs private, TV vs print, language), genres, or named outlets.",
            discussion: """
                A group's figures come from the summed codings of its outlets, not
                from averaging their percentages, and only within one unit: TV
                seconds and newspaper cm² are never added. Groups: ownership (state,
                private), medium (tv, print, …), language (the outlet's main one),
                genre (news, talk shows, debates … across the outlets counted; name
                paid-advertising with --genre to see it beside them).

                Examples:
                  mediamon report compare --group ownership
                  mediamon report compare --outlet khabar --outlet channel-7 --format md
                  mediamon report compare --group genre --genre news --genre debate
                  mediamon report compare --group language --format xlsx \\
                    --output by-language.xlsx
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: "ownership, medium, language or genre.") var group: OutletGrouping?
        @OptionGroup var output: ReportOutput

        func validate() throws {
            var request = filters.request
            request.group = group
            if let misuse = request.misuse(for: .compare) { throw ValidationError(misuse.text(naming: \.flag)) }
        }

        func run() throws {
            try output.write(try filters.render(.compare, database, group: group))
        }
    }
}

extension OutletGrouping: ExpressibleByArgument {}

/// `--format` and `--output` of the report commands, and the one place report files are written.
struct ReportOutput: ParsableArguments {
    @Option(help: "Output format: table, csv, json, md, html or xlsx.") var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output (needed for xlsx on a terminal).", valueName: "file"))
    var output: String?

    func validate() throws {
        if format == .xlsx && output == nil && stdoutIsTerminal {
            throw ValidationError("--format xlsx writes a binary workbook: give --output FILE.xlsx or redirect standard output")
        }
    }

    func write(_ document: ReportDocument, csv: @escaping () -> String, json: @escaping () throws -> String) throws {
        try write(RenderedReport(document: document, csv: csv, json: json))
    }

    /// Renders first and writes after, so a failure writes nothing.
    func write(_ report: RenderedReport) throws {
        let data = try report.data(ReportFormat(rawValue: format.rawValue)!)
        if let output {
            let url = URL(fileURLWithPath: output)
            var isFolder: ObjCBool = false
            let folder = url.deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw InputError(file: output, "cannot write the report: there is no folder \(folder)")
            }
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                throw InputError(file: output, "cannot write the report: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
