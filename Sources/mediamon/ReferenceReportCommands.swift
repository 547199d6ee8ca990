import ArgumentParser
import Foundation
import MediaModel
import MediaReports
import MediaStore

extension ReferenceReport.MissionFigure: ExpressibleByArgument {}

extension ReportCommand {
    struct Reference: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reference",
            abstract: "Published figures beside the mission's: reference share, mission share, difference in points.",
            discussion: """
                For each source, measure, outlet and subject: the reference's share of
                the outlet's figures over the periods it published (amounts summed), the
                mission's share from its codings of the same outlet on the same days
                (counted as `report share` counts), and the difference (mission −
                reference) in points, flagged where it exceeds --threshold. Mission share
                is empty (null in JSON) where the mission did not monitor the outlet.
                --against direct holds a "speaking time" measure against the mission's
                direct-speech share instead of its share of coverage.
                JSON: {"rows": [{"outlet", "subject", "measure", "referenceShare",
                "missionShare", "difference", …}]}.

                Examples:
                  mediamon report reference --source cec-council --threshold 10
                  mediamon report reference --source arcom --measure speaking \\
                    --against direct --format json
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this source.") var source: String?
        @Option(help: "Only this measure (speaking, support, airtime …).") var measure: String?
        @Option(parsing: .unconditional, help: "Flag differences larger than this many points.") var threshold: Double = 5
        @Option(help: "The mission's figure to compare with: amount (share of coverage) or direct (share of direct speech).")
        var against: ReferenceReport.MissionFigure = .amount
        @Option(help: "Only reference periods starting on or after this day.") var from: LocalDate?
        @Option(help: "Only reference periods ending on or before this day.") var to: LocalDate?
        @Option(help: "Only these genres of the mission's codings (default: the editorial ones).") var genre: [String] = []
        @Flag(help: "Fold institutions into their party, on both sides.") var attributeInstitutions = false
        @Option(name: .customLong("where"), help: ArgumentHelp("Only the mission's codings with this value of a codebook variable (repeat: all must hold); the reference's figures are as published.", valueName: "ID=VALUE"))
        var conditions: [String] = []
        @Option(help: "contestants (parties and candidates) or all (institutions too).") var subjects: ReportFilter.SubjectScope = .contestants
        @Option(help: "Language of subject and outlet names: en, ru or kk.") var lang: Language = .en
        @OptionGroup var output: ReportOutput

        func validate() throws {
            if !threshold.isFinite || threshold < 0 { throw ValidationError("--threshold is a number of points, 0 or more") }
        }

        func run() throws {
            let db = try database.openReadOnly()
            for id in genre where db.codebook.genre(id) == nil {
                throw db.codebook.unknown(.genre, id, field: "--genre")
            }
            let figures = try db.referenceFigures(source: source, measure: measure)
            if figures.isEmpty {
                let stored = try db.referenceSources()
                let what = stored.isEmpty ? "no reference figures are stored; import some with `mediamon reference import FILE --source NAME`"
                    : "no figures match; stored: " + stored.map { "\($0.source) (\($0.measures.joined(separator: ", ")))" }.joined(separator: "; ")
                throw InputError(field: source == nil && measure == nil ? nil : "--source/--measure", what)
            }
            let first = figures.map(\.figure.period.first).min()!, last = figures.map(\.figure.period.last).max()!
            let within = DayRange(first: from ?? first, last: to ?? last)
            if within.last < within.first { throw InputError(field: "--to", "\(within.last) is before \(within.first)") }
            let rows = try db.codingSums(days: DayRange(first: max(within.first, first), last: min(within.last, last)),
                                         values: ReportRequest.readsValues(conditions: conditions))
            var filter = ReportFilter(genres: genre.isEmpty ? nil : genre, attributeInstitutions: attributeInstitutions, subjects: subjects)
            for text in conditions {
                guard let condition = VariableAssignment(text) else { throw ValidationError("--where takes ID=VALUE, not \"\(text)\"") }
                try ReportFilter.check(condition, option: "--where", codebook: db.codebook)
                filter.conditions.append(condition)
            }
            let comparison = try withFlags(["period": "--from/--to"]) {
                try ReferenceReport(codebook: db.codebook)
                    .compare(figures, rows: rows, filter: filter, against: against, threshold: threshold, within: within)
            }
            if comparison.rows.isEmpty {
                throw InputError(field: "--from/--to", "no reference period lies inside \(within)")
            }
            try output.write(ReportComposer(codebook: db.codebook, language: lang).referenceDocument(comparison),
                             csv: { ReferenceOutput().csv(comparison) }, json: { try ReferenceOutput().json(comparison) })
        }
    }

    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "Check the coverage against the codebook's rules and list every breach.",
            discussion: """
                The rules are the codebook's rules: section — equal-coverage (each
                contestant within N points of an equal split), max-share, allowed-slots
                (paid airtime only in its slots), equal-airtime (free airtime shared
                equally) — each checked per monitoring week or over the whole period, on
                the outlets it binds, counting as `report share` counts. Each breach gives
                the outlet, the week, the subject, the figure and the rule's text. Exit
                status 0 whether or not there are breaches.
                JSON: {"breaches": [{"rule", "outlet", "week", "from", "to", "subject",
                "figure", "share", "limit", "text"}]}.

                Examples:
                  mediamon report rules
                  mediamon report rules --rule equal-coverage --format json
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this rule (repeat the option).") var rule: [String] = []
        @Flag(help: "Number weeks as ISO weeks (Monday to Sunday) instead of from the period's first day.") var isoWeeks = false
        @Option(help: "Language of subject and outlet names: en, ru or kk.") var lang: Language = .en
        @OptionGroup var output: ReportOutput

        func run() throws {
            let db = try database.openReadOnly()
            for id in rule where !db.codebook.rules.contains(where: { $0.id == id }) {
                throw db.codebook.unknown(.rule, id, field: "--rule")
            }
            let rows = try db.codedRows()
            let breaches = RulesCheck(codebook: db.codebook, numbering: WeekNumbering(period: db.codebook.period, iso: isoWeeks))
                .breaches(rows, only: rule)
            try output.write(ReportComposer(codebook: db.codebook, language: lang).rulesDocument(breaches),
                             csv: { ReferenceOutput().rulesCSV(breaches, codebook: db.codebook) },
                             json: { try ReferenceOutput().rulesJSON(breaches, codebook: db.codebook) })
        }
    }
}
