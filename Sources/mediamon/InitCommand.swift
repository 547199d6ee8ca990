import ArgumentParser
import Foundation
import MediaModel
import MediaStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a monitoring database from a codebook.",
        discussion: """
            The codebook is checked first; its snapshot is kept in the database so reports stay
            reproducible if the YAML file changes later.

            Example:
              mediamon init --codebook Codebooks/kz-2012-majilis.yaml --db mission.sqlite
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The mission's codebook (YAML).", valueName: "file"))
    var codebook: String

    func run() throws {
        let url = URL(fileURLWithPath: codebook)
        let (book, yaml) = try CodebookReader().readWithText(contentsOf: url)
        _ = try MonitoringDatabase.create(at: database.db, codebook: book, yaml: yaml, source: url.lastPathComponent)
        print("Created \(database.db) for \(book.mission)")
        print("  period \(book.period), \(book.timeZoneID), monitoring window \(book.window)")
        print("  \(plural(book.outlets.count, "outlet")), \(plural(book.subjects.count, "subject")), \(plural(book.genres.count, "genre"))")
    }
}

struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook",
        abstract: "Work with codebooks.",
        subcommands: [Check.self, Amend.self]
    )

    struct Amend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add subjects, aliases, outlets, genres, variables and categories to a running mission's database.",
            discussion: """
                Reads and checks NEW.yaml, then, in one transaction, adds what is new and keeps NEW.yaml as the database's codebook snapshot. No coding is touched. Refuses, with every reason and nothing changed, to remove or change the meaning of anything the stored codings, items or programmes use (a subject's kind or party, an outlet's medium, a genre's editorial flag, a variable's attachment, level, default or coded categories, the time zone, a period that leaves items out).

                Example:
                  mediamon codebook amend Codebooks/kz-2012-majilis.yaml --db mission.sqlite
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The amended codebook (YAML).", valueName: "NEW.yaml"))
        var file: String

        func run() throws {
            let url = URL(fileURLWithPath: file)
            let (book, yaml) = try CodebookReader().readWithText(contentsOf: url)
            let db = try database.open()
            let summary = try db.amend(to: book, yaml: yaml, source: url.lastPathComponent)
            if summary.isEmpty {
                print("\(database.db): nothing new in \(file); the snapshot is now \(url.lastPathComponent)")
                return
            }
            print("\(database.db): amended from \(file)")
            for (what, list) in [("subjects", summary.subjects), ("outlets", summary.outlets), ("genres", summary.genres),
                                 ("variables", summary.variables), ("categories", summary.categories)] where !list.isEmpty {
                print("  added \(what): \(list.joined(separator: ", "))")
            }
            if summary.aliases > 0 { print("  added aliases: \(summary.aliases)") }
            // Allowed, but they move figures already reported: said, never passed over as "nothing new".
            for change in summary.changed { print("  changed: \(change)") }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a codebook and report every problem with its line.",
            discussion: """
                Finds unknown keys, duplicate ids, aliases claimed by two subjects, bad dates,
                windows and time zones, affiliations that name no party, and rules
                (rules:) that name unknown outlets, subjects or genres or lack their limits.

                Example:
                  mediamon codebook check Codebooks/kz-2012-majilis.yaml
                """
        )

        @Argument(help: ArgumentHelp("The codebook (YAML).", valueName: "file"))
        var file: String

        func run() throws {
            let book = try CodebookReader().read(contentsOf: URL(fileURLWithPath: file))
            let parties = book.subjects.filter { $0.kind == .party }.count
            let aliases = book.subjects.reduce(0) { $0 + $1.aliases.count }
            print("\(file): valid")
            print("  \(book.mission)")
            print("  period \(book.period) (\(plural(book.period.dayCount, "day"))), \(book.timeZoneID), window \(book.window)")
            print("  \(plural(book.subjects.count, "subject")) (\(plural(parties, "party", "parties"))), \(plural(aliases, "alias", "aliases")), \(plural(book.outlets.count, "outlet")), \(plural(book.genres.count, "genre"))")
            print("  variables: " + book.variables.map { "\($0.id) (\($0.of.rawValue), \($0.level.rawValue))" }.joined(separator: ", "))
            if !book.rules.isEmpty { print("  rules: \(book.rules.map { "\($0.id) (\($0.kind.rawValue))" }.joined(separator: ", "))") }
        }
    }
}
