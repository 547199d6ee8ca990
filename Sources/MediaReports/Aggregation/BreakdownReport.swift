import Foundation
import MediaModel

/// Coverage broken down by the categories of a declared variable (docs/METHODOLOGY.md "Formulas"):
/// - `ofSubject = Σ m(S in O with V = c) / Σ m(S in O) × 100` — the category's part of the subject's coverage;
/// - `ofCategory = Σ m(S in O with V = c) / Σ m(all subjects in O with V = c) × 100` — the subject's part of the category's.
/// Codings with no value of the variable are left out of both sums. By tone it gives `report tone`'s figures.
public struct BreakdownTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var outlet: String
        public var subject: String
        public var category: String
        public var amount: Double
        public var ofSubject: Double
        public var ofCategory: Double
    }

    public var variable: String
    public var unit: AmountUnit
    /// Only categories a subject received.
    public var rows: [Row]
}

public struct BreakdownReport: Sendable {
    public let codebook: Codebook

    public init(codebook: Codebook) { self.codebook = codebook }

    /// One table per unit; outlets (or groups), subjects and categories in codebook order.
    public func tables(_ rows: [CodedRow], by variable: Variable, filter: ReportFilter, grouping: OutletGrouping = .outlet) -> [BreakdownTable] {
        struct Key: Hashable { var unit: AmountUnit; var column: String; var subject: String }
        let categories = variable.categories.map(\.id)
        let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
        var columnOf: [String: String] = [:]
        for outlet in codebook.outlets { columnOf[outlet.id] = grouping.column(of: outlet) }
        var millionths: [Key: [Int64]] = [:]
        filter.forEachCounted(rows, codebook: codebook, days: filter.days) { c in
            let value: String? = switch variable.id {
            case "tone": c.tone.rawValue
            case "genre": c.genre
            default: c.values[variable.id]
            }
            guard let value, let i = index[value] else { return }
            let column = grouping == .genre ? c.genre ?? OutletGrouping.noGenre : columnOf[c.outlet] ?? c.outlet
            millionths[Key(unit: c.unit, column: column, subject: c.subject), default: Array(repeating: 0, count: categories.count)][i] += Millionths.of(c.weight)
        }
        let sums = millionths.mapValues { $0.map(Millionths.value) }
        let subjectOrder = codebook.subjects.map(\.id), columnOrder = grouping.columnOrder(codebook)
        var tables: [BreakdownTable] = []
        for unit in AmountUnit.allCases {
            var table = BreakdownTable(variable: variable.id, unit: unit, rows: [])
            let present = Set(sums.keys.filter { $0.unit == unit }.map(\.column))
            for column in columnOrder.filter(present.contains) + present.subtracting(columnOrder).sorted() {
                let subjects = subjectOrder.filter { sums[Key(unit: unit, column: column, subject: $0)] != nil }
                let bySubject = subjects.map { sums[Key(unit: unit, column: column, subject: $0)]! }
                var categoryTotals = Array(repeating: 0.0, count: categories.count)
                for s in bySubject { for i in categories.indices { categoryTotals[i] += s[i] } }
                for (subject, s) in zip(subjects, bySubject) {
                    let total = s.reduce(0, +)
                    for (i, category) in categories.enumerated() where s[i] > 0 {
                        table.rows.append(.init(outlet: column, subject: subject, category: category, amount: s[i],
                                                ofSubject: s[i] / total * 100, ofCategory: s[i] / categoryTotals[i] * 100))
                    }
                }
            }
            if !table.rows.isEmpty { tables.append(table) }
        }
        return tables
    }

    /// `{"variable": ID, "rows": [{"outlet", "subject", "category", "unit", "amount", "ofSubject", "ofCategory"}]}` (DESIGN §8;
    /// `unit` added, as in `report tone`: an amount means nothing without it).
    public func json(_ tables: [BreakdownTable], variable: String) throws -> String {
        struct Row: Encodable { var outlet, subject, category, unit: String; var amount, ofSubject, ofCategory: Double }
        struct Root: Encodable { var variable: String; var rows: [Row] }
        let rows = tables.flatMap { t in
            t.rows.map { Row(outlet: $0.outlet, subject: $0.subject, category: $0.category, unit: t.unit.rawValue,
                             amount: $0.amount, ofSubject: $0.ofSubject, ofCategory: $0.ofCategory) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(Root(variable: variable, rows: rows)), as: UTF8.self)
    }

    public func csv(_ tables: [BreakdownTable]) -> String {
        var out = "outlet,subject,\(tables.first?.variable ?? "category"),unit,amount,of_subject,of_category\n"
        for t in tables {
            for r in t.rows { out += "\(r.outlet),\(r.subject),\(r.category),\(t.unit.rawValue),\(r.amount),\(r.ofSubject),\(r.ofCategory)\n" }
        }
        return out
    }
}

extension BreakdownReport {
    /// Tables for the terminal, Markdown, HTML and XLSX: one per unit and outlet, every word from
    /// `language`'s catalogue and names in that language.
    public func document(_ tables: [BreakdownTable], variable: Variable, language: Language,
                         weight: ReportFilter.Weight = .amount) -> ReportDocument {
        let composer = ReportComposer(codebook: codebook, language: language, weight: weight)
        let text = composer.text
        let name = variable.name.in(language)
        var document = ReportDocument(title: text(.breakdownReportTitle, ["variable": name]),
                                      subtitle: [codebook.missionName.in(language)], language: language)
        for table in tables {
            var outlets: [String] = []
            for row in table.rows where !outlets.contains(row.outlet) { outlets.append(row.outlet) }
            for outlet in outlets {
                var data = DataTable(title: "\(codebook.outlet(outlet)?.name.in(language) ?? outlet) (\(composer.unitLabel(table.unit)))",
                                     columns: [.init(text[.subjectColumn], .text), .init(name, .text), .init(text[.amountColumn], .amount),
                                               .init(text[.ofSubjectColumn], .percent), .init(text[.ofCategoryColumn], .percent)])
                for row in table.rows where row.outlet == outlet {
                    data.rows.append([.text(codebook.subject(row.subject)?.name.in(language) ?? row.subject),
                                      .text(variable.category(row.category)?.name.in(language) ?? row.category),
                                      .number(row.amount), .number(row.ofSubject), .number(row.ofCategory)])
                }
                document.sections.append(.init(title: data.title, blocks: [.table(data)]))
            }
        }
        return document
    }
}
