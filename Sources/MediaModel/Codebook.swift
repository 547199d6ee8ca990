import Foundation

/// A mission's codebook: what is monitored, when, and with which categories.
///
/// Read from YAML with ``CodebookReader``; a snapshot is kept in the monitoring database so
/// that reports are reproducible even if the YAML file later changes.
public struct Codebook: Sendable, Equatable {
    public var mission: String
    /// The mission's name in the readers' languages (`mission` is its English form).
    public var missionName: LocalizedName
    public var period: DayRange
    /// A tz database name such as `Asia/Almaty`; never a fixed offset, since offsets changed over the years.
    public var timeZoneID: String
    public var window: TimeWindow
    public var genres: [Genre]
    public var subjects: [Subject]
    public var outlets: [Outlet]
    /// What monitors code besides subject and amount: always tone, direct and genre, then the
    /// codebook's own (``Variable``), in the order declared.
    public var variables: [Variable]
    /// Legal duties the reports check (the `rules:` section, read by `RulesReader`).
    public var rules: [Rule] = []

    public init(mission: String, period: DayRange, timeZoneID: String, window: TimeWindow,
                genres: [Genre], subjects: [Subject], outlets: [Outlet], variables: [Variable]? = nil,
                missionName: LocalizedName? = nil) {
        self.mission = mission
        self.missionName = missionName ?? LocalizedName(en: mission)
        self.period = period
        self.timeZoneID = timeZoneID
        self.window = window
        self.genres = genres
        self.subjects = subjects
        self.outlets = outlets
        self.variables = variables ?? [Variable.tone, Variable.direct, Variable.genre(genres)]
    }

    public var timeZone: TimeZone { TimeZone(identifier: timeZoneID)! }

    public func subject(_ id: String) -> Subject? { subjects.first { $0.id == id } }
    public func outlet(_ id: String) -> Outlet? { outlets.first { $0.id == id } }
    public func genre(_ id: String) -> Genre? { genres.first { $0.id == id } }

    /// The broadcast window of an outlet: its own, or the mission's.
    public func window(of outlet: Outlet) -> TimeWindow { outlet.window ?? window }
}

/// Names in the three languages monitors and readers use.
public struct LocalizedName: Sendable, Equatable {
    public var en: String
    public var ru: String?
    public var kk: String?

    public init(en: String, ru: String? = nil, kk: String? = nil) {
        self.en = en
        self.ru = ru
        self.kk = kk
    }

    public func `in`(_ language: Language) -> String {
        switch language {
        case .en: en
        case .ru: ru ?? en
        case .kk: kk ?? ru ?? en
        }
    }
}

public struct Genre: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: LocalizedName
    /// Editorial genres count in reports by default; paid and free airtime only when asked.
    public var editorial: Bool

    public init(id: String, name: LocalizedName, editorial: Bool) {
        self.id = id
        self.name = name
        self.editorial = editorial
    }
}

/// A political subject: a party, a candidate, or an institutional actor.
public struct Subject: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case party, candidate, institution

        /// Parties and candidates contest the election; institutions do not.
        public var isContestant: Bool { self != .institution }
    }

    public var id: String
    public var kind: Kind
    public var name: LocalizedName
    /// For an institution: the party its coverage can be attributed to (`--attribute-institutions`).
    /// For a candidate: the nominating party.
    public var affiliation: String?
    public var aliases: [Alias]

    public init(id: String, kind: Kind, name: LocalizedName, affiliation: String? = nil, aliases: [Alias] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.affiliation = affiliation
        self.aliases = aliases
    }
}

/// A way people write a subject's name, with the context it needs to count as a mention.
public struct Alias: Sendable, Equatable {
    /// What must surround an alias that is also an ordinary word (`ауыл` = "village").
    public enum Context: String, Sendable, CaseIterable, Codable {
        /// Always a mention.
        case any
        /// Only inside quotes: «Ауыл».
        case quoted
        /// Only next to a party word: партия «Ауыл», Ауыл партиясы.
        case partyWord = "party-word"
        /// Only written with a capital letter.
        case capitalised
        /// A surname shared with other people (Касымов): only with one of its ``Alias/given`` names
        /// or their initial just before it, a ``Alias/roles`` word nearby, or after a mention of
        /// the subject that contains it earlier in the same text.
        case person
        /// A common title (президент): only after a mention of a subject earlier in the same
        /// text, with no excluded use of the alias (Президент России) in between; before the
        /// text's first mention (a headline), only if a definite mention follows and the text
        /// excludes no use of the subject's titles anywhere.
        case afterMention = "after-mention"
    }

    public var text: String
    public var context: Context
    /// Contexts that rule a match out even when `context` is met, e.g. `министрлігі` after `Әділет`;
    /// two words with a space rule out the next two words (`баспасөз қызмет`).
    public var notFollowedBy: [String]
    /// Words (their beginnings) that rule a match out when right before it: `имени` before `Назарбаева`.
    public var notPrecededBy: [String]
    /// For ``Context/person``: the person's given names (`Гани`), whose initials count too (`Г.Касымов`).
    public var given: [String]
    /// For ``Context/person``: words (their beginnings) that identify the person near the surname
    /// (`патриот`, `сенатор`).
    public var roles: [String]
    /// When the alias names the subject, for an office-holder's name: Tokayev is the President from
    /// 20 March 2019, Masimov the Prime Minister in two terms. Empty: always.
    public var during: [Tenure]

    /// Days an office was held, both ends included; an open end runs on.
    public struct Tenure: Sendable, Equatable {
        public var from: LocalDate?
        public var to: LocalDate?

        public init(from: LocalDate? = nil, to: LocalDate? = nil) {
            self.from = from
            self.to = to
        }

        public func contains(_ day: LocalDate) -> Bool { (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true) }
        /// Whether the tenure shares a day with `range`.
        public func overlaps(_ range: DayRange) -> Bool {
            (from.map { $0 <= range.last } ?? true) && (to.map { range.first <= $0 } ?? true)
        }
    }

    public init(_ text: String, context: Context = .any, notFollowedBy: [String] = [], notPrecededBy: [String] = [],
                given: [String] = [], roles: [String] = [], during: [Tenure] = []) {
        self.text = text
        self.context = context
        self.notFollowedBy = notFollowedBy
        self.notPrecededBy = notPrecededBy
        self.given = given
        self.roles = roles
        self.during = during
    }

    /// Whether the alias names the subject on `day` (any day when it has no tenure).
    public func holds(on day: LocalDate) -> Bool { during.isEmpty || during.contains { $0.contains(day) } }
    /// Whether the alias names the subject on some day of `range`.
    public func holds(during range: DayRange) -> Bool { during.isEmpty || during.contains { $0.overlaps(range) } }
}

public struct Outlet: Sendable, Equatable, Identifiable {
    public enum Medium: String, Sendable, CaseIterable, Codable {
        case tv, radio, print, online

        public var unit: AmountUnit {
            switch self {
            case .tv, .radio: .seconds
            case .print: .squareCentimetres
            case .online: .characters
            }
        }

        public var isBroadcast: Bool { self == .tv || self == .radio }
    }

    public enum Ownership: String, Sendable, CaseIterable, Codable {
        case state, `private`
    }

    public var id: String
    public var name: LocalizedName
    public var medium: Medium
    public var ownership: Ownership
    /// What the outlet publishes in: any ISO 639 code, not only the readers' languages.
    public var languages: [LanguageCode]
    /// XMLTV channel ids that belong to this outlet.
    public var xmltvIDs: [String]
    /// Overrides the mission's monitoring window for this outlet.
    public var window: TimeWindow?

    public init(id: String, name: LocalizedName, medium: Medium, ownership: Ownership,
                languages: [LanguageCode], xmltvIDs: [String] = [], window: TimeWindow? = nil) {
        self.id = id
        self.name = name
        self.medium = medium
        self.ownership = ownership
        self.languages = languages
        self.xmltvIDs = xmltvIDs
        self.window = window
    }
}
