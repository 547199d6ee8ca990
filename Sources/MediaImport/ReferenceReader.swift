import Foundation
import MediaModel
import Yams

/// How a published table names its columns and writes its periods and numbers. Without a map a
/// table has the columns `outlet,subject,from,to,measure,amount,unit`, one figure per row.
///
///     # Arcom's speaking-time tables: one row per period, station and candidate,
///     # one column per measure, minutes with decimals.
///     columns: {outlet: station, subject: candidat, from: date_start, to: date_end}
///     measures: {speaking: time_candidat, support: time_support, mention: time_mention}
///     unit: minutes
///
/// Other keys: `measure:` and `period: {from, to}` for a table that gives them once for all rows,
/// `date:` (yyyy-MM-dd, dd.MM.yyyy, dd/MM/yyyy, MM/dd/yyyy), `decimal: ","` for a decimal comma,
/// `amount: "HH:MM:SS"` for durations written as clock times (stored as seconds).
public struct ReferenceMap: Sendable, Equatable {
    public static let fields = ["outlet", "subject", "from", "to", "measure", "amount", "unit"]
    public static let keys = ["columns", "measures", "measure", "unit", "period", "date", "decimal", "amount"]

    public enum AmountStyle: String, Sendable, CaseIterable {
        /// A number, in the row's or the map's unit.
        case number
        /// `HH:MM:SS` (hours may pass 24): seconds.
        case clock = "HH:MM:SS"
    }

    /// Field → column name in the header (compared without case).
    public var columns: [String: String]
    /// Wide tables: measure → the column holding its amounts, in the map's order.
    public var measures: [(measure: String, column: String)]
    public var measure: String?
    public var unit: ReferenceUnit?
    public var period: DayRange?
    public var dateFormat: String
    public var decimalComma: Bool
    public var amountStyle: AmountStyle

    public init(columns: [String: String] = [:], measures: [(measure: String, column: String)] = [], measure: String? = nil,
                unit: ReferenceUnit? = nil, period: DayRange? = nil, dateFormat: String = "yyyy-MM-dd",
                decimalComma: Bool = false, amountStyle: AmountStyle = .number) {
        var all = Dictionary(uniqueKeysWithValues: Self.fields.map { ($0, $0) })
        for (k, v) in columns { all[k] = v }
        self.columns = all
        self.measures = measures
        self.measure = measure
        self.unit = unit
        self.period = period
        self.dateFormat = dateFormat
        self.decimalComma = decimalComma
        self.amountStyle = amountStyle
    }

    public static func == (a: ReferenceMap, b: ReferenceMap) -> Bool {
        a.columns == b.columns && a.measures.map(\.measure) == b.measures.map(\.measure)
            && a.measures.map(\.column) == b.measures.map(\.column) && a.measure == b.measure && a.unit == b.unit
            && a.period == b.period && a.dateFormat == b.dateFormat && a.decimalComma == b.decimalComma && a.amountStyle == b.amountStyle
    }

    public init(contentsOf url: URL) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw InputError(file: url.path, "cannot read the map (UTF-8 YAML): \(error.localizedDescription)")
        }
        try self.init(yaml: text, file: url.path)
    }

    public init(yaml: String, file: String) throws {
        if let line = YAMLNesting.lineNestedTooDeep(yaml) {
            throw InputError(file: file, line: line, "nested too deeply for a reference map (over 32 levels of brackets or indentation)")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch {
            throw InputError(file: file, "not valid YAML: \(error)")
        }
        guard let root, case .mapping(let mapping) = root else {
            throw InputError(file: file, line: 1, "the map must be a YAML mapping (keys: \(Self.keys.joined(separator: ", ")))")
        }
        var problems: [InputError] = []
        func fail(_ node: Node?, _ field: String?, _ message: String) {
            problems.append(InputError(file: file, line: node?.mark?.line, field: field, message))
        }
        func text(_ node: Node, _ key: String) -> String? {
            guard let s = node.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else { fail(node, key, "must be a non-empty text"); return nil }
            return s
        }
        var columns: [String: String] = [:]
        var measures: [(measure: String, column: String)] = []
        var measure: String?, unit: ReferenceUnit?, period: DayRange?
        var dateFormat = "yyyy-MM-dd", decimalComma = false, amountStyle = AmountStyle.number
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "columns":
                guard case .mapping(let cols) = value else { fail(value, key, "must map fields to column names"); continue }
                for (f, n) in cols {
                    let field = f.string ?? ""
                    guard Self.fields.contains(field) else {
                        fail(f, field, "unknown field (expected: \(Self.fields.joined(separator: ", ")))"); continue
                    }
                    if let name = text(n, field) { columns[field] = name }
                }
            case "measures":
                guard case .mapping(let ms) = value else { fail(value, key, "must map each measure to the column of its amounts"); continue }
                for (m, n) in ms {
                    if let name = text(m, key), let column = text(n, name) { measures.append((name.trimmingCharacters(in: .whitespaces), column)) }
                }
            case "measure":
                measure = text(value, key)?.trimmingCharacters(in: .whitespaces)
            case "unit":
                guard let raw = text(value, key) else { continue }
                if let u = ReferenceUnit(text: raw) { unit = u } else {
                    fail(value, key, "\"\(raw)\" is not a unit (\(ReferenceUnit.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
            case "period":
                guard case .mapping(let p) = value, let f = p["from"]?.string.flatMap(LocalDate.init),
                      let t = p["to"]?.string.flatMap(LocalDate.init), p.count == 2 else {
                    fail(value, key, "must be {from: YYYY-MM-DD, to: YYYY-MM-DD}"); continue
                }
                if t < f { fail(value, key, "the period ends (\(t)) before it starts (\(f))") } else { period = DayRange(first: f, last: t) }
            case "date":
                guard let raw = text(value, key) else { continue }
                if LogMapping.dateFormats.contains(raw) { dateFormat = raw } else {
                    fail(value, key, "\"\(raw)\" is not a known date format (use \(LogMapping.dateFormats.joined(separator: ", ")))")
                }
            case "decimal":
                guard let raw = value.string else { fail(value, key, "must be \".\" or \",\""); continue }
                if raw == "," { decimalComma = true } else if raw != "." { fail(value, key, "\"\(raw)\" is not \".\" or \",\"") }
            case "amount":
                guard let raw = text(value, key) else { continue }
                if let s = AmountStyle(rawValue: raw) { amountStyle = s } else {
                    fail(value, key, "\"\(raw)\" is not an amount style (\(AmountStyle.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
            default:
                fail(keyNode, key, "unknown key (expected one of: \(Self.keys.joined(separator: ", ")))")
            }
        }
        if !measures.isEmpty && (measure != nil || columns["measure"] != nil || columns["amount"] != nil) {
            fail(root, "measures", "a wide table (measures:) takes its measures and amounts from those columns: drop measure and the measure/amount columns")
        }
        if amountStyle == .clock, let unit, unit.stored != .seconds {
            fail(root, "unit", "amounts written HH:MM:SS are durations; unit \(unit.rawValue) does not fit")
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        self.init(columns: columns, measures: measures, measure: measure, unit: amountStyle == .clock ? .seconds : unit,
                  period: period, dateFormat: dateFormat, decimalComma: decimalComma, amountStyle: amountStyle)
    }

    /// A number as the table writes it: decimal point or comma, spaces between thousands.
    func number(_ text: String) -> Double? {
        var t = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        if decimalComma {
            // A point in a decimal-comma table could be a thousands separator or a mistake: not guessed.
            if t.contains(".") { return nil }
            t = t.replacingOccurrences(of: ",", with: ".")
        } else if t.contains(",") {
            return nil
        }
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") }),
              let v = Double(t), v.isFinite else { return nil }
        return v
    }

    /// `HH:MM:SS` as seconds; hours may pass 24 (a month of airtime).
    func clock(_ text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[1].count == 2, parts[2].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), let s = Int(parts[2]), m < 60, s < 60 else { return nil }
        return Double(h * 3600 + m * 60 + s)
    }
}

/// Figures read from a published table, with the names the codebook does not know.
public struct ReferenceTable: Sendable {
    /// A name in the table that matches no codebook entry (or more than one).
    public struct UnknownName: Sendable, Equatable {
        public var field: String
        public var name: String
        /// The lines it stands on, in order.
        public var lines: [Int]
        /// Figures on those lines (several per line in a wide table).
        public var figures: Int
        /// The entries it could be, when it matches more than one.
        public var candidates: [String]
    }

    public var file: String
    public var figures: [ReferenceFigure]
    public var unknown: [UnknownName]

    /// Figures left out because a name on their line is unknown.
    public var skippedFigures: Int

    /// The figures to import: all of them when every name matched; otherwise an error listing every
    /// unknown name with its lines, unless `skipUnknown` leaves their figures out.
    public func figures(skipUnknown: Bool) throws -> [ReferenceFigure] {
        guard !unknown.isEmpty, !skipUnknown else { return figures }
        var lines = ["\(unknown.count) name\(unknown.count == 1 ? "" : "s") in the table match\(unknown.count == 1 ? "es" : "") nothing in the codebook; nothing was imported."]
        lines.append("Add each as an alias of its outlet or subject in the codebook, or import the rest with their figures left out (and counted):")
        for u in unknown {
            let shown = u.lines.prefix(8).map(String.init).joined(separator: ", ")
            let more = u.lines.count > 8 ? " and \(u.lines.count - 8) more" : ""
            let what = u.candidates.isEmpty ? "" : " (could be any of \(u.candidates.joined(separator: ", ")))"
            lines.append("  \(file):\(u.lines[0]): \(u.field) \"\(u.name)\"\(what) — line\(u.lines.count == 1 ? "" : "s") \(shown)\(more)")
        }
        throw InputError(lines.joined(separator: "\n"))
    }
}

/// Reads a published table of figures (a regulator's speaking times, a commission's monitoring)
/// as ``ReferenceFigure``s, matching outlets and subjects to the codebook by id, name or alias.
/// The whole file is read and checked before anything is returned: one bad cell, and nothing.
public struct ReferenceReader {
    public let codebook: Codebook
    public let map: ReferenceMap
    let outlets: CodebookNames
    let subjects: CodebookNames

    public init(codebook: Codebook, map: ReferenceMap = ReferenceMap()) {
        self.codebook = codebook
        self.map = map
        outlets = .outlets(of: codebook)
        subjects = .subjects(of: codebook)
    }

    public func read(path: String, file: String? = nil) throws -> ReferenceTable {
        let name = file ?? path
        let text = try TextFile.read(path: path, file: name, what: "a table of reference figures (CSV)").text
        return try read(text: text, file: name)
    }

    public func read(text: String, file: String) throws -> ReferenceTable {
        let table = try CSVTable(text: text, file: file)
        func column(_ name: String?) -> Int? {
            guard let name else { return nil }
            return table.header.firstIndex(of: name.trimmingCharacters(in: .whitespaces).lowercased())
        }
        let found = table.header.joined(separator: ", ")
        var missing: [InputError] = []
        func need(_ field: String, _ why: String) -> Int? {
            if let i = column(map.columns[field]) { return i }
            missing.append(InputError(file: file, line: 1, field: map.columns[field], "missing column (\(why)); the header has \(found)"))
            return nil
        }
        let outletColumn = need("outlet", "the outlet of each figure")
        let subjectColumn = need("subject", "the party or candidate of each figure")
        let fromColumn = map.period == nil ? need("from", "the first day of each figure's period, or period: in the map") : nil
        let toColumn = map.period == nil ? need("to", "the last day of each figure's period, or period: in the map") : nil
        var amountColumns: [(measure: String?, column: Int)] = []
        var measureColumn: Int?
        if map.measures.isEmpty {
            if let a = need("amount", "the figure itself") { amountColumns = [(nil, a)] }
            if map.measure == nil { measureColumn = need("measure", "what was measured, or measure: in the map") }
        } else {
            for (measure, name) in map.measures {
                if let i = column(name) { amountColumns.append((measure, i)) } else {
                    missing.append(InputError(file: file, line: 1, field: name, "missing column (the amounts of \(measure)); the header has \(found)"))
                }
            }
        }
        let unitColumn = map.unit == nil ? need("unit", "seconds, minutes, hours, cm² or percent, or unit: in the map") : nil
        if !missing.isEmpty { throw InputErrors(missing) }
        if table.records.isEmpty { throw InputError(file: file, line: 2, "the table has a header but no figures") }

        let dates = LogMapping(dateFormat: map.dateFormat)
        var problems: [InputError] = []
        var figures: [ReferenceFigure] = []
        var unknown: [String: ReferenceTable.UnknownName] = [:]
        var unknownOrder: [String] = []
        var skipped = 0
        var outletCache: [String: CodebookNames.Match] = [:]
        var subjectCache: [String: CodebookNames.Match] = [:]
        var firstLine: [String: Int] = [:]

        for record in table.records {
            func cell(_ i: Int?) -> String? {
                guard let i, i < record.fields.count else { return nil }
                let v = record.fields[i].trimmingCharacters(in: .whitespaces)
                return v.isEmpty ? nil : v
            }
            func fail(_ field: String?, _ message: String) {
                problems.append(InputError(file: file, line: record.line, field: field, message))
            }
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if problems.count >= 50 { break }

            // Names first: an unknown name is listed, not an error of its line.
            var namesKnown = true
            var ids: [String: String] = [:]
            for (field, index) in [("outlet", outletColumn), ("subject", subjectColumn)] {
                guard let name = cell(index) else { fail(map.columns[field], "empty: every figure needs its \(field)"); namesKnown = false; continue }
                let match: CodebookNames.Match
                if field == "outlet" {
                    if outletCache[name] == nil { outletCache[name] = outlets.match(name) }
                    match = outletCache[name]!
                } else {
                    if subjectCache[name] == nil { subjectCache[name] = subjects.match(name) }
                    match = subjectCache[name]!
                }
                switch match {
                case .found(let id): ids[field] = id
                case .unknown, .ambiguous:
                    namesKnown = false
                    let key = field + "\u{0}" + name
                    if unknown[key] == nil {
                        unknownOrder.append(key)
                        var candidates: [String] = []
                        if case .ambiguous(let c) = match { candidates = c }
                        unknown[key] = .init(field: field, name: name, lines: [], figures: 0, candidates: candidates)
                    }
                    unknown[key]!.lines.append(record.line)
                    unknown[key]!.figures += amountColumns.count
                }
            }

            var period: DayRange
            if let fixed = map.period {
                period = fixed
            } else {
                guard let fromText = cell(fromColumn), let from = dates.date(fromText) else {
                    fail(map.columns["from"], cell(fromColumn).map { "\"\($0)\" is not a date (\(map.dateFormat))" } ?? "empty"); continue
                }
                guard let toText = cell(toColumn), let to = dates.date(toText) else {
                    fail(map.columns["to"], cell(toColumn).map { "\"\($0)\" is not a date (\(map.dateFormat))" } ?? "empty"); continue
                }
                guard from <= to else { fail(map.columns["to"], "the period ends (\(to)) before it starts (\(from))"); continue }
                period = DayRange(first: from, last: to)
            }
            var unit: ReferenceUnit
            if let fixed = map.unit {
                unit = fixed
            } else {
                guard let raw = cell(unitColumn), let u = ReferenceUnit(text: raw) else {
                    fail(map.columns["unit"], cell(unitColumn).map { "\"\($0)\" is not a unit (seconds, minutes, hours, cm², percent)" } ?? "empty"); continue
                }
                unit = u
            }
            var rowMeasure = map.measure
            if let measureColumn {
                guard let m = cell(measureColumn) else { fail(map.columns["measure"], "empty: every figure needs its measure"); continue }
                rowMeasure = m
            }
            for (measure, index) in amountColumns {
                let field = table.header[index]
                guard let raw = cell(index) else { fail(field, "empty: no figure (write 0 for none)"); continue }
                let parsed = map.amountStyle == .clock ? map.clock(raw) : map.number(raw)
                guard let value = parsed else {
                    let style = map.amountStyle == .clock ? "a duration HH:MM:SS"
                        : map.decimalComma ? "a number with a decimal comma" : "a number with a decimal point (decimal: \",\" in the map for a comma)"
                    fail(field, "\"\(raw)\" is not \(style)"); continue
                }
                guard value >= 0 else { fail(field, "\(raw) is negative: a published amount cannot be"); continue }
                if unit == .percent, value > 100 { fail(field, "\(raw) is above 100 percent"); continue }
                guard namesKnown else { skipped += 1; continue }
                let figure = ReferenceFigure(outlet: ids["outlet"]!, subject: ids["subject"]!, period: period,
                                             measure: measure ?? rowMeasure!, amount: value * unit.factor, unit: unit.stored, line: record.line)
                let key = "\(figure.outlet)\u{0}\(figure.subject)\u{0}\(period)\u{0}\(figure.measure)"
                if let earlier = firstLine[key] {
                    fail(field, "a second \(figure.measure) figure for \(figure.outlet), \(figure.subject), \(period) (the first is on line \(earlier)); two names in the table may mean one codebook entry")
                    continue
                }
                firstLine[key] = record.line
                figures.append(figure)
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return ReferenceTable(file: file, figures: figures, unknown: unknownOrder.map { unknown[$0]! }, skippedFigures: skipped)
    }
}
