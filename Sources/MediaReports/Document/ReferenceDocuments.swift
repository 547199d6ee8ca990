import Foundation
import MediaModel

/// The words of the reference and rules reports, in one place so the string catalogue can take them over.
enum ReferenceLabels {
    static let referenceTitle = "Reference figures beside the mission's"
    static let legalFramework = "Legal framework"
    static let outlet = "Outlet", subject = "Subject", from = "From", to = "To", week = "Week"
    static let reference = "Reference %", mission = "Mission %", difference = "Difference (points)", disagree = "Disagree"
    static let figure = "Figure", allowed = "Allowed"
    static let notMonitored = "Mission % is empty where the mission did not monitor the outlet on those days."
    static func referenceNote(threshold: Double, against: ReferenceReport.MissionFigure) -> String {
        "Reference %: the subject's part of the figures the source published for the outlet, over the periods it covers "
            + "(amounts summed across periods; a published percentage as given). Mission %: the same subject's share from "
            + "the mission's codings of that outlet on the same days, counted as `report share` counts"
            + (against == .direct ? ", using direct-speech seconds" : "")
            + ". Difference = mission − reference, in points; \"yes\" where they differ by more than \(amountText(threshold)) points. "
            + notMonitored
    }
    static let noBreach = "No breach found."
    static let noRules = "The codebook declares no rules (add a rules: section to check the coverage against the law)."
}

extension ReportComposer {
    public func referenceDocument(_ c: ReferenceComparison) -> ReportDocument {
        var doc = ReportDocument(title: ReferenceLabels.referenceTitle, subtitle: [codebook.mission])
        doc.sections = referenceSections(c)
        return doc
    }

    /// One section per source and measure.
    public func referenceSections(_ c: ReferenceComparison) -> [ReportDocument.Section] {
        var keys: [String] = []
        var bySection: [String: [ReferenceComparison.Row]] = [:]
        for r in c.rows {
            let key = "\(r.source)\u{0}\(r.measure)"
            if bySection[key] == nil { keys.append(key) }
            bySection[key, default: []].append(r)
        }
        return keys.map { key in
            let rows = bySection[key]!
            var table = DataTable(title: "\(rows[0].source): \(rows[0].measure) (% of the outlet's figures)", columns: [
                .init(ReferenceLabels.outlet, .text), .init(ReferenceLabels.subject, .text),
                .init(ReferenceLabels.from, .text), .init(ReferenceLabels.to, .text),
                .init(ReferenceLabels.reference, .percent), .init(ReferenceLabels.mission, .percent),
                .init(ReferenceLabels.difference, .points), .init(ReferenceLabels.disagree, .text),
            ])
            table.sheetName = String("\(rows[0].source) \(rows[0].measure)".prefix(31))
            for r in rows {
                table.rows.append([.text(codebook.columnName(r.outlet, grouping: .outlet, language: language)), .text(subjectName(r.subject)),
                                   .text(r.days.first.description), .text(r.days.last.description), .number(r.referenceShare),
                                   r.missionShare.map(DataTable.Cell.number) ?? .empty, r.difference.map(DataTable.Cell.number) ?? .empty,
                                   .text(r.flagged ? "yes" : "")])
            }
            return .init(title: "\(ReferenceLabels.referenceTitle): \(rows[0].source), \(rows[0].measure)",
                         blocks: [.note(ReferenceLabels.referenceNote(threshold: c.threshold, against: c.against)), .table(table)])
        }
    }

    public func rulesDocument(_ breaches: [Breach]) -> ReportDocument {
        ReportDocument(title: ReferenceLabels.legalFramework, subtitle: [codebook.mission, "Period: \(codebook.period.first) to \(codebook.period.last)"],
                       sections: [legalFrameworkSection(breaches)])
    }

    /// Each rule as the codebook words it, then every breach of it: the "Legal framework" section of a report.
    public func legalFrameworkSection(_ breaches: [Breach]) -> ReportDocument.Section {
        var blocks: [ReportDocument.Block] = []
        if codebook.rules.isEmpty { blocks.append(.note(ReferenceLabels.noRules)) }
        for rule in codebook.rules {
            blocks.append(.note("\(rule.id): \(rule.text.in(language)) (\(ruleScope(rule)))"))
            let own = breaches.filter { $0.rule == rule.id }
            if own.isEmpty { blocks.append(.note(ReferenceLabels.noBreach)); continue }
            let share = own[0].figureIsShare
            let weekly = rule.per == .week
            var columns: [DataTable.Column] = [.init(ReferenceLabels.outlet, .text)]
            if weekly { columns += [.init(ReferenceLabels.week, .text), .init(ReferenceLabels.from, .text)] }
            columns += [.init(ReferenceLabels.subject, .text),
                        .init(share ? "\(ReferenceLabels.figure) %" : "\(ReferenceLabels.figure) (outside the slots)", share ? .percent : .amount),
                        .init(ReferenceLabels.allowed, .text)]
            var table = DataTable(title: "Breaches of \(rule.id) (\(own.count))", columns: columns)
            table.sheetName = String("Rule \(rule.id)".prefix(31))
            for b in own {
                var row: [DataTable.Cell] = [.text(codebook.columnName(b.outlet, grouping: .outlet, language: language))]
                if weekly { row += [.text(b.week?.label ?? "–"), .text(b.days.first.description)] }
                row += [.text(subjectName(b.subject)), .number(b.figure), .text(b.limit)]
                table.rows.append(row)
            }
            blocks.append(.table(table))
        }
        return .init(title: ReferenceLabels.legalFramework, blocks: blocks)
    }

    func ruleScope(_ rule: Rule) -> String {
        var parts = [rule.kind.rawValue]
        if !rule.outlets.isEmpty { parts.append("outlets " + rule.outlets.joined(separator: ", ")) }
        if !rule.ownership.isEmpty { parts.append(rule.ownership.map(\.rawValue).joined(separator: " and ") + " outlets") }
        if !rule.media.isEmpty { parts.append(rule.media.map(\.rawValue).joined(separator: ", ")) }
        if let genres = rule.genres { parts.append("genres " + genres.joined(separator: ", ")) }
        if rule.attributeInstitutions { parts.append("officials attributed to their party") }
        parts.append(rule.per == .week ? "checked per monitoring week" : "checked over the whole period")
        return parts.joined(separator: "; ")
    }
}

/// `report reference` and `report rules` as CSV and JSON.
public struct ReferenceOutput: Sendable {
    public init() {}

    /// `{"rows": [{"outlet", "subject", "measure", "referenceShare", "missionShare", "difference"}]}` (DESIGN §10),
    /// each row also naming its `source`, `from`, `to`, `unit`, `referenceAmount` and whether it is `flagged`;
    /// `missionShare` and `difference` are null where the mission did not monitor the outlet.
    public func json(_ c: ReferenceComparison) throws -> String {
        struct Row: Encodable {
            var r: ReferenceComparison.Row
            enum CodingKeys: String, CodingKey {
                case source, outlet, subject, measure, from, to, unit, referenceAmount, referenceShare, missionShare, difference, flagged
            }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(r.source, forKey: .source)
                try c.encode(r.outlet, forKey: .outlet)
                try c.encode(r.subject, forKey: .subject)
                try c.encode(r.measure, forKey: .measure)
                try c.encode(r.days.first.description, forKey: .from)
                try c.encode(r.days.last.description, forKey: .to)
                try c.encode(r.unit.rawValue, forKey: .unit)
                try c.encode(r.referenceAmount, forKey: .referenceAmount)
                try c.encode(r.referenceShare, forKey: .referenceShare)
                try c.encode(r.missionShare, forKey: .missionShare)
                try c.encode(r.difference, forKey: .difference)
                try c.encode(r.flagged, forKey: .flagged)
            }
        }
        struct Root: Encodable { var threshold: Double; var against: String; var rows: [Row] }
        let data = try JSONOutput.encoder.encode(Root(threshold: c.threshold, against: c.against.rawValue, rows: c.rows.map { Row(r: $0) }))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public func csv(_ c: ReferenceComparison) -> String {
        var out = "source,outlet,subject,measure,from,to,unit,reference_amount,reference_share,mission_share,difference,flagged\n"
        for r in c.rows {
            out += [Self.field(r.source), r.outlet, r.subject, Self.field(r.measure), r.days.first.description, r.days.last.description,
                    r.unit.rawValue, "\(r.referenceAmount)", "\(r.referenceShare)", r.missionShare.map { "\($0)" } ?? "",
                    r.difference.map { "\($0)" } ?? "", r.flagged ? "yes" : "no"].joined(separator: ",") + "\n"
        }
        return out
    }

    /// `{"breaches": [{"rule", "outlet", "week", "from", "to", "subject", "figure", "share", "limit", "text"}]}`;
    /// `week` is null for a rule checked over the whole period.
    public func rulesJSON(_ breaches: [Breach], codebook: Codebook) throws -> String {
        struct Row: Encodable {
            var b: Breach
            var text: String
            enum CodingKeys: String, CodingKey { case rule, outlet, week, from, to, subject, figure, share, limit, text }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(b.rule, forKey: .rule)
                try c.encode(b.outlet, forKey: .outlet)
                try c.encode(b.week?.number, forKey: .week)
                try c.encode(b.days.first.description, forKey: .from)
                try c.encode(b.days.last.description, forKey: .to)
                try c.encode(b.subject, forKey: .subject)
                try c.encode(b.figure, forKey: .figure)
                try c.encode(b.figureIsShare, forKey: .share)
                try c.encode(b.limit, forKey: .limit)
                try c.encode(text, forKey: .text)
            }
        }
        struct Root: Encodable { var breaches: [Row] }
        let texts = Dictionary(uniqueKeysWithValues: codebook.rules.map { ($0.id, $0.text.en) })
        let data = try JSONOutput.encoder.encode(Root(breaches: breaches.map { Row(b: $0, text: texts[$0.rule] ?? "") }))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public func rulesCSV(_ breaches: [Breach], codebook: Codebook) -> String {
        let texts = Dictionary(uniqueKeysWithValues: codebook.rules.map { ($0.id, $0.text.en) })
        var out = "rule,outlet,week,from,to,subject,figure,share,limit,text\n"
        for b in breaches {
            out += [b.rule, b.outlet, b.week.map { "\($0.number)" } ?? "", b.days.first.description, b.days.last.description, b.subject,
                    "\(b.figure)", b.figureIsShare ? "yes" : "no", Self.field(b.limit), Self.field(texts[b.rule] ?? "")].joined(separator: ",") + "\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        CSVCell.escape(s)
    }
}
