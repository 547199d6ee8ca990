import ArgumentParser
import Foundation
import MediaModel
import MediaStore
import MediaReports

/// The monitoring database every command works on.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The monitoring database file.", valueName: "path"))
    var db: String = ProcessInfo.processInfo.environment["MEDIAMON_DB"] ?? "./monitoring.sqlite"

    func open() throws -> MonitoringDatabase {
        try MonitoringDatabase.open(at: db)
    }
}

/// How a command writes its result: `--format`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json, md, html, xlsx
}

extension Tone: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension ReportFilter.Weight: ExpressibleByArgument {}
extension ReportFilter.SubjectScope: ExpressibleByArgument {}

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension TimeOfDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// The coder's name: `--coder`, else `$MEDIAMON_CODER`, else the login name.
func resolveCoder(_ option: String?) -> String {
    if let option, !option.isEmpty { return option }
    let env = ProcessInfo.processInfo.environment
    // An empty variable counts as unset: every change must carry a name.
    for name in ["MEDIAMON_CODER", "USER"] { if let value = env[name], !value.isEmpty { return value } }
    return ProcessInfo.processInfo.userName
}

/// Refuses formats a command cannot write, as misuse.
func require(_ format: OutputFormat, in allowed: [OutputFormat]) throws {
    guard allowed.contains(format) else {
        throw ValidationError("--format \(format.rawValue) is not available here (use \(allowed.map(\.rawValue).joined(separator: ", ")))")
    }
}

func printJSON<T: Encodable>(_ value: T) throws {
    let data = try JSONOutput.encoder.encode(value)
    print(String(decoding: data, as: UTF8.self))
}

/// Whether standard output is a terminal: progress is shown there and never in a pipe.
var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

/// "1 file", "2 files": a count with its noun, in English.
func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
}
