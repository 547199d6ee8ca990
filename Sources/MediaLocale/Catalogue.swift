import Foundation

/// The strings of one language, looked up by `Phrase`, with `{name}` placeholders filled in,
/// and that language's way of writing numbers and dates.
///
/// Depends on Foundation only, so the reports, the command line and the web server share it.
public struct Catalogue: Sendable {
    public let language: Language
    public let numbers: NumberStyle

    public init(_ language: Language) {
        self.language = language
        self.numbers = NumberStyle(language)
    }

    /// The language's table: every phrase, as written in that language.
    public static func table(_ language: Language) -> [Phrase: String] {
        switch language {
        case .en: English.table
        case .ru: Russian.table
        case .kk: Kazakh.table
        }
    }

    /// The phrase in this language (the English one if a translation were ever missing: the
    /// catalogue test keeps that from shipping).
    public subscript(_ phrase: Phrase) -> String {
        Self.table(language)[phrase] ?? English.table[phrase] ?? phrase.rawValue
    }

    /// The phrase with its `{name}` placeholders replaced by `values`.
    public func callAsFunction(_ phrase: Phrase, _ values: KeyValuePairs<String, String> = [:]) -> String {
        var text = self[phrase]
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// `{n} days` with the noun in the form the number needs: Russian has three
    /// (1 день, 2 дня, 5 дней), Kazakh one (1 күн, 5 күн), English two.
    public func days(_ n: Int) -> String {
        let phrase: Phrase
        let tens = n % 100, units = n % 10
        if language == .ru {
            phrase = units == 1 && tens != 11 ? .dayOne : (2...4).contains(units) && !(12...14).contains(tens) ? .dayFew : .dayMany
        } else {
            phrase = n == 1 ? .dayOne : .dayMany
        }
        return self(phrase, ["n": String(n)])
    }

    /// A date in this language's convention.
    public func date(year: Int, month: Int, day: Int) -> String { numbers.date(year: year, month: month, day: day) }

    /// The placeholders a phrase takes: `{name}` in its English text.
    public static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// A reader's name for the language of outlets or items, given as an ISO 639 code: the
    /// catalogue's for Kazakh, Russian and English, the system's (ICU's) for any other.
    public func languageName(code: String) -> String {
        switch code {
        case "kk": return self[.languageKazakh]
        case "ru": return self[.languageRussian]
        case "en": return self[.languageEnglish]
        default:
            let name = Locale(identifier: language.rawValue).localizedString(forLanguageCode: code) ?? code
            return self(.languageOther, ["language": name])
        }
    }
}
