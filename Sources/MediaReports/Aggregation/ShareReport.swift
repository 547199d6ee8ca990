import MediaModel

/// Share of coverage (docs/METHODOLOGY.md): `Σ m(codings of S in O) / Σ m(all codings in O) × 100`.
public struct ShareTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The outlet, or the group of outlets when comparing groups.
        public var outlet: String
        public var subject: String
        /// Σ m: seconds, cm² or characters (or codings, weighting by items).
        public var amount: Double
        /// Percent of the outlet's total, from unrounded sums.
        public var share: Double
        /// Direct speech seconds and their share among the outlet's direct speech.
        public var direct: Double
        public var directShare: Double
    }

    public var unit: AmountUnit
    public var rows: [Row]

    /// Outlets (or groups) in the table, in codebook order.
    public var outlets: [String] {
        var seen: Set<String> = []
        return rows.map(\.outlet).filter { seen.insert($0).inserted }
    }

    /// Subjects in the table, in the order of their first row (codebook order).
    public var subjects: [String] {
        var seen: Set<String> = []
        return rows.map(\.subject).filter { seen.insert($0).inserted }
    }

    public func share(of subject: String, in outlet: String) -> Double? {
        rows.first { $0.outlet == outlet && $0.subject == subject }?.share
    }

    public func total(of outlet: String) -> Double {
        rows.filter { $0.outlet == outlet }.reduce(0) { $0 + $1.amount }
    }
}

public struct ShareReport: Sendable {
    public let codebook: Codebook

    public init(codebook: Codebook) { self.codebook = codebook }

    /// One table per unit (seconds, cm², characters): shares never mix units.
    /// With a `grouping` other than `.outlet`, the columns are groups of outlets whose codings are summed.
    public func tables(_ rows: [CodedRow], filter: ReportFilter, grouping: OutletGrouping = .outlet) -> [ShareTable] {
        tables(Tally(rows, filter: filter, codebook: codebook, grouping: grouping), grouping: grouping)
    }

    func tables(_ counted: [CountedCoding], grouping: OutletGrouping) -> [ShareTable] {
        tables(Tally(counted, grouping: grouping, outlets: codebook.outletsByID), grouping: grouping)
    }

    func tables(_ tally: Tally, grouping: OutletGrouping) -> [ShareTable] {
        let subjectOrder = codebook.subjects.map(\.id)
        var tables: [ShareTable] = []
        for unit in AmountUnit.allCases {
            var table = ShareTable(unit: unit, rows: [])
            for (column, subjects, sums) in tally.columnSums(unit: unit, order: grouping.columnOrder(codebook), subjectOrder: subjectOrder) {
                let total = sums.reduce(0) { $0 + $1.total }
                let totalDirect = sums.reduce(0) { $0 + $1.direct }
                for (subject, s) in zip(subjects, sums) {
                    table.rows.append(.init(outlet: column, subject: subject, amount: s.total,
                                            share: total > 0 ? s.total / total * 100 : 0, direct: s.direct,
                                            directShare: totalDirect > 0 ? s.direct / totalDirect * 100 : 0))
                }
            }
            if !table.rows.isEmpty { tables.append(table) }
        }
        return tables
    }
}

extension Codebook {
    var outletsByID: [String: Outlet] {
        var byID: [String: Outlet] = [:]
        for o in outlets { byID[o.id] = o }
        return byID
    }
}
