import MediaModel

/// Sums of counted codings per unit, column, subject and tone: the one pass every table is computed from.
struct Tally {
    struct Key: Hashable {
        var unit: AmountUnit
        var column: String
        var subject: String
    }

    /// In whole millionths (``Millionths``): exact, whatever the order of adding.
    struct Sums {
        private var tones: (Int64, Int64, Int64) = (0, 0, 0)
        private var directMillionths: Int64 = 0
        var positive: Double { self[0] }
        var neutral: Double { self[1] }
        var negative: Double { self[2] }
        var direct: Double { Millionths.value(directMillionths) }
        var total: Double { Millionths.value(tones.0 + tones.1 + tones.2) }

        /// Indexed by `Tone.index`: positive, neutral, negative.
        subscript(_ i: Int) -> Double {
            Millionths.value(i == 0 ? tones.0 : i == 1 ? tones.1 : tones.2)
        }

        mutating func add(_ c: CountedCoding) {
            let m = Millionths.of(c.weight)
            switch c.tone.index {
            case 0: tones.0 += m
            case 1: tones.1 += m
            default: tones.2 += m
            }
            directMillionths += Millionths.of(c.direct)
        }
    }

    var sums: [Key: Sums] = [:]

    private let columnOf: [String: String]
    private let byGenre: Bool

    init(grouping: OutletGrouping, outlets: [String: Outlet]) {
        var columnOf: [String: String] = [:]
        for (id, outlet) in outlets { columnOf[id] = grouping.column(of: outlet) }
        self.columnOf = columnOf
        byGenre = grouping == .genre
    }

    init(_ codings: [CountedCoding], grouping: OutletGrouping, outlets: [String: Outlet]) {
        self.init(grouping: grouping, outlets: outlets)
        for c in codings { add(c) }
    }

    /// The codings of `rows` that `filter` counts, summed as they are read.
    init(_ rows: [CodedRow], filter: ReportFilter, codebook: Codebook, grouping: OutletGrouping) {
        self.init(grouping: grouping, outlets: codebook.outletsByID)
        filter.forEachCounted(rows, codebook: codebook, days: filter.days) { add($0) }
    }

    mutating func add(_ c: CountedCoding) {
        let column = byGenre ? c.genre ?? OutletGrouping.noGenre : columnOf[c.outlet] ?? c.outlet
        let key = Key(unit: c.unit, column: column, subject: c.subject)
        sums[key, default: Sums()].add(c)
    }

    /// Columns present for a unit, in the grouping's order.
    func columns(unit: AmountUnit, order: [String]) -> [String] {
        let present = Set(sums.keys.filter { $0.unit == unit }.map(\.column))
        return order.filter(present.contains) + present.subtracting(order).sorted()
    }

    /// Subjects present in a column, in codebook order.
    func subjects(unit: AmountUnit, column: String, order: [String]) -> [String] {
        order.filter { sums[Key(unit: unit, column: column, subject: $0)] != nil }
    }

    /// Each column of `unit` (as ``columns(unit:order:)``) with its subjects in `subjectOrder` and
    /// their sums: what a table of that unit is computed from.
    func columnSums(unit: AmountUnit, order: [String], subjectOrder: [String]) -> [(column: String, subjects: [String], sums: [Sums])] {
        columns(unit: unit, order: order).map { column in
            let present = subjects(unit: unit, column: column, order: subjectOrder)
            return (column, present, present.map { sums[Key(unit: unit, column: column, subject: $0)]! })
        }
    }
}

extension Tone {
    var index: Int {
        switch self {
        case .positive: 0
        case .neutral: 1
        case .negative: 2
        }
    }
}
