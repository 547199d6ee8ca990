/// A legal duty the mission checks the coverage against, declared in the codebook's `rules:`
/// section: what a country's election law asks of the media is data, not code.
///
///     rules:
///       - id: equal-coverage
///         kind: equal-coverage
///         text: {en: "State and private media cover every contesting party equally, in all formats"}
///         ownership: [state, private]
///         tolerance: 5        # points either side of an equal split
///         per: week
public struct Rule: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// Each contestant's share of coverage within `tolerance` points of an equal split.
        case equalCoverage = "equal-coverage"
        /// No subject's share of coverage above `max` percent.
        case maxShare = "max-share"
        /// Items of `genres` (paid advertising) only inside the `slots` the law allows.
        case allowedSlots = "allowed-slots"
        /// Free airtime (`genres`, default `free-airtime`) shared equally among contestants, within `tolerance` points.
        case equalAirtime = "equal-airtime"
    }

    /// How often a rule is checked: every monitoring week, or once over the whole period.
    public enum Period: String, Sendable, CaseIterable, Codable {
        case week, period
    }

    public var id: String
    public var kind: Kind
    /// The rule as the report cites it (the law, or how the election commission reads it).
    public var text: LocalizedName
    /// Outlets the rule binds: those named, else those of the given ownership and media, else all.
    public var outlets: [String]
    public var ownership: [Outlet.Ownership]
    public var media: [Outlet.Medium]
    /// Subjects the rule is about; empty: every contesting party and candidate.
    public var subjects: [String]
    /// Genres counted; nil: the editorial ones (for `equal-airtime`, `free-airtime`).
    public var genres: [String]?
    /// Points either side of an equal split (`equal-coverage`, `equal-airtime`).
    public var tolerance: Double?
    /// Highest share allowed, in percent (`max-share`).
    public var max: Double?
    /// Local times paid items may start in (`allowed-slots`).
    public var slots: [TimeWindow]
    public var per: Period
    /// Count officials' coverage as their party's, as some commissions read the law.
    public var attributeInstitutions: Bool

    public init(id: String, kind: Kind, text: LocalizedName, outlets: [String] = [], ownership: [Outlet.Ownership] = [],
                media: [Outlet.Medium] = [], subjects: [String] = [], genres: [String]? = nil, tolerance: Double? = nil,
                max: Double? = nil, slots: [TimeWindow] = [], per: Period = .week, attributeInstitutions: Bool = false) {
        self.id = id
        self.kind = kind
        self.text = text
        self.outlets = outlets
        self.ownership = ownership
        self.media = media
        self.subjects = subjects
        self.genres = genres
        self.tolerance = tolerance
        self.max = max
        self.slots = slots
        self.per = per
        self.attributeInstitutions = attributeInstitutions
    }

    /// The outlets of `codebook` this rule binds, in codebook order.
    public func boundOutlets(in codebook: Codebook) -> [Outlet] {
        codebook.outlets.filter { o in
            if !outlets.isEmpty { return outlets.contains(o.id) }
            return (ownership.isEmpty || ownership.contains(o.ownership)) && (media.isEmpty || media.contains(o.medium))
        }
    }

    /// The subjects the rule is about: those named, else every contestant.
    public func boundSubjects(in codebook: Codebook) -> [String] {
        subjects.isEmpty ? codebook.subjects.filter(\.kind.isContestant).map(\.id) : subjects
    }
}
