import ArgumentParser
import Foundation
import MediaImport
import MediaModel
import MediaStore

struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Hold published figures (a regulator's, the election commission's, an NGO's) beside the mission's.",
        discussion: """
            Reference figures are kept apart from the codings: they never enter a share
            computed from codings. Compare them with `mediamon report reference`.

            Example:
              mediamon reference import arcom-2022.csv --source arcom --map arcom.map.yaml
              mediamon report reference --source arcom --measure speaking --against direct
            """,
        subcommands: [Import.self, List.self, Remove.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a table of published figures under a source name.",
            discussion: """
                Default columns: outlet,subject,from,to,measure,amount,unit — one figure
                per row; unit is seconds, minutes, hours, cm² or percent (time is stored
                in seconds). A YAML --map renames columns, fixes a unit, measure or period
                for the whole table, reads dd.MM.yyyy dates, a decimal comma and HH:MM:SS
                durations, and turns wide tables (one column per measure) into figures:

                  columns: {outlet: station, subject: candidat,
                            from: date_start, to: date_end}
                  measures: {speaking: time_candidat, support: time_support,
                             mention: time_mention}
                  unit: minutes

                Outlets and subjects are matched to the codebook by id, name or alias, in
                any script and case, names of people in either order. Every name that
                matches nothing is listed with its lines and nothing is imported, unless
                --skip-unknown leaves those figures out (and counts them). The file is
                imported in one transaction; importing it again adds nothing.

                Examples:
                  mediamon reference import council.csv --source cec-council
                  mediamon reference import pres_2022.csv --source arcom \\
                    --map arcom.map.yaml --skip-unknown
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The table (CSV or TSV).", valueName: "file")) var file: String
        @Option(help: ArgumentHelp("Who published the figures, e.g. arcom, cec-council.", valueName: "name")) var source: String
        @Option(help: ArgumentHelp("YAML map of the table's columns and formats.", valueName: "map.yaml")) var map: String?
        @Flag(help: "Leave out figures of outlets and subjects the codebook does not know (they are counted).") var skipUnknown = false
        @Option(help: "Output format.") var format: TableOrJSON = .table

        func validate() throws {
            if source.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--source needs a name") }
        }

        func run() throws {
            let db = try database.open()
            let referenceMap = try map.map { try ReferenceMap(contentsOf: URL(fileURLWithPath: $0)) } ?? ReferenceMap()
            let table = try ReferenceReader(codebook: db.codebook, map: referenceMap).read(path: file)
            let figures: [ReferenceFigure]
            do { figures = try table.figures(skipUnknown: skipUnknown) } catch var error as InputError {
                error.message += "\n(--skip-unknown imports the rest and counts the figures left out)"   // the reader speaks of names, the command of its flag
                throw error
            }
            let result = try withFlags(["source": "--source"]) { try db.importReferenceFigures(figures, source: source, file: file, skipped: table.skippedFigures) }
            if format == .json {
                print("{\"imported\": \(result.imported), \"duplicates\": \(result.duplicates), \"skipped\": \(result.skipped)}")
                return
            }
            print("\(file): \(result.imported) reference figures imported under \(source), \(result.duplicates) already there, \(result.skipped) skipped")
            for u in table.unknown where skipUnknown {
                print("  skipped \(u.figures): \(u.field) \"\(u.name)\" (line\(u.lines.count == 1 ? "" : "s") \(u.lines.prefix(5).map(String.init).joined(separator: ", "))\(u.lines.count > 5 ? " …" : ""))")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the stored sources: figures, measures, outlets and the days they cover.",
            discussion: """
                Example:
                  mediamon reference list
                """
        )

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.openReadOnly()
            let summary = try db.referenceSummary()
            if summary.isEmpty { print("No reference figures stored; import some with `mediamon reference import FILE --source NAME`."); return }
            for s in summary {
                print("\(s.source): \(s.figures) figures, \(s.outlets) outlets, \(s.days.first) to \(s.days.last); measures \(s.measures.joined(separator: ", "))")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove every figure of one source, to import a corrected table in its place.",
            discussion: """
                Example:
                  mediamon reference remove --source arcom
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: ArgumentHelp("The source to remove.", valueName: "name")) var source: String

        func run() throws {
            let db = try database.open()
            let removed = try db.removeReferenceFigures(source: source)
            if removed == 0 {
                let stored = try db.referenceSources().map(\.source)
                throw InputError(field: "--source", "no figures under \"\(source)\"" + (stored.isEmpty ? "" : " (stored: \(stored.joined(separator: ", ")))"))
            }
            print("Removed \(removed) reference figures of \(source).")
        }
    }
}
