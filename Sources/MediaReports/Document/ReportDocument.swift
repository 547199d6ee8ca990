import MediaModel

/// A report as readers see it, independent of the format: sections of titled tables and charts.
/// Text, Markdown, HTML and XLSX are all written from this one value, so every format holds the same
/// tables with the same figures.
public struct ReportDocument: Sendable {
    public var title: String
    /// Lines under the title: mission, period, what was counted.
    public var subtitle: [String]
    public var sections: [Section]
    /// The language it is written in: the HTML's `lang`, how every renderer writes numbers, and
    /// the words renderers add themselves (an empty report, chart legends).
    public var language: Language

    public init(title: String, subtitle: [String] = [], sections: [Section] = [], language: Language = .en) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.language = language
    }

    public struct Section: Sendable {
        public var title: String
        public var blocks: [Block]

        public init(title: String, blocks: [Block] = []) {
            self.title = title
            self.blocks = blocks
        }
    }

    public enum Block: Sendable {
        case table(DataTable)
        case chart(Chart)
        case note(String)
    }

    /// Every table, in reading order.
    public var tables: [DataTable] {
        sections.flatMap { $0.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } } }
    }
}

/// A table of figures: text and numbers kept apart, so XLSX gets numbers as numbers and
/// every text format rounds the same way.
public struct DataTable: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case text
        /// Percent, printed with one decimal.
        case percent
        /// Seconds, cm², characters or codings.
        case amount
        /// A change in percentage points, printed with its sign.
        case points
    }

    public struct Column: Sendable, Equatable {
        public var title: String
        public var kind: Kind

        public init(_ title: String, _ kind: Kind) {
            self.title = title
            self.kind = kind
        }
    }

    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// No figure: the subject was not covered there, or there is no earlier week.
        case empty
    }

    public var title: String
    /// A short name for a spreadsheet tab (Excel allows 31 characters); the title when nil.
    public var sheetName: String?
    public var columns: [Column]
    public var rows: [[Cell]]
    /// Rows from this index on are totals, set off by a rule.
    public var footerStart: Int?
    /// How the footer's numbers read when they differ from their columns (amounts under percentages).
    public var footerKind: Kind?

    public init(title: String, columns: [Column], rows: [[Cell]] = [], footerStart: Int? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.footerStart = footerStart
    }

    /// What a cell's number is: its column's kind, or the footer's.
    public func kind(row: Int, column: Int) -> Kind {
        if let footerStart, let footerKind, row >= footerStart { return footerKind }
        return columns[column].kind
    }

    /// A cell as text, formatted by its kind in the language's number style.
    public func text(row: Int, column: Int, in language: Language = .en) -> String {
        let style = NumberStyle(language)
        switch rows[row][column] {
        case .text(let s): return s
        case .empty: return "–"
        case .number(let v):
            switch kind(row: row, column: column) {
            case .percent: return style.percent(v)
            case .amount, .text: return style.amount(v)
            case .points: return style.points(v)
            }
        }
    }
}

/// A change in points with its sign, in English: `+3.2`, `−1.0`, `0.0`.
public func points(_ value: Double) -> String { NumberStyle(.en).points(value) }

/// A chart: what to draw, not how (the HTML renderer draws SVG).
public enum Chart: Sendable {
    /// Horizontal bars, one per label, longest first: shares of one outlet.
    case bars(title: String, bars: [Bar])
    /// One 100% bar per subject, split positive / neutral / negative (tone profile).
    case toneStack(title: String, bars: [ToneBar])
    /// Lines over weeks, one per subject. `partial` marks weeks of fewer than seven days (the
    /// period's ends), whose shares rest on little coverage: they are drawn dashed.
    case lines(title: String, weeks: [String], partial: [Bool], series: [Series])

    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// Stable colour index of the subject, so a party has one colour in every chart.
        public var colour: Int
    }

    public struct ToneBar: Sendable {
        public var label: String
        /// Percent positive, neutral, negative (summing to 100).
        public var profile: [Double]
        public var amount: Double
    }

    public struct Series: Sendable {
        public var label: String
        public var colour: Int
        public var values: [Double?]
    }
}
