/// A figure another monitor published — a regulator, an electoral commission's council, a domestic
/// NGO — about one outlet, subject and period: "Arcom: TF1 gave Valérie Pécresse 41 minutes of
/// speaking time from 1 to 16 January". Kept apart from the mission's codings: reference figures
/// never enter a share computed from codings; `report reference` only sets them side by side.
public struct ReferenceFigure: Sendable, Equatable {
    public var outlet: String
    public var subject: String
    public var period: DayRange
    /// Free text naming what was measured: `speaking`, `support`, `mention`, `airtime`.
    public var measure: String
    /// In `unit`, already converted to its base: minutes and hours arrive as seconds.
    public var amount: Double
    public var unit: ReferenceUnit
    /// The line of the input the figure came from, for error messages.
    public var line: Int

    public init(outlet: String, subject: String, period: DayRange, measure: String, amount: Double, unit: ReferenceUnit, line: Int = 0) {
        self.outlet = outlet
        self.subject = subject
        self.period = period
        self.measure = measure
        self.amount = amount
        self.unit = unit
        self.line = line
    }
}

/// A reference figure with the source it was imported under (`--source arcom`).
public struct SourcedFigure: Sendable, Equatable {
    public var source: String
    public var figure: ReferenceFigure

    public init(source: String, figure: ReferenceFigure) {
        self.source = source
        self.figure = figure
    }
}

/// The units published figures come in. Time is stored in seconds whatever it arrived in, so that
/// one source's minutes and another's `HH:MM:SS` add up; a percentage is a share already.
public enum ReferenceUnit: String, Sendable, CaseIterable, Codable {
    case seconds, minutes, hours
    case squareCentimetres = "cm²"
    case percent

    /// Reads the spellings people type: `min`, `cm2`, `%`.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "seconds", "second", "sec", "s": self = .seconds
        case "minutes", "minute", "min": self = .minutes
        case "hours", "hour", "h": self = .hours
        case "cm²", "cm2", "square centimetres", "square centimeters": self = .squareCentimetres
        case "percent", "%", "pct": self = .percent
        default: return nil
        }
    }

    /// The unit figures are stored in.
    public var stored: ReferenceUnit {
        switch self {
        case .seconds, .minutes, .hours: .seconds
        case .squareCentimetres: .squareCentimetres
        case .percent: .percent
        }
    }

    /// How many stored units one of these is.
    public var factor: Double {
        switch self {
        case .minutes: 60
        case .hours: 3600
        default: 1
        }
    }
}
