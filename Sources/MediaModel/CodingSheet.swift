/// A coding sheet read and checked row by row, ready to be stored as a whole.
public struct CodingSheet: Sendable {
    /// One row: one coder's coding of one subject in one item.
    public struct Row: Sendable, Equatable {
        /// The line in the file, for error messages.
        public var line: Int
        public var segment: NewSegment
        public var coding: NewCoding
        public var genre: String?
        /// The codebook's own variables of the item (topic …), with defaults filled in; every row of
        /// one coder's item gives the same.
        public var itemValues: VariableValues

        public init(line: Int, segment: NewSegment, coding: NewCoding, genre: String?, itemValues: VariableValues = [:]) {
            self.line = line
            self.segment = segment
            self.coding = coding
            self.genre = genre
            self.itemValues = itemValues
        }
    }

    public var file: String
    public var rows: [Row]
    /// SHA-256 of the file's bytes (lowercase hex), which the audit log records beside each line it
    /// stored; nil for a sheet built in code.
    public var sha256: String?

    public init(file: String, rows: [Row], sha256: String? = nil) {
        self.file = file
        self.rows = rows
        self.sha256 = sha256
    }
}

/// What storing a coding sheet (or any import) did.
public struct ImportSummary: Sendable, Equatable, Codable {
    /// New records: codings for a sheet, programmes or items for a log or articles.
    public var imported: Int
    /// Records already in the database with the same values: nothing added.
    public var duplicates: Int
    /// Records left out on purpose (a channel mapped to no outlet, a date outside the period).
    public var skipped: Int
    /// Codings whose values changed (the same coder re-coded the subject).
    public var replaced: Int
    /// Items created on the way.
    public var newItems: Int

    public init(imported: Int = 0, duplicates: Int = 0, skipped: Int = 0, replaced: Int = 0, newItems: Int = 0) {
        self.imported = imported
        self.duplicates = duplicates
        self.skipped = skipped
        self.replaced = replaced
        self.newItems = newItems
    }

    public static func + (a: ImportSummary, b: ImportSummary) -> ImportSummary {
        ImportSummary(imported: a.imported + b.imported, duplicates: a.duplicates + b.duplicates, skipped: a.skipped + b.skipped,
                      replaced: a.replaced + b.replaced, newItems: a.newItems + b.newItems)
    }
}
