import Foundation
import MediaModel

/// Percent agreement over every pair of coders who coded the same unit, pooled over units:
/// `agreeing pairs / all pairs × 100`. With two coders per unit it is the share of units they
/// agree on; with more, each pair of coders counts once. Nil when no unit has two values.
public func percentAgreement<Value>(_ units: [[Value]], agree: (Value, Value) -> Bool) -> Double? {
    var pairs = 0, agreeing = 0
    for unit in units {
        for i in unit.indices {
            for j in unit.indices where j > i {
                pairs += 1
                if agree(unit[i], unit[j]) { agreeing += 1 }
            }
        }
    }
    return pairs == 0 ? nil : Double(agreeing) / Double(pairs) * 100
}

public func percentAgreement<Value: Equatable>(_ units: [[Value]]) -> Double? {
    percentAgreement(units, agree: ==)
}

/// `|A ∩ B| / |A ∪ B|`; two empty sets agree fully.
public func jaccard<Element>(_ a: Set<Element>, _ b: Set<Element>) -> Double {
    let union = a.union(b).count
    return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
}

/// The mean Jaccard overlap of the coders' sets per item (each pair of an item's coders once),
/// averaged over items: how far coders agree on *which* subjects an item covers. Nil without items.
public func meanJaccard<Element>(_ items: [[Set<Element>]]) -> Double? {
    var perItem: [Double] = []
    for sets in items where sets.count >= 2 {
        var sum = 0.0, pairs = 0
        for i in sets.indices {
            for j in sets.indices where j > i {
                sum += jaccard(sets[i], sets[j])
                pairs += 1
            }
        }
        perItem.append(sum / Double(pairs))
    }
    return perItem.isEmpty ? nil : perItem.reduce(0, +) / Double(perItem.count)
}

/// When two coders' amounts for the same subject count as agreeing, as video-coding tools report
/// duration agreement: `10%` — within 10% of the larger amount; `5s`, `20cm2`, `100chars` or a bare
/// `5` — at most that far apart in the item's own unit.
public enum AmountTolerance: Sendable, Equatable, CustomStringConvertible {
    case relative(percent: Double)
    /// `unit` nil: in whatever unit the item is measured.
    case absolute(Double, unit: AmountUnit?)

    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let suffixes: [(String, AmountUnit?)] = [("%", nil), ("cm²", .squareCentimetres), ("cm2", .squareCentimetres),
                                                 ("chars", .characters), ("s", .seconds), ("", nil)]
        guard let (suffix, unit) = suffixes.first(where: { t.hasSuffix($0.0) }),
              let number = Double(t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)),
              number.isFinite, number >= 0 else { return nil }
        if suffix == "%" {
            guard number <= 100 else { return nil }
            self = .relative(percent: number)
        } else {
            self = .absolute(number, unit: unit)
        }
    }

    public func accepts(_ a: Double, _ b: Double) -> Bool {
        let difference = abs(a - b)
        switch self {
        case .relative(let percent): return difference <= max(abs(a), abs(b)) * percent / 100 + 1e-9
        case .absolute(let limit, _): return difference <= limit + 1e-9
        }
    }

    public var description: String {
        switch self {
        case .relative(let percent): return "\(percent.formatted)%"
        case .absolute(let limit, let unit):
            let suffix = switch unit {
            case .seconds: "s"
            case .squareCentimetres: "cm2"
            case .characters: "chars"
            case nil: ""
            }
            return limit.formatted + suffix
        }
    }
}
