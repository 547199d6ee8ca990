import Foundation

/// Where an item sits in its outlet: a time span on air, a page and area in print, or a length online.
public enum Placement: Sendable, Equatable {
    /// Local start and end on the item's date; an end before the start runs past midnight.
    case broadcast(start: TimeOfDay, end: TimeOfDay)
    case print(page: Int, area: Double)
    case online(characters: Int, url: String?)

    /// The item's own size in its unit: seconds on air, cm² on the page, characters online.
    public var extent: Double {
        switch self {
        case .broadcast(let start, let end):
            Double(end.seconds > start.seconds ? end.seconds - start.seconds : end.seconds + 86_400 - start.seconds)
        case .print(_, let area): area
        case .online(let characters, _): Double(characters)
        }
    }

    public var unit: AmountUnit {
        switch self {
        case .broadcast: .seconds
        case .print: .squareCentimetres
        case .online: .characters
        }
    }
}

/// An item (segment) to be stored: one news story, programme part, spot or article.
public struct NewSegment: Sendable, Equatable {
    public var outlet: String
    public var date: LocalDate
    public var placement: Placement
    public var title: String
    public var genre: String?
    public var language: LanguageCode?
    public var text: String?
    public var programmeID: Int64?

    public init(outlet: String, date: LocalDate, placement: Placement, title: String = "",
                genre: String? = nil, language: LanguageCode? = nil, text: String? = nil, programmeID: Int64? = nil) {
        self.outlet = outlet
        self.date = date
        self.placement = placement
        self.title = title
        self.genre = genre
        self.language = language
        self.text = text
        self.programmeID = programmeID
    }

    /// The natural identity of an item, the same one the coding sheets use:
    /// `outlet, date, start, title` on air, `outlet, date, page, title` in print.
    /// Two sheets naming the same key code the same item; re-adding it adds nothing.
    public var key: String {
        let title = self.title.trimmingCharacters(in: .whitespacesAndNewlines)
        switch placement {
        case .broadcast(let start, _): return "\(outlet)|\(date)|\(start)|\(title)"
        case .print(let page, _): return "\(outlet)|\(date)|p\(page)|\(title)"
        case .online(_, let url): return "\(outlet)|\(date)|\(url ?? "")|\(title)"
        }
    }
}

/// One coder's coding of one subject in one item.
public struct NewCoding: Sendable, Equatable {
    public var subject: String
    public var amount: Double
    public var direct: Double?
    public var tone: Tone
    public var coder: String
    /// The codebook's other variables of the coding (``Variable``), by id: `capacity: official`.
    public var values: VariableValues

    public init(subject: String, amount: Double, direct: Double? = nil, tone: Tone, coder: String, values: VariableValues = [:]) {
        self.subject = subject
        self.amount = amount
        self.direct = direct
        self.tone = tone
        self.coder = coder
        self.values = values
    }
}

/// A coding as reports see it: flat, with everything aggregation filters and groups on — or the sum
/// of the codings that agree on all of it (the store's coding sums, `codings` of them), which
/// reports count the same way (docs/METHODOLOGY.md "Coding sums").
public struct CodedRow: Sendable, Equatable {
    public var segmentID: Int64
    public var outlet: String
    public var unit: AmountUnit
    public var date: LocalDate
    /// Local start time of a broadcast item, for the monitoring window.
    public var localStart: TimeOfDay?
    public var genre: String?
    public var subject: String
    public var amount: Double
    public var direct: Double?
    public var tone: Tone
    public var coder: String
    /// Whether this is the item's primary coding, the one reports count.
    public var isPrimary: Bool
    /// The codebook's own variables: the coding's, and the item's as its primary coder gave them.
    public var values: VariableValues
    /// How many codings the row sums: 1 for a single coding (`--weight items` counts these).
    public var codings: Int
    /// For a sum: whether its items lie inside their outlet's monitoring window (decided when the
    /// codings were written, as `localStart` would decide it). Nil for a single coding: `localStart` decides.
    public var insideWindow: Bool?

    public init(segmentID: Int64, outlet: String, unit: AmountUnit, date: LocalDate, localStart: TimeOfDay?,
                genre: String?, subject: String, amount: Double, direct: Double?, tone: Tone, coder: String, isPrimary: Bool,
                values: VariableValues = [:], codings: Int = 1, insideWindow: Bool? = nil) {
        self.segmentID = segmentID
        self.outlet = outlet
        self.unit = unit
        self.date = date
        self.localStart = localStart
        self.genre = genre
        self.subject = subject
        self.amount = amount
        self.direct = direct
        self.tone = tone
        self.coder = coder
        self.isPrimary = isPrimary
        self.values = values
        self.codings = codings
        self.insideWindow = insideWindow
    }

    /// The value of any declared variable: tone, direct and genre from their fields, the others from `values`.
    public func value(of variable: String) -> String? {
        switch variable {
        case "tone": tone.rawValue
        case "direct": direct?.formatted
        case "genre": genre
        default: values[variable]
        }
    }
}
