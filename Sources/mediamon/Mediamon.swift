import ArgumentParser
import Foundation
import MediaModel

@main
struct Mediamon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mediamon",
        abstract: "Election media monitoring: import what was broadcast and published, code it, report share and tone of coverage.",
        discussion: """
            A typical mission:
              mediamon init --codebook Codebooks/kz-2012-majilis.yaml
              mediamon code import sheets/khabar-week1.csv
              mediamon report share --outlet khabar --outlet kazakhstan-tv

            Every command takes --db PATH (default ./monitoring.sqlite, or $MEDIAMON_DB).
            Try `mediamon demo` for a complete example built from the shipped samples.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, CodebookCommand.self, SegmentsCommand.self, CodeCommand.self, ReportCommand.self,
            ReliabilityCommand.self, AssignCommand.self, ReconcileCommand.self, DemoCommand.self,
            CheckCommand.self, BackupCommand.self, ExportCommand.self, MentionsCommand.self, ImportCommand.self,
            AuditCommand.self,
        ]
    )

    /// Exit status: 0 on success, 1 on a user error (message on stderr, nothing written), 2 on misuse.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            fail(error.description)
        } catch let error as InputErrors {
            fail(error.description)
        } catch let error as CleanExit {
            exit(withError: error)
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
