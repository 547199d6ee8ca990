import MediaModel
import Testing
@testable import MediaReliability

@Suite struct DisagreementTests {
    @Test func listsToneFlipsFirstThenByCoverageAtStake() {
        var c = Codings()
        c.code(1, "a", "nur-otan", 100, .positive)
        c.code(1, "b", "nur-otan", 40, .negative)     // flip (stake 100) and amount (stake 60)
        c.code(2, "a", "osdp", 200, .neutral)
        c.code(2, "b", "osdp", 195, .negative)        // tone (stake 200); 195 within 10% of 200
        c.code(2, "a", "knpk", 30, .neutral)          // only a: subject (stake 30)
        c.code(3, "a", "auyl", 50, .neutral)
        c.code(3, "b", "auyl", 50, .neutral)          // agree: nothing
        c.genre(3, "a", "news"); c.genre(3, "b", "paid-advertising")  // genre (stake 50)
        let list = c.items.disagreements(tolerance: .relative(percent: 10))
        #expect(list.map { "\($0.segmentID) \($0.variable.rawValue) \($0.subject ?? "-") \($0.stake.formatted)" } == [
            "1 tone nur-otan 100",
            "2 tone osdp 200",
            "1 amount nur-otan 60",
            "3 genre - 50",
            "2 subject knpk 30",
        ])
        #expect(list[0].isToneFlip && !list[1].isToneFlip)
        #expect(list[4].values == [CoderValue("a", "30"), CoderValue("b", "absent")])
    }

    @Test func amountsWithinTheToleranceAreNotDisagreements() {
        var c = Codings()
        c.code(1, "a", "nur-otan", 100, .neutral)
        c.code(1, "b", "nur-otan", 96, .neutral)
        #expect(c.items.disagreements(tolerance: .absolute(5, unit: nil)).isEmpty)
        #expect(c.items.disagreements(tolerance: .absolute(3, unit: nil)).map(\.variable) == [.amount])
    }
}
