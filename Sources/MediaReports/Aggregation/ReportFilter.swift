import MediaModel

/// Which codings a report counts, and how.
public struct ReportFilter: Sendable {
    /// Checks `--where` and `--attribute-by` against the codebook: a declared nominal or ordinal
    /// variable (or genre, tone) and one of its categories. A value it does not allow is an error, never an empty report.
    public static func check(_ assignment: VariableAssignment, option: String, codebook: Codebook) throws(InputError) {
        guard let variable = codebook.variable(assignment.variable) else {
            throw codebook.unknown(.variable, assignment.variable, field: option)
        }
        guard variable.level != .interval else {
            throw InputError(field: option, "\(variable.id) is a number; filter on a variable with categories")
        }
        _ = try variable.check(assignment.value)
    }

    public enum Weight: String, Sendable, CaseIterable {
        /// Seconds, cm² or characters of each coding.
        case amount
        /// One per coding: share of items rather than of time or space.
        case items
    }

    /// Whose coverage the shares divide among.
    public enum SubjectScope: String, Sendable, CaseIterable {
        /// Parties and candidates: the share of campaign coverage among contestants, the figure
        /// observers publish. With `attributeInstitutions`, affiliated institutions join their party.
        case contestants
        /// Every subject, institutions included.
        case all
    }

    public var days: DayRange?
    /// Empty: every outlet.
    public var outlets: [String]
    /// nil: the codebook's editorial genres (paid and free airtime are kept apart unless named).
    public var genres: [String]?
    public var weight: Weight
    public var attributeInstitutions: Bool
    public var subjects: SubjectScope
    /// Count broadcast items only inside their outlet's monitoring window (prime time).
    public var monitoringWindowOnly: Bool
    /// `--where ID=VALUE`: only codings with these values of declared variables (all of them).
    public var conditions: [VariableAssignment] = []
    /// `--attribute-by capacity=official`: fold an institution into its party only in the codings
    /// with this value (docs/METHODOLOGY.md "Formulas", attribution).
    public var attributeBy: VariableAssignment?

    public init(days: DayRange? = nil, outlets: [String] = [], genres: [String]? = nil, weight: Weight = .amount,
                attributeInstitutions: Bool = false, subjects: SubjectScope = .contestants, monitoringWindowOnly: Bool = true) {
        self.days = days
        self.outlets = outlets
        self.genres = genres
        self.weight = weight
        self.attributeInstitutions = attributeInstitutions
        self.subjects = subjects
        self.monitoringWindowOnly = monitoringWindowOnly
    }
}

/// A coding that passed the filter, reduced to what the formulas use.
struct CountedCoding {
    var outlet: String
    var unit: AmountUnit
    var subject: String
    var tone: Tone
    var weight: Double
    var direct: Double
    var date: LocalDate
    var genre: String?
    /// The codebook's own variables, read by a breakdown.
    var values: VariableValues = [:]
}

extension ReportFilter {
    /// The codings a report counts: primary codings only (double coding never double counts),
    /// in the period, outlets and genres asked for, inside the monitoring window, with
    /// institutions folded into their party when asked.
    func counted(_ rows: [CodedRow], codebook: Codebook) -> [CountedCoding] {
        counted(rows, codebook: codebook, days: days)
    }

    /// The same over other days (a week and the one before it, say).
    func counted(_ rows: [CodedRow], codebook: Codebook, days: DayRange?) -> [CountedCoding] {
        var result: [CountedCoding] = []
        result.reserveCapacity(rows.count)
        forEachCounted(rows, codebook: codebook, days: days) { result.append($0) }
        return result
    }

    /// Hands each counted coding to `body` without collecting them: a share table of a million
    /// codings then needs no second million-element array.
    func forEachCounted(_ rows: [CodedRow], codebook: Codebook, days: DayRange?, _ body: (CountedCoding) -> Void) {
        // Decided once per outlet and subject, not once per coding: a report may read a million codings.
        var windows: [String: TimeWindow?] = [:]
        for outlet in codebook.outlets where outlets.isEmpty || outlets.contains(outlet.id) {
            windows[outlet.id] = monitoringWindowOnly && outlet.medium.isBroadcast ? codebook.window(of: outlet) : nil
        }
        let genreSet: Set<String> = Set(genres ?? codebook.genres.filter(\.editorial).map(\.id))
        var countedAs: [String: String] = [:]
        // With --attribute-by, what an institution counts as in the codings of the named value.
        var countedAsWhenAttributed: [String: String] = [:]
        for subject in codebook.subjects {
            var s = subject
            if attributeInstitutions, s.kind == .institution, let party = s.affiliation, let p = codebook.subject(party) { s = p }
            if subjects == .contestants, !s.kind.isContestant { continue }
            countedAs[subject.id] = s.id
        }
        if attributeBy != nil {
            for subject in codebook.subjects {
                var s = subject
                if s.kind == .institution, let party = s.affiliation, let p = codebook.subject(party) { s = p }
                if subjects == .contestants, !s.kind.isContestant { continue }
                countedAsWhenAttributed[subject.id] = s.id
            }
        }
        let conditions = self.conditions, attributeBy = self.attributeBy

        for row in rows where row.isPrimary {
            if let days, !days.contains(row.date) { continue }
            guard let window = windows[row.outlet] else { continue }
            // An item nobody gave a genre counts as editorial unless genres are named.
            if let genre = row.genre { if !genreSet.contains(genre) { continue } } else if genres != nil { continue }
            if let window {
                // A sum was placed inside or outside the window when its codings were written.
                if let inside = row.insideWindow { if !inside { continue } }
                else if let start = row.localStart, !window.contains(start: start) { continue }
            }
            if !conditions.isEmpty, !conditions.allSatisfy({ row.value(of: $0.variable) == $0.value }) { continue }
            let counted: String?
            if let attributeBy, row.value(of: attributeBy.variable) == attributeBy.value {
                counted = countedAsWhenAttributed[row.subject]
            } else {
                counted = countedAs[row.subject]
            }
            guard let subject = counted else { continue }
            body(CountedCoding(outlet: row.outlet, unit: row.unit, subject: subject, tone: row.tone,
                               weight: weight == .items ? Double(row.codings) : row.amount, direct: row.direct ?? 0, date: row.date,
                               genre: row.genre, values: row.values))
        }
    }
}
