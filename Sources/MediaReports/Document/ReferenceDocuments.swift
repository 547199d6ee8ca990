import Foundation
import MediaLocale
import MediaModel

extension ReportComposer {
    public func referenceDocument(_ c: ReferenceComparison) -> ReportDocument {
        var doc = ReportDocument(title: text[.referenceTitle], subtitle: [codebook.missionName.in(language)], language: language)
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
        let note = text(.referenceNote, ["direct": c.against == .direct ? text[.referenceNoteDirect] : "",
                                         "threshold": text.numbers.amount(c.threshold)]) + " " + text[.notMonitored]
        return keys.map { key in
            let rows = bySection[key]!
            let names: KeyValuePairs<String, String> = ["source": rows[0].source, "measure": measureName(rows[0].measure)]
            var table = DataTable(title: text(.referenceTableTitle, names), columns: [
                .init(text[.outletColumn], .text), .init(text[.subjectColumn], .text),
                .init(text[.fromColumn], .text), .init(text[.toColumn], .text),
                .init(text[.referencePercent], .percent), .init(text[.missionPercent], .percent),
                .init(text[.differencePoints], .points), .init(text[.disagreeColumn], .text),
            ])
            table.sheetName = String("\(rows[0].source) \(measureName(rows[0].measure))".prefix(31))
            for r in rows {
                table.rows.append([.text(codebook.columnName(r.outlet, grouping: .outlet, language: language)), .text(subjectName(r.subject)),
                                   .text(date(r.days.first)), .text(date(r.days.last)), .number(r.referenceShare),
                                   r.missionShare.map(DataTable.Cell.number) ?? .empty, r.difference.map(DataTable.Cell.number) ?? .empty,
                                   .text(r.flagged ? text[.yes] : "")])
            }
            return .init(title: text(.referenceSectionTitle, names), blocks: [.note(note), .table(table)])
        }
    }

    public func rulesDocument(_ breaches: [Breach]) -> ReportDocument {
        ReportDocument(title: text[.legalFramework],
                       subtitle: [codebook.missionName.in(language), text(.period, ["from": date(codebook.period.first), "to": date(codebook.period.last)])],
                       sections: [legalFrameworkSection(breaches)], language: language)
    }

    /// Each rule as the codebook words it, then every breach of it: the "Legal framework" section of a report.
    public func legalFrameworkSection(_ breaches: [Breach]) -> ReportDocument.Section {
        var blocks: [ReportDocument.Block] = []
        if codebook.rules.isEmpty { blocks.append(.note(text[.noRules])) }
        for rule in codebook.rules {
            blocks.append(.note("\(rule.text.in(language)) (\(ruleScope(rule)))"))
            let own = breaches.filter { $0.rule == rule.id }
            if own.isEmpty { blocks.append(.note(text[.noBreach])); continue }
            let share = own[0].figureIsShare
            let weekly = rule.per == .week
            var columns: [DataTable.Column] = [.init(text[.outletColumn], .text)]
            if weekly { columns += [.init(text[.weekColumn], .text), .init(text[.fromColumn], .text)] }
            columns += [.init(text[.subjectColumn], .text),
                        .init(text[share ? .figurePercent : .figureOutsideSlots], share ? .percent : .amount),
                        .init(text[.allowedColumn], .text)]
            // The rule by its kind, in the reader's language (ids are for scripts: JSON, CSV, --rule).
            let name = ruleName(rule)
            var table = DataTable(title: text(.breachesTitle, ["rule": name, "count": String(own.count)]), columns: columns)
            table.sheetName = String(text(.sheetRule, ["rule": name]).prefix(31))
            let limit = ruleLimit(rule)
            for b in own {
                var row: [DataTable.Cell] = [.text(codebook.columnName(b.outlet, grouping: .outlet, language: language))]
                if weekly { row += [.text(b.week.map(weekLabel) ?? "–"), .text(date(b.days.first))] }
                row += [.text(subjectName(b.subject)), .number(b.figure), .text(limit)]
                table.rows.append(row)
            }
            blocks.append(.table(table))
        }
        return .init(title: text[.legalFramework], blocks: blocks)
    }

    /// What a rule allows, in the reader's words and numbers: the limit `RulesCheck` applies
    /// (whose `Breach.limit` is the English wording, for JSON).
    func ruleLimit(_ rule: Rule) -> String {
        switch rule.kind {
        case .equalCoverage, .equalAirtime:
            let equal = 100 / Double(max(1, rule.boundSubjects(in: codebook).count))
            return text(.limitEqual, ["equal": text.numbers.percent(equal), "tolerance": text.numbers.amount(rule.tolerance ?? 0)])
        case .maxShare:
            return text(.limitAtMost, ["max": text.numbers.amount(rule.max ?? 0)])
        case .allowedSlots:
            return text(.limitOnlyIn, ["slots": rule.slots.map(windowText).joined(separator: ", ")])
        }
    }

    /// A published measure in the reader's words when it is one regulators commonly publish
    /// (`speaking`, `support`, `mention`, `airtime`); any other as the source named it.
    func measureName(_ measure: String) -> String {
        switch measure.lowercased() {
        case "speaking": text[.measureSpeaking]
        case "support": text[.measureSupport]
        case "mention": text[.measureMention]
        case "airtime": text[.measureAirtime]
        default: measure
        }
    }

    /// The kind's name, numbered when the codebook has several rules of that kind.
    func ruleName(_ rule: Rule) -> String {
        let kind = kindName(rule.kind)
        let same = codebook.rules.filter { $0.kind == rule.kind }
        guard same.count > 1, let i = same.firstIndex(where: { $0.id == rule.id }) else { return kind }
        return "\(kind) \(i + 1)"
    }

    func kindName(_ kind: Rule.Kind) -> String {
        switch kind {
        case .equalCoverage: text[.ruleEqualCoverage]
        case .maxShare: text[.ruleMaxShare]
        case .allowedSlots: text[.ruleAllowedSlots]
        case .equalAirtime: text[.ruleEqualAirtime]
        }
    }

    func ruleScope(_ rule: Rule) -> String {
        func list(_ items: [String]) -> String {
            guard items.count > 1 else { return items.first ?? "" }
            return text(.listAnd, ["first": items.dropLast().joined(separator: ", "), "second": items.last!])
        }
        var parts = [kindName(rule.kind)]
        if !rule.outlets.isEmpty {
            parts.append(text(.ruleOutlets, ["list": list(rule.outlets.map { codebook.columnName($0, grouping: .outlet, language: language) })]))
        }
        if !rule.ownership.isEmpty {
            parts.append(text(.ruleOwnership, ["list": list(rule.ownership.map { text.name(of: $0) })]))
        }
        if !rule.media.isEmpty {
            parts.append(text(.ruleMedia, ["list": list(rule.media.map { text.name(of: $0) })]))
        }
        if let genres = rule.genres {
            parts.append(text(.ruleGenres, ["list": list(genres.map { codebook.genre($0)?.name.in(language) ?? $0 })]))
        }
        if rule.attributeInstitutions { parts.append(text[.ruleAttributed]) }
        parts.append(text[rule.per == .week ? .rulePerWeek : .rulePerPeriod])
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
