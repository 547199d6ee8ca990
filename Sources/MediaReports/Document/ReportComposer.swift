import MediaModel

/// Turns computed reports into the tables and charts readers see: names in the reader's language,
/// subjects in codebook order, bars sorted, each subject with one colour in every chart.
public struct ReportComposer: Sendable {
    public let codebook: Codebook
    public let language: Language
    public let weight: ReportFilter.Weight

    public init(codebook: Codebook, language: Language = .en, weight: ReportFilter.Weight = .amount) {
        self.codebook = codebook
        self.language = language
        self.weight = weight
    }

    func subjectName(_ id: String) -> String { codebook.shortSubjectName(id, language: language) }
    func unitLabel(_ unit: AmountUnit) -> String { weight == .items ? "codings" : unit.label }
    func colour(_ subject: String) -> Int { codebook.subjects.firstIndex { $0.id == subject } ?? codebook.subjects.count }

    // MARK: - Tables

    /// Subjects down, outlets (or groups) across, share in percent; totals at the foot.
    public func shareTable(_ t: ShareTable, grouping: OutletGrouping = .outlet, title: String? = nil, sheet: String = "Share") -> DataTable {
        let columns = t.outlets
        var table = DataTable(title: title ?? "Share of coverage (% of \(unitLabel(t.unit)))",
                              columns: [.init("Subject", .text)] + columns.map {
                                  .init(codebook.columnName($0, grouping: grouping, language: language), .percent)
                              })
        for subject in t.subjects {
            table.rows.append([.text(subjectName(subject))] + columns.map { c in t.share(of: subject, in: c).map(DataTable.Cell.number) ?? .empty })
        }
        table.sheetName = "\(sheet) (\(t.unit.label))"
        table.footerStart = table.rows.count
        table.rows.append([.text("Total " + unitLabel(t.unit))] + columns.map { .number(t.total(of: $0)) })
        // The footer holds amounts, not percentages.
        return table.withFooterKind(.amount)
    }

    /// Direct speech: each subject's part of the seconds subjects spoke themselves.
    public func directSpeechTable(_ t: ShareTable, grouping: OutletGrouping = .outlet) -> DataTable? {
        guard t.unit == .seconds, weight == .amount, t.rows.contains(where: { $0.direct > 0 }) else { return nil }
        let columns = t.outlets
        var table = DataTable(title: "Direct speech (% of seconds subjects spoke themselves)",
                              columns: [.init("Subject", .text)] + columns.map {
                                  .init(codebook.columnName($0, grouping: grouping, language: language), .percent)
                              })
        for subject in t.subjects {
            table.rows.append([.text(subjectName(subject))] + columns.map { c in
                t.rows.first { $0.outlet == c && $0.subject == subject }.map { .number($0.directShare) } ?? .empty
            })
        }
        table.sheetName = "Direct speech"
        table.footerStart = table.rows.count
        table.rows.append([.text("Total seconds")] + columns.map { c in .number(t.rows.filter { $0.outlet == c }.reduce(0) { $0 + $1.direct }) })
        return table.withFooterKind(.amount)
    }

    /// One outlet's tone: the profile of each subject (adds up to 100 across) and each subject's part
    /// of the outlet's positive and negative coverage (adds up to 100 down).
    public func toneTable(_ t: ToneTable, outlet: String, grouping: OutletGrouping = .outlet) -> DataTable {
        let name = codebook.columnName(outlet, grouping: grouping, language: language)
        var table = DataTable(title: "\(name): tone (% of \(unitLabel(t.unit)))", columns: [
            .init("Subject", .text), .init("Positive", .percent), .init("Neutral", .percent), .init("Negative", .percent),
            .init("Of all positive", .percent), .init("Of all negative", .percent), .init(unitLabel(t.unit).capitalizedFirst, .amount),
        ])
        table.sheetName = "Tone \(name)"
        for subject in t.subjects(in: outlet) {
            let amount = Tone.allCases.reduce(0) { $0 + (t.row(subject, $1, in: outlet)?.amount ?? 0) }
            table.rows.append([.text(subjectName(subject))]
                + Tone.allCases.map { .number(t.ofSubject(subject, $0, in: outlet)) }
                + [.number(t.ofTone(subject, .positive, in: outlet)), .number(t.ofTone(subject, .negative, in: outlet)), .number(amount)])
        }
        return table
    }

    /// One outlet's week: share this week, the week before, and the change in points; then tone.
    public func weeklyTables(_ section: WeeklyReport.Section, report: WeeklyReport) -> [DataTable] {
        let name = codebook.columnName(section.outlet, grouping: .outlet, language: language)
        var share = DataTable(title: "\(name): share of coverage, \(report.week.label) (% of \(unitLabel(section.unit)))", columns: [
            .init("Subject", .text), .init(report.week.label, .percent), .init(report.previous?.label ?? "Previous", .percent),
            .init("Change (points)", .points), .init(unitLabel(section.unit).capitalizedFirst, .amount),
        ])
        share.sheetName = "\(name) \(report.week.label) share"
        for s in section.shares {
            share.rows.append([.text(subjectName(s.subject)), .number(s.share), s.previousShare.map(DataTable.Cell.number) ?? .empty,
                               s.change.map(DataTable.Cell.number) ?? .empty, .number(s.amount)])
        }
        let tone = ToneTable(unit: section.unit, rows: section.tone)
        var toneTable = toneTable(tone, outlet: section.outlet)
        toneTable.title = "\(name): tone, \(report.week.label) (% of \(unitLabel(section.unit)))"
        toneTable.sheetName = "\(name) \(report.week.label) tone"
        return [share, toneTable]
    }

    // MARK: - Charts

    /// A bar per subject, longest first, labelled with its share.
    public func shareBars(_ t: ShareTable, outlet: String, grouping: OutletGrouping = .outlet) -> Chart {
        let bars = t.rows.filter { $0.outlet == outlet }.sorted { $0.share > $1.share }
            .map { Chart.Bar(label: subjectName($0.subject), value: $0.share, colour: colour($0.subject)) }
        return .bars(title: "\(codebook.columnName(outlet, grouping: grouping, language: language)): share of coverage (%)", bars: bars)
    }

    /// Each subject's tone profile as one bar split positive / neutral / negative, the most favourable
    /// coverage (positive minus negative) first.
    public func toneStack(_ t: ToneTable, outlet: String, grouping: OutletGrouping = .outlet) -> Chart {
        let bars = t.subjects(in: outlet).map { s in
            Chart.ToneBar(label: subjectName(s), profile: Tone.allCases.map { t.ofSubject(s, $0, in: outlet) },
                          amount: Tone.allCases.reduce(0) { $0 + (t.row(s, $1, in: outlet)?.amount ?? 0) })
        }.sorted { ($0.profile[0] - $0.profile[2], $0.amount) > ($1.profile[0] - $1.profile[2], $1.amount) }
        let name = codebook.columnName(outlet, grouping: grouping, language: language)
        return .toneStack(title: "\(name): tone of each subject's coverage (%), most favourable first; right: \(unitLabel(t.unit))", bars: bars)
    }

    /// Each subject's share week by week; a week cut short by the period's ends says how many days it has.
    public func weekLines(_ s: WeekSeries) -> Chart {
        let partial = s.weeks.map { $0.days.dayCount < 7 }
        let short = s.weeks.filter { $0.days.dayCount < 7 }
            .map { "\($0.label) has \($0.days.dayCount) day\($0.days.dayCount == 1 ? "" : "s") (dashed)" }
        let note = short.isEmpty ? "" : "; " + short.joined(separator: ", ")
        return .lines(title: "\(codebook.columnName(s.outlet, grouping: .outlet, language: language)): share of coverage week by week (%)\(note)",
               weeks: s.weeks.map { $0.days.dayCount < 7 ? "\($0.label)*" : $0.label }, partial: partial,
               series: s.shares.map { Chart.Series(label: subjectName($0.subject), colour: colour($0.subject), values: $0.values) })
    }
}

extension DataTable {
    /// The same table with its footer's number cells read as `kind` (totals under percentages).
    func withFooterKind(_ kind: Kind) -> DataTable {
        var copy = self
        copy.footerKind = kind
        return copy
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
