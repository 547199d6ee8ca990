import ArgumentParser
import Foundation
import MediaCoder
import MediaImport
import MediaModel
import MediaStore

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Record codings: per item and subject, the amount of coverage and its tone.",
        discussion: """
            Without a subcommand, opens the interactive coding screen (`mediamon code screen`). Scripted coding (add, remove, import) applies the same checks and writes the same records.
            """,
        subcommands: [Screen.self, Add.self, Remove.self, Import.self],
        defaultSubcommand: Screen.self
    )

    struct Screen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code items in a keyboard-driven full-screen terminal coder.",
            discussion: """
                Walks the items of an outlet and day (and the programmes still to be cut into items), starting at the first one you have not coded. Shows each item's text with the codebook's subjects highlighted and suggests those subjects, with their seconds when the item has transcript cues. Keys: + 0 - tone (saves the chosen row), Enter amount, s subject (type-ahead in kk/ru/en), d direct speech, g genre, x remove, i add an item inside the programme, n/p next/previous, u undo, ? help, q quit. Every accepted value is saved at once and audited: quitting, Ctrl-C or a closed terminal lose nothing.

                --double shows the items someone else has coded, for double coding (reliability), without their values; once `mediamon assign` has drawn a double-coding sample, only its items. Your codings go beside theirs.

                Example:
                  mediamon code --outlet khabar --date 2012-01-05 --coder aigerim
                  mediamon code --outlet khabar --date 2012-01-05 --coder daniyar --double
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this outlet.") var outlet: String?
        @Option(help: "Only this local date, YYYY-MM-DD.") var date: LocalDate?
        @Option(help: "Who codes.") var coder: String?
        @Flag(help: "Double coding: the items others have coded, without their values.") var double = false

        func run() throws {
            let db = try database.open()
            let who = try resolveCoder(coder)
            let screen = try withFlags(["outlet": "--outlet", "date": "--date"]) {
                try CoderScreen(database: db, coder: who, scope: QueueScope(outlet: outlet, date: date, doubleCoding: double))
            }
            try TerminalCoder.run(screen)
            print("\(screen.coder): \(screen.progress.coded) of \(plural(screen.progress.total, "item")) coded")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code one subject in one item.",
            discussion: """
                Coding a subject you already coded in that item replaces your earlier values; every change goes to the audit log. The coder is --coder, else $MEDIAMON_CODER, else your login.

                Any variable the codebook declares is given with --set ID=VALUE (repeatable): a variable of the coding (capacity) belongs to this subject's coding, a variable of the item (topic) to your coding of the item, beside your genre. --tone, --direct and --genre are shorthands for --set tone=…, direct=…, genre=….

                Examples:
                  mediamon code add --segment 17 --subject nur-otan --amount 45 --direct 12 --tone neutral --coder aigerim
                  mediamon code add --segment 17 --subject president --amount 60 --tone positive --set capacity=official --genre news --set topic=independence-20
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: "The item's id.") var segment: Int64
        @Option(help: "Subject id from the codebook.") var subject: String
        // Unconditional: "-5" is a (refused) amount, not an unknown option.
        @Option(parsing: .unconditional, help: "Seconds (broadcast), cm² (print) or characters (online) devoted to the subject.") var amount: PlainNumber
        @Option(help: "positive, neutral or negative.") var tone: Tone?
        @Option(parsing: .unconditional, help: "Seconds of the subject speaking itself.") var direct: PlainNumber?
        @Option(help: "Your genre for the item.") var genre: String?
        @Option(name: .customLong("set"), help: ArgumentHelp("A codebook variable's value, ID=VALUE (repeatable).", valueName: "ID=VALUE"))
        var values: [String] = []
        @Option(help: "Who codes.") var coder: String?

        func run() throws {
            let db = try database.open()
            var tone = self.tone, direct = self.direct?.value, genre = self.genre
            var codingValues: VariableValues = [:], itemValues: VariableValues = [:]
            var given: Set<String> = []
            for text in values {
                guard let set = VariableAssignment(text) else { throw ValidationError("--set takes ID=VALUE, not \"\(text)\"") }
                // Two values for one variable: which one was meant is a guess, so neither is stored.
                guard given.insert(set.variable).inserted else { throw ValidationError("--set gives \(set.variable) twice; give it once") }
                let option = ["tone": self.tone != nil, "direct": self.direct != nil, "genre": self.genre != nil]
                if option[set.variable] == true { throw ValidationError("--\(set.variable) and --set \(set.variable)= both give \(set.variable); give it once") }
                guard let variable = db.codebook.variable(set.variable) else {
                    throw db.codebook.unknown(.variable, set.variable, field: "--set")
                }
                switch variable.id {
                case "tone":
                    guard let t = Tone(rawValue: set.value) else { throw InputError(field: "tone", "\"\(set.value)\" is not a tone (positive, neutral, negative)") }
                    tone = t
                case "direct": direct = Double(try variable.check(set.value))
                case "genre": genre = set.value
                default:
                    if variable.of == .coding { codingValues[variable.id] = set.value } else { itemValues[variable.id] = set.value }
                }
            }
            guard let tone else { throw ValidationError("give the tone: --tone positive|neutral|negative (or --set tone=…)") }
            let coding = NewCoding(subject: subject, amount: amount.value, direct: direct, tone: tone, coder: try resolveCoder(coder), values: codingValues)
            switch try withFlags(["item": "--segment"], { try db.code(coding, segment: segment, genre: genre, itemValues: itemValues) }) {
            case .inserted: print("Coded \(subject) in item \(segment) (\(coding.coder))")
            case .replaced: print("Replaced \(coding.coder)'s coding of \(subject) in item \(segment)")
            case .unchanged: print("\(coding.coder)'s coding of \(subject) in item \(segment) already has these values")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove your coding of one subject in one item.",
            discussion: """
                The removal goes to the audit log with the values removed. The coder is --coder, else $MEDIAMON_CODER, else your login; only that coder's coding is removed.

                Example:
                  mediamon code remove --segment 17 --subject nur-otan --coder aigerim
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: "The item's id.") var segment: Int64
        @Option(help: "Subject id from the codebook.") var subject: String
        @Option(help: "Who codes.") var coder: String?

        func run() throws {
            let db = try database.open()
            let who = try resolveCoder(coder)
            let old = try withFlags(["item": "--segment"]) { try db.removeCoding(segment: segment, subject: subject, coder: who) }
            print("Removed \(who)'s coding of \(subject) in item \(segment) (\(old.amount.formatted), \(old.tone.rawValue))")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import coding sheets (CSV from Excel, UTF-8 or windows-1251).",
            discussion: """
                One row per coding, with the header
                  outlet,date,start,end,page,area,chars,url,title,genre,subject,amount,direct,tone,coder
                and a column per other variable of the codebook (start,end for broadcast, an end past midnight written past 24 such as 24:05:00; page,area for print; chars,url online; direct, on air only, may be empty). Numbers as Excel writes them: a decimal comma in sheets separated by semicolons, spaces between thousands (1 200,5); empty rows are skipped. Rows with the same outlet, date, start (print: page) and title are one item, also across sheets, so a second coder's sheet adds that coder's codings to the same items. Each sheet is imported whole or not at all; errors name the line and column. Re-importing a sheet adds nothing.

                Example:
                  mediamon code import sheets/khabar-week1.csv sheets/khabar-week1-second-coder.csv
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("Coding sheets.", valueName: "sheet.csv")) var sheets: [String]
        @Option(help: "Coder for rows whose coder cell is empty.") var coder: String?
        @Option(help: "Output format.") var format: TableOrJSON = .table

        func run() throws {
            if let coder { _ = try resolveCoder(coder) }
            let db = try database.open()
            let reader = CodingSheetReader(codebook: db.codebook, defaultCoder: coder)
            var total = ImportSummary()
            for path in sheets {
                let sheet = try reader.read(contentsOf: URL(fileURLWithPath: path))
                let summary = try db.importSheet(sheet)
                total = total + summary
                if format == .table {
                    print("\(path): \(plural(summary.imported, "coding")) imported, \(summary.replaced) replaced, \(summary.duplicates) already there; \(plural(summary.newItems, "new item"))")
                }
            }
            if format == .json {
                try printJSON(["imported": total.imported, "duplicates": total.duplicates, "skipped": total.skipped,
                               "replaced": total.replaced, "items": total.newItems])
            }
        }
    }
}
