import ArgumentParser
import Foundation
import MediaImport
import MediaModel
import MediaStore

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Record codings: per item and subject, the amount of coverage and its tone.",
        subcommands: [Add.self, Import.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code one subject in one item.",
            discussion: """
                Coding a subject you already coded in that item replaces your earlier values; every
                change goes to the audit log. The coder is --coder, else $MEDIAMON_CODER, else your login.

                Example:
                  mediamon code add --segment 17 --subject nur-otan --amount 45 --direct 12 --tone neutral --coder aigerim
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(help: "The item's id.") var segment: Int64
        @Option(help: "Subject id from the codebook.") var subject: String
        @Option(help: "Seconds (broadcast), cm² (print) or characters (online) devoted to the subject.") var amount: Double
        @Option(help: "positive, neutral or negative.") var tone: Tone
        @Option(help: "Seconds of the subject speaking itself.") var direct: Double?
        @Option(help: "Your genre for the item.") var genre: String?
        @Option(help: "Who codes.") var coder: String?

        func run() throws {
            let db = try database.open()
            let coding = NewCoding(subject: subject, amount: amount, direct: direct, tone: tone, coder: resolveCoder(coder))
            switch try db.code(coding, segment: segment, genre: genre) {
            case .inserted: print("Coded \(subject) in item \(segment) (\(coding.coder))")
            case .replaced: print("Replaced \(coding.coder)'s coding of \(subject) in item \(segment)")
            case .unchanged: print("\(coding.coder)'s coding of \(subject) in item \(segment) already has these values")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import coding sheets (CSV from Excel, UTF-8 or windows-1251).",
            discussion: """
                One row per coding, with the header
                  outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder
                (start,end for broadcast; page,area for print; direct may be empty). Rows with the same
                outlet, date, start (print: page) and title are one item, also across sheets, so a second
                coder's sheet adds that coder's codings to the same items. Each sheet is imported whole or
                not at all; errors name the line and column. Re-importing a sheet adds nothing.

                Example:
                  mediamon code import sheets/khabar-week1.csv sheets/khabar-week1-second-coder.csv
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("Coding sheets.", valueName: "sheet.csv")) var sheets: [String]
        @Option(help: "Coder for rows whose coder cell is empty.") var coder: String?
        @Option(help: "Output format: table or json.") var format: OutputFormat = .table

        func run() throws {
            try require(format, in: [.table, .json])
            let db = try database.open()
            let reader = CodingSheetReader(codebook: db.codebook, defaultCoder: coder)
            var total = ImportSummary()
            for path in sheets {
                let sheet = try reader.read(contentsOf: URL(fileURLWithPath: path))
                let summary = try db.importSheet(sheet)
                total = total + summary
                if format == .table {
                    print("\(path): \(summary.imported) codings imported, \(summary.replaced) replaced, \(summary.duplicates) already there; \(summary.newItems) new items")
                }
            }
            if format == .json {
                try printJSON(["imported": total.imported, "duplicates": total.duplicates, "skipped": total.skipped,
                               "replaced": total.replaced, "items": total.newItems])
            }
        }
    }
}
