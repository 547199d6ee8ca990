import MediaModel
import Testing
@testable import MediaReports

@Suite struct ShareAndToneTests {
    let report = ShareReport(codebook: Fixture.codebook)
    let tone = ToneReport(codebook: Fixture.codebook)

    /// A grouped column's name comes from the catalogue, in the reader's language; a column id that
    /// is no ownership or medium stays as it is.
    @Test func groupedColumnsAreNamedInTheReadersLanguage() {
        let book = Fixture.codebook
        #expect(book.columnName("state", grouping: .ownership) == "State")
        #expect(book.columnName("private", grouping: .ownership, language: .ru) == "Частные")
        #expect(Outlet.Medium.allCases.map { book.columnName($0.rawValue, grouping: .medium) } == ["TV", "Radio", "Print", "Online"])
        #expect(book.columnName("print", grouping: .medium, language: .ru) == "Пресса")
        #expect(book.columnName("cable", grouping: .medium) == "cable" && book.columnName("public", grouping: .ownership) == "public")
    }

    @Test func shareDividesSubjectAmountByOutletTotal() throws {
        let rows = [Fixture.row("tv1", "a", 30, .neutral), Fixture.row("tv1", "b", 90, .positive),
                    Fixture.row("tv1", "a", 15, .negative, segment: 2), Fixture.row("tv2", "b", 10, .neutral)]
        let t = try #require(report.tables(rows, filter: ReportFilter()).table(.seconds))
        let totalTV1 = 30.0 + 90 + 15
        #expect(t.share(of: "a", in: "tv1") == (30 + 15) / totalTV1 * 100)
        #expect(t.share(of: "b", in: "tv1") == 90 / totalTV1 * 100)
        #expect(t.share(of: "b", in: "tv2") == 100)
        #expect(t.total(of: "tv1") == totalTV1)
    }

    @Test func sharesOfAnOutletAddUpToHundred() throws {
        let amounts: [Double] = [7, 13, 29, 31]
        let rows = amounts.enumerated().map { Fixture.row("tv1", $0.offset % 2 == 0 ? "a" : "b", $0.element, .neutral, segment: Int64($0.offset)) }
        let t = try #require(report.tables(rows, filter: ReportFilter()).table(.seconds))
        let sum = t.rows.reduce(0) { $0 + $1.share }
        #expect(abs(sum - 100) < 1e-9)
    }

    @Test func secondCodersCodingsNeverCount() throws {
        let rows = [Fixture.row("tv1", "a", 40, .neutral), Fixture.row("tv1", "a", 55, .negative, primary: false),
                    Fixture.row("tv1", "b", 60, .neutral, primary: false)]
        let t = try #require(report.tables(rows, filter: ReportFilter()).table(.seconds))
        #expect(t.rows.count == 1)
        #expect(t.total(of: "tv1") == 40)
    }

    @Test func broadcastOutsideTheMonitoringWindowDoesNotCount() throws {
        let rows = [Fixture.row("tv1", "a", 40, .neutral, start: "17:59:59"), Fixture.row("tv1", "b", 20, .neutral, start: "18:00")]
        let t = try #require(report.tables(rows, filter: ReportFilter()).table(.seconds))
        #expect(t.share(of: "a", in: "tv1") == nil)
        #expect(t.share(of: "b", in: "tv1") == 100)
        let all = try #require(report.tables(rows, filter: ReportFilter(monitoringWindowOnly: false)).table(.seconds))
        #expect(all.total(of: "tv1") == 60)
    }

    @Test func paidAirtimeCountsOnlyWhenAsked() throws {
        let rows = [Fixture.row("tv1", "a", 40, .neutral), Fixture.row("tv1", "b", 60, .positive, genre: "paid-advertising")]
        let editorial = try #require(report.tables(rows, filter: ReportFilter()).table(.seconds))
        #expect(editorial.share(of: "a", in: "tv1") == 100)
        let paid = try #require(report.tables(rows, filter: ReportFilter(genres: ["paid-advertising"])).table(.seconds))
        #expect(paid.share(of: "b", in: "tv1") == 100)
    }

    @Test func institutionsFoldIntoTheirPartyWhenAttributed() throws {
        let rows = [Fixture.row("tv1", "a", 20, .neutral), Fixture.row("tv1", "b", 60, .neutral),
                    Fixture.row("tv1", "pres", 40, .positive), Fixture.row("tv1", "cec", 100, .neutral)]
        let plain = try #require(report.tables(rows, filter: ReportFilter()).table(.seconds))
        #expect(plain.share(of: "a", in: "tv1") == 20.0 / 80 * 100)
        let folded = try #require(report.tables(rows, filter: ReportFilter(attributeInstitutions: true)).table(.seconds))
        // (party + affiliated institution) / (parties + affiliated institutions); the CEC belongs to no party.
        #expect(folded.share(of: "a", in: "tv1") == 60.0 / 120 * 100)
        #expect(folded.share(of: "pres", in: "tv1") == nil)
        let everyone = try #require(report.tables(rows, filter: ReportFilter(subjects: .all)).table(.seconds))
        #expect(everyone.share(of: "cec", in: "tv1") == 100.0 / 220 * 100)
    }

    @Test func secondsAndSquareCentimetresNeverMix() {
        let rows = [Fixture.row("tv1", "a", 30, .neutral), Fixture.row("paper", "a", 500, .neutral), Fixture.row("paper", "b", 500, .neutral)]
        let tables = report.tables(rows, filter: ReportFilter())
        #expect(tables.map(\.unit) == [.seconds, .squareCentimetres])
        #expect(tables.table(.squareCentimetres)?.share(of: "a", in: "paper") == 50)
        #expect(tables.table(.seconds)?.outlets == ["tv1"])
    }

    @Test func weightingByItemsCountsCodingsNotSeconds() throws {
        let rows = [Fixture.row("tv1", "a", 300, .neutral), Fixture.row("tv1", "b", 10, .neutral, segment: 2),
                    Fixture.row("tv1", "b", 10, .neutral, segment: 3)]
        let t = try #require(report.tables(rows, filter: ReportFilter(weight: .items)).table(.seconds))
        #expect(t.share(of: "b", in: "tv1") == 2.0 / 3 * 100)
    }

    @Test func directSpeechShareIsAmongTheOutletsDirectSpeech() throws {
        let rows = [Fixture.row("tv1", "a", 60, .neutral, direct: 30), Fixture.row("tv1", "b", 60, .neutral, direct: 10),
                    Fixture.row("tv1", "b", 20, .neutral, segment: 2)]
        let t = try #require(report.tables(rows, filter: ReportFilter()).table(.seconds))
        #expect(t.rows.first { $0.subject == "a" }?.directShare == 30.0 / 40 * 100)
        #expect(t.rows.first { $0.subject == "b" }?.direct == 10)
    }

    @Test func toneProfileAndToneDistributionUseTheirOwnDenominators() throws {
        let rows = [Fixture.row("paper", "a", 86, .negative), Fixture.row("paper", "a", 14, .neutral, segment: 2),
                    Fixture.row("paper", "b", 20, .negative, segment: 3), Fixture.row("paper", "b", 80, .positive, segment: 4)]
        let t = try #require(tone.tables(rows, filter: ReportFilter()).table(.squareCentimetres))
        #expect(t.ofSubject("a", .negative, in: "paper") == 86.0 / 100 * 100)
        #expect(t.ofTone("a", .negative, in: "paper") == 86.0 / (86 + 20) * 100)
        #expect(t.ofTone("b", .positive, in: "paper") == 100)
        // A tone a subject never received has no row: its share of that tone is undefined, not zero-by-division.
        #expect(t.row("a", .positive, in: "paper") == nil)
        let profileSum = Tone.allCases.reduce(0) { $0 + t.ofSubject("b", $1, in: "paper") }
        #expect(abs(profileSum - 100) < 1e-9)
    }

    @Test func groupsSumTheirOutletsCodingsRatherThanAveragePercentages() throws {
        // State: one channel. Private TV: tv2 only; print is private too but has another unit.
        let rows = [Fixture.row("tv1", "a", 90, .neutral), Fixture.row("tv1", "b", 10, .neutral),
                    Fixture.row("tv2", "a", 10, .neutral), Fixture.row("tv2", "b", 290, .neutral),
                    Fixture.row("paper", "a", 1000, .neutral)]
        let byOwnership = report.tables(rows, filter: ReportFilter(), grouping: .ownership)
        let tv = try #require(byOwnership.table(.seconds))
        #expect(tv.outlets == ["state", "private"])
        #expect(tv.share(of: "a", in: "private") == 10.0 / 300 * 100)
        #expect(byOwnership.table(.squareCentimetres)?.share(of: "a", in: "private") == 100)

        let byLanguage = try #require(report.tables(rows, filter: ReportFilter(), grouping: .language).table(.seconds))
        #expect(byLanguage.outlets == ["kk", "ru"])

        let allTV = [Fixture.row("tv1", "a", 90, .neutral), Fixture.row("tv2", "a", 10, .neutral), Fixture.row("tv2", "b", 290, .neutral)]
        let byMedium = try #require(report.tables(allTV, filter: ReportFilter(), grouping: .medium).table(.seconds))
        // Summed: (90 + 10) / 390; averaging the two channels' percentages would give (100 + 3.3) / 2.
        #expect(byMedium.share(of: "a", in: "tv") == 100.0 / 390 * 100)
    }

    @Test func outletAndDayFiltersNarrowTheCount() throws {
        let rows = [Fixture.row("tv1", "a", 10, .neutral, day: "2012-01-01"), Fixture.row("tv1", "b", 30, .neutral, day: "2012-01-09"),
                    Fixture.row("tv2", "a", 10, .neutral, day: "2012-01-09")]
        let filter = ReportFilter(days: DayRange(first: LocalDate("2012-01-08")!, last: LocalDate("2012-01-14")!), outlets: ["tv1"])
        let t = try #require(report.tables(rows, filter: filter).table(.seconds))
        #expect(t.outlets == ["tv1"])
        #expect(t.share(of: "b", in: "tv1") == 100)
    }

    @Test func genresCanBeComparedAcrossOutletsWithinAUnit() throws {
        let rows = [Fixture.row("tv1", "a", 30, .neutral), Fixture.row("tv2", "b", 10, .neutral),
                    Fixture.row("tv1", "b", 60, .positive, genre: "paid-advertising", segment: 2),
                    Fixture.row("paper", "a", 500, .neutral)]
        let editorial = try #require(report.tables(rows, filter: ReportFilter(), grouping: .genre).table(.seconds))
        #expect(editorial.outlets == ["news"])
        #expect(editorial.share(of: "a", in: "news") == 30.0 / 40 * 100)
        let both = report.tables(rows, filter: ReportFilter(genres: ["news", "paid-advertising"]), grouping: .genre)
        #expect(both.table(.seconds)?.outlets == ["news", "paid-advertising"])
        #expect(both.table(.seconds)?.share(of: "b", in: "paid-advertising") == 100)
        #expect(both.table(.squareCentimetres)?.share(of: "a", in: "news") == 100)
    }
}
