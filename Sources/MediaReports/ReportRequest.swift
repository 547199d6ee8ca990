import Foundation
import MediaModel

/// The reports `mediamon report` and the server's `/api/reports/…` produce.
public enum ReportKind: String, Sendable, CaseIterable {
    case share, tone, breakdown, weekly, compare
}

/// A report asked for in a way that cannot work whatever the data (exit 2 on the command line,
/// 400 on the server). It names the request's options as ``ReportOption``s, so the command line
/// shows its flags (`--week`) and the server its query parameters (`week`).
public struct ReportMisuse: Error, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    enum Part: Sendable { case text(String), option(ReportOption) }
    let parts: [Part]

    /// The message with each option called what `name` calls it.
    public func text(naming name: (ReportOption) -> String) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .option(let option): name(option)
            }
        }.joined()
    }

    /// The message with the options as the server's query parameters name them.
    public var description: String { text { $0.rawValue } }

    public init(stringLiteral value: String) { parts = [.text(value)] }
    public init(stringInterpolation: Interpolation) { parts = stringInterpolation.parts }

    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) { parts.append(.text(literal)) }
        public mutating func appendInterpolation(_ option: ReportOption) { parts.append(.option(option)) }
        public mutating func appendInterpolation<T>(_ value: T) { parts.append(.text("\(value)")) }
    }
}

/// A report's options, by their domain names (the server's query parameters); the command line
/// maps each to its flag. Also the `field` of the ``InputError``s a request raises.
public enum ReportOption: String, Sendable, CaseIterable {
    case from, to, week, outlet, genre, by, group
    case `where`, attributeBy, attributeInstitutions
}

/// The file formats a report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table, csv, json, md, html, xlsx

    public var mediaType: String {
        switch self {
        case .table: "text/plain; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }
}

/// One report as every format renders it.
public struct RenderedReport {
    public var document: ReportDocument
    public var csv: () -> String
    public var json: () throws -> String

    public init(document: ReportDocument, csv: @escaping () -> String, json: @escaping () throws -> String) {
        self.document = document
        self.csv = csv
        self.json = json
    }

    /// Renders in `format`, all in memory, so a failure writes nothing.
    public func data(_ format: ReportFormat) throws -> Data {
        switch format {
        case .table: Data(DocumentText.table(document).utf8)
        case .md: Data(DocumentText.markdown(document).utf8)
        case .html: Data(HTMLRenderer.render(document).utf8)
        case .xlsx: try XLSXWriter.data(document)
        case .csv: Data(csv().utf8)
        case .json: Data(try json().utf8)
        }
    }
}

/// A report's options, as the command line (`--from`, `--outlet` …) and the server's query
/// parameters (`from=`, `outlet=` …) both give them: one place turns them into a filter and a
/// rendered report, so the server's JSON is exactly the CLI's.
public struct ReportRequest: Sendable {
    public var from: LocalDate?
    public var to: LocalDate?
    public var week: Int?
    public var isoWeeks = false
    public var outlets: [String] = []
    public var genres: [String] = []
    public var weight: ReportFilter.Weight = .amount
    public var attributeInstitutions = false
    public var subjects: ReportFilter.SubjectScope = .contestants
    public var language: Language = .en
    /// `--where ID=VALUE`, each of which must hold.
    public var conditions: [String] = []
    /// `--attribute-by ID=VALUE`: fold institutions into their party only in these codings.
    public var attributeBy: String?
    /// `compare` only: the groups to compare; nil compares the named outlets.
    public var group: OutletGrouping?
    /// `breakdown` only: the variable to break the coverage down by.
    public var by: String?

    public init() {}

    /// Misuse a parser reports before anything is read (exit 2 on the command line, 400 on the server).
    public func misuse(for kind: ReportKind) -> ReportMisuse? {
        if week != nil && (from != nil || to != nil) { return "give either \(.week) or \(.from)/\(.to), not both" }
        if let week, week < 1 { return "\(.week) starts at 1" }
        if attributeBy != nil && attributeInstitutions {
            return "give either \(.attributeInstitutions) (every coding) or \(.attributeBy) (only some), not both"
        }
        switch kind {
        case .weekly where week == nil: return "report weekly needs \(.week) N"
        case .breakdown where by == nil: return "report breakdown needs \(.by) VARIABLE"
        case .compare where group == nil && outlets.count < 2: return "give \(.group) ownership|medium|language|genre, or two or more \(.outlet)"
        case .compare where group == .outlet: return "\(.group) takes ownership, medium, language or genre; name outlets with \(.outlet)"
        default: return nil
        }
    }

    /// Whether the report reads the codebook's own variables of the codings (`--where`,
    /// `--attribute-by`, a breakdown on one): if not, its rows need not carry them, and it reads
    /// the sums summed over every value. Tone, genre and direct speech are in every row.
    public func readsValues(_ kind: ReportKind) -> Bool {
        Self.readsValues(conditions: conditions + (attributeBy.map { [$0] } ?? []))
            || (kind == .breakdown && !Variable.builtInIDs.contains(by ?? ""))
    }

    /// Whether any of these `ID=VALUE` options (`--where`, `--attribute-by`) names a variable of
    /// the codebook's own. One that does not parse reads values: the filter refuses it anyway.
    public static func readsValues(conditions: [String]) -> Bool {
        conditions.contains { VariableAssignment($0).map { !Variable.builtInIDs.contains($0.variable) } ?? true }
    }

    public func numbering(for codebook: Codebook) -> WeekNumbering {
        WeekNumbering(period: codebook.period, iso: isoWeeks)
    }

    /// The week `week` names, checked against the period.
    public func resolvedWeek(for codebook: Codebook) throws -> Week? {
        guard let week else { return nil }
        let numbering = numbering(for: codebook)
        guard let found = numbering.week(week) else {
            let numbers = numbering.weeks.map { String($0.number) }.joined(separator: ", ")
            throw InputError(field: ReportOption.week.rawValue, "the monitoring period \(codebook.period) has no \(isoWeeks ? "ISO " : "")week \(week) (it has weeks \(numbers))")
        }
        return found
    }

    public func filter(for codebook: Codebook) throws -> ReportFilter {
        for id in outlets where codebook.outlet(id) == nil {
            throw codebook.unknown(.outlet, id)
        }
        for id in genres where codebook.genre(id) == nil {
            throw codebook.unknown(.genre, id)
        }
        var days: DayRange
        if let week = try resolvedWeek(for: codebook) {
            days = week.days
        } else {
            days = DayRange(first: from ?? codebook.period.first, last: to ?? codebook.period.last)
            if days.last < days.first { throw "\(ReportOption.to) \(days.last) is before \(ReportOption.from) \(days.first)" as ReportMisuse }
        }
        var filter = ReportFilter(days: days, outlets: outlets, genres: genres.isEmpty ? nil : genres, weight: weight,
                                  attributeInstitutions: attributeInstitutions, subjects: subjects)
        for text in conditions {
            guard let condition = VariableAssignment(text) else { throw "\(ReportOption.where) takes ID=VALUE, not \"\(text)\"" as ReportMisuse }
            try ReportFilter.check(condition, option: ReportOption.where.rawValue, codebook: codebook)
            filter.conditions.append(condition)
        }
        if let attributeBy {
            guard let assignment = VariableAssignment(attributeBy) else { throw "\(ReportOption.attributeBy) takes ID=VALUE, not \"\(attributeBy)\"" as ReportMisuse }
            if attributeInstitutions { throw "give either \(ReportOption.attributeInstitutions) (every coding) or \(ReportOption.attributeBy) (only some), not both" as ReportMisuse }
            try ReportFilter.check(assignment, option: ReportOption.attributeBy.rawValue, codebook: codebook)
            filter.attributeBy = assignment
        }
        return filter
    }

    /// The report of `kind`, from the rows `rows(days, outlets)` returns (the store's `codingSums`, or `codedRows`).
    public func render(_ kind: ReportKind, codebook: Codebook,
                       rows load: (DayRange?, [String]) throws -> [CodedRow]) throws -> RenderedReport {
        // The variable is checked before the filter, as the command line always has.
        var variable: Variable?
        if kind == .breakdown {
            guard let found = codebook.variable(by ?? "") else {
                throw codebook.unknown(.variable, by ?? "", field: ReportOption.by.rawValue)
            }
            guard found.level != .interval else { throw InputError(field: ReportOption.by.rawValue, "\(by ?? "") is a number, not categories") }
            variable = found
        }
        let filter = try filter(for: codebook)
        let composer = ReportComposer(codebook: codebook, language: language, weight: filter.weight)
        switch kind {
        case .share:
            let tables = ShareReport(codebook: codebook).tables(try load(filter.days, filter.outlets), filter: filter)
            let renderer = ShareRenderer(codebook: codebook, language: language)
            return RenderedReport(document: composer.shareDocument(tables, filter: filter),
                                  csv: { renderer.csv(tables) }, json: { try renderer.json(tables) })
        case .tone:
            let tables = ToneReport(codebook: codebook).tables(try load(filter.days, filter.outlets), filter: filter)
            return RenderedReport(document: composer.toneDocument(tables, filter: filter),
                                  csv: { FigureData().toneCSV(tables) }, json: { try FigureData().toneJSON(tables) })
        case .breakdown:
            let variable = variable!
            let report = BreakdownReport(codebook: codebook)
            let tables = report.tables(try load(filter.days, filter.outlets), by: variable, filter: filter)
            return RenderedReport(document: report.document(tables, variable: variable, language: language, weight: filter.weight),
                                  csv: { report.csv(tables) }, json: { try report.json(tables, variable: variable.id) })
        case .weekly:
            guard let week = try resolvedWeek(for: codebook) else { throw "report weekly needs \(ReportOption.week) N" as ReportMisuse }
            let numbering = numbering(for: codebook)
            let rows = try load(DayRange(first: codebook.period.first, last: week.days.last), filter.outlets)
            let shares = ShareReport(codebook: codebook)
            let report = shares.weekly(rows, filter: filter, week: week, numbering: numbering)
            let series = shares.weekSeries(rows, filter: filter, numbering: numbering, through: week)
            return RenderedReport(document: composer.weeklyDocument(report, filter: filter, series: series),
                                  csv: { FigureData().weeklyCSV(report) }, json: { try FigureData().weeklyJSON(report) })
        case .compare:
            let grouping = group ?? .outlet
            let rows = try load(filter.days, filter.outlets)
            let shares = ShareReport(codebook: codebook).tables(rows, filter: filter, grouping: grouping)
            let tones = ToneReport(codebook: codebook).tables(rows, filter: filter, grouping: grouping)
            return RenderedReport(document: composer.compareDocument(shares, tones: tones, filter: filter, grouping: grouping),
                                  csv: { FigureData().compareCSV(shares, tones: tones, grouping: grouping) },
                                  json: { try FigureData().compareJSON(shares, tones: tones, grouping: grouping) })
        }
    }
}
