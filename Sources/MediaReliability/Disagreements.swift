import MediaModel

/// One place where the coders of an item differ: on whether a subject is in it, on a subject's
/// tone or amount, or on the item's genre.
public struct Disagreement: Sendable, Equatable {
    public enum Variable: String, Sendable, Codable {
        case subject, tone, amount, genre
    }

    public var segmentID: Int64
    public var outlet: String
    public var date: LocalDate
    public var unit: AmountUnit
    public var variable: Variable
    /// The subject concerned; nil for genre.
    public var subject: String?
    /// What each coder of the item said, in coder order: a tone, an amount, a genre, or for
    /// `subject` the amount coded ("absent" when the coder did not code the subject).
    public var values: [CoderValue]
    /// How much coverage, in the item's unit, the disagreement moves in the reports: the amount
    /// difference; the amount of a subject only some coders saw; the amount whose tone differs;
    /// for genre, the item's coded coverage (a genre decides whether the item is counted at all).
    public var stake: Double
    /// Positive against negative: the finding itself is reversed.
    public var isToneFlip: Bool
}

/// What one coder said.
public struct CoderValue: Sendable, Equatable, Codable {
    public var coder: String
    public var value: String

    public init(_ coder: String, _ value: String) {
        self.coder = coder
        self.value = value
    }
}

extension DoubleCodedItems {
    /// Every disagreement, most consequential first: tone flips (positive ↔ negative) before the
    /// rest, then by the coverage at stake, largest first. Amounts within `tolerance` agree.
    public func disagreements(tolerance: AmountTolerance) -> [Disagreement] {
        var found: [Disagreement] = []
        for item in items {
            func add(_ variable: Disagreement.Variable, _ subject: String?, _ values: [CoderValue], stake: Double, flip: Bool = false) {
                found.append(Disagreement(segmentID: item.segmentID, outlet: item.outlet, date: item.date, unit: item.unit,
                                          variable: variable, subject: subject, values: values, stake: stake, isToneFlip: flip))
            }
            for subject in item.subjects {
                let coded = item.codings(of: subject)
                let amounts = coded.map(\.coding.amount)
                if coded.count < item.coders.count {
                    add(.subject, subject, item.coders.map { coder in
                        CoderValue(coder, item.codings[coder]?[subject].map { $0.amount.formatted } ?? "absent")
                    }, stake: amounts.max()!)
                }
                guard coded.count >= 2 else { continue }
                let tones = Set(coded.map(\.coding.tone))
                if tones.count > 1 {
                    add(.tone, subject, coded.map { CoderValue($0.coder, $0.coding.tone.rawValue) }, stake: amounts.max()!,
                        flip: tones.contains(.positive) && tones.contains(.negative))
                }
                let apart = amounts.indices.contains { i in amounts.indices.contains { j in !tolerance.accepts(amounts[i], amounts[j]) } }
                if apart {
                    add(.amount, subject, coded.map { CoderValue($0.coder, $0.coding.amount.formatted) }, stake: amounts.max()! - amounts.min()!)
                }
            }
            let genres = item.coders.compactMap { coder in item.genres[coder].map { CoderValue(coder, $0) } }
            if Set(genres.map(\.value)).count > 1 {
                let coverage = item.codings.values.map { $0.values.reduce(0) { $0 + $1.amount } }.max() ?? 0
                add(.genre, nil, genres, stake: coverage)
            }
        }
        return found.enumerated().sorted { a, b in
            if a.element.isToneFlip != b.element.isToneFlip { return a.element.isToneFlip }
            if a.element.stake != b.element.stake { return a.element.stake > b.element.stake }
            return a.offset < b.offset
        }.map(\.element)
    }
}
