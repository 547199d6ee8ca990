import ArgumentParser
import Foundation
import MediaModel
import MediaReliability
import MediaReports
import MediaStore

struct ReliabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reliability",
        abstract: "Inter-coder reliability of the double-coded items: Krippendorff's alpha and the disagreements.",
        discussion: """
            A sample of items is coded twice by different monitors (`mediamon assign`); this command shows how far they agree, and lists where they differ so the items can be reconciled (`mediamon reconcile`).

            Examples:
              mediamon reliability --format json
              mediamon reliability disagreements --outlet khabar
            """,
        subcommands: [Summary.self, Disagreements.self],
        defaultSubcommand: Summary.self
    )

    /// Which double-coded items to look at.
    struct Selection: ParsableArguments {
        @Option(help: ArgumentHelp("Only these coders, comma-separated (default: all).", valueName: "a,b"))
        var coders: String?
        @Option(help: "Only this outlet (repeat the option).") var outlet: [String] = []
        @Option(help: "First day, YYYY-MM-DD.") var from: LocalDate?
        @Option(help: "Last day, YYYY-MM-DD.") var to: LocalDate?
        @Option(help: ArgumentHelp("When two amounts agree: 10% (of the larger), 5s, 20cm2, 100chars.", valueName: "tolerance"))
        var tolerance: String = "10%"

        func validate() throws {
            if AmountTolerance(tolerance) == nil {
                throw ValidationError("--tolerance \(tolerance): give a percentage such as 10% or an amount such as 5s, 20cm2, 100chars")
            }
            if let coders, coderNames(coders).count < 2 { throw ValidationError("--coders needs two or more names, comma-separated") }
        }

        /// The double-coded items the options select, checked against the database.
        func items(in db: MonitoringDatabase) throws -> DoubleCodedItems {
            for id in outlet where db.codebook.outlet(id) == nil {
                throw db.codebook.unknown(.outlet, id, field: "--outlet")
            }
            let days = try self.days(of: db)
            let rows = try db.codedRows(days: days, outlets: outlet)
            let names = coders.map(coderNames)
            if let names {
                let known = Set(rows.map(\.coder))
                for name in names where !known.contains(name) {
                    throw InputError(field: "--coders", "\(name) has no codings here (coders: \(known.sorted().joined(separator: ", ")))")
                }
            }
            return DoubleCodedItems(rows: rows, genres: try db.coderGenres(days: days, outlets: outlet),
                                    itemValues: try db.coderItemValues(days: days, outlets: outlet), coders: names.map(Set.init))
        }

        /// --from and --to, within the monitoring period by default.
        func days(of db: MonitoringDatabase) throws -> DayRange {
            let days = DayRange(first: from ?? db.codebook.period.first, last: to ?? db.codebook.period.last)
            if days.last < days.first { throw ValidationError("--to \(days.last) is before --from \(days.first)") }
            return days
        }

        var amountTolerance: AmountTolerance { AmountTolerance(tolerance)! }
    }

    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: "Krippendorff's alpha and agreement per variable, with a verdict.",
            discussion: """
                Units: tone (nominal) and amount (interval) over every item and subject coded by two or more coders; genre (nominal) over every item coded by two or more; subject over every item and codebook subject, present or absent (nominal), with the mean Jaccard overlap of the coders' subject sets; every other variable the codebook declares (direct, capacity, topic …) at its level — nominal, ordinal or interval — over (item, subject) for a variable of the coding and over items for a variable of the item. Any number of coders per item; a coder who did not code a subject is a missing value, as Krippendorff defines. Agreement is the share of coder pairs that agree; for amount, pairs within --tolerance. Verdict: alpha ≥ 0.800 reliable, ≥ 0.667 tentative, else not reliable; undefined when there is no variation to judge. When the items mix media, amount is also given per unit (seconds, cm²), the figures to read.

                Examples:
                  mediamon reliability --coders aigerim,dana --outlet khabar
                  mediamon reliability --from 2012-01-01 --to 2012-01-07 --format json
                  mediamon reliability --outlet khabar --tolerance 5s
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var selection: Selection
        @Option(help: "Output format.") var format: TableOrJSON = .table

        func run() throws {
            let db = try database.openReadOnly()
            let items = try selection.items(in: db)
            let report = try withFlags(["tolerance": "--tolerance"]) {
                try ReliabilityReport(items, subjects: db.codebook.subjects.map(\.id), tolerance: selection.amountTolerance,
                                      variables: db.codebook.variables)
            }
            if format == .json { return try printJSON(ReliabilityJSON(report)) }
            print("Inter-coder reliability — \(db.codebook.mission)")
            print("\(try selection.days(of: db))" + (selection.outlet.isEmpty ? "" : ", \(selection.outlet.joined(separator: ", "))"))
            if report.items == 0 {
                print("No item is coded by two or more coders here. Pick a sample with `mediamon assign --double 10%`.")
                return
            }
            print("\(plural(report.items, "item")) coded by two or more coders (\(report.coders.joined(separator: ", ")))\n")
            print(render(report.table), terminator: "")
        }
    }

    struct Disagreements: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Where the coders of an item differ, most consequential first.",
            discussion: """
                Lists each item and variable the coders differ on: a subject only some coders saw, a tone, an amount beyond --tolerance, the genre. Tone flips (positive against negative) come first, then the rest by the coverage at stake in the reports: the amount difference, the amount of a subject only some saw or whose tone differs, and for genre the item's coverage. Settle each with `mediamon reconcile`.

                Examples:
                  mediamon reliability disagreements --outlet khabar --limit 20
                  mediamon reliability disagreements --coders aigerim,dana --format csv > to-reconcile.csv
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var selection: Selection
        @Option(parsing: .unconditional, help: "Show only the first N.") var limit: Int?
        @Option(help: "Output format (csv for a spreadsheet).") var format: TableCSVOrJSON = .table

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
        }

        func run() throws {
            let db = try database.openReadOnly()
            let items = try selection.items(in: db)
            let all = items.disagreements(tolerance: selection.amountTolerance)
            let shown = Array(all.prefix(limit ?? all.count))
            let titles = try db.segmentTitles(shown.map(\.segmentID))
            if format == .json { return try printJSON(DisagreementsJSON(shown, titles: titles)) }
            if format == .csv { return print(csvText(disagreementsCSV(shown, titles: titles)), terminator: "") }
            if shown.isEmpty {
                print(items.items.isEmpty ? "No item is coded by two or more coders here." : "The coders agree on all \(items.items.count) double-coded items.")
                return
            }
            print(render(disagreementsTable(shown, titles: titles)), terminator: "")
            print("\(plural(all.count, "disagreement")) in \(Set(all.map(\.segmentID)).count) of \(plural(items.items.count, "double-coded item"))"
                  + (shown.count < all.count ? " (first \(shown.count) shown)" : ""))
        }
    }
}

struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Pick a random sample of each outlet's items for a second coder.",
        discussion: """
            Picks N% of each outlet's items (rounded up, so every outlet gets at least one) for double coding. The sample is reproducible: the same items, share and seed give the same sample, and a larger share keeps the items of a smaller one. Running it again replaces the sample of the outlets named (default: all); codings already made stay. The coder screen offers a picked item to a second coder once its first coder has coded it.

            Examples:
              mediamon assign --double 10% --seed 2012
              mediamon assign --double 15% --seed 7 --outlet khabar --outlet kazakhstan-tv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp("Share of each outlet's items to code twice, e.g. 10%.", valueName: "N%")) var double: String
    @Option(parsing: .unconditional, help: "Seed of the random sample (a whole number, 0 or more).") var seed: UInt64 = 1
    @Option(help: "Only this outlet (repeat the option).") var outlet: [String] = []
    @Option(help: "Who assigns (recorded with the sample).") var coder: String?
    @Option(help: "Output format.") var format: TableOrJSON = .table

    var percent: Double? {
        let text = double.hasSuffix("%") ? String(double.dropLast()) : double
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value > 0, value <= 100 else { return nil }
        return value
    }

    func validate() throws {
        if percent == nil { throw ValidationError("--double \(double): give a share above 0 and at most 100, such as 10%") }
    }

    struct JSONAssignment: Encodable {
        struct Outlet: Encodable { var outlet: String; var items, picked, doubleCoded, waiting: Int }
        var percent: Double
        var seed: UInt64
        var picked, added, removed, kept: Int
        var outlets: [Outlet]
    }

    func run() throws {
        let db = try database.open()
        for id in outlet where db.codebook.outlet(id) == nil {
            throw db.codebook.unknown(.outlet, id, field: "--outlet")
        }
        let sample = DoubleCodingSample(percent: percent!, seed: seed)
        let candidates = try db.segments().filter { outlet.isEmpty || outlet.contains($0.outlet) }
        let picked = sample.pick(from: candidates.map { ($0.id, $0.outlet) })
        let change = try db.assignDoubleCoding(picked, outlets: outlet, percent: sample.percent, seed: seed, by: try resolveCoder(coder))
        let status = try db.doubleCodingStatus(outlets: outlet)
        if format == .json {
            return try printJSON(JSONAssignment(
                percent: sample.percent, seed: seed, picked: picked.count, added: change.added, removed: change.removed, kept: change.kept,
                outlets: status.map { .init(outlet: $0.outlet, items: $0.items, picked: $0.assigned, doubleCoded: $0.doubleCoded,
                                            waiting: $0.waitingForSecondCoder) }))
        }
        if candidates.isEmpty { print("No items to pick from yet: add or import items first."); return }
        print("Double-coding sample: \(sample.percent.formatted)% of each outlet's items, seed \(seed)")
        print("\(plural(picked.count, "item")) picked: \(change.added) new, \(change.kept) kept, \(change.removed) no longer picked\n")
        var table = TextTable(header: ["Outlet", "Items", "Picked", "Double-coded", "Waiting for 2nd coder"],
                              alignments: [.left, .right, .right, .right, .right])
        for s in status {
            table.rows.append([s.outlet, "\(s.items)", "\(s.assigned)", "\(s.doubleCoded)", "\(s.waitingForSecondCoder)"])
        }
        print(table.render(), terminator: "")
    }
}

struct ReconcileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Make one coder's coding of an item the primary one, the one reports count.",
        discussion: """
            After a disagreement is settled, name the coder whose coding stands. Reports count only an item's primary coding (the first coder's until reconciled), so double coding never double counts; the other codings stay for the reliability figures. The change goes to the audit log (field "primary") under --coder, else $MEDIAMON_CODER, else your login.

            Example:
              mediamon reconcile --segment 17 --use dana --coder supervisor
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The item's id.") var segment: Int64
    @Option(help: ArgumentHelp("The coder whose coding becomes primary.", valueName: "coder")) var use: String
    @Option(help: "Who reconciles.") var coder: String?

    func run() throws {
        let db = try database.open()
        let reconciler = try resolveCoder(coder)
        switch try withFlags(["item": "--segment", "coder": "--use"], { try db.reconcile(segment: segment, use: use, by: reconciler) }) {
        case .unchanged: print("Item \(segment): \(use)'s coding already is the primary one; nothing changed")
        case .changed(let from): print("Item \(segment): primary coding now \(use)'s" + (from.map { " (was \($0)'s)" } ?? ""))
        }
    }
}

private func coderNames(_ list: String) -> [String] {
    Array(Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
}

private func csvText(_ cells: TableCells) -> String {
    ([cells.header] + cells.rows).map { $0.map(csvField).joined(separator: ",") + "\n" }.joined()
}

private func render(_ cells: TableCells) -> String {
    TextTable(header: cells.header, alignments: cells.header.indices.map { cells.rightAligned.contains($0) ? .right : .left },
              rows: cells.rows).render()
}
