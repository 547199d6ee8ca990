import MediaModel

/// One week's figures per outlet, beside the week before: the weekly report missions send
/// to their head of mission (docs/METHODOLOGY.md "week over week, with the change in points").
public struct WeeklyReport: Sendable {
    public struct ShareChange: Sendable, Equatable {
        public var subject: String
        public var amount: Double
        public var share: Double
        /// nil in the first week, or when the outlet had no coverage the week before.
        public var previousShare: Double?
        /// Percentage points, `share − previousShare`, from unrounded shares.
        public var change: Double? { previousShare.map { share - $0 } }
    }

    public struct Section: Sendable {
        public var outlet: String
        public var unit: AmountUnit
        public var total: Double
        public var shares: [ShareChange]
        /// This week's tone rows for the outlet.
        public var tone: [ToneTable.Row]
    }

    public var week: Week
    public var previous: Week?
    /// One per outlet with coverage this week, in codebook order.
    public var sections: [Section]
}

/// Each subject's share per week, per outlet: the week-over-week lines.
public struct WeekSeries: Sendable {
    public var weeks: [Week]
    public var unit: AmountUnit
    public var outlet: String
    /// Subject → share per week; nil where the outlet had no coverage that week at all.
    public var shares: [(subject: String, values: [Double?])]
}

extension ShareReport {
    /// The weekly report for `week`: `filter.days` is ignored, the week's days are used.
    public func weekly(_ rows: [CodedRow], filter: ReportFilter, week: Week, numbering: WeekNumbering) -> WeeklyReport {
        var wide = filter
        let previous = numbering.previous(week)
        wide.days = DayRange(first: previous?.days.first ?? week.days.first, last: week.days.last)
        let counted = filter.counted(rows, codebook: codebook, days: wide.days)
        let this = counted.filter { week.days.contains($0.date) }
        let before = previous.map { p in counted.filter { p.days.contains($0.date) } } ?? []
        let shares = tables(this, grouping: .outlet)
        let previousShares = tables(before, grouping: .outlet)
        let tones = ToneReport(codebook: codebook).tables(this, grouping: .outlet)

        var sections: [WeeklyReport.Section] = []
        for table in shares {
            let earlier = previousShares.first { $0.unit == table.unit }
            let tone = tones.first { $0.unit == table.unit }
            for outlet in table.outlets {
                let hadCoverage = previous != nil && (earlier?.outlets.contains(outlet) ?? false)
                var changes = table.rows.filter { $0.outlet == outlet }.map {
                    WeeklyReport.ShareChange(subject: $0.subject, amount: $0.amount, share: $0.share,
                                             previousShare: hadCoverage ? (earlier?.share(of: $0.subject, in: outlet) ?? 0) : nil)
                }
                // Subjects covered last week and not at all this week: their drop to zero is news too.
                if hadCoverage, let earlier {
                    for row in earlier.rows where row.outlet == outlet && !changes.contains(where: { $0.subject == row.subject }) {
                        changes.append(.init(subject: row.subject, amount: 0, share: 0, previousShare: row.share))
                    }
                    let order = codebook.subjects.map(\.id)
                    changes.sort { (order.firstIndex(of: $0.subject) ?? .max) < (order.firstIndex(of: $1.subject) ?? .max) }
                }
                sections.append(.init(outlet: outlet, unit: table.unit, total: table.total(of: outlet), shares: changes,
                                      tone: tone?.rows.filter { $0.outlet == outlet } ?? []))
            }
        }
        return WeeklyReport(week: week, previous: previous, sections: sections)
    }

    /// Each outlet's shares week by week from the period's first week through `week`, for the
    /// weekly report's lines.
    public func weekSeries(_ rows: [CodedRow], filter: ReportFilter, numbering: WeekNumbering, through week: Week) -> [WeekSeries] {
        var upToWeek = filter
        upToWeek.days = DayRange(first: numbering.period.first, last: week.days.last)
        return weekSeries(rows, filter: upToWeek, numbering: numbering)
    }

    /// Each outlet's shares week by week over the filter's days (default: the whole period).
    public func weekSeries(_ rows: [CodedRow], filter: ReportFilter, numbering: WeekNumbering) -> [WeekSeries] {
        let days = filter.days ?? numbering.period
        let weeks = numbering.weeks.filter { $0.days.last >= days.first && $0.days.first <= days.last }
        let counted = filter.counted(rows, codebook: codebook, days: days)
        var byWeek: [[CountedCoding]] = Array(repeating: [], count: weeks.count)
        for c in counted {
            if let i = weeks.firstIndex(where: { $0.days.contains(c.date) }) { byWeek[i].append(c) }
        }
        let perWeek = byWeek.map { tables($0, grouping: .outlet) }
        let all = tables(counted, grouping: .outlet)
        var series: [WeekSeries] = []
        for table in all {
            for outlet in table.outlets {
                let subjects = table.rows.filter { $0.outlet == outlet }.map(\.subject)
                let weekTables = perWeek.map { $0.first { $0.unit == table.unit } }
                let values = subjects.map { subject in
                    (subject, weekTables.map { t -> Double? in
                        guard let t, t.outlets.contains(outlet) else { return nil }
                        return t.share(of: subject, in: outlet) ?? 0
                    })
                }
                series.append(WeekSeries(weeks: weeks, unit: table.unit, outlet: outlet, shares: values))
            }
        }
        return series
    }
}
