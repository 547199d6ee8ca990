import MediaModel

/// A week of the monitoring period, clipped to the period.
public struct Week: Sendable, Equatable, CustomStringConvertible {
    /// Monitoring week number (1 = the period's first seven days), or the ISO week number.
    public var number: Int
    public var isISO: Bool
    public var days: DayRange

    public var description: String {
        isISO ? "ISO week \(number) (\(days))" : "week \(number) (\(days))"
    }

    /// Short label for charts and column headers: `W1`, `ISO 52`.
    public var label: String { isISO ? "ISO \(number)" : "W\(number)" }
}

/// How a mission's period is cut into weeks: monitoring weeks numbered from the period's first day
/// (week 1 = days 1–7, what ODIHR's weekly reports use), or ISO weeks (Monday to Sunday) with `--iso-weeks`.
public struct WeekNumbering: Sendable {
    public let period: DayRange
    public let iso: Bool

    public init(period: DayRange, iso: Bool = false) {
        self.period = period
        self.iso = iso
    }

    /// Every week that overlaps the period, in order; the first and last may be short.
    public var weeks: [Week] {
        var result: [Week] = []
        var day = period.first
        while day <= period.last {
            let number = weekNumber(of: day)
            let end = min(iso ? day.adding(days: 6 - day.isoWeekday) : day.adding(days: 6), period.last)
            result.append(Week(number: number, isISO: iso, days: DayRange(first: day, last: end)))
            day = end.adding(days: 1)
        }
        return result
    }

    /// The week numbered `number` in this period, or nil when the period has no such week.
    public func week(_ number: Int) -> Week? { weeks.first { $0.number == number } }

    /// The week before `week` inside the period, for week-over-week change.
    public func previous(_ week: Week) -> Week? {
        let all = weeks
        guard let i = all.firstIndex(of: week), i > 0 else { return nil }
        return all[i - 1]
    }

    public func weekNumber(of day: LocalDate) -> Int {
        iso ? day.isoWeek : (day.dayNumber - period.first.dayNumber) / 7 + 1
    }
}

extension LocalDate {
    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    var isoWeekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// ISO 8601 week number: the week with the year's first Thursday is week 1.
    var isoWeek: Int {
        let thursday = adding(days: 3 - isoWeekday)
        let january1 = LocalDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.dayNumber - january1.dayNumber) / 7 + 1
    }
}
