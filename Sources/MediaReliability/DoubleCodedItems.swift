import MediaModel

/// The items two or more coders coded, each with every coder's codings and genre side by side:
/// the material of the reliability check (docs/METHODOLOGY.md "Variables").
public struct DoubleCodedItems: Sendable {
    /// One coder's view of one item.
    public struct Coding: Sendable, Equatable {
        public var amount: Double
        public var tone: Tone
        public var direct: Double? = nil
        /// The codebook's own variables (of the coding, and the primary coder's of the item), by id.
        public var values: VariableValues = [:]
    }

    public struct Item: Sendable {
        public var segmentID: Int64
        public var outlet: String
        public var date: LocalDate
        public var unit: AmountUnit
        /// The coders of the item, by name.
        public var coders: [String]
        /// Per coder, per subject: what that coder coded.
        public var codings: [String: [String: Coding]]
        /// Per coder: the genre they gave the item (a coder may have given none).
        public var genres: [String: String]
        /// Per coder: the values they gave the item's own variables (topic …).
        public var itemValues: [String: VariableValues] = [:]

        /// The subjects any coder coded, sorted.
        public var subjects: [String] { Set(codings.values.flatMap(\.keys)).sorted() }
        /// The coders who coded `subject`, with their codings, in coder order.
        public func codings(of subject: String) -> [(coder: String, coding: Coding)] {
            coders.compactMap { coder in codings[coder]?[subject].map { (coder, $0) } }
        }
    }

    public var items: [Item]

    /// Gathers the double-coded items from every coding of every coder.
    ///
    /// - Parameters:
    ///   - rows: codings, all coders (`MonitoringDatabase.codedRows`).
    ///   - genres: per item, per coder, the genre that coder gave; a coder who gave a genre but no
    ///     coding said the item covers none of the subjects, and counts as one of its coders.
    ///   - coders: only these coders (nil: all).
    public init(rows: [CodedRow], genres: [Int64: [String: String]], itemValues: [Int64: [String: VariableValues]] = [:],
                coders only: Set<String>? = nil) {
        var order: [Int64] = []
        var byItem: [Int64: Item] = [:]
        for row in rows where only?.contains(row.coder) ?? true {
            if byItem[row.segmentID] == nil {
                order.append(row.segmentID)
                byItem[row.segmentID] = Item(segmentID: row.segmentID, outlet: row.outlet, date: row.date, unit: row.unit,
                                             coders: [], codings: [:], genres: [:])
            }
            byItem[row.segmentID]!.codings[row.coder, default: [:]][row.subject] = Coding(amount: row.amount, tone: row.tone, direct: row.direct, values: row.values)
        }
        items = order.compactMap { id in
            var item = byItem[id]!
            for (coder, genre) in genres[id] ?? [:] where only?.contains(coder) ?? true {
                item.genres[coder] = genre
                if item.codings[coder] == nil { item.codings[coder] = [:] }
            }
            for (coder, values) in itemValues[id] ?? [:] where (only?.contains(coder) ?? true) && item.codings[coder] != nil {
                item.itemValues[coder] = values
            }
            item.coders = item.codings.keys.sorted()
            return item.coders.count >= 2 ? item : nil
        }
    }

    /// Every coder who coded at least one of the items.
    public var coders: [String] { Set(items.flatMap(\.coders)).sorted() }
}

/// The units of docs/METHODOLOGY.md "Variables", one list of values per unit, in coder order.
extension DoubleCodedItems {
    /// `subject`: every (item, subject) pair, present (true) or absent (false) for each coder of the item.
    public func subjectUnits(subjects: [String]) -> [[Bool]] {
        items.flatMap { item in
            let all = subjects + item.subjects.filter { !subjects.contains($0) }
            return all.map { subject in item.coders.map { item.codings[$0]?[subject] != nil } }
        }
    }

    /// Per item, each coder's set of subjects: for the Jaccard overlap.
    public var subjectSets: [[Set<String>]] {
        items.map { item in item.coders.map { Set(item.codings[$0].map { Array($0.keys) } ?? []) } }
    }

    /// `tone` and `amount`: every (item, subject) pair coded by two or more coders; a coder who
    /// did not code the subject is a missing value.
    public var pairedCodings: [(item: Item, subject: String, codings: [Coding])] {
        items.flatMap { item in
            item.subjects.compactMap { subject in
                let codings = item.codings(of: subject).map(\.coding)
                return codings.count >= 2 ? (item, subject, codings) : nil
            }
        }
    }

    /// A declared variable of the coding (capacity, direct …): every (item, subject) pair coded by two
    /// or more coders, each coder's value (nil when they gave none).
    public func codingUnits(of variable: String) -> [[String?]] {
        pairedCodings.map { pair in
            pair.codings.map { variable == "direct" ? $0.direct?.formatted : $0.values[variable] }
        }
    }

    /// A declared variable of the item (topic …): every item, each coder's value (nil when they gave none).
    public func itemUnits(of variable: String) -> [[String?]] {
        items.map { item in item.coders.map { item.itemValues[$0]?[variable] } }
    }

    /// `genre`: every item, with the genres of the coders who gave one.
    public var genreUnits: [[String]] {
        items.map { item in item.coders.compactMap { item.genres[$0] } }
    }
}
