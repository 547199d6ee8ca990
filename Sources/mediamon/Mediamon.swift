import ArgumentParser
import Foundation
import MediaModel
import MediaStore
import MediaText

@main
struct Mediamon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mediamon",
        abstract: "Election media monitoring: import what was broadcast and published, code it, report share and tone of coverage.",
        discussion: """
            A typical mission:
              mediamon init --codebook Codebooks/kz-2012-majilis.yaml
              mediamon import xmltv guide.xml
              mediamon code --outlet khabar --date 2012-01-05
              mediamon report share --outlet khabar --outlet kazakhstan-tv

            Every command takes --db PATH (default ./monitoring.sqlite, or $MEDIAMON_DB).
            Try `mediamon demo` for a complete example built from the shipped samples.
            """,
        version: "0.1.0",
        // In the order a mission uses them: import → code → check → report.
        groupedSubcommands: [
            CommandGroup(name: "Mission", subcommands: [InitCommand.self, CodebookCommand.self]),
            CommandGroup(name: "Input",
                         subcommands: [ImportCommand.self, SegmentsCommand.self, MentionsCommand.self, SearchCommand.self, ReferenceCommand.self]),
            CommandGroup(name: "Coding", subcommands: [CodeCommand.self, AuditCommand.self]),
            CommandGroup(name: "Quality", subcommands: [AssignCommand.self, ReliabilityCommand.self, ReconcileCommand.self]),
            CommandGroup(name: "Reports", subcommands: [ReportCommand.self, DemoCommand.self]),
            CommandGroup(name: "Safety", subcommands: [CheckCommand.self, BackupCommand.self, ExportCommand.self, MigrateCommand.self]),
            CommandGroup(name: "Team", subcommands: [ServeCommand.self, UsersCommand.self]),
        ]
    )

    /// Exit status: 0 on success, 1 on a user error (message on stderr, nothing written), 2 on misuse.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            fail(error.withGivingFlag.description)
        } catch let error as InputErrors {
            fail(InputErrors(error.errors.map(\.withGivingFlag)).description)
        } catch let error as TextProcessingError {
            fail(error.description)
        } catch let error as CleanExit {
            exit(withError: error)
        } catch where StorageErrors.isDiskFull(error) {
            // SQLite rolls the transaction back: what the command wrote is gone, the rest is as it was.
            fail("the disk is full: nothing was saved, and the database is as it was before this command (free some space and run it again)")
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            if code == .validationFailure || error is ValidationError {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            fail(fullMessage(for: error))
        }
    }

    static func fail(_ message: String) -> Never {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines.map { "mediamon: " + $0 }.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
        Foundation.exit(1)
    }
}
