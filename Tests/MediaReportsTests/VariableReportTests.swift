import MediaModel
import Testing
@testable import MediaReports

/// `report breakdown --by`, `--where` and `--attribute-by` (docs/METHODOLOGY.md "Formulas"), on
/// figures small enough to check by hand.
@Suite struct VariableReportTests {
    static let capacity = Variable(id: "capacity", name: LocalizedName(en: "Capacity"), of: .coding, level: .nominal,
                                   categories: [.init(id: "official", name: LocalizedName(en: "Official")),
                                                .init(id: "campaign", name: LocalizedName(en: "Campaign")),
                                                .init(id: "other", name: LocalizedName(en: "Other"))],
                                   defaultValue: "other")
    static let codebook: Codebook = {
        var book = Fixture.codebook
        book.variables.append(capacity)
        return book
    }()

    static func row(_ subject: String, _ amount: Double, _ tone: Tone, _ capacity: String?, outlet: String = "tv1") -> CodedRow {
        var row = Fixture.row(outlet, subject, amount, tone)
        if let capacity { row.values = ["capacity": capacity] }
        return row
    }

    /// In tv1: President 60 s official + 40 s campaign, party A 100 s campaign, party B 50 s campaign.
    static let rows = [
        row("pres", 60, .positive, "official"), row("pres", 40, .neutral, "campaign"),
        row("a", 100, .positive, "campaign"), row("b", 50, .negative, "campaign"),
    ]

    @Test func breakdownGivesBothPartsPerCategory() throws {
        let tables = BreakdownReport(codebook: Self.codebook).tables(Self.rows, by: Self.capacity, filter: ReportFilter(subjects: .all))
        let rows = try #require(tables.first { $0.unit == .seconds }).rows
        let presOfficial = try #require(rows.first { $0.subject == "pres" && $0.category == "official" })
        #expect(presOfficial.amount == 60 && presOfficial.ofSubject == 60 && presOfficial.ofCategory == 100)
        let presCampaign = try #require(rows.first { $0.subject == "pres" && $0.category == "campaign" })
        // 40 of the president's 100 s; 40 of the 190 s of campaigning.
        #expect(presCampaign.ofSubject == 40 && abs(presCampaign.ofCategory - 40.0 / 190 * 100) < 1e-12)
        let a = try #require(rows.first { $0.subject == "a" })
        #expect(a.category == "campaign" && a.ofSubject == 100 && abs(a.ofCategory - 100.0 / 190 * 100) < 1e-12)
        #expect(!rows.contains { $0.category == "other" })
    }

    @Test func breakdownByToneIsTheToneReport() throws {
        let filter = ReportFilter(subjects: .all)
        let breakdown = BreakdownReport(codebook: Self.codebook).tables(Self.rows, by: Self.codebook.variable("tone")!, filter: filter)
        let tone = ToneReport(codebook: Self.codebook).tables(Self.rows, filter: filter)
        #expect(breakdown.map { $0.rows.map { [$0.outlet, $0.subject, $0.category] } } == tone.map { $0.rows.map { [$0.outlet, $0.subject, $0.tone.rawValue] } })
        #expect(breakdown.map { $0.rows.map { [$0.amount, $0.ofSubject, $0.ofCategory] } } == tone.map { $0.rows.map { [$0.amount, $0.ofSubject, $0.ofTone] } })
    }

    @Test func whereKeepsOnlyTheCodingsWithThatValue() throws {
        var filter = ReportFilter(subjects: .all)
        filter.conditions = [VariableAssignment(variable: "capacity", value: "campaign")]
        let share = try #require(ShareReport(codebook: Self.codebook).tables(Self.rows, filter: filter).table(.seconds))
        // 40 + 100 + 50 = 190 s of campaigning.
        #expect(share.share(of: "pres", in: "tv1") == 40.0 / 190 * 100)
        #expect(share.total(of: "tv1") == 190)
        filter.conditions.append(VariableAssignment(variable: "tone", value: "negative"))
        let negative = try #require(ShareReport(codebook: Self.codebook).tables(Self.rows, filter: filter).table(.seconds))
        #expect(negative.rows.map(\.subject) == ["b"])
    }

    @Test func attributeByFoldsOnlyTheCodingsInThatCapacity() throws {
        var filter = ReportFilter()
        filter.attributeBy = VariableAssignment(variable: "capacity", value: "official")
        let share = try #require(ShareReport(codebook: Self.codebook).tables(Self.rows, filter: filter).table(.seconds))
        // The president's 60 official seconds go to party A; the 40 campaigning seconds stay with the
        // president, who is no contestant: A 160 of 210, B 50 of 210.
        #expect(share.rows.first { $0.subject == "a" }?.amount == 160)
        #expect(share.total(of: "tv1") == 210)
        let all = try #require(ShareReport(codebook: Self.codebook).tables(Self.rows, filter: ReportFilter(attributeInstitutions: true)).table(.seconds))
        #expect(all.rows.first { $0.subject == "a" }?.amount == 200)
    }

    @Test func aFilterValueTheCodebookDoesNotAllowIsAnError() {
        #expect(throws: InputError.self) {
            try ReportFilter.check(VariableAssignment(variable: "capacity", value: "oficial"), option: "--where", codebook: Self.codebook)
        }
        #expect(throws: InputError.self) {
            try ReportFilter.check(VariableAssignment(variable: "mood", value: "x"), option: "--where", codebook: Self.codebook)
        }
        #expect(throws: InputError.self) {
            try ReportFilter.check(VariableAssignment(variable: "direct", value: "3"), option: "--where", codebook: Self.codebook)
        }
    }
}
