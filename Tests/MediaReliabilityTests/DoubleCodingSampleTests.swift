import MediaModel
import Testing
@testable import MediaReliability

@Suite struct DoubleCodingSampleTests {
    let items: [(id: Int64, outlet: String)] = (1...200).map { (Int64($0), $0 % 4 == 0 ? "panorama" : "khabar") }

    @Test func theSameSeedGivesTheSameSampleInAnyOrder() {
        let sample = DoubleCodingSample(percent: 10, seed: 42)
        let picked = sample.pick(from: items)
        #expect(sample.pick(from: items.reversed()) == picked)
        #expect(DoubleCodingSample(percent: 10, seed: 42).pick(from: items.shuffled()) == picked)
        #expect(DoubleCodingSample(percent: 10, seed: 43).pick(from: items) != picked)
    }

    @Test func picksTheShareOfEachOutletRoundedUp() {
        let picked = Set(DoubleCodingSample(percent: 12, seed: 1).pick(from: items))
        let byOutlet = Dictionary(grouping: items.filter { picked.contains($0.id) }, by: \.outlet).mapValues(\.count)
        // khabar 150 items → 18; panorama 50 → 6.
        #expect(byOutlet == ["khabar": 18, "panorama": 6])
        #expect(DoubleCodingSample(percent: 1, seed: 1).pick(from: [(7, "ktk")]) == [7])
        #expect(DoubleCodingSample(percent: 100, seed: 1).pick(from: items).count == 200)
        #expect(DoubleCodingSample(percent: 10, seed: 1).size(of: 30) == 3)
    }

    @Test func aLargerShareKeepsTheSmallerSample() {
        let small = Set(DoubleCodingSample(percent: 5, seed: 9).pick(from: items))
        let large = Set(DoubleCodingSample(percent: 20, seed: 9).pick(from: items))
        #expect(small.isSubset(of: large))
    }

    @Test func spreadsThePicksOverTheItems() {
        // Not the first or last items of the list: a random sample.
        let picked = DoubleCodingSample(percent: 10, seed: 2012).pick(from: items)
        #expect(picked.contains { $0 > 100 } && picked.contains { $0 <= 100 })
    }

    @Test func splitMixMatchesItsReferenceOutput() {
        // SplitMix64 seeded with 1234567, as computed by a Python transcription of Vigna's splitmix64.c.
        var rng = SplitMix64(seed: 1234567)
        #expect([rng.next(), rng.next(), rng.next()] == [6457827717110365317, 3203168211198807973, 9817491932198370423])
    }
}
