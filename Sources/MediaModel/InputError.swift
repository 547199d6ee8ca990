/// A problem with something a user gave us, located precisely enough to fix it:
/// `sheet.csv:12: tone: "positiv" is not a tone (positive, neutral, negative)`.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// The field, column or key at fault, when there is one.
    public var field: String?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
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
