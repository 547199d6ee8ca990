import MediaModel

/// Picks the items a second coder codes for the reliability check: a reproducible random sample
/// of a share of each outlet's items (`mediamon assign --double 10% --seed 7`).
///
/// Each item gets a pseudo-random rank from the seed and its id alone, and an outlet's lowest-ranked
/// items are picked. The same items, share and seed always give the same sample, whatever order
/// the items are listed in, on any machine (Swift's own hashing and system random numbers are
/// seeded per process, so neither would do).
public struct DoubleCodingSample: Sendable {
    public var percent: Double
    public var seed: UInt64

    public init(percent: Double, seed: UInt64) {
        self.percent = percent
        self.seed = seed
    }

    /// How many of an outlet's `count` items to pick: the share rounded up, so every outlet with
    /// items gets at least one and the sample is never smaller than asked.
    public func size(of count: Int) -> Int {
        min(count, Int((Double(count) * percent / 100 - 1e-9).rounded(.up)))
    }

    /// The ids picked from `items`, per outlet, ascending.
    public func pick(from items: [(id: Int64, outlet: String)]) -> [Int64] {
        var byOutlet: [String: [Int64]] = [:]
        for item in items { byOutlet[item.outlet, default: []].append(item.id) }
        return byOutlet.values.flatMap { ids in
            ids.map { (id: $0, rank: rank(of: $0)) }
                .sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
                .prefix(size(of: ids.count))
                .map(\.id)
        }.sorted()
    }

    func rank(of id: Int64) -> UInt64 {
        var generator = SplitMix64(seed: seed ^ (UInt64(bitPattern: id) &* 0xD1B5_4A32_D192_ED03))
        return generator.next()
    }
}
