import MediaModel
import Testing
@testable import MediaReports

/// How composed tables read (issue 14, item 18, in the lines the catalogue work rewrote): subjects in
/// codebook order, and no "0.0" for a part of coverage an outlet never had.
@Suite struct ComposerTableTests {
    /// tv1 covers only Bloc B; tv2 covers Party A then Bloc B, but B is tv1's first row.
    let rows = [
        Fixture.row("tv1", "b", 30, .neutral),
        Fixture.row("tv2", "a", 10, .neutral, segment: 2), Fixture.row("tv2", "b", 10, .neutral, segment: 2),
    ]

    @Test func subjectRowsFollowTheCodebookNotTheFirstOutlet() throws {
        let composer = ReportComposer(codebook: Fixture.codebook)
        let share = try #require(ShareReport(codebook: Fixture.codebook).tables(rows, filter: ReportFilter()).table(.seconds))
        #expect(share.subjects == ["b", "a"], "the table itself lists subjects as they come")
        let table = composer.shareTable(share)
        #expect(table.rows.prefix(2).map { $0[0] } == [.text("Party A"), .text("BSL")])
        let tone = try #require(ToneReport(codebook: Fixture.codebook).tables(rows, filter: ReportFilter()).table(.seconds))
        #expect(composer.toneTable(tone, outlet: "tv2").rows.map { $0[0] } == [.text("Party A"), .text("BSL")])
    }

    @Test func aPartOfCoverageTheOutletNeverHadIsADash() throws {
        let tone = try #require(ToneReport(codebook: Fixture.codebook).tables(rows, filter: ReportFilter()).table(.seconds))
        let table = ReportComposer(codebook: Fixture.codebook).toneTable(tone, outlet: "tv2")
        // tv2 had only neutral coverage: the parts of all positive and all negative are no figure.
        let ofAllPositive = 4, ofAllNegative = 5
        #expect(table.columns[ofAllPositive].title == "Of all positive" && table.columns[ofAllNegative].title == "Of all negative")
        #expect(table.rows.allSatisfy { $0[ofAllPositive] == .empty && $0[ofAllNegative] == .empty })
        #expect(table.text(row: 0, column: ofAllPositive) == "–")
        // The tone profile stays a figure: 0% of Party A's coverage was positive.
        #expect(table.rows[0][1] == .number(0))
        let matrix = ReportComposer(codebook: Fixture.codebook).toneMatrix(tone, .negative, ofTone: true)
        #expect(matrix.rows.allSatisfy { $0.dropFirst().allSatisfy { $0 == .empty } })
    }
}
