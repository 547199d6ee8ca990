import MediaModel
import Testing
@testable import MediaReports

@Suite struct WeeklyTests {
    let report = ShareReport(codebook: Fixture.codebook)

    @Test func monitoringWeeksCountFromThePeriodsFirstDay() {
        let period = DayRange(first: LocalDate("2011-12-16")!, last: LocalDate("2012-01-13")!)
        let weeks = WeekNumbering(period: period).weeks
        #expect(weeks.map(\.number) == [1, 2, 3, 4, 5])
        #expect(weeks[1].days == DayRange(first: LocalDate("2011-12-23")!, last: LocalDate("2011-12-29")!))
        // 29 days: the fifth week is the last day alone.
        #expect(weeks[4].days == DayRange(first: LocalDate("2012-01-13")!, last: LocalDate("2012-01-13")!))
    }

    @Test func isoWeeksRunMondayToSundayAcrossTheNewYear() {
        let period = DayRange(first: LocalDate("2011-12-16")!, last: LocalDate("2012-01-13")!)
        let weeks = WeekNumbering(period: period, iso: true).weeks
        // 16 December 2011 was a Friday in ISO week 50; 2 January 2012 a Monday starting ISO week 1.
        #expect(weeks.map(\.number) == [50, 51, 52, 1, 2])
        #expect(weeks[0].days == DayRange(first: LocalDate("2011-12-16")!, last: LocalDate("2011-12-18")!))
        #expect(weeks[3].days == DayRange(first: LocalDate("2012-01-02")!, last: LocalDate("2012-01-08")!))
        let numbering = WeekNumbering(period: period, iso: true)
        #expect(numbering.previous(weeks[3])?.number == 52)
        #expect(numbering.previous(weeks[0]) == nil)
    }

    @Test func weeklyChangeIsThisWeeksShareMinusLastWeeksInPoints() throws {
        let numbering = WeekNumbering(period: Fixture.period)
        let rows = [Fixture.row("tv1", "a", 30, .neutral, day: "2012-01-02"), Fixture.row("tv1", "b", 70, .neutral, day: "2012-01-03"),
                    Fixture.row("tv1", "a", 45, .positive, day: "2012-01-08"), Fixture.row("tv1", "b", 15, .negative, day: "2012-01-10")]
        let week2 = try #require(numbering.week(2))
        let weekly = report.weekly(rows, filter: ReportFilter(), week: week2, numbering: numbering)
        #expect(weekly.previous?.number == 1)
        let section = try #require(weekly.sections.first { $0.outlet == "tv1" })
        let a = try #require(section.shares.first { $0.subject == "a" })
        #expect(a.share == 45.0 / 60 * 100)
        #expect(a.previousShare == 30.0 / 100 * 100)
        let expectedChange: Double = 45.0 / 60 * 100 - 30
        #expect(a.change == expectedChange)
        #expect(section.tone.contains { $0.subject == "b" && $0.tone == .negative && $0.ofSubject == 100 })
    }

    @Test func subjectDroppedThisWeekShowsItsFallToZero() throws {
        let numbering = WeekNumbering(period: Fixture.period)
        let rows = [Fixture.row("tv1", "a", 30, .neutral, day: "2012-01-02"), Fixture.row("tv1", "b", 70, .neutral, day: "2012-01-03"),
                    Fixture.row("tv1", "b", 15, .neutral, day: "2012-01-10")]
        let weekly = report.weekly(rows, filter: ReportFilter(), week: try #require(numbering.week(2)), numbering: numbering)
        let a = try #require(weekly.sections.first?.shares.first { $0.subject == "a" })
        #expect(a.share == 0)
        #expect(a.change == -30)
    }

    @Test func firstWeekHasNoChange() throws {
        let numbering = WeekNumbering(period: Fixture.period)
        let weekly = report.weekly([Fixture.row("tv1", "a", 30, .neutral)], filter: ReportFilter(),
                                   week: try #require(numbering.week(1)), numbering: numbering)
        #expect(weekly.previous == nil)
        #expect(weekly.sections.first?.shares.first?.change == nil)
    }

    @Test func weekSeriesLeavesAGapWhereAnOutletHadNoCoverage() throws {
        let numbering = WeekNumbering(period: Fixture.period)
        let rows = [Fixture.row("tv1", "a", 30, .neutral, day: "2012-01-02"), Fixture.row("tv2", "b", 30, .neutral, day: "2012-01-02"),
                    Fixture.row("tv1", "b", 30, .neutral, day: "2012-01-09")]
        let series = report.weekSeries(rows, filter: ReportFilter(), numbering: numbering)
        let tv1 = try #require(series.first { $0.outlet == "tv1" })
        #expect(tv1.weeks.count == 2)
        #expect(tv1.shares.first { $0.subject == "a" }?.values == [100, 0])
        let tv2 = try #require(series.first { $0.outlet == "tv2" })
        #expect(tv2.shares.first?.values == [100, nil])
    }
}
