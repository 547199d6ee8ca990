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

/// What a coding request writes: the coding, and the item-level values (genre).
struct CodingWrite: Sendable {
    var coding: NewCoding
    var genre: String?
}

extension CodingRequest {
    /// Checks every value against the codebook's declared variables: a value the codebook does
    /// not allow is an error, never a guess; a variable it does not declare is an error too.
    func write(codebook: Codebook, coder: String) throws -> CodingWrite {
        let variables = FormVariable.all(of: codebook)
        var tone: Tone?
        var direct: Double?
        var genre: String?
        for (id, value) in values ?? [:] {
            guard let variable = variables.first(where: { $0.id == id }) else {
                throw InputError(field: id, "the codebook declares no variable \"\(id)\" (it has \(variables.map(\.id).joined(separator: ", ")))")
            }
            switch variable.level {
            case "interval":
                guard case .number(let number) = value, number.isFinite else { throw InputError(field: id, "\(variable.id) is a number") }
                if id == "direct" { direct = number }
            default:
                guard variable.categories.contains(where: { $0.id == value.text }) else {
                    throw InputError(field: id, "\"\(value.text)\" is not a category of \(id) (expected one of \(variable.categories.map(\.id).joined(separator: ", ")))")
                }
                if id == "tone" { tone = Tone(rawValue: value.text) }
                if id == "genre" { genre = value.text }
            }
        }
        guard let tone else { throw InputError(field: "tone", "a coding needs a tone (positive, neutral or negative)") }
        return CodingWrite(coding: NewCoding(subject: subject, amount: amount, direct: direct, tone: tone, coder: coder), genre: genre)
    }
}

/// A variable as the coding form shows it, from the codebook.
struct FormVariable: Encodable, Sendable {
    struct Category: Encodable, Sendable { var id: String; var key: String?; var name: String }
    var id: String
    /// `coding`: one value per subject; `item`: one per item.
    var of: String
    var level: String
    var name: String
    var required: Bool
    var categories: [Category]

    static func all(of codebook: Codebook, language: Language = .en) -> [FormVariable] {
        let toneNames: [Tone: LocalizedName] = [
            .positive: LocalizedName(en: "Positive", ru: "Позитивный", kk: "Оң"),
            .neutral: LocalizedName(en: "Neutral", ru: "Нейтральный", kk: "Бейтарап"),
            .negative: LocalizedName(en: "Negative", ru: "Негативный", kk: "Теріс"),
        ]
        let toneKeys: [Tone: String] = [.positive: "+", .neutral: "0", .negative: "-"]
        return [
            FormVariable(id: "tone", of: "coding", level: "nominal", name: LocalizedName(en: "Tone", ru: "Тон", kk: "Реңк").in(language), required: true,
                         categories: [Tone.positive, .neutral, .negative].map { Category(id: $0.rawValue, key: toneKeys[$0], name: toneNames[$0]!.in(language)) }),
            FormVariable(id: "direct", of: "coding", level: "interval", name: LocalizedName(en: "Direct speech", ru: "Прямая речь", kk: "Тікелей сөз").in(language),
                         required: false, categories: []),
            FormVariable(id: "genre", of: "item", level: "nominal", name: LocalizedName(en: "Genre", ru: "Жанр", kk: "Жанр").in(language), required: false,
                         categories: codebook.genres.enumerated().map { Category(id: $0.element.id, key: $0.offset < 9 ? String($0.offset + 1) : nil, name: $0.element.name.in(language)) }),
        ]
    }
}
