import MediaModel

/// The documents each report command writes (terminal, Markdown, HTML, XLSX), built from
/// computed tables. `subtitle` lines say what was counted, so a printed page stands on its own.
extension ReportComposer {
    public func subtitle(_ filter: ReportFilter) -> [String] {
        var lines = [codebook.mission]
        let days = filter.days ?? codebook.period
        lines.append("Period: \(days.first) to \(days.last)")
        var counted: [String] = []
        if let genres = filter.genres {
            counted.append("genres " + genres.map { codebook.genre($0)?.name.in(language) ?? $0 }.joined(separator: ", "))
        } else {
            counted.append("editorial genres (paid and free airtime excluded)")
        }
        if filter.monitoringWindowOnly { counted.append("broadcast items in prime time (\(codebook.window))") }
        counted.append(filter.subjects == .contestants ? "shares among contesting parties and candidates" : "all political subjects")
        if filter.attributeInstitutions { counted.append("institutions attributed to their affiliated party") }
        counted.append(filter.weight == .items ? "one per coding" : "by time or space")
        lines.append("Counted: " + counted.joined(separator: "; "))
        return lines
    }

    public func shareDocument(_ tables: [ShareTable], filter: ReportFilter, grouping: OutletGrouping = .outlet) -> ReportDocument {
        var doc = ReportDocument(title: "Share of coverage", subtitle: subtitle(filter))
        for t in tables {
            var blocks: [ReportDocument.Block] = [.table(shareTable(t, grouping: grouping))]
            blocks += t.outlets.map { .chart(shareBars(t, outlet: $0, grouping: grouping)) }
            if let direct = directSpeechTable(t, grouping: grouping) { blocks.append(.table(direct)) }
            doc.sections.append(.init(title: sectionTitle(t.unit), blocks: blocks))
        }
        return doc
    }

    public func toneDocument(_ tables: [ToneTable], filter: ReportFilter, grouping: OutletGrouping = .outlet) -> ReportDocument {
        var doc = ReportDocument(title: "Tone of coverage", subtitle: subtitle(filter))
        for t in tables {
            var blocks: [ReportDocument.Block] = [.note(toneNote)]
            for outlet in t.outlets {
                blocks.append(.table(toneTable(t, outlet: outlet, grouping: grouping)))
                blocks.append(.chart(toneStack(t, outlet: outlet, grouping: grouping)))
            }
            doc.sections.append(.init(title: sectionTitle(t.unit), blocks: blocks))
        }
        return doc
    }

    public func weeklyDocument(_ report: WeeklyReport, filter: ReportFilter, series: [WeekSeries] = []) -> ReportDocument {
        var lines = subtitle(filter)
        lines[1] = "\(report.week.description.capitalizedFirst)" + (report.previous.map { ", compared with \($0)" } ?? "")
        var doc = ReportDocument(title: "Weekly report: \(report.week.label)", subtitle: lines)
        for section in report.sections {
            var blocks = weeklyTables(section, report: report).map(ReportDocument.Block.table)
            if let s = series.first(where: { $0.outlet == section.outlet }) { blocks.append(.chart(weekLines(s))) }
            blocks.append(.chart(toneStack(ToneTable(unit: section.unit, rows: section.tone), outlet: section.outlet)))
            doc.sections.append(.init(title: codebook.columnName(section.outlet, grouping: .outlet, language: language), blocks: blocks))
        }
        return doc
    }

    public func compareDocument(_ shares: [ShareTable], tones: [ToneTable], filter: ReportFilter, grouping: OutletGrouping) -> ReportDocument {
        let what = switch grouping {
        case .outlet: "outlets"
        case .genre: "genres"
        default: "outlets grouped by \(grouping.rawValue)"
        }
        var doc = ReportDocument(title: "Comparison of \(what)", subtitle: subtitle(filter))
        if shares.count > 1 {
            doc.sections.append(.init(title: "Side by side", blocks: [
                .note("Each column is a share within its own unit; amounts of different units are never added."),
                .table(sideBySide(shares, grouping: grouping)),
            ]))
        }
        for t in shares {
            var blocks: [ReportDocument.Block] = [.table(shareTable(t, grouping: grouping))]
            blocks += t.outlets.map { .chart(shareBars(t, outlet: $0, grouping: grouping)) }
            if let tone = tones.first(where: { $0.unit == t.unit }) {
                blocks.append(.table(toneComparison(tone, grouping: grouping)))
                blocks += tone.outlets.map { .chart(toneStack(tone, outlet: $0, grouping: grouping)) }
            }
            doc.sections.append(.init(title: sectionTitle(t.unit), blocks: blocks))
        }
        return doc
    }

    /// Shares of several units in one table (TV beside print): each column computed within its unit,
    /// the unit named in the column's header, totals in that unit.
    func sideBySide(_ tables: [ShareTable], grouping: OutletGrouping) -> DataTable {
        let columns = tables.flatMap { t in t.outlets.map { (table: t, column: $0) } }
        var table = DataTable(title: "Share of coverage, all media (% within each column's unit)",
                              columns: [.init("Subject", .text)] + columns.map {
                                  .init("\(codebook.columnName($0.column, grouping: grouping, language: language)) (\(unitLabel($0.table.unit)))", .percent)
                              })
        table.sheetName = "Side by side"
        let subjects = codebook.subjects.map(\.id).filter { s in tables.contains { $0.subjects.contains(s) } }
        for s in subjects {
            table.rows.append([.text(subjectName(s))] + columns.map { c in c.table.share(of: s, in: c.column).map(DataTable.Cell.number) ?? .empty })
        }
        table.footerStart = table.rows.count
        table.rows.append([.text("Total")] + columns.map { .number($0.table.total(of: $0.column)) })
        return table.withFooterKind(.amount)
    }

    /// Positive and negative share of each subject's coverage, groups side by side.
    func toneComparison(_ t: ToneTable, grouping: OutletGrouping) -> DataTable {
        let groups = t.outlets
        var columns: [DataTable.Column] = [.init("Subject", .text)]
        for g in groups {
            let name = codebook.columnName(g, grouping: grouping, language: language)
            columns += [.init("\(name) positive", .percent), .init("\(name) negative", .percent)]
        }
        var table = DataTable(title: "Tone profile: positive and negative (% of each subject's coverage)", columns: columns)
        table.sheetName = "Tone (\(t.unit.label))"
        let subjects = codebook.subjects.map(\.id).filter { s in t.rows.contains { $0.subject == s } }
        for s in subjects {
            table.rows.append([.text(subjectName(s))] + groups.flatMap { g -> [DataTable.Cell] in
                t.subjects(in: g).contains(s) ? [.number(t.ofSubject(s, .positive, in: g)), .number(t.ofSubject(s, .negative, in: g))] : [.empty, .empty]
            })
        }
        return table
    }

    func sectionTitle(_ unit: AmountUnit) -> String {
        switch unit {
        case .seconds: "Television and radio (airtime in seconds)"
        case .squareCentimetres: "Newspapers (space in cm²)"
        case .characters: "Online media (text in characters)"
        }
    }

    var toneNote: String {
        "Positive, Neutral, Negative: the tone profile, each subject's coverage split by tone (adds up to 100 across). "
            + "Of all positive / Of all negative: the subject's part of all positive or negative coverage in the outlet (adds up to 100 down)."
    }
}
