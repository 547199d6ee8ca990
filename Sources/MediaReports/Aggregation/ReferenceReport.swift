import MediaModel

/// Published figures beside the mission's own (DESIGN §10): for each source, measure, outlet and
/// subject, the reference's share of the outlet's figures, the mission's share from its codings for
/// the same outlet and days, and the difference in points.
public struct ReferenceComparison: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var source: String
        public var measure: String
        public var outlet: String
        public var subject: String
        /// First and last day of the reference periods counted for this outlet.
        public var days: DayRange
        public var referenceAmount: Double
        public var unit: ReferenceUnit
        public var referenceShare: Double
        /// Nil where the mission has no counted coding in the outlet on those days.
        public var missionShare: Double?
        /// Mission minus reference, in points; nil without a mission share.
        public var difference: Double?
        /// The two disagree by more than the threshold.
        public var flagged: Bool
    }

    public var threshold: Double
    /// The mission's figure the reference is held against: coverage (`amount`) or direct speech (`direct`).
    public var against: ReferenceReport.MissionFigure
    public var rows: [Row]
}

public struct ReferenceReport: Sendable {
    /// Which of the mission's figures a reference measure corresponds to.
    public enum MissionFigure: String, Sendable, CaseIterable {
        /// Time or space devoted to the subject: the share of coverage.
        case amount
        /// The subject's own speaking time: the direct-speech share (a regulator's "speaking time").
        case direct
    }

    public let codebook: Codebook

    public init(codebook: Codebook) { self.codebook = codebook }

    /// - Parameters:
    ///   - figures: the stored reference figures (already narrowed by source and measure).
    ///   - rows: the mission's coded rows for at least the days the figures cover.
    ///   - filter: the counting rules of `report share` (genres, subjects, institutions); its days and
    ///     outlets are ignored — each outlet is counted over its reference periods' days.
    ///   - within: only figures whose period lies inside these days.
    public func compare(_ figures: [SourcedFigure], rows: [CodedRow], filter: ReportFilter = ReportFilter(),
                        against: MissionFigure = .amount, threshold: Double = 5, within: DayRange? = nil) throws -> ReferenceComparison {
        // The same subjects as the mission's shares divide among: contestants by default, officials
        // folded into their party when asked.
        var countedAs: [String: String] = [:]
        for subject in codebook.subjects {
            var s = subject
            if filter.attributeInstitutions, s.kind == .institution, let party = s.affiliation, let p = codebook.subject(party) { s = p }
            if filter.subjects == .contestants, !s.kind.isContestant { continue }
            countedAs[subject.id] = s.id
        }
        struct GroupKey: Hashable { var source: String, measure: String, outlet: String }
        var groups: [GroupKey: [ReferenceFigure]] = [:]
        var order: [GroupKey] = []
        for sf in figures {
            if let within, !(within.contains(sf.figure.period.first) && within.contains(sf.figure.period.last)) { continue }
            guard let subject = countedAs[sf.figure.subject] else { continue }
            var f = sf.figure
            f.subject = subject
            let key = GroupKey(source: sf.source, measure: f.measure, outlet: f.outlet)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(f)
        }
        let outletOrder = Dictionary(uniqueKeysWithValues: codebook.outlets.enumerated().map { ($1.id, $0) })
        let subjectOrder = Dictionary(uniqueKeysWithValues: codebook.subjects.enumerated().map { ($1.id, $0) })
        order.sort { ($0.source, $0.measure, outletOrder[$0.outlet] ?? .max) < ($1.source, $1.measure, outletOrder[$1.outlet] ?? .max) }

        var missionCache: [String: [String: Double]] = [:]
        let byOutlet = Dictionary(grouping: rows, by: \.outlet)
        var result = ReferenceComparison(threshold: threshold, against: against, rows: [])
        for key in order {
            let group = groups[key]!
            let unit = group[0].unit
            let periods = Set(group.map(\.period)).sorted { ($0.first, $0.last) < ($1.first, $1.last) }
            if unit == .percent && periods.count > 1 {
                throw InputError(field: "period", "\(key.source) gives \(key.measure) on \(key.outlet) as percentages for \(periods.count) periods (\(periods.map(\.description).joined(separator: "; "))); percentages of different periods cannot be added — choose one of those periods")
            }
            var amounts: [String: Double] = [:]
            for f in group { amounts[f.subject, default: 0] += f.amount }
            let total = amounts.values.reduce(0, +)
            let ranges = Self.merged(periods)
            let cacheKey = "\(key.outlet)|\(ranges.map(\.description).joined(separator: ","))"
            if missionCache[cacheKey] == nil {
                missionCache[cacheKey] = missionAmounts(byOutlet[key.outlet] ?? [], outlet: key.outlet, ranges: ranges, filter: filter, against: against)
            }
            let mission = missionCache[cacheKey]!
            let missionTotal = mission.values.reduce(0, +)
            let days = DayRange(first: ranges.first!.first, last: ranges.map(\.last).max()!)
            for subject in amounts.keys.sorted(by: { (subjectOrder[$0] ?? .max) < (subjectOrder[$1] ?? .max) }) {
                let amount = amounts[subject]!
                let referenceShare = unit == .percent ? amount : total > 0 ? amount / total * 100 : 0
                let missionShare: Double? = missionTotal > 0 ? (mission[subject] ?? 0) / missionTotal * 100 : nil
                let difference = missionShare.map { $0 - referenceShare }
                result.rows.append(.init(source: key.source, measure: key.measure, outlet: key.outlet, subject: subject, days: days,
                                         referenceAmount: amount, unit: unit, referenceShare: referenceShare,
                                         missionShare: missionShare, difference: difference,
                                         flagged: difference.map { abs($0) > threshold } ?? false))
            }
        }
        return result
    }

    /// Σ amount (or direct speech) per subject in one outlet over some days, counted as `report share` counts.
    func missionAmounts(_ rows: [CodedRow], outlet: String, ranges: [DayRange], filter: ReportFilter, against: MissionFigure) -> [String: Double] {
        var f = filter
        f.outlets = [outlet]
        var sums: [String: Int64] = [:]
        for range in ranges {
            f.forEachCounted(rows, codebook: codebook, days: range) { c in
                sums[c.subject, default: 0] += Millionths.of(against == .direct ? c.direct : c.weight)
            }
        }
        return sums.mapValues(Millionths.value)
    }

    /// Periods as non-overlapping runs of days, so no day's codings count twice.
    static func merged(_ periods: [DayRange]) -> [DayRange] {
        var result: [DayRange] = []
        for p in periods.sorted(by: { $0.first < $1.first }) {
            if let last = result.last, p.first.dayNumber <= last.last.dayNumber + 1 {
                result[result.count - 1] = DayRange(first: last.first, last: max(last.last, p.last))
            } else {
                result.append(p)
            }
        }
        return result
    }
}
