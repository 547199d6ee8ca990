import Foundation
import MediaModel

/// Cells of a terminal table, laid out by the command line (which owns the table renderer).
public struct TableCells: Sendable, Equatable {
    public var header: [String]
    /// Columns holding numbers, aligned right.
    public var rightAligned: Set<Int>
    public var rows: [[String]]
}

/// `reliability --format json`, the shape of DESIGN §6 with a few more keys:
/// `{"items": N, "variables": {"subject": {"alpha", "agreement", …}, "tone": …, "genre": …, "amount": …}}`.
public struct ReliabilityJSON: Encodable, Sendable {
    public struct Variable: Encodable, Sendable {
        var reliability: VariableReliability
        var byUnit: [String: Variable]?

        enum Keys: String, CodingKey { case alpha, agreement, metric, units, values, verdict, byUnit }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            // An undefined alpha is written as null, never left out: scripts read these keys.
            try c.encode(reliability.alpha.alpha, forKey: .alpha)
            try c.encode(reliability.agreement, forKey: .agreement)
            try c.encode(reliability.alpha.metric, forKey: .metric)
            try c.encode(reliability.alpha.units, forKey: .units)
            try c.encode(reliability.alpha.values, forKey: .values)
            try c.encode(reliability.verdict, forKey: .verdict)
            try c.encodeIfPresent(byUnit, forKey: .byUnit)
        }
    }

    public var items: Int
    public var coders: [String]
    public var tolerance: String
    public var variables: [String: Variable]

    public init(_ report: ReliabilityReport) {
        items = report.items
        coders = report.coders
        tolerance = report.tolerance.description
        var byUnit: [String: Variable] = [:]
        for (unit, reliability) in report.amountByUnit { byUnit[unit.rawValue] = Variable(reliability: reliability) }
        variables = [
            "subject": Variable(reliability: report.subject),
            "tone": Variable(reliability: report.tone),
            "genre": Variable(reliability: report.genre),
            "amount": Variable(reliability: report.amount, byUnit: byUnit),
        ]
        for (variable, reliability) in report.declared { variables[variable.id] = Variable(reliability: reliability) }
    }
}

extension ReliabilityReport {
    /// One row per variable; amount also per unit when the items mix media.
    public var table: TableCells {
        func row(_ name: String, _ v: VariableReliability, agreement: String) -> [String] {
            [name, v.alpha.metric.rawValue, "\(v.alpha.units)", v.alpha.alpha.map(alphaText) ?? "—", v.verdict.rawValue, agreement]
        }
        func percentText(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0) } ?? "—" }
        var rows = [
            row("subject", subject, agreement: subject.agreement.map { String(format: "%.3f mean Jaccard overlap", $0) } ?? "—"),
            row("tone", tone, agreement: percentText(tone.agreement)),
            row("genre", genre, agreement: percentText(genre.agreement)),
            row("amount", amount, agreement: percentText(amount.agreement) + " within \(tolerance)"),
        ]
        for (variable, v) in declared {
            rows.append(row(variable.id, v, agreement: percentText(v.agreement)))
        }
        if amountByUnit.count > 1 {
            for (unit, v) in amountByUnit {
                rows.append(row("  amount, \(unit.label)", v, agreement: percentText(v.agreement) + " within \(tolerance)"))
            }
        }
        return TableCells(header: ["Variable", "Metric", "Units", "Alpha", "Verdict", "Agreement"], rightAligned: [2, 3], rows: rows)
    }
}

/// Alpha with three decimals, as reliability figures are published: `0.743`, `-0.125`.
public func alphaText(_ alpha: Double) -> String {
    let text = String(format: "%.3f", alpha)
    return text == "-0.000" ? "0.000" : text
}

/// `reliability disagreements --format json`: `{"disagreements": [{"segment", "outlet", "date", "title",
/// "variable", "subject", "values": [{"coder", "value"}], "stake", "unit", "toneFlip"}]}`.
public struct DisagreementsJSON: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        var segment: Int64
        var outlet: String
        var date: String
        var title: String?
        var variable: Disagreement.Variable
        var subject: String?
        var values: [CoderValue]
        var stake: Double
        var unit: AmountUnit
        var toneFlip: Bool
    }

    var disagreements: [Entry]

    public init(_ list: [Disagreement], titles: [Int64: String]) {
        disagreements = list.map {
            Entry(segment: $0.segmentID, outlet: $0.outlet, date: $0.date.description, title: titles[$0.segmentID],
                  variable: $0.variable, subject: $0.subject, values: $0.values, stake: $0.stake, unit: $0.unit,
                  toneFlip: $0.isToneFlip)
        }
    }
}

/// The disagreements as table cells, for a monitor to look the items up and reconcile them.
public func disagreementsTable(_ list: [Disagreement], titles: [Int64: String]) -> TableCells {
    TableCells(
        header: ["Item", "Outlet", "Date", "Variable", "Subject", "Coders", "At stake", "Title"],
        rightAligned: [0, 6],
        rows: list.map { d in
            let variable = d.isToneFlip ? "tone flip" : d.variable.rawValue
            let values = d.values.map { "\($0.coder): \($0.value)" }.joined(separator: " / ")
            let unit = d.unit == .seconds ? "s" : d.unit.label
            return ["\(d.segmentID)", d.outlet, d.date.description, variable, d.subject ?? "", values,
                    "\(d.stake.formatted) \(unit)", String((titles[d.segmentID] ?? "").prefix(40))]
        })
}

/// The disagreements for a spreadsheet: one row each, every field in its own column.
public func disagreementsCSV(_ list: [Disagreement], titles: [Int64: String]) -> TableCells {
    TableCells(
        header: ["item", "outlet", "date", "variable", "subject", "tone_flip", "coders", "stake", "unit", "title"],
        rightAligned: [],
        rows: list.map { d in
            ["\(d.segmentID)", d.outlet, d.date.description, d.variable.rawValue, d.subject ?? "", d.isToneFlip ? "yes" : "no",
             d.values.map { "\($0.coder): \($0.value)" }.joined(separator: "; "), d.stake.formatted, d.unit.rawValue,
             titles[d.segmentID] ?? ""]
        })
}
