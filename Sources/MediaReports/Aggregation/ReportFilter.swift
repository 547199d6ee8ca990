import MediaModel

/// Which codings a report counts, and how.
public struct ReportFilter: Sendable {
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
        let outletSet = Set(outlets)
        let genreSet: Set<String> = Set(genres ?? codebook.genres.filter(\.editorial).map(\.id))
        let outletByID = codebook.outletsByID
        var subjectMap: [String: Subject] = [:]
        for s in codebook.subjects { subjectMap[s.id] = s }

        var result: [CountedCoding] = []
        result.reserveCapacity(rows.count)
        for row in rows where row.isPrimary {
            if let days, !days.contains(row.date) { continue }
            if !outletSet.isEmpty, !outletSet.contains(row.outlet) { continue }
            // An item nobody gave a genre counts as editorial unless genres are named.
            if let genre = row.genre { if !genreSet.contains(genre) { continue } } else if genres != nil { continue }
            guard let outlet = outletByID[row.outlet] else { continue }
            if monitoringWindowOnly, outlet.medium.isBroadcast, let start = row.localStart,
               !codebook.window(of: outlet).contains(start: start) { continue }
            guard var subject = subjectMap[row.subject] else { continue }
            if attributeInstitutions, subject.kind == .institution, let party = subject.affiliation, let p = subjectMap[party] {
                subject = p
            }
            if subjects == .contestants, !subject.kind.isContestant { continue }
            result.append(CountedCoding(outlet: row.outlet, unit: row.unit, subject: subject.id, tone: row.tone,
                                        weight: weight == .items ? 1 : row.amount, direct: row.direct ?? 0, date: row.date))
        }
        return result
    }
}
