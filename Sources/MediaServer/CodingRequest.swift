import Foundation
import MediaModel

/// A variable's value as JSON carries it: a category id or a number.
enum VariableValue: Codable, Sendable, Equatable {
    case text(String)
    case number(Double)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        }
    }

    var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): number.formatted
        }
    }
}

/// `POST /api/items/{id}/codings`: `{"subject", "amount", "values": {"tone": "negative", …}, "version"}`.
struct CodingRequest: Decodable, Sendable {
    var subject: String
    var amount: Double
    var values: [String: VariableValue]?
    /// The item version the page loaded; a save against an older one is refused (409).
    var version: Int?
}

/// What a coding request writes: the coding with its variables, and the item's own (genre, topic …).
struct CodingWrite: Sendable {
    var coding: NewCoding
    var genre: String?
    var itemValues: VariableValues
}

extension CodingRequest {
    /// Sorts the values into the codebook's declared variables: a variable it does not declare,
    /// or a value it does not allow, is an error, never a guess. The store checks the values
    /// again (required ones, defaults, bounds) in the one write path.
    func write(codebook: Codebook, coder: String) throws -> CodingWrite {
        var tone: Tone?
        var direct: Double?
        var genre: String?
        var codingValues: VariableValues = [:], itemValues: VariableValues = [:]
        for (id, value) in (values ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let variable = codebook.variable(id) else {
                throw codebook.unknown(.variable, id, field: id)
            }
            if variable.level == .interval, case .text = value { throw InputError(field: id, "\(id) is a number") }
            let checked = try variable.check(value.text)
            switch id {
            case "tone": tone = Tone(rawValue: checked)
            case "direct": direct = Double(checked)
            case "genre": genre = checked
            default:
                if variable.of == .item { itemValues[id] = checked } else { codingValues[id] = checked }
            }
        }
        guard let tone else { throw InputError(field: "tone", "a coding needs a tone (positive, neutral or negative)") }
        return CodingWrite(coding: NewCoding(subject: subject, amount: amount, direct: direct, tone: tone, coder: coder, values: codingValues),
                           genre: genre, itemValues: itemValues)
    }
}

/// A variable as the coding form shows it: generated from the codebook's declared variables,
/// never written per field.
struct FormVariable: Encodable, Sendable {
    struct Category: Encodable, Sendable { var id: String; var key: String?; var name: String }
    var id: String
    /// `coding`: one value per subject; `item`: one per item.
    var of: String
    var level: String
    var name: String
    var required: Bool
    var defaultValue: String?
    var categories: [Category]

    static func all(of codebook: Codebook, language: Language = .en) -> [FormVariable] {
        codebook.variables.map { v in
            // Genres have no keys in the codebook: the form numbers them, as the terminal coder does.
            let numbered = v.id == "genre"
            return FormVariable(id: v.id, of: v.of.rawValue, level: v.level.rawValue, name: v.name.in(language), required: v.required,
                                defaultValue: v.defaultValue,
                                categories: v.categories.enumerated().map { index, c in
                                    Category(id: c.id, key: c.key ?? (numbered && index < 9 ? String(index + 1) : nil), name: c.name.in(language))
                                })
        }
    }
}
