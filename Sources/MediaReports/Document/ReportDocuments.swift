import MediaModel

/// The documents each report command writes (terminal, Markdown, HTML, XLSX), built from
/// computed tables. `subtitle` lines say what was counted, so a printed page stands on its own.
extension ReportComposer {
    /// A new document in the reader's language.
    func document(_ title: Phrase, _ values: KeyValuePairs<String, String> = [:], filter: ReportFilter) -> ReportDocument {
        ReportDocument(title: text(title, values), subtitle: subtitle(filter), language: language)
    }

    public func subtitle(_ filter: ReportFilter) -> [String] {
        var lines = [codebook.missionName.in(language)]
        let days = filter.days ?? codebook.period
        lines.append(text(.period, ["from": date(days.first), "to": date(days.last)]))
        var counted: [String] = []
        if let genres = filter.genres {
            counted.append(text(.countedGenres, ["genres": genres.map { codebook.genre($0)?.name.in(language) ?? $0 }.joined(separator: ", ")]))
        } else {
            counted.append(text[.countedEditorial])
        }
        if filter.monitoringWindowOnly { counted.append(text(.countedMonitoringWindow, ["window": windowText(codebook.window)])) }
        counted.append(filter.subjects == .contestants ? text[.countedContestants] : text[.countedAllSubjects])
        if filter.attributeInstitutions { counted.append(text[.countedAttributed]) }
        // --attribute-by and --where, in the codebook's own names of the variable and category:
        // a filtered table must never read as the whole coverage.
        func named(_ a: VariableAssignment) -> String {
            guard let variable = codebook.variable(a.variable) else { return "\(a.variable) = \(a.value)" }
            return "\(variable.name.in(language)): \(variable.category(a.value)?.name.in(language) ?? a.value)"
        }
        if let by = filter.attributeBy { counted.append(text[.countedAttributed] + " (\(named(by)))") }
        counted += filter.conditions.map(named)
        counted.append(filter.weight == .items ? text[.countedByCodings] : text[.countedByAmount])
        lines.append(text(.counted, ["list": counted.joined(separator: "; ")]))
        return lines
    }

    public func shareDocument(_ tables: [ShareTable], filter: ReportFilter, grouping: OutletGrouping = .outlet) -> ReportDocument {
        var doc = document(.shareReportTitle, filter: filter)
        for t in tables {
            var blocks: [ReportDocument.Block] = [.table(shareTable(t, grouping: grouping))]
            blocks += t.outlets.map { .chart(shareBars(t, outlet: $0, grouping: grouping)) }
            if let direct = directSpeechTable(t, grouping: grouping) { blocks.append(.table(direct)) }
            doc.sections.append(.init(title: sectionTitle(t.unit), blocks: blocks))
        }
        return doc
    }

    public func toneDocument(_ tables: [ToneTable], filter: ReportFilter, grouping: OutletGrouping = .outlet) -> ReportDocument {
        var doc = document(.toneReportTitle, filter: filter)
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
        var doc = document(.weeklyReportTitle, ["week": weekLabel(report.week)], filter: filter)
        doc.subtitle[1] = report.previous.map { text(.comparedWith, ["week": weekDescription(report.week), "previous": weekDescription($0)]) }
            ?? weekDescription(report.week)
        for section in report.sections {
            var blocks = weeklyTables(section, report: report).map(ReportDocument.Block.table)
            if let s = series.first(where: { $0.outlet == section.outlet }) { blocks.append(.chart(weekLines(s))) }
            blocks.append(.chart(toneStack(ToneTable(unit: section.unit, rows: section.tone), outlet: section.outlet)))
            doc.sections.append(.init(title: columnName(section.outlet, .outlet), blocks: blocks))
        }
        return doc
    }

    public func compareDocument(_ shares: [ShareTable], tones: [ToneTable], filter: ReportFilter, grouping: OutletGrouping) -> ReportDocument {
        let title: Phrase = switch grouping {
        case .outlet: .compareOutletsTitle
        case .genre: .compareGenresTitle
        case .ownership: .compareByOwnershipTitle
        case .medium: .compareByMediumTitle
        case .language: .compareByLanguageTitle
        }
        var doc = document(title, filter: filter)
        if shares.count > 1 {
            doc.sections.append(.init(title: text[.sideBySideSection], blocks: [
                .note(text[.sideBySideNote]),
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
        var table = DataTable(title: text[.sideBySideTitle],
                              columns: [.init(text[.subjectColumn], .text)] + columns.map {
                                  .init("\(columnName($0.column, grouping)) (\(unitLabel($0.table.unit)))", .percent)
                              })
        table.sheetName = text[.sheetSideBySide]
        let subjects = codebook.subjects.map(\.id).filter { s in tables.contains { $0.subjects.contains(s) } }
        for s in subjects {
            table.rows.append([.text(subjectName(s))] + columns.map { c in c.table.share(of: s, in: c.column).map(DataTable.Cell.number) ?? .empty })
        }
        table.footerStart = table.rows.count
        table.rows.append([.text(text[.total])] + columns.map { .number($0.table.total(of: $0.column)) })
        return table.withFooterKind(.amount)
    }

    /// Positive and negative share of each subject's coverage, groups side by side.
    func toneComparison(_ t: ToneTable, grouping: OutletGrouping) -> DataTable {
        let groups = t.outlets
        var columns: [DataTable.Column] = [.init(text[.subjectColumn], .text)]
        for g in groups {
            let name = columnName(g, grouping)
            columns += [.init(text(.groupPositive, ["group": name]), .percent), .init(text(.groupNegative, ["group": name]), .percent)]
        }
        var table = DataTable(title: text[.toneComparisonTitle], columns: columns)
        table.sheetName = text(.sheetToneOfUnit, ["unit": sheetUnit(t.unit)])
        let subjects = codebook.subjects.map(\.id).filter { s in t.rows.contains { $0.subject == s } }
        for s in subjects {
            table.rows.append([.text(subjectName(s))] + groups.flatMap { g -> [DataTable.Cell] in
                t.subjects(in: g).contains(s) ? [.number(t.ofSubject(s, .positive, in: g)), .number(t.ofSubject(s, .negative, in: g))] : [.empty, .empty]
            })
        }
        return table
    }

    public func sectionTitle(_ unit: AmountUnit) -> String {
        switch unit {
        case .seconds: text[.sectionBroadcast]
        case .squareCentimetres: text[.sectionPrint]
        case .characters: text[.sectionOnline]
        }
    }

    var toneNote: String { text[.toneNote] }
}
