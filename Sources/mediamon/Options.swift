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

    /// For commands that only read: the file is never migrated or written.
    func openReadOnly() throws -> MonitoringDatabase {
        try MonitoringDatabase.open(at: db, access: .readOnly)
    }
}

/// How a command writes its result: `--format`. Reports take all six; other commands take the
/// formats of their own `--format` type below, so that each command's help lists what it accepts.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json, md, html, xlsx
}

/// `--format` of commands that print a table or JSON.
enum TableOrJSON: String, CaseIterable, ExpressibleByArgument {
    case table, json
}

/// `--format` of commands that also write CSV.
enum TableCSVOrJSON: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json
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

/// The coder's name: `--coder`, else `$MEDIAMON_CODER`, else the login name. An empty `--coder ""`
/// is a mistake on the command line, never a silent fallback to the login name.
func resolveCoder(_ option: String?) throws -> String {
    if let option {
        guard !option.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--coder is empty: give the coder's name, or leave --coder out to use $MEDIAMON_CODER or your login")
        }
        return option
    }
    let env = ProcessInfo.processInfo.environment
    // An empty variable counts as unset: every change must carry a name.
    for name in ["MEDIAMON_CODER", "USER"] { if let value = env[name], !value.isEmpty { return value } }
    return ProcessInfo.processInfo.userName
}

func printJSON<T: Encodable>(_ value: T) throws {
    let data = try JSONOutput.encoder.encode(value)
    print(String(decoding: data, as: UTF8.self))
}

/// Whether standard output is a terminal: progress is shown there and never in a pipe.
var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

/// A number as a monitor writes it: digits with at most one decimal point or comma, and an
/// optional minus (so that a negative value reaches the coding rules and is refused by name).
/// `0x10`, `1e3`, `inf` and `nan` are not numbers here: Swift's `Double("0x10")` would read 16.
struct PlainNumber: ExpressibleByArgument, Equatable {
    var value: Double

    init?(argument: String) {
        guard let value = PlainNumber.parse(argument) else { return nil }
        self.value = value
    }

    static func parse(_ text: String) -> Double? {
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 15 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }
}

/// Runs a library call and names, in its errors about the command's own values (no file), the
/// command-line flag that gave the value: libraries speak of an outlet, the command of `--outlet`.
func withFlags<T>(_ flags: [String: String], _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch var error as InputError where error.file == nil && error.field.map({ flags[$0] != nil }) == true {
        error.field = flags[error.field!]
        throw error
    }
}

extension ReportOption {
    /// The flag of `mediamon report …` that gives this option.
    var flag: String {
        switch self {
        case .attributeBy: "--attribute-by"
        case .attributeInstitutions: "--attribute-institutions"
        default: "--" + rawValue
        }
    }

    /// Every report option's domain name (an error's field) and its flag, with the period a
    /// reference comparison asks for.
    static let flags: [String: String] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.flag) })
        .merging(["period": "--from/--to"]) { a, _ in a }
}

extension InputError {
    /// The option that gives a value an input may lack (`InputError.mayBeGiven`), by field.
    static let givingFlags = ["outlet": "--outlet ID", "date": "--date YYYY-MM-DD", "coder": "--coder NAME"]

    /// The error with the command line's way to give the missing value, where there is one.
    var withGivingFlag: InputError {
        guard mayBeGiven, let field, let flag = Self.givingFlags[field] else { return self }
        var error = self
        error.message += " (or pass \(flag))"
        return error
    }
}
