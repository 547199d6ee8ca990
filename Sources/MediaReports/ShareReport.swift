import MediaModel

/// Share of coverage (DESIGN §3): `Σ m(codings of S in O) / Σ m(all codings in O) × 100`.
public struct ShareTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
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

    /// Outlets in the table, in codebook order.
    public var outlets: [String] {
        var seen: Set<String> = []
        return rows.map(\.outlet).filter { seen.insert($0).inserted }
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
    public func tables(_ rows: [CodedRow], filter: ReportFilter) -> [ShareTable] {
        let counted = filter.counted(rows, codebook: codebook)
        var sums: [String: [String: (amount: Double, direct: Double)]] = [:]
        var units: [String: AmountUnit] = [:]
        for c in counted {
            units[c.outlet] = c.unit
            let old = sums[c.outlet, default: [:]][c.subject] ?? (0, 0)
            sums[c.outlet, default: [:]][c.subject] = (old.amount + c.weight, old.direct + c.direct)
        }
        var tables: [ShareTable] = []
        for unit in AmountUnit.allCases {
            var table = ShareTable(unit: unit, rows: [])
            for outlet in codebook.outlets where units[outlet.id] == unit {
                let bySubject = sums[outlet.id]!
                let total = bySubject.values.reduce(0) { $0 + $1.amount }
                let totalDirect = bySubject.values.reduce(0) { $0 + $1.direct }
                for subject in codebook.subjects {
                    guard let s = bySubject[subject.id] else { continue }
                    table.rows.append(.init(outlet: outlet.id, subject: subject.id, amount: s.amount,
                                            share: total > 0 ? s.amount / total * 100 : 0, direct: s.direct,
                                            directShare: totalDirect > 0 ? s.direct / totalDirect * 100 : 0))
                }
            }
            if !table.rows.isEmpty { tables.append(table) }
        }
        return tables
    }
}
