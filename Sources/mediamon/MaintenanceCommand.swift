import ArgumentParser
import Foundation
import MediaModel
import MediaStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: SQLite integrity, orphan rows, and the coding rules.",
        discussion: """
            Runs SQLite's integrity and foreign-key checks, then the rules every coding must meet:
            amounts within their item, known subjects and outlets, dates inside the period, a primary
            coder who coded the item, an audit entry for every coding, and the coding sums reports
            read equal to a fresh count of the codings. Exit status 1 if anything is wrong.
            Only reads, except with --repair-sums, which counts the sums again from the codings.

            Example:
              mediamon check --db mission.sqlite
              mediamon check --repair-sums --db mission.sqlite
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Count the coding sums again from the codings when they disagree, then check.") var repairSums = false

    func run() throws {
        if repairSums {
            let repaired = try database.open().repairSums()
            print(repaired == 0 ? "coding sums agree with the codings; nothing repaired" : "\(repaired) coding sums rows counted again from the codings")
        }
        let db = try database.openReadOnly()
        let problems = try db.healthProblems()
        if problems.isEmpty {
            print("\(db.path): healthy")
            return
        }
        throw InputErrors(problems.map { InputError(file: db.path, field: $0.check, $0.message) })
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a file, safely while others are coding.",
        discussion: """
            Uses SQLite's online backup: the copy is consistent even while monitors keep coding.

            Example:
              mediamon backup backups/mission-2012-01-07.sqlite
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("The backup file to create.", valueName: "file")) var file: String

    func run() throws {
        let db = try database.openReadOnly()
        try db.backup(to: file)
        print("Backed up \(db.path) to \(file)")
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the codings, items, audit log and codebook as CSV and YAML, readable in Excel.",
        discussion: """
            Writes into a new folder, or one without CSV files or a codebook.yaml (nothing is
            overwritten): DIR/codebook.yaml, DIR/codings.csv (the coding-sheet format: `mediamon code import`
            reads it back, keeping each item's primary coder), DIR/items.csv (every item, coded or
            not) and DIR/audit.csv (every change). Not in it: programmes, transcript cues and the
            double-coding sample — `mediamon backup` copies the whole database. Reading codings.csv
            back recreates the coded items and their codings, not the
            uncoded items or the audit history.

            Example:
              mediamon export mission-export
              mediamon init --codebook mission-export/codebook.yaml --db copy.sqlite
              mediamon code import mission-export/codings.csv --db copy.sqlite
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("The folder to write into.", valueName: "dir")) var dir: String

    func run() throws {
        let db = try database.openReadOnly()
        let folder = URL(fileURLWithPath: dir)
        let existed = FileManager.default.fileExists(atPath: folder.path)
        let before = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        // An export never overwrites: a mission's own codings.csv in that folder stays as it is.
        let clashes = before.filter { $0 == "codebook.yaml" || $0.hasSuffix(".csv") }.sorted()
        if !clashes.isEmpty {
            throw InputError(file: dir, "the folder already holds \(clashes.prefix(3).joined(separator: ", "))\(clashes.count > 3 ? ", …" : ""): export into a new or empty folder, nothing was written")
        }
        let summary: ExportSummary
        do {
            summary = try db.export(to: folder)
        } catch {
            // A half-written export is removed: files that were there before are left alone.
            if existed {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !before.contains(name) {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                }
            } else {
                try? FileManager.default.removeItem(at: folder)
            }
            if StorageErrors.isDiskFull(error) {
                throw InputError(file: dir, "the disk is full: nothing was exported (the partial files were removed)")
            }
            throw error
        }
        print("Exported \(plural(summary.codings, "coding")) of \(plural(summary.items, "item")) to \(dir)/: \(summary.files.joined(separator: ", "))")
    }
}
