import MediaModel
import Testing
@testable import MediaReliability

/// Alpha computed without the coincidence matrix: from the pairs of values directly, the way
/// scripts/alpha-oracle.py does. D_o averages the disagreement of the pairs inside each unit (a unit
/// of m values weighing 1/(m − 1)), D_e that of every pair of pairable values.
func pairwiseAlpha(_ units: [[Double]], distance: (Double, Double) -> Double) -> Double? {
    let pairable = units.filter { $0.count >= 2 }
    let pooled = pairable.flatMap { $0 }
    let n = Double(pooled.count)
    guard n >= 2 else { return nil }
    var observed = 0.0
    for unit in pairable {
        var sum = 0.0
        for i in unit.indices { for j in unit.indices where i != j { sum += distance(unit[i], unit[j]) } }
        observed += sum / Double(unit.count - 1)
    }
    var expected = 0.0
    for i in pooled.indices { for j in pooled.indices where i != j { expected += distance(pooled[i], pooled[j]) } }
    guard expected > 0 else { return nil }
    return 1 - (observed / n) / (expected / (n * (n - 1)))
}

@Suite struct AlphaAgainstIndependentComputationTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func matchesPairwiseComputationOnRandomDataWithMissingValues(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let coders = 2 + Int(rng.next() % 4)
        let units: [[Double]] = (0..<(5 + Int(rng.next() % 60))).map { _ in
            let truth = Double(rng.next() % 6)
            return (0..<coders).compactMap { _ in
                if rng.next() % 5 == 0 { return nil }                       // missing
                return rng.next() % 3 == 0 ? Double(rng.next() % 6) : truth // sometimes off
            }
        }
        let nominal = krippendorffAlpha(units, metric: .nominal).alpha
        let interval = krippendorffAlpha(units, metric: .interval).alpha
        let expectedNominal = pairwiseAlpha(units) { $0 == $1 ? 0 : 1 }
        let expectedInterval = pairwiseAlpha(units) { ($0 - $1) * ($0 - $1) }
        #expect((nominal == nil) == (expectedNominal == nil))
        #expect(abs((nominal ?? 0) - (expectedNominal ?? 0)) < 1e-9, "seed \(seed)")
        #expect(abs((interval ?? 0) - (expectedInterval ?? 0)) < 1e-9, "seed \(seed)")
    }
}
