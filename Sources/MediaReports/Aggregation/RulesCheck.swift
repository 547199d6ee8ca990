import MediaModel

/// One place where the coverage broke a rule of the codebook: the outlet, the week, the figure.
public struct Breach: Sendable, Equatable {
    public var rule: String
    public var outlet: String
    /// The monitoring week, or nil for a rule checked over the whole period.
    public var week: Week?
    public var days: DayRange
    /// The subject the figure is about.
    public var subject: String
    /// A share in percent (`equal-coverage`, `equal-airtime`, `max-share`) or an amount in the
    /// outlet's unit (`allowed-slots`: coverage in items outside the allowed slots).
    public var figure: Double
    public var figureIsShare: Bool
    /// What the rule allows, in figures that need no translation: `14.3 ± 5` (points around an equal
    /// split), `≤ 50` (percent), `21:00:00–22:00:00` (the slots).
    public var limit: String
}

/// Checks the codebook's ``Rule``s against the codings, counting as `report share` counts (primary
/// codings, monitoring window, editorial genres unless the rule names others).
public struct RulesCheck: Sendable {
    public let codebook: Codebook
    public let numbering: WeekNumbering

    public init(codebook: Codebook, numbering: WeekNumbering? = nil) {
        self.codebook = codebook
        self.numbering = numbering ?? WeekNumbering(period: codebook.period)
    }

    /// Every breach of every rule (or of `only`), in rule, outlet and week order.
    public func breaches(_ rows: [CodedRow], only: [String] = []) -> [Breach] {
        var result: [Breach] = []
        // Each check reads only its outlet's codings: rules × outlets × weeks passes over a
        // million codings would otherwise each read all of them.
        let byOutlet = Dictionary(grouping: rows, by: \.outlet)
        for rule in codebook.rules where only.isEmpty || only.contains(rule.id) {
            let spans: [(Week?, DayRange)] = rule.per == .week ? numbering.weeks.map { ($0, $0.days) } : [(nil, codebook.period)]
            for outlet in rule.boundOutlets(in: codebook) {
                let own = byOutlet[outlet.id] ?? []
                for (week, days) in spans {
                    result += check(rule, outlet: outlet, week: week, days: days, rows: own)
                }
            }
        }
        return result
    }

    func check(_ rule: Rule, outlet: Outlet, week: Week?, days: DayRange, rows: [CodedRow]) -> [Breach] {
        let subjects = rule.boundSubjects(in: codebook)
        func breach(_ subject: String, _ figure: Double, share: Bool, _ limit: String) -> Breach {
            Breach(rule: rule.id, outlet: outlet.id, week: week, days: days, subject: subject, figure: figure, figureIsShare: share, limit: limit)
        }
        switch rule.kind {
        case .equalCoverage, .equalAirtime:
            let amounts = sums(rows, outlet: outlet, days: days, rule: rule, scope: .all)
            let total = subjects.reduce(0) { $0 + (amounts[$1] ?? 0) }
            guard total > 0, let tolerance = rule.tolerance else { return [] }
            let equal = 100 / Double(subjects.count)
            return subjects.compactMap { s in
                let share = (amounts[s] ?? 0) / total * 100
                return abs(share - equal) > tolerance ? breach(s, share, share: true, "\(percent(equal)) ± \(amountText(tolerance))") : nil
            }
        case .maxShare:
            let amounts = sums(rows, outlet: outlet, days: days, rule: rule, scope: .contestants)
            let total = amounts.values.reduce(0, +)
            guard total > 0, let max = rule.max else { return [] }
            return subjects.compactMap { s in
                let share = (amounts[s] ?? 0) / total * 100
                return share > max ? breach(s, share, share: true, "≤ \(amountText(max))") : nil
            }
        case .allowedSlots:
            guard outlet.medium.isBroadcast else { return [] }
            let genres = Set(rule.genres ?? [])
            var outside: [String: Double] = [:]
            for row in rows where row.isPrimary && row.outlet == outlet.id && days.contains(row.date) {
                guard let genre = row.genre, genres.contains(genre), let start = row.localStart else { continue }
                if !rule.slots.contains(where: { $0.contains(start: start) }) { outside[row.subject, default: 0] += row.amount }
            }
            let order = codebook.subjects.map(\.id)
            let slots = rule.slots.map(\.description).joined(separator: ", ")
            return order.compactMap { s in outside[s].map { breach(s, $0, share: false, slots) } }
        }
    }

    /// Σ amount per subject (institutions folded into their party when the rule says so).
    func sums(_ rows: [CodedRow], outlet: Outlet, days: DayRange, rule: Rule, scope: ReportFilter.SubjectScope) -> [String: Double] {
        let filter = ReportFilter(days: days, outlets: [outlet.id], genres: rule.genres,
                                  attributeInstitutions: rule.attributeInstitutions, subjects: scope)
        var sums: [String: Int64] = [:]
        filter.forEachCounted(rows, codebook: codebook, days: days) { sums[$0.subject, default: 0] += Millionths.of($0.weight) }
        return sums.mapValues(Millionths.value)
    }
}
