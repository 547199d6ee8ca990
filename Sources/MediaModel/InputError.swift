/// A problem with something a user gave us, located precisely enough to fix it:
/// `sheet.csv:12: tone: "positiv" is not a tone (positive, neutral, negative)`.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// The field, column or key at fault, when there is one.
    public var field: String?
    public var message: String
    /// True when the input lacks the field's value and whoever runs the reader may give it instead
    /// (the command line with an option): the library names the field, the CLI adds its flag.
    public var mayBeGiven: Bool

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil, mayBeGiven: Bool = false, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.mayBeGiven = mayBeGiven
        self.message = message
    }

    public var description: String {
        var place = ""
        if let file { place = file }
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        if let column, line != nil { place += ":\(column)" }
        var text = place.isEmpty ? "" : place + ": "
        if let field { text += field + ": " }
        return text + message
    }

    /// The same error, placed in `file` if it had no file yet.
    public func inFile(_ name: String) -> InputError {
        var copy = self
        if copy.file == nil { copy.file = name }
        return copy
    }
}

/// Several problems found in one input, reported together so a user fixes them in one pass.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [InputError]

    public init(_ errors: [InputError]) { self.errors = errors }

    /// At most `shown` problems, then how many more: ten thousand lines help nobody.
    public var description: String {
        let shown = 20
        var lines = errors.prefix(shown).map(\.description)
        if errors.count > shown { lines.append("… and \(errors.count - shown) more problems") }
        return lines.joined(separator: "\n")
    }
}
