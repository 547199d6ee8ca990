/// Something monitors code besides the subject and the amount, declared in the codebook's
/// `variables:` section (DESIGN §8, docs/METHODOLOGY.md "Variables").
///
/// A mission adds a variable by editing YAML alone: every layer (sheets, `code add --set`, the
/// audit, reliability, `report breakdown`, `--where`, exports) iterates over the declared ones.
public struct Variable: Sendable, Equatable, Identifiable {
    /// What a value is attached to.
    public enum Attachment: String, Sendable, CaseIterable, Codable {
        /// One value per subject in an item, like tone.
        case coding
        /// One value per item (and coder), like genre or topic.
        case item
    }

    /// The level of measurement, which decides how agreement between coders is computed.
    public enum Level: String, Sendable, CaseIterable, Codable {
        case nominal, ordinal, interval
    }

    /// An upper bound an interval value takes from its coding.
    public enum Bound: String, Sendable, CaseIterable, Codable {
        /// At most the coding's amount (direct speech ≤ the subject's time).
        case amount
    }

    public struct Category: Sendable, Equatable, Identifiable {
        public var id: String
        public var name: LocalizedName
        /// The key that selects it on the coding screen, when the codebook gives one.
        public var key: String?

        public init(id: String, name: LocalizedName, key: String? = nil) {
            self.id = id
            self.name = name
            self.key = key
        }
    }

    public var id: String
    public var name: LocalizedName
    public var of: Attachment
    public var level: Level
    /// For nominal and ordinal variables, in order (the order is the scale of an ordinal one).
    public var categories: [Category]
    public var required: Bool
    /// The value a coding takes when it gives none (a category id, or a number).
    public var defaultValue: String?
    public var bound: Bound?

    public init(id: String, name: LocalizedName, of: Attachment, level: Level, categories: [Category] = [],
                required: Bool = false, defaultValue: String? = nil, bound: Bound? = nil) {
        self.id = id
        self.name = name
        self.of = of
        self.level = level
        self.categories = categories
        self.required = required
        self.defaultValue = defaultValue
        self.bound = bound
    }

    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }

    /// Whether the value is one this variable allows: a category id, or a number ≥ 0 for an interval one.
    /// Returns the value as stored (numbers in the shortest form, `12` for `12.0`).
    public func check(_ raw: String) throws(InputError) -> String {
        let value = raw.trimmingCharacters(in: .whitespaces)
        switch level {
        case .nominal, .ordinal:
            guard category(value) != nil else {
                throw InputError(field: id, "\"\(value)\" is not a category of \(id) (expected one of \(categories.map(\.id).joined(separator: ", ")))")
            }
            return value
        case .interval:
            guard let number = Double(value), number.isFinite, number >= 0 else {
                throw InputError(field: id, "\"\(value)\" is not a number of zero or more")
            }
            return number.formatted
        }
    }

    /// The three variables every codebook has, with the ids, sheets, options and JSON of DESIGN §6.
    /// A codebook may declare them (to name them or set a default) but not change what they are.
    public static let builtInIDs: [String] = ["tone", "direct", "genre"]

    public var isBuiltIn: Bool { Self.builtInIDs.contains(id) }

    public static let tone = Variable(
        id: "tone", name: LocalizedName(en: "Tone", ru: "Тон", kk: "Тон"), of: .coding, level: .nominal,
        categories: [
            Category(id: "positive", name: LocalizedName(en: "Positive", ru: "Позитивный", kk: "Оң"), key: "+"),
            Category(id: "neutral", name: LocalizedName(en: "Neutral", ru: "Нейтральный", kk: "Бейтарап"), key: "0"),
            Category(id: "negative", name: LocalizedName(en: "Negative", ru: "Негативный", kk: "Теріс"), key: "-"),
        ],
        required: true)

    public static let direct = Variable(
        id: "direct", name: LocalizedName(en: "Direct speech", ru: "Прямая речь", kk: "Тікелей сөз"),
        of: .coding, level: .interval, bound: .amount)

    /// The genre variable: its categories are the codebook's `genres:` section, which also says
    /// which genres are editorial.
    public static func genre(_ genres: [Genre]) -> Variable {
        Variable(id: "genre", name: LocalizedName(en: "Genre", ru: "Жанр", kk: "Жанр"), of: .item, level: .nominal,
                 categories: genres.map { Category(id: $0.id, name: $0.name) })
    }
}

/// The values a coder gave to the variables beyond the built-in ones, keyed by variable id.
/// Values are category ids or numbers in their shortest form (``Variable/check(_:)``).
public typealias VariableValues = [String: String]

extension Codebook {
    public func variable(_ id: String) -> Variable? { variables.first { $0.id == id } }

    /// Declared variables of one attachment other than tone, direct and genre, which have their own fields.
    public func extraVariables(of attachment: Variable.Attachment) -> [Variable] {
        variables.filter { $0.of == attachment && !$0.isBuiltIn }
    }

    /// Checks `--set ID=VALUE`-style values for one attachment: every id declared and of that
    /// attachment, every value allowed, and (with `complete`) every required variable without a
    /// default present. Returns the values as stored; a default is not stored but read
    /// (``withDefaults(_:of:)``), so the audit records only what a coder gave.
    public func checkValues(_ values: VariableValues, of attachment: Variable.Attachment, complete: Bool = true) throws(InputError) -> VariableValues {
        var result: VariableValues = [:]
        for (id, raw) in values.sorted(by: { $0.key < $1.key }) {
            guard let variable = variable(id) else {
                throw self.unknown(.variable, id, field: id)
            }
            guard !variable.isBuiltIn else {
                throw InputError(field: id, "\(id) has its own option and column; give it there")
            }
            guard variable.of == attachment else {
                throw InputError(field: id, "\(id) is coded once per \(variable.of.rawValue), not per \(attachment.rawValue)")
            }
            if raw.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            result[id] = try variable.check(raw)
        }
        for variable in extraVariables(of: attachment) where complete && result[variable.id] == nil {
            if variable.required && variable.defaultValue == nil {
                throw InputError(field: variable.id, "\(variable.id) is required (one of \(variable.categories.map(\.id).joined(separator: ", ")))")
            }
        }
        return result
    }

    /// The values with each missing variable's default: what reports, reliability and filters read.
    public func withDefaults(_ values: VariableValues, of attachment: Variable.Attachment) -> VariableValues {
        var result = values
        for variable in extraVariables(of: attachment) where result[variable.id] == nil {
            if let value = variable.defaultValue { result[variable.id] = value }
        }
        return result
    }
}

/// `ID=VALUE`, as `--set` and `--where` take it.
public struct VariableAssignment: Sendable, Equatable {
    public var variable: String
    public var value: String

    public init(variable: String, value: String) {
        self.variable = variable
        self.value = value
    }

    public init?(_ text: String) {
        guard let eq = text.firstIndex(of: "=") else { return nil }
        let id = text[..<eq].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty, !value.isEmpty else { return nil }
        self.init(variable: id, value: value)
    }
}
