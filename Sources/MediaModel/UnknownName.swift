/// The lists of a codebook a user names things from (`--outlet khabar`, a sheet's `subject`).
public enum CodebookList: String, Sendable, CaseIterable {
    case outlet, genre, subject, variable, rule
}

extension Codebook {
    /// The ids of one list, in the codebook's order.
    public func ids(of list: CodebookList) -> [String] {
        switch list {
        case .outlet: outlets.map(\.id)
        case .genre: genres.map(\.id)
        case .subject: subjects.map(\.id)
        case .variable: variables.map(\.id)
        case .rule: rules.map(\.id)
        }
    }

    /// The one way every reader, store call and command says a name is not in the codebook:
    /// `outlet: unknown outlet "habar" (the codebook has khabar, 31-kanal, …)`. The field is the
    /// list's own name unless the caller knows better (a sheet column, `channel`); the command
    /// line maps it to its flag.
    public func unknown(_ list: CodebookList, _ id: String, file: String? = nil, line: Int? = nil,
                        field: String? = nil, context: String = "") -> InputError {
        let known = ids(of: list)
        let has = known.isEmpty ? "the codebook has no \(list.rawValue)s" : "the codebook has \(known.joined(separator: ", "))"
        return InputError(file: file, line: line, field: field ?? list.rawValue,
                          "unknown \(list.rawValue) \"\(id)\"\(context.isEmpty ? "" : " " + context) (\(has))")
    }
}
