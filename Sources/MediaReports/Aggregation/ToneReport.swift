import MediaModel

/// Tone of coverage (docs/METHODOLOGY.md), two ways:
/// - the tone profile `ofSubject`: `Σ m(S in O with tone t) / Σ m(S in O) × 100`
///   ("86% of Golos Respubliki's coverage of Nur Otan was negative");
/// - the tone distribution `ofTone`: `Σ m(S in O with tone t) / Σ m(all subjects in O with tone t) × 100`
///   ("Nur Otan received 80% of the negative coverage in Svoboda Slova").
public struct ToneTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The outlet, or the group of outlets when comparing groups.
        public var outlet: String
        public var subject: String
        public var tone: Tone
        public var amount: Double
        public var ofSubject: Double
        public var ofTone: Double
    }

    public var unit: AmountUnit
    /// Only tones a subject received: a row with no coverage would have no defined `ofTone`.
    public var rows: [Row]

    public var outlets: [String] {
        var seen: Set<String> = []
        return rows.map(\.outlet).filter { seen.insert($0).inserted }
    }

    public func subjects(in outlet: String) -> [String] {
        var seen: Set<String> = []
        return rows.filter { $0.outlet == outlet }.map(\.subject).filter { seen.insert($0).inserted }
    }

    public func row(_ subject: String, _ tone: Tone, in outlet: String) -> Row? {
        rows.first { $0.outlet == outlet && $0.subject == subject && $0.tone == tone }
    }

    /// Tone profile in percent; 0 when the subject got no coverage of that tone.
    public func ofSubject(_ subject: String, _ tone: Tone, in outlet: String) -> Double {
        row(subject, tone, in: outlet)?.ofSubject ?? 0
    }

    /// Tone distribution in percent; 0 when the subject got none of it.
    public func ofTone(_ subject: String, _ tone: Tone, in outlet: String) -> Double {
        row(subject, tone, in: outlet)?.ofTone ?? 0
    }
}

public struct ToneReport: Sendable {
    public let codebook: Codebook

    public init(codebook: Codebook) { self.codebook = codebook }

    /// One table per unit, outlets (or groups) in codebook order, subjects in codebook order,
    /// tones positive, neutral, negative.
    ///
    /// This is `report breakdown --by tone` (``BreakdownReport``) in the tone table's shape.
    public func tables(_ rows: [CodedRow], filter: ReportFilter, grouping: OutletGrouping = .outlet) -> [ToneTable] {
        BreakdownReport(codebook: codebook).tables(rows, by: codebook.variable("tone") ?? Variable.tone, filter: filter, grouping: grouping).map { t in
            ToneTable(unit: t.unit, rows: t.rows.map {
                // The reader holds tone's categories to positive, neutral, negative: every category is a Tone.
                ToneTable.Row(outlet: $0.outlet, subject: $0.subject, tone: Tone(rawValue: $0.category)!, amount: $0.amount,
                              ofSubject: $0.ofSubject, ofTone: $0.ofCategory)
            })
        }
    }

    func tables(_ counted: [CountedCoding], grouping: OutletGrouping) -> [ToneTable] {
        tables(Tally(counted, grouping: grouping, outlets: codebook.outletsByID), grouping: grouping)
    }

    func tables(_ tally: Tally, grouping: OutletGrouping) -> [ToneTable] {
        let subjectOrder = codebook.subjects.map(\.id)
        var tables: [ToneTable] = []
        for unit in AmountUnit.allCases {
            var table = ToneTable(unit: unit, rows: [])
            for (column, subjects, sums) in tally.columnSums(unit: unit, order: grouping.columnOrder(codebook), subjectOrder: subjectOrder) {
                var toneTotals = [0.0, 0.0, 0.0]
                for s in sums { for i in 0..<3 { toneTotals[i] += s[i] } }
                for (subject, s) in zip(subjects, sums) {
                    for tone in Tone.allCases where s[tone.index] > 0 {
                        let amount = s[tone.index]
                        table.rows.append(.init(outlet: column, subject: subject, tone: tone, amount: amount,
                                                ofSubject: amount / s.total * 100,
                                                ofTone: amount / toneTotals[tone.index] * 100))
                    }
                }
            }
            if !table.rows.isEmpty { tables.append(table) }
        }
        return tables
    }
}
