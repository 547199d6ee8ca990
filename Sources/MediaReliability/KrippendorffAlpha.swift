/// How far apart two values are when coders disagree (Krippendorff 2011, §E): nominal values
/// either match or not, ordinal ones are as far apart as the values between them, interval ones
/// by their squared difference.
public enum AlphaMetric: String, Sendable, CaseIterable, Codable {
    case nominal, ordinal, interval
}

/// The coincidence matrix of a set of units (Krippendorff 2011, §C): `o[c][k]` counts how often
/// value `c` and value `k` were given to the same unit by two different coders, each pair in a
/// unit of `m` values weighing `1 / (m − 1)`, so that every pairable value counts once in `n`.
///
/// Units are the values the coders gave, one per coder who coded the unit; a coder who did not
/// code a unit is simply absent (Krippendorff's missing value). Units with fewer than two values
/// are not pairable and are left out, as Krippendorff defines.
public struct CoincidenceMatrix: Sendable, Equatable {
    /// The distinct values that occur in pairable units, ascending.
    public let values: [Double]
    /// `o[c][k]` for value indices `c` and `k`; symmetric, rows summing to `totals`.
    public let coincidences: [[Double]]
    /// `n_c`: how many pairable values equal `values[c]`.
    public let totals: [Double]
    /// `n`: all pairable values.
    public let n: Double
    /// How many units had two or more values.
    public let pairableUnits: Int
    /// `Σ_{g<c} n_g`, for ordinal distances.
    private let cumulative: [Double]

    public init(units: [[Double]]) {
        let pairable = units.filter { $0.count >= 2 }
        let values = Array(Set(pairable.joined())).sorted()
        var index: [Double: Int] = [:]
        for (i, v) in values.enumerated() { index[v] = i }
        var o = Array(repeating: Array(repeating: 0.0, count: values.count), count: values.count)
        for unit in pairable {
            let weight = 1.0 / Double(unit.count - 1)
            for i in unit.indices {
                for j in unit.indices where j != i {
                    o[index[unit[i]]!][index[unit[j]]!] += weight
                }
            }
        }
        self.values = values
        self.coincidences = o
        self.totals = o.map { $0.reduce(0, +) }
        var running = 0.0
        self.cumulative = totals.map { total in defer { running += total }; return running }
        self.n = Double(pairable.reduce(0) { $0 + $1.count })
        self.pairableUnits = pairable.count
    }

    /// δ²(c, k) between the values at indices `c` and `k` under `metric`.
    func distance(_ c: Int, _ k: Int, _ metric: AlphaMetric) -> Double {
        switch metric {
        case .nominal:
            return c == k ? 0 : 1
        case .interval:
            let d = values[c] - values[k]
            return d * d
        case .ordinal:
            // (Σ_{g=c}^{k} n_g − (n_c + n_k) / 2)²
            let (lo, hi) = (min(c, k), max(c, k))
            let between = cumulative[hi] + totals[hi] - cumulative[lo] - (totals[c] + totals[k]) / 2
            return between * between
        }
    }
}

/// Krippendorff's alpha for one variable, with what it was computed from.
public struct AlphaEstimate: Sendable, Equatable {
    /// `1 − D_o / D_e`; nil when undefined: no pairable unit, or no variation at all (every
    /// pairable value the same), where agreement cannot be told from chance.
    public var alpha: Double?
    public var metric: AlphaMetric
    /// Units with two or more values.
    public var units: Int
    /// `n`: pairable values.
    public var values: Int
    /// `D_o` and `D_e`.
    public var observedDisagreement: Double
    public var expectedDisagreement: Double
}

/// Krippendorff's alpha of `units` (each the values the coders gave one unit; missing values left
/// out), computed from the coincidence matrix:
/// `D_o = Σ o_ck δ²_ck / n`, `D_e = Σ n_c n_k δ²_ck / (n (n − 1))`, `α = 1 − D_o / D_e`.
public func krippendorffAlpha(_ units: [[Double]], metric: AlphaMetric) -> AlphaEstimate {
    let matrix = CoincidenceMatrix(units: units)
    let size = matrix.values.count
    var observed = 0.0, expected = 0.0
    for c in 0..<size {
        for k in 0..<size where k != c {
            let d = matrix.distance(c, k, metric)
            observed += matrix.coincidences[c][k] * d
            expected += matrix.totals[c] * matrix.totals[k] * d
        }
    }
    let n = matrix.n
    var estimate = AlphaEstimate(alpha: nil, metric: metric, units: matrix.pairableUnits, values: Int(n),
                                 observedDisagreement: 0, expectedDisagreement: 0)
    guard n >= 2 else { return estimate }
    estimate.observedDisagreement = observed / n
    estimate.expectedDisagreement = expected / (n * (n - 1))
    if estimate.expectedDisagreement > 0 {
        estimate.alpha = 1 - estimate.observedDisagreement / estimate.expectedDisagreement
    }
    return estimate
}

/// Krippendorff's alpha of nominal categories of any kind (tones, genres, present/absent).
public func krippendorffAlpha<Category: Hashable>(nominal units: [[Category]]) -> AlphaEstimate {
    var codes: [Category: Double] = [:]
    let numeric = units.map { unit in
        unit.map { category in
            if let code = codes[category] { return code }
            let code = Double(codes.count)
            codes[category] = code
            return code
        }
    }
    return krippendorffAlpha(numeric, metric: .nominal)
}
