import Foundation
import MediaModel
import Yams

/// How an as-run log names its columns and writes its dates, times and durations.
///
///     columns: {date: Дата, start: Начало, duration: Хронометраж, title: Передача}
///     date: dd.MM.yyyy
///     time: HH:mm:ss
///     duration: HH:mm:ss
public struct LogMapping: Sendable, Equatable {
    public static let fields = ["date", "start", "end", "duration", "title", "category", "description"]
    public static let dateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy"]
    public static let timeFormats = ["HH:mm:ss", "HH:mm"]
    public static let durationFormats = ["HH:mm:ss", "mm:ss", "seconds", "minutes"]

    /// Field → column name in the log's header (compared without case).
    public var columns: [String: String]
    public var dateFormat: String
    public var timeFormat: String
    public var durationFormat: String

    public init(columns: [String: String] = [:], dateFormat: String = "yyyy-MM-dd", timeFormat: String = "HH:mm:ss",
                durationFormat: String = "HH:mm:ss") {
        var all = Dictionary(uniqueKeysWithValues: Self.fields.map { ($0, $0) })
        for (k, v) in columns { all[k] = v }
        self.columns = all
        self.dateFormat = dateFormat
        self.timeFormat = timeFormat
        self.durationFormat = durationFormat
    }

    public init(contentsOf url: URL) throws {
        let file = url.path
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw InputError(file: file, "cannot read the mapping (UTF-8 YAML): \(error.localizedDescription)")
        }
        try self.init(yaml: text, file: file)
    }

    public init(yaml: String, file: String) throws {
        // Yams parses nesting by recursion: `[[[[…` thousands deep overflows the stack (found by
        // fuzzing). A mapping file is two levels deep; refuse anything nested past a few dozen.
        if let line = YAMLNesting.lineNestedTooDeep(yaml) {
            throw InputError(file: file, line: line, "nested too deeply for a mapping file (columns:, date:, time:, duration:)")
        }
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw InputError(file: file, "not valid YAML: \(error)")
        }
        guard let node, case .mapping(let mapping) = node else {
            throw InputError(file: file, line: 1, "the mapping must be a YAML mapping with columns:, date:, time:, duration:")
        }
        var columns: [String: String] = [:]
        var formats: [String: String] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            switch key {
            case "columns":
                guard case .mapping(let cols) = value else {
                    throw InputError(file: file, line: line, field: key, "must map fields to column names")
                }
                for (fieldNode, nameNode) in cols {
                    let field = fieldNode.string ?? ""
                    guard Self.fields.contains(field) else {
                        throw InputError(file: file, line: fieldNode.mark?.line, field: field,
                                         "unknown field (expected: \(Self.fields.joined(separator: ", ")))")
                    }
                    guard let name = nameNode.string, !name.isEmpty else {
                        throw InputError(file: file, line: nameNode.mark?.line, field: field, "needs a column name")
                    }
                    columns[field] = name
                }
            case "date", "time", "duration":
                let allowed = key == "date" ? Self.dateFormats : key == "time" ? Self.timeFormats : Self.durationFormats
                guard let format = value.string, allowed.contains(format) else {
                    throw InputError(file: file, line: line, field: key,
                                     "\"\(value.string ?? "")\" is not a known format (use \(allowed.joined(separator: ", ")))")
                }
                formats[key] = format
            default:
                throw InputError(file: file, line: line, field: key, "unknown key (expected columns, date, time, duration)")
            }
        }
        self.init(columns: columns, dateFormat: formats["date"] ?? "yyyy-MM-dd", timeFormat: formats["time"] ?? "HH:mm:ss",
                  durationFormat: formats["duration"] ?? "HH:mm:ss")
    }

    func date(_ text: String) -> LocalDate? {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        switch dateFormat {
        // The default also reads DD.MM.YYYY, as the help promises: the two cannot be confused.
        case "yyyy-MM-dd" where text.contains("-"): return LocalDate(year: parts[0], month: parts[1], day: parts[2])
        case "yyyy-MM-dd": return text.contains(".") ? LocalDate(year: parts[2], month: parts[1], day: parts[0]) : nil
        case "dd.MM.yyyy": return text.contains(".") ? LocalDate(year: parts[2], month: parts[1], day: parts[0]) : nil
        case "dd/MM/yyyy": return text.contains("/") ? LocalDate(year: parts[2], month: parts[1], day: parts[0]) : nil
        default: return text.contains("/") ? LocalDate(year: parts[2], month: parts[0], day: parts[1]) : nil
        }
    }

    func time(_ text: String) -> TimeOfDay? {
        let colons = text.filter { $0 == ":" }.count
        guard colons == (timeFormat == "HH:mm" ? 1 : 2), let time = TimeOfDay(text), time.seconds < 86_400 else { return nil }
        return time
    }

    /// What the date format reads, for messages.
    var dateFormatDescription: String { dateFormat == "yyyy-MM-dd" ? "YYYY-MM-DD or DD.MM.YYYY" : dateFormat }

    /// A duration in seconds: digits only (no sign, no hex, no exponent), so `-00:10:00` is never
    /// read as ten minutes.
    func duration(_ text: String) -> Int? {
        func digits(_ part: Substring) -> Int? {
            guard !part.isEmpty, part.count <= 9, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(part)
        }
        switch durationFormat {
        case "seconds": return digits(Substring(text)).flatMap { $0 > 0 ? $0 : nil }
        case "minutes":
            let t = text.replacingOccurrences(of: ",", with: ".")
            let halves = t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard halves.allSatisfy({ digits($0) != nil }), let value = Double(t) else { return nil }
            return value > 0 ? Int((value * 60).rounded()) : nil
        default:
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            let numbers = parts.compactMap(digits)
            guard numbers.count == parts.count else { return nil }
            if durationFormat == "mm:ss", numbers.count == 2, numbers[1] < 60 { return numbers[0] * 60 + numbers[1] }
            if numbers.count == 3, numbers[1] < 60, numbers[2] < 60 { return numbers[0] * 3600 + numbers[1] * 60 + numbers[2] }
            return nil
        }
    }
}

/// Reads an as-run log (CSV or TSV, as the broadcaster exports it) as programmes of one outlet.
/// Dates and times are local (the codebook's zone); an end before the start runs past midnight.
public struct AsRunLogReader: ProgrammeSource, Sendable {
    public let file: String
    let path: String
    let codebook: Codebook
    let outlet: String
    let mapping: LogMapping

    public init(path: String, codebook: Codebook, outlet: String, mapping: LogMapping = LogMapping(), file: String? = nil) throws {
        guard let o = codebook.outlet(outlet) else {
            throw codebook.unknown(.outlet, outlet)
        }
        guard o.medium.isBroadcast else {
            throw InputError(field: "outlet", "\(outlet) is \(o.medium.rawValue); as-run logs belong to TV or radio outlets")
        }
        self.path = path
        self.file = file ?? path
        self.codebook = codebook
        self.outlet = outlet
        self.mapping = mapping
    }

    public func read(_ each: (NewProgramme) throws -> Void) throws -> ReadNotes {
        let text = try TextFile.read(path: path, file: file, what: "an as-run log (CSV)").text
        return try read(text: text, each)
    }

    func read(text: String, _ each: (NewProgramme) throws -> Void) throws -> ReadNotes {
        let table: CSVTable
        do { table = try CSVTable(text: text, file: file) } catch { throw error }
        func column(_ field: String) -> Int? {
            guard let name = mapping.columns[field]?.lowercased() else { return nil }
            return table.header.firstIndex(of: name)
        }
        var missing: [InputError] = []
        for field in ["date", "start", "title"] where column(field) == nil {
            missing.append(InputError(file: file, line: 1, field: mapping.columns[field], "missing column (the \(field) of each programme); found \(table.header.joined(separator: ", "))"))
        }
        if column("end") == nil && column("duration") == nil {
            missing.append(InputError(file: file, line: 1, field: mapping.columns["end"], "missing column: each programme needs an end or a duration column"))
        }
        if !missing.isEmpty { throw InputErrors(missing) }

        let clock = LocalClock(codebook: codebook)
        var checks = ProgrammeChecks(codebook: codebook, clock: clock, file: file)
        var notes = ReadNotes()
        var problems: [InputError] = []
        var programmes: [NewProgramme] = []
        for record in table.records {
            func cell(_ field: String) -> String? {
                guard let i = column(field), i < record.fields.count else { return nil }
                let value = record.fields[i].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            func fail(_ field: String, _ message: String) {
                problems.append(InputError(file: file, line: record.line, field: mapping.columns[field] ?? field, message))
            }
            guard let dateText = cell("date"), let date = mapping.date(dateText) else {
                fail("date", cell("date").map { "\"\($0)\" is not a date (\(mapping.dateFormatDescription))" } ?? "empty"); continue
            }
            guard let startText = cell("start"), let start = mapping.time(startText) else {
                fail("start", cell("start").map { "\"\($0)\" is not a time (\(mapping.timeFormat))" } ?? "empty"); continue
            }
            let startUTC = clock.utc(date, start.seconds)
            var endUTC: Int
            if let endText = cell("end") {
                guard let end = mapping.time(endText) else { fail("end", "\"\(endText)\" is not a time (\(mapping.timeFormat))"); continue }
                // An end before the start is past midnight, the next day.
                endUTC = clock.utc(end.seconds > start.seconds ? date : date.adding(days: 1), end.seconds)
                if end == start { fail("end", "the programme ends when it starts (\(endText))"); continue }
            } else if let durationText = cell("duration") {
                guard let seconds = mapping.duration(durationText) else {
                    let why = durationText.hasPrefix("-") ? "a duration cannot be negative" : "is not a duration (\(mapping.durationFormat))"
                    fail("duration", "\"\(durationText)\": \(why)"); continue
                }
                guard seconds <= ProgrammeChecks.longestProgramme else {
                    fail("duration", "\"\(durationText)\" is longer than a programme can be (\(ProgrammeChecks.longestProgramme / 3600) hours)"); continue
                }
                endUTC = startUTC + seconds
            } else {
                fail(column("end") != nil ? "end" : "duration", "empty"); continue
            }
            guard let title = cell("title") else { fail("title", "empty"); continue }
            programmes.append(NewProgramme(outlet: outlet, start: startUTC, end: endUTC, title: title.collapsingWhitespace,
                                           category: cell("category"), description: cell("description"),
                                           source: URL(fileURLWithPath: path).lastPathComponent, line: record.line))
            if problems.count >= 20 { break }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        if table.records.isEmpty { throw InputError(file: file, line: 2, "the log has a header but no programmes") }
        for p in programmes where checks.admit(p, notes: &notes) { try each(p) }
        return notes
    }
}
