import MediaModel

/// Something a coder can pick by typing part of its id or of a name in any of the three languages.
public struct Choice: Sendable, Equatable {
    public var id: String
    public var label: String
    /// Lowercased id, names and aliases, quotes removed, matched against what is typed.
    var keys: [String]

    public init(id: String, label: String, names: [String]) {
        self.id = id
        self.label = label
        self.keys = ([id] + names).map(Self.fold)
    }

    static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е").filter { !"«»\"„“".contains($0) }
    }
}

/// Type-ahead over choices: an id or a word of a name that starts with the typed text ranks
/// first, then any name containing it. Empty input offers everything in codebook order.
public struct TypeAhead: Sendable {
    public let choices: [Choice]

    public init(choices: [Choice]) { self.choices = choices }

    public static func subjects(of codebook: Codebook) -> TypeAhead {
        TypeAhead(choices: codebook.subjects.map { s in
            Choice(id: s.id, label: "\(s.id) — \(s.name.en)",
                   names: [s.name.en, s.name.ru, s.name.kk].compactMap { $0 } + s.aliases.map(\.text))
        })
    }

    public static func genres(of codebook: Codebook) -> TypeAhead {
        TypeAhead(choices: codebook.genres.map { g in
            Choice(id: g.id, label: "\(g.id) — \(g.name.en)", names: [g.name.en, g.name.ru, g.name.kk].compactMap { $0 })
        })
    }

    public func matches(_ typed: String) -> [Choice] {
        let query = Choice.fold(typed).trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return choices }
        var ranked: [(rank: Int, index: Int)] = []
        for (index, choice) in choices.enumerated() {
            if choice.keys[0].hasPrefix(query) {
                ranked.append((0, index))
            } else if choice.keys.contains(where: { key in key.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0.hasPrefix(query) } || key.hasPrefix(query) }) {
                ranked.append((1, index))
            } else if choice.keys.contains(where: { $0.contains(query) }) {
                ranked.append((2, index))
            }
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map { choices[$0.index] }
    }
}
