import MediaLocale
import MediaModel

/// What the columns of a report are: single outlets, or groups of outlets compared with each other
/// (state vs private, TV vs print, by language). A group's figures are computed from the summed
/// codings of its outlets, never by averaging their percentages, and only within one unit.
public enum OutletGrouping: String, Sendable, CaseIterable {
    case outlet
    /// State vs private.
    case ownership
    /// TV, radio, print, online. Each medium has its own unit, so each gets its own table.
    case medium
    /// The outlet's main (first listed) language.
    case language
    /// Not a group of outlets: the item's genre (news, talk show, debate …), across the outlets counted.
    case genre

    /// The column an outlet's codings fall into.
    public func column(of outlet: Outlet) -> String {
        switch self {
        case .outlet: outlet.id
        case .ownership: outlet.ownership.rawValue
        case .medium: outlet.medium.rawValue
        case .language: (outlet.languages.first ?? .en).rawValue
        case .genre: outlet.id
        }
    }

    /// The column of codings whose item has no genre yet.
    static let noGenre = "no-genre"

    /// Column ids in a stable, meaningful order (codebook order for outlets).
    public func columnOrder(_ codebook: Codebook) -> [String] {
        switch self {
        case .outlet: codebook.outlets.map(\.id)
        case .ownership: Outlet.Ownership.allCases.map(\.rawValue)
        case .medium: Outlet.Medium.allCases.map(\.rawValue)
        // The codebook's languages, whatever they are, in the order its outlets first name them.
        case .language: codebook.outlets.compactMap { $0.languages.first?.rawValue }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        case .genre: codebook.genres.map(\.id) + [Self.noGenre]
        }
    }
}

extension Codebook {
    /// A column's name for readers: the outlet's name, or the group's (from the catalogue).
    public func columnName(_ id: String, grouping: OutletGrouping, language: Language = .en) -> String {
        let text = Catalogue(language)
        switch grouping {
        case .outlet: return outlet(id)?.name.in(language) ?? id
        case .ownership: return Outlet.Ownership(rawValue: id).map { text.name(of: $0) } ?? id
        case .medium: return Outlet.Medium(rawValue: id).map { text.name(of: $0) } ?? id
        case .language:
            return text.languageName(code: id)
        case .genre:
            if id == OutletGrouping.noGenre { return text[.noGenre] }
            return genre(id)?.name.in(language) ?? id
        }
    }

    /// A subject's name short enough for a table column: the abbreviation in parentheses when the
    /// name carries one ("Communist People's Party of Kazakhstan (KNPK)" → "KNPK").
    public func shortSubjectName(_ id: String, language: Language = .en) -> String {
        guard let name = subject(id)?.name.in(language) else { return id }
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
            if !inner.isEmpty && inner.count <= 8 { return String(inner) }
        }
        return name
    }
}

extension Catalogue {
    /// An ownership's name for readers: a column of the state-vs-private grouping, a rule's scope.
    func name(of ownership: Outlet.Ownership) -> String {
        switch ownership {
        case .state: self[.ownershipState]
        case .private: self[.ownershipPrivate]
        }
    }

    /// A medium's name for readers: a column of the by-medium grouping, a rule's scope.
    func name(of medium: Outlet.Medium) -> String {
        switch medium {
        case .tv: self[.mediumTV]
        case .radio: self[.mediumRadio]
        case .print: self[.mediumPrint]
        case .online: self[.mediumOnline]
        }
    }
}
