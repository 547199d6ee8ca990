import Testing
@testable import MediaReliability

/// Krippendorff's alpha against the worked examples of Krippendorff (2011), "Computing
/// Krippendorff's Alpha-Reliability", and against the edge cases the definition settles.
/// Exact fractions were checked with scripts/alpha-oracle.py, which computes alpha another way.
@Suite struct AlphaTests {
    /// §C: four observers, twelve units, missing values (nil); unit 12 has a single value.
    static let fourObservers: [[Double?]] = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
        [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
    ]

    /// Observers × units as in the paper → units, each with the values present.
    static func units(_ observers: [[Double?]]) -> [[Double]] {
        observers[0].indices.map { u in observers.compactMap { $0[u] } }
    }

    @Test func reproducesKrippendorffsFourObserverExampleWithMissingValues() {
        let units = Self.units(Self.fourObservers)
        let nominal = krippendorffAlpha(units, metric: .nominal)
        let ordinal = krippendorffAlpha(units, metric: .ordinal)
        let interval = krippendorffAlpha(units, metric: .interval)
        // Published: 0.743, 0.815, 0.849; exactly 113/152, 108577/133160, 951/1120.
        #expect(abs(nominal.alpha! - 113.0 / 152) < 1e-12)
        #expect(abs(ordinal.alpha! - 108577.0 / 133160) < 1e-12)
        #expect(abs(interval.alpha! - 951.0 / 1120) < 1e-12)
        #expect([nominal, ordinal, interval].map { alphaText($0.alpha!) } == ["0.743", "0.815", "0.849"])
        #expect(nominal.units == 11 && nominal.values == 40)
    }

    @Test func buildsThePublishedCoincidenceMatrix() {
        let matrix = CoincidenceMatrix(units: Self.units(Self.fourObservers))
        #expect(matrix.values == [1, 2, 3, 4, 5])
        #expect(matrix.totals.map { ($0 * 1e9).rounded() / 1e9 } == [9, 13, 10, 5, 3])
        #expect(matrix.n == 40)
        #expect(abs(matrix.coincidences[0][0] - 7) < 1e-12)
        #expect(abs(matrix.coincidences[0][1] - 4.0 / 3) < 1e-12)
        #expect(abs(matrix.coincidences[1][0] - 4.0 / 3) < 1e-12)
        #expect(abs(matrix.coincidences[4][4] - 3) < 1e-12)
        #expect(matrix.coincidences[0][4] == 0)
    }

    @Test func reproducesKrippendorffsTwoObserverBinaryExample() {
        let a: [Double] = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
        let b: [Double] = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
        let alpha = krippendorffAlpha(zip(a, b).map { [$0, $1] }, metric: .nominal).alpha!
        #expect(abs(alpha - 2.0 / 21) < 1e-12)
        #expect(alphaText(alpha) == "0.095")
    }

    @Test func nominalCategoriesOfAnyKindGiveTheSameAlphaAsNumbers() {
        let numeric = Self.units(Self.fourObservers)
        let names = numeric.map { $0.map { ["", "a", "b", "c", "d", "e"][Int($0)] } }
        #expect(krippendorffAlpha(nominal: names).alpha == krippendorffAlpha(numeric, metric: .nominal).alpha)
    }

    @Test func perfectAgreementWithVariationIsOne() {
        let units: [[Double]] = [[1, 1], [2, 2, 2], [5, 5], [3, 3]]
        for metric in AlphaMetric.allCases {
            #expect(krippendorffAlpha(units, metric: metric).alpha == 1)
        }
    }

    @Test func oneCategoryOnlyLeavesAlphaUndefined() {
        let estimate = krippendorffAlpha(nominal: [["neutral", "neutral"], ["neutral", "neutral", "neutral"]])
        #expect(estimate.alpha == nil)
        #expect(estimate.units == 2 && estimate.values == 5)
        #expect(Verdict(estimate.alpha) == .undefined)
    }

    @Test func aSinglePairableUnitThatDisagreesGivesZero() {
        // D_o = D_e when all values sit in one unit: agreement no better than chance.
        #expect(krippendorffAlpha([[1, 2]], metric: .nominal).alpha == 0)
        #expect(abs(krippendorffAlpha([[10, 20, 45]], metric: .interval).alpha!) < 1e-12)
        #expect(krippendorffAlpha([[7, 7]], metric: .interval).alpha == nil)
    }

    @Test func unitsWithFewerThanTwoValuesAreNotPairable() {
        let units: [[Double]] = [[1, 2], [2, 2], [1, 1], [3, 1]]
        let with = krippendorffAlpha(units + [[3], [], [1]], metric: .nominal)
        #expect(with == krippendorffAlpha(units, metric: .nominal))
        #expect(with.units == 4)
        let none = krippendorffAlpha([[1], [2]], metric: .nominal)
        #expect(none.alpha == nil && none.units == 0 && none.values == 0)
    }

    @Test func intervalAlphaIgnoresTheOriginAndScaleOfTheValues() {
        let units = Self.units(Self.fourObservers)
        let moved = units.map { $0.map { $0 * 60 + 1000 } }
        let a = krippendorffAlpha(units, metric: .interval).alpha!
        let b = krippendorffAlpha(moved, metric: .interval).alpha!
        #expect(abs(a - b) < 1e-12)
        // The nominal metric sees no distances: 60 s apart is as different as 1 s.
        #expect(krippendorffAlpha(moved, metric: .nominal).alpha == krippendorffAlpha(units, metric: .nominal).alpha)
    }

    @Test func systematicDisagreementGivesNegativeAlpha() {
        let alpha = krippendorffAlpha(nominal: [["positive", "negative"], ["negative", "positive"], ["positive", "negative"]]).alpha!
        #expect(alpha < 0)
    }

    @Test func verdictsFollowKrippendorffsThresholdsAsPrinted() {
        #expect(Verdict(0.8) == .reliable)
        #expect(Verdict(0.79951) == .reliable)   // printed 0.800
        #expect(Verdict(0.7994) == .tentative)
        #expect(Verdict(2.0 / 3) == .tentative)  // printed 0.667
        #expect(Verdict(0.6664) == .unreliable)
        #expect(Verdict(-0.2) == .unreliable)
        #expect(Verdict(nil) == .undefined)
    }
}
