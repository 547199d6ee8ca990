import MediaModel

/// What Krippendorff's thresholds say of an alpha: reliable from 0.800, tentative from 0.667,
/// otherwise not reliable. Judged on alpha rounded to three decimals, the figure people read.
public enum Verdict: String, Sendable, Codable {
    case reliable, tentative
    case unreliable = "not reliable"
    /// No pairable units, or no variation to tell agreement from chance.
    case undefined

    public init(_ alpha: Double?) {
        guard let alpha else { self = .undefined; return }
        let read = (alpha * 1000).rounded() / 1000
        self = read >= 0.800 ? .reliable : read >= 0.667 ? .tentative : .unreliable
    }
}

/// Agreement on one variable: Krippendorff's alpha and the plain agreement figure beside it.
public struct VariableReliability: Sendable, Equatable {
    public var alpha: AlphaEstimate
    /// Percent agreement 0–100 (tone, genre; amount: pairs within the tolerance), or the mean
    /// Jaccard overlap 0–1 (subject). Nil without pairable units.
    public var agreement: Double?
    public var verdict: Verdict { Verdict(alpha.alpha) }
}

extension ReliabilityReport {
    /// Alpha at the variable's level: nominal on the category ids, ordinal on their ranks in the
    /// codebook's order, interval on the numbers. A coder without a value is a missing value.
    static func reliability(_ units: [[String]], of variable: Variable) -> VariableReliability {
        switch variable.level {
        case .nominal:
            return VariableReliability(alpha: krippendorffAlpha(nominal: units), agreement: percentAgreement(units))
        case .ordinal:
            let rank = Dictionary(uniqueKeysWithValues: variable.categories.enumerated().map { ($1.id, Double($0)) })
            return VariableReliability(alpha: krippendorffAlpha(units.map { $0.compactMap { rank[$0] } }, metric: .ordinal),
                                       agreement: percentAgreement(units))
        case .interval:
            return VariableReliability(alpha: krippendorffAlpha(units.map { $0.compactMap(Double.init) }, metric: .interval),
                                       agreement: percentAgreement(units))
        }
    }
}

/// The reliability of a mission's double coding (docs/METHODOLOGY.md "Variables"): `tone` and `genre` nominal,
/// `amount` interval, `subject` present/absent nominal with the mean Jaccard overlap.
public struct ReliabilityReport: Sendable {
    /// Items coded by two or more coders.
    public var items: Int
    public var coders: [String]
    public var tolerance: AmountTolerance
    public var subject: VariableReliability
    public var tone: VariableReliability
    public var genre: VariableReliability
    /// Over every double-coded (item, subject), all media together, as docs/METHODOLOGY.md "Variables" defines it.
    public var amount: VariableReliability
    /// Amount per unit of measurement: seconds, cm² and characters are never compared with each
    /// other; when one mission mixes media, the pooled figure above also reflects the gap between
    /// them, and these are the ones to read.
    public var amountByUnit: [(unit: AmountUnit, reliability: VariableReliability)]
    /// The codebook's other declared variables (direct, capacity, topic …), each at its level, in codebook order.
    public var declared: [(variable: Variable, reliability: VariableReliability)] = []

    /// Computes every figure from the double-coded items.
    ///
    /// - Parameter subjects: the codebook's subject ids: the `subject` variable has a unit for each
    ///   of them in each item.
    /// - Parameter variables: the codebook's declared variables; each one other than tone and genre
    ///   (computed above) gets its alpha at its level.
    public init(_ data: DoubleCodedItems, subjects: [String], tolerance: AmountTolerance, variables: [Variable] = []) throws(InputError) {
        if case .absolute(_, let unit?) = tolerance, let other = data.items.first(where: { $0.unit != unit }) {
            throw InputError(field: "tolerance", "\(tolerance) is in \(unit.label), but item \(other.segmentID) (\(other.outlet)) is measured in \(other.unit.label); give a percentage such as 10%, or choose outlets of one medium")
        }
        items = data.items.count
        coders = data.coders
        self.tolerance = tolerance

        let subjectUnits = data.subjectUnits(subjects: subjects)
        subject = VariableReliability(alpha: krippendorffAlpha(nominal: subjectUnits), agreement: meanJaccard(data.subjectSets))

        let paired = data.pairedCodings
        let tones = paired.map { $0.codings.map(\.tone) }
        tone = VariableReliability(alpha: krippendorffAlpha(nominal: tones), agreement: percentAgreement(tones))

        let genres = data.genreUnits
        genre = VariableReliability(alpha: krippendorffAlpha(nominal: genres), agreement: percentAgreement(genres))

        func amounts(_ units: [[Double]]) -> VariableReliability {
            VariableReliability(alpha: krippendorffAlpha(units, metric: .interval),
                                agreement: percentAgreement(units, agree: tolerance.accepts))
        }
        amount = amounts(paired.map { $0.codings.map(\.amount) })
        for variable in variables where variable.id != "tone" && variable.id != "genre" {
            let units = (variable.of == .coding ? data.codingUnits(of: variable.id) : data.itemUnits(of: variable.id)).map { $0.compactMap { $0 } }
            declared.append((variable, Self.reliability(units, of: variable)))
        }
        amountByUnit = AmountUnit.allCases.compactMap { unit in
            let units = paired.filter { $0.item.unit == unit }.map { $0.codings.map(\.amount) }
            return units.isEmpty ? nil : (unit, amounts(units))
        }
    }
}
