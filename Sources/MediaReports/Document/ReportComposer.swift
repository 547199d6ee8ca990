import MediaModel

/// Turns computed reports into the tables and charts readers see: every word from the reader's
/// language's catalogue, names in that language, subjects in codebook order, bars sorted, each
/// subject with one colour in every chart.
public struct ReportComposer: Sendable {
    public let codebook: Codebook
    public let language: Language
    public let weight: ReportFilter.Weight
    /// The reader's language's strings, numbers and dates.
    public let text: Catalogue

    public init(codebook: Codebook, language: Language = .en, weight: ReportFilter.Weight = .amount) {
        self.codebook = codebook
        self.language = language
        self.weight = weight
        self.text = Catalogue(language)
    }

    func subjectName(_ id: String) -> String { codebook.shortSubjectName(id, language: language) }
    /// Subjects in codebook order, whichever outlet named them first (issue 14: rows followed the first outlet's order).
    func inCodebookOrder(_ subjects: [String]) -> [String] {
        let present = Set(subjects)
        let known = codebook.subjects.map(\.id).filter { present.contains($0) }
        return known + subjects.filter { codebook.subject($0) == nil }
    }

    func colour(_ subject: String) -> Int { codebook.subjects.firstIndex { $0.id == subject } ?? codebook.subjects.count }
    func columnName(_ id: String, _ grouping: OutletGrouping) -> String { codebook.columnName(id, grouping: grouping, language: language) }

    /// What the figures are counted in, as the reader's language names it.
    public func unitLabel(_ unit: AmountUnit) -> String {
        if weight == .items { return text[.unitCodings] }
        return switch unit {
        case .seconds: text[.unitSeconds]
        case .squareCentimetres: text[.unitSquareCentimetres]
        case .characters: text[.unitCharacters]
        }
    }

    /// A unit's name for a sheet tab: the unit itself, whatever the weight (as before).
    func sheetUnit(_ unit: AmountUnit) -> String {
        ReportComposer(codebook: codebook, language: language, weight: .amount).unitLabel(unit)
    }

    public func date(_ day: LocalDate) -> String { text.date(year: day.year, month: day.month, day: day.day) }

    /// A monitoring window as schedules print it: `18:00–24:00` (seconds only when there are some).
    public func windowText(_ window: TimeWindow) -> String {
        func clock(_ t: TimeOfDay) -> String { t.seconds % 60 == 0 ? String(t.description.prefix(5)) : t.description }
        return "\(clock(window.from))–\(clock(window.to))"
    }

    /// Short label for charts and column headers: `W1`, `Нед. 1`, `1-апта`.
    public func weekLabel(_ week: Week) -> String {
        text(week.isISO ? .isoWeekLabel : .weekLabel, ["number": String(week.number)])
    }

    /// `Week 2 (2011-12-23 – 2011-12-29)`, in the reader's language.
    public func weekDescription(_ week: Week) -> String {
        text(week.isISO ? .isoWeekDescription : .weekDescription,
             ["number": String(week.number), "from": date(week.days.first), "to": date(week.days.last)])
    }

    public func toneName(_ tone: Tone) -> String {
        switch tone {
        case .positive: text[.tonePositive]
        case .neutral: text[.toneNeutral]
        case .negative: text[.toneNegative]
        }
    }

    func ofAll(_ tone: Tone) -> String {
        switch tone {
        case .positive: text[.ofAllPositive]
        case .neutral: text[.ofAllNeutral]
        case .negative: text[.ofAllNegative]
        }
    }

    // MARK: - Tables

    /// Subjects down, outlets (or groups) across, share in percent; totals at the foot.
    public func shareTable(_ t: ShareTable, grouping: OutletGrouping = .outlet, title: String? = nil, sheet: Phrase = .sheetShare) -> DataTable {
        let columns = t.outlets
        var table = DataTable(title: title ?? text(.shareTitle, ["unit": unitLabel(t.unit)]),
                              columns: [.init(text[.subjectColumn], .text)] + columns.map { .init(columnName($0, grouping), .percent) })
        for subject in inCodebookOrder(t.subjects) {
            table.rows.append([.text(subjectName(subject))] + columns.map { c in t.share(of: subject, in: c).map(DataTable.Cell.number) ?? .empty })
        }
        table.sheetName = text(sheet, ["unit": sheetUnit(t.unit)])
        table.footerStart = table.rows.count
        table.rows.append([.text(text(.totalOfUnit, ["unit": unitLabel(t.unit)]))] + columns.map { .number(t.total(of: $0)) })
        // The footer holds amounts, not percentages.
        return table.withFooterKind(.amount)
    }

    /// Direct speech: each subject's part of the seconds subjects spoke themselves.
    public func directSpeechTable(_ t: ShareTable, grouping: OutletGrouping = .outlet) -> DataTable? {
        guard t.unit == .seconds, weight == .amount, t.rows.contains(where: { $0.direct > 0 }) else { return nil }
        let columns = t.outlets
        var table = DataTable(title: text[.directSpeechTitle],
                              columns: [.init(text[.subjectColumn], .text)] + columns.map { .init(columnName($0, grouping), .percent) })
        for subject in inCodebookOrder(t.subjects) {
            table.rows.append([.text(subjectName(subject))] + columns.map { c in
                t.rows.first { $0.outlet == c && $0.subject == subject }.map { .number($0.directShare) } ?? .empty
            })
        }
        table.sheetName = text[.sheetDirectSpeech]
        table.footerStart = table.rows.count
        table.rows.append([.text(text(.totalOfUnit, ["unit": text[.unitSeconds]]))]
            + columns.map { c in .number(t.rows.filter { $0.outlet == c }.reduce(0) { $0 + $1.direct }) })
        return table.withFooterKind(.amount)
    }

    /// One outlet's tone: the profile of each subject (adds up to 100 across) and each subject's part
    /// of the outlet's positive and negative coverage (adds up to 100 down).
    public func toneTable(_ t: ToneTable, outlet: String, grouping: OutletGrouping = .outlet) -> DataTable {
        let name = columnName(outlet, grouping)
        var table = DataTable(title: text(.toneTableTitle, ["outlet": name, "unit": unitLabel(t.unit)]),
                              columns: [.init(text[.subjectColumn], .text)] + Tone.allCases.map { .init(toneName($0), .percent) } + [
                                  .init(ofAll(.positive), .percent), .init(ofAll(.negative), .percent),
                                  .init(unitLabel(t.unit).capitalizedFirst, .amount),
                              ])
        table.sheetName = text(.sheetToneOfOutlet, ["outlet": name])
        // A part of nothing is no figure: "–" where the outlet had no coverage of that tone at all.
        func part(_ subject: String, _ tone: Tone) -> DataTable.Cell {
            t.rows.contains { $0.outlet == outlet && $0.tone == tone && $0.amount > 0 } ? .number(t.ofTone(subject, tone, in: outlet)) : .empty
        }
        for subject in inCodebookOrder(t.subjects(in: outlet)) {
            let amount = Tone.allCases.reduce(0) { $0 + (t.row(subject, $1, in: outlet)?.amount ?? 0) }
            table.rows.append([.text(subjectName(subject))]
                + Tone.allCases.map { .number(t.ofSubject(subject, $0, in: outlet)) }
                + [part(subject, .positive), part(subject, .negative), .number(amount)])
        }
        return table
    }

    /// One outlet's week: share this week, the week before, and the change in points; then tone.
    public func weeklyTables(_ section: WeeklyReport.Section, report: WeeklyReport) -> [DataTable] {
        let name = columnName(section.outlet, .outlet)
        let week = weekLabel(report.week)
        let unit = unitLabel(section.unit)
        var share = DataTable(title: text(.weeklyShareTitle, ["outlet": name, "week": week, "unit": unit]), columns: [
            .init(text[.subjectColumn], .text), .init(week, .percent), .init(report.previous.map(weekLabel) ?? text[.previousWeek], .percent),
            .init(text[.changeInPoints], .points), .init(unit.capitalizedFirst, .amount),
        ])
        share.sheetName = text(.sheetWeeklyShare, ["outlet": name, "week": week])
        for s in section.shares {
            share.rows.append([.text(subjectName(s.subject)), .number(s.share), s.previousShare.map(DataTable.Cell.number) ?? .empty,
                               s.change.map(DataTable.Cell.number) ?? .empty, .number(s.amount)])
        }
        let tone = ToneTable(unit: section.unit, rows: section.tone)
        var toneTable = toneTable(tone, outlet: section.outlet)
        toneTable.title = text(.weeklyToneTitle, ["outlet": name, "week": week, "unit": unit])
        toneTable.sheetName = text(.sheetWeeklyTone, ["outlet": name, "week": week])
        return [share, toneTable]
    }

    /// One tone figure for every subject and outlet: the tone profile (`ofTone: false`, "61% of
    /// Rukhaniyat's coverage was negative") or the tone distribution (`ofTone: true`, "Nur Otan
    /// received 80% of the negative coverage").
    public func toneMatrix(_ t: ToneTable, _ tone: Tone, ofTone: Bool, grouping: OutletGrouping = .outlet) -> DataTable {
        let columns = t.outlets
        let title: Phrase = switch (tone, ofTone) {
        case (.positive, false): .profilePositiveTitle
        case (.neutral, false): .profileNeutralTitle
        case (.negative, false): .profileNegativeTitle
        case (.positive, true): .partPositiveTitle
        case (.neutral, true): .partNeutralTitle
        case (.negative, true): .partNegativeTitle
        }
        var table = DataTable(title: text[title], columns: [.init(text[.subjectColumn], .text)] + columns.map { .init(columnName($0, grouping), .percent) })
        table.sheetName = "\(ofTone ? ofAll(tone) : toneName(tone)) (\(sheetUnit(t.unit)))"
        let subjects = codebook.subjects.map(\.id).filter { s in t.rows.contains { $0.subject == s } }
        for s in subjects {
            table.rows.append([.text(subjectName(s))] + columns.map { c -> DataTable.Cell in
                guard t.subjects(in: c).contains(s) else { return .empty }
                if ofTone && !t.rows.contains(where: { $0.outlet == c && $0.tone == tone && $0.amount > 0 }) { return .empty }
                return .number(ofTone ? t.ofTone(s, tone, in: c) : t.ofSubject(s, tone, in: c))
            })
        }
        return table
    }

    // MARK: - Charts

    /// A bar per subject, longest first, labelled with its share.
    public func shareBars(_ t: ShareTable, outlet: String, grouping: OutletGrouping = .outlet) -> Chart {
        let bars = t.rows.filter { $0.outlet == outlet }.sorted { $0.share > $1.share }
            .map { Chart.Bar(label: subjectName($0.subject), value: $0.share, colour: colour($0.subject)) }
        return .bars(title: text(.shareChartTitle, ["outlet": columnName(outlet, grouping)]), bars: bars)
    }

    /// Each subject's tone profile as one bar split positive / neutral / negative, the most favourable
    /// coverage (positive minus negative) first.
    public func toneStack(_ t: ToneTable, outlet: String, grouping: OutletGrouping = .outlet) -> Chart {
        let bars = t.subjects(in: outlet).map { s in
            Chart.ToneBar(label: subjectName(s), profile: Tone.allCases.map { t.ofSubject(s, $0, in: outlet) },
                          amount: Tone.allCases.reduce(0) { $0 + (t.row(s, $1, in: outlet)?.amount ?? 0) })
        }.sorted { ($0.profile[0] - $0.profile[2], $0.amount) > ($1.profile[0] - $1.profile[2], $1.amount) }
        return .toneStack(title: text(.toneChartTitle, ["outlet": columnName(outlet, grouping), "unit": unitLabel(t.unit)]), bars: bars)
    }

    /// Each subject's share week by week; a week cut short by the period's ends says how many days it has.
    public func weekLines(_ s: WeekSeries) -> Chart {
        let partial = s.weeks.map { $0.days.dayCount < 7 }
        let short = s.weeks.filter { $0.days.dayCount < 7 }
            .map { text(.shortWeek, ["week": weekLabel($0), "days": text.days($0.days.dayCount)]) }
        let note = short.isEmpty ? "" : "; " + short.joined(separator: ", ")
        return .lines(title: text(.weekChartTitle, ["outlet": columnName(s.outlet, .outlet), "note": note]),
                      weeks: s.weeks.map { $0.days.dayCount < 7 ? "\(weekLabel($0))*" : weekLabel($0) }, partial: partial,
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
