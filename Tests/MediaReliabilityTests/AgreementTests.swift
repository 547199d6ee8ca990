import MediaModel
import Testing
@testable import MediaReliability

@Suite struct AgreementTests {
    @Test func percentAgreementCountsEveryPairOfCodersOnce() {
        #expect(percentAgreement([["a", "a"], ["a", "b"], ["b", "b"], ["c", "a"]]) == 50)
        // Three coders, two agreeing: 1 of 3 pairs.
        #expect(abs(percentAgreement([["a", "a", "b"]])! - 100.0 / 3) < 1e-12)
        #expect(percentAgreement([["a"], []] as [[String]]) == nil)
    }

    @Test func jaccardOverlapOfSubjectSets() {
        #expect(jaccard(["nur-otan", "osdp"], ["nur-otan"]) == 0.5)
        #expect(jaccard(Set<String>(), []) == 1)
        #expect(jaccard(["a"], ["b"]) == 0)
        // Per item the mean over pairs of coders, then the mean over items.
        let items: [[Set<String>]] = [[["a", "b"], ["a"]], [["a"], ["a"], ["b"]], [["x"]]]
        #expect(abs(meanJaccard(items)! - (0.5 + 1.0 / 3) / 2) < 1e-12)
        #expect(meanJaccard([[Set<String>]]()) == nil)
    }

    @Test func readsTolerancesAsVideoCodingToolsWriteThem() {
        #expect(AmountTolerance("10%") == .relative(percent: 10))
        #expect(AmountTolerance("5s") == .absolute(5, unit: .seconds))
        #expect(AmountTolerance("20cm2") == .absolute(20, unit: .squareCentimetres))
        #expect(AmountTolerance("100chars") == .absolute(100, unit: .characters))
        #expect(AmountTolerance("2.5") == .absolute(2.5, unit: nil))
        for bad in ["", "%", "ten", "-5s", "150%", "5 min"] { #expect(AmountTolerance(bad) == nil, "\(bad)") }
        #expect(AmountTolerance("10%")!.description == "10%" && AmountTolerance("5s")!.description == "5s")
    }

    @Test func toleranceIsMeasuredFromTheLargerAmount() {
        let relative = AmountTolerance.relative(percent: 10)
        #expect(relative.accepts(100, 90) && relative.accepts(90, 100))
        #expect(!relative.accepts(100, 89))
        let absolute = AmountTolerance.absolute(5, unit: .seconds)
        #expect(absolute.accepts(30, 35) && !absolute.accepts(30, 35.5))
        #expect(AmountTolerance.relative(percent: 0).accepts(42, 42))
    }
}
