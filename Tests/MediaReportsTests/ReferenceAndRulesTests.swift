import Foundation
import MediaModel
import Testing
@testable import MediaReports

@Suite struct ReferenceReportTests {
    static let week1 = DayRange(first: LocalDate("2012-01-01")!, last: LocalDate("2012-01-07")!)
    static let week2 = DayRange(first: LocalDate("2012-01-08")!, last: LocalDate("2012-01-14")!)

    func figure(_ outlet: String, _ subject: String, _ amount: Double, _ period: DayRange = week1,
                unit: ReferenceUnit = .seconds, measure: String = "airtime") -> SourcedFigure {
        SourcedFigure(source: "council", figure: ReferenceFigure(outlet: outlet, subject: subject, period: period,
                                                                measure: measure, amount: amount, unit: unit))
    }

    @Test func setsTheReferenceShareBesideTheMissionsOnTheSameDays() throws {
        let rows = [
            Fixture.row("tv1", "a", 75, .neutral, day: "2012-01-02"),
            Fixture.row("tv1", "b", 25, .neutral, day: "2012-01-03"),
            // Outside the reference's days: not part of the mission's share beside it.
            Fixture.row("tv1", "b", 900, .neutral, day: "2012-01-10"),
        ]
        let c = try ReferenceReport(codebook: Fixture.codebook).compare([figure("tv1", "a", 50), figure("tv1", "b", 50)], rows: rows)
        #expect(c.rows.map(\.subject) == ["a", "b"])
        #expect(c.rows.map(\.referenceShare) == [50, 50])
        #expect(c.rows.map(\.missionShare) == [75, 25])
        #expect(c.rows.map(\.difference) == [25, -25])
        #expect(c.rows.allSatisfy { $0.flagged })
        let lenient = try ReferenceReport(codebook: Fixture.codebook).compare([figure("tv1", "a", 50), figure("tv1", "b", 50)], rows: rows, threshold: 30)
        #expect(!lenient.rows.contains { $0.flagged })
    }

    @Test func missionShareIsNullWhereTheMissionDidNotMonitorTheOutlet() throws {
        let rows = [Fixture.row("tv1", "a", 10, .neutral)]
        let c = try ReferenceReport(codebook: Fixture.codebook).compare([figure("tv2", "a", 30), figure("tv2", "b", 10)], rows: rows)
        #expect(c.rows.map(\.referenceShare) == [75, 25])
        #expect(c.rows.allSatisfy { $0.missionShare == nil && $0.difference == nil && !$0.flagged })
        let json = try ReferenceOutput().json(c)
        #expect(json.contains("\"missionShare\" : null"))
        #expect(json.contains("\"difference\" : null"))
    }

    @Test func periodsAddUpAndOverlappingDaysCountOnce() throws {
        let overlapping = DayRange(first: LocalDate("2012-01-07")!, last: LocalDate("2012-01-14")!)
        let rows = [
            Fixture.row("tv1", "a", 10, .neutral, day: "2012-01-07"),
            Fixture.row("tv1", "b", 30, .neutral, day: "2012-01-12"),
        ]
        let c = try ReferenceReport(codebook: Fixture.codebook)
            .compare([figure("tv1", "a", 60), figure("tv1", "a", 20, overlapping), figure("tv1", "b", 20, overlapping)], rows: rows)
        #expect(c.rows.map(\.referenceAmount) == [80, 20])
        #expect(c.rows.map(\.referenceShare) == [80, 20])
        // 7 January is in both periods; its coding counts once: 10 of 40.
        #expect(c.rows.map(\.missionShare) == [25, 75])
        #expect(c.rows[0].days == DayRange(first: Self.week1.first, last: overlapping.last))
    }

    @Test func withinKeepsOnlyPeriodsInsideIt() throws {
        let c = try ReferenceReport(codebook: Fixture.codebook)
            .compare([figure("tv1", "a", 60), figure("tv1", "a", 20, Self.week2), figure("tv1", "b", 20, Self.week2)], rows: [], within: Self.week2)
        #expect(c.rows.map(\.referenceShare) == [50, 50])
    }

    @Test func publishedPercentagesStandAsGivenAndAreNeverAddedAcrossPeriods() throws {
        let c = try ReferenceReport(codebook: Fixture.codebook).compare([figure("tv1", "a", 61.5, unit: .percent), figure("tv1", "b", 20, unit: .percent)], rows: [])
        #expect(c.rows.map(\.referenceShare) == [61.5, 20])
        let twoPeriods = [figure("tv1", "a", 60, unit: .percent), figure("tv1", "a", 40, Self.week2, unit: .percent)]
        #expect(throws: InputError.self) { try ReferenceReport(codebook: Fixture.codebook).compare(twoPeriods, rows: []) }
    }

    @Test func institutionsCountOnBothSidesAsReportShareCountsThem() throws {
        let figures = [figure("tv1", "a", 20), figure("tv1", "pres", 30), figure("tv1", "b", 50)]
        let rows = [Fixture.row("tv1", "a", 10, .neutral), Fixture.row("tv1", "pres", 10, .neutral), Fixture.row("tv1", "b", 20, .neutral)]
        // By default institutions are not contestants: left out on both sides.
        let plain = try ReferenceReport(codebook: Fixture.codebook).compare(figures, rows: rows)
        #expect(plain.rows.map(\.subject) == ["a", "b"])
        #expect(abs(plain.rows[0].referenceShare - 20.0 / 70 * 100) < 1e-9)
        #expect(abs(plain.rows[0].missionShare! - 10.0 / 30 * 100) < 1e-9)
        // Attributed: the President's figures join party A's, in the reference as in the mission.
        let attributed = try ReferenceReport(codebook: Fixture.codebook).compare(figures, rows: rows, filter: ReportFilter(attributeInstitutions: true))
        #expect(attributed.rows.map(\.referenceShare) == [50, 50])
        #expect(attributed.rows.map(\.missionShare) == [50, 50])
    }

    @Test func speakingTimeIsHeldAgainstDirectSpeechWhenAsked() throws {
        let rows = [Fixture.row("tv1", "a", 100, .neutral, direct: 10), Fixture.row("tv1", "b", 100, .neutral, direct: 30)]
        let c = try ReferenceReport(codebook: Fixture.codebook).compare([figure("tv1", "a", 1), figure("tv1", "b", 3)], rows: rows, against: .direct)
        #expect(c.rows.map(\.missionShare) == [25, 75])
        #expect(c.rows.map(\.difference) == [0, 0])
    }
}

@Suite struct RulesCheckTests {
    func codebook(_ rules: [Rule]) -> Codebook {
        var book = Fixture.codebook
        book.rules = rules
        return book
    }

    @Test func equalCoverageFlagsEachContestantOutsideTheToleranceEachWeek() {
        let rule = Rule(id: "equal", kind: .equalCoverage, text: LocalizedName(en: "Equal coverage"), ownership: [.state], tolerance: 5)
        let rows = [
            // Week 1 on tv1: A 60%, B 40% — 10 points from an equal split.
            Fixture.row("tv1", "a", 60, .neutral, day: "2012-01-02"), Fixture.row("tv1", "b", 40, .neutral, day: "2012-01-02"),
            // Week 2: 52/48, inside the tolerance.
            Fixture.row("tv1", "a", 52, .neutral, day: "2012-01-09"), Fixture.row("tv1", "b", 48, .neutral, day: "2012-01-09"),
            // tv2 is private: not bound by the rule.
            Fixture.row("tv2", "a", 100, .neutral, day: "2012-01-02"),
            // Paid advertising is not editorial coverage.
            Fixture.row("tv1", "b", 500, .neutral, day: "2012-01-09", genre: "paid-advertising"),
        ]
        let breaches = RulesCheck(codebook: codebook([rule])).breaches(rows)
        #expect(breaches.map(\.subject) == ["a", "b"])
        #expect(breaches.allSatisfy { $0.outlet == "tv1" && $0.week?.number == 1 && $0.limit == "50.0 ± 5" })
        #expect(breaches.map(\.figure) == [60, 40])
    }

    @Test func maxShareAndAttributedOfficials() {
        let rule = Rule(id: "cap", kind: .maxShare, text: LocalizedName(en: "No party above 50%"), subjects: ["a"], max: 50,
                        per: .period, attributeInstitutions: true)
        let rows = [Fixture.row("tv2", "a", 40, .neutral), Fixture.row("tv2", "pres", 20, .neutral), Fixture.row("tv2", "b", 40, .neutral)]
        let breaches = RulesCheck(codebook: codebook([rule])).breaches(rows)
        // Only with the President attributed does A pass 50%: 60 of 100.
        #expect(breaches.count == 1)
        #expect(breaches.first?.figure == 60)
        #expect(breaches.first?.week == nil)
        #expect(breaches.first?.days == Fixture.period)
        var plain = rule
        plain.attributeInstitutions = false
        #expect(RulesCheck(codebook: codebook([plain])).breaches(rows).isEmpty)
    }

    @Test func paidAirtimeOutsideItsSlotsIsABreachWithItsSeconds() {
        let slot = TimeWindow(from: TimeOfDay("21:00")!, to: TimeOfDay("22:00")!)
        let rule = Rule(id: "paid-slots", kind: .allowedSlots, text: LocalizedName(en: "Paid spots only 21–22h"),
                        genres: ["paid-advertising"], slots: [slot], per: .period)
        let rows = [
            Fixture.row("tv1", "a", 30, .positive, start: "21:15", genre: "paid-advertising"),
            Fixture.row("tv1", "b", 45, .positive, start: "19:50", genre: "paid-advertising"),
            Fixture.row("tv1", "b", 15, .positive, start: "23:10", genre: "paid-advertising", segment: 2),
            Fixture.row("tv1", "a", 300, .neutral, start: "19:00"),
        ]
        let breaches = RulesCheck(codebook: codebook([rule])).breaches(rows)
        #expect(breaches.map(\.subject) == ["b"])
        #expect(breaches.first?.figure == 60)
        #expect(breaches.first?.figureIsShare == false)
    }

    @Test func legalFrameworkSectionQuotesEveryRuleAndSaysWhenNoneIsBroken() {
        let kept = Rule(id: "kept", kind: .maxShare, text: LocalizedName(en: "Nobody above 90%"), max: 90, per: .period)
        let broken = Rule(id: "broken", kind: .maxShare, text: LocalizedName(en: "Nobody above 10%"), max: 10, per: .period)
        let book = codebook([kept, broken])
        let rows = [Fixture.row("tv1", "a", 60, .neutral), Fixture.row("tv1", "b", 40, .neutral)]
        let breaches = RulesCheck(codebook: book).breaches(rows)
        let section = ReportComposer(codebook: book).legalFrameworkSection(breaches)
        let markdown = DocumentText.markdown(ReportDocument(title: "t", sections: [section]))
        #expect(markdown.contains("Nobody above 90% (maximum share;"))
        #expect(markdown.contains("Nobody above 10% (maximum share;"))
        #expect(markdown.contains("Breaches of maximum share 2 (2)"))
        #expect(section.blocks.filter { if case .table = $0 { true } else { false } }.count == 1)
        let json = (try? ReferenceOutput().rulesJSON(breaches, codebook: book)) ?? ""
        #expect(json.contains("\"text\" : \"Nobody above 10%\""))
        #expect(json.contains("\"week\" : null"))
    }
}
