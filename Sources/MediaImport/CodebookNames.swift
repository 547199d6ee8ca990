import MediaModel
import MediaText

/// Finds the codebook outlet or subject a published table means, from the way it names it:
/// by id, by any name or alias, in any script (`Нұр Отан`, `Nur Otan`, `Nūr Otan`), in any case,
/// and — for people — in either name order (`Macron Emmanuel` = `Emmanuel Macron`).
///
/// Names go through the text layer's folding (case, `ё`, diacritics, quotes, dashes) and Kazakh
/// Cyrillic → Latin transliteration, so the comparison happens in one script. A name that could be
/// two entries is never resolved by guessing: it is reported as ambiguous.
public struct CodebookNames {
    public enum Match: Sendable, Equatable {
        case found(String)
        case unknown
        case ambiguous([String])
    }

    private var exact: [String: Set<String>] = [:]
    private var unordered: [String: Set<String>] = [:]
    private let latin: KazakhLatinForms

    /// Every way `entries` are written: `(id, names)`.
    public init(_ entries: [(id: String, names: [String])]) throws(TextProcessingError) {
        latin = try KazakhLatinForms()
        for (id, names) in entries {
            for name in [id] + names {
                for key in try keys(name) {
                    exact[key, default: []].insert(id)
                    unordered[Self.wordSet(key), default: []].insert(id)
                }
            }
        }
    }

    public static func outlets(of codebook: Codebook) throws(TextProcessingError) -> CodebookNames {
        try CodebookNames(codebook.outlets.map { o in
            (o.id, [o.name.en, o.name.ru, o.name.kk].compactMap { $0 } + o.xmltvIDs)
        })
    }

    public static func subjects(of codebook: Codebook) throws(TextProcessingError) -> CodebookNames {
        try CodebookNames(codebook.subjects.map { s in
            (s.id, [s.name.en, s.name.ru, s.name.kk].compactMap { $0 } + s.aliases.map(\.text))
        })
    }

    public func match(_ name: String) throws(TextProcessingError) -> Match {
        var found: Set<String> = []
        for key in try keys(name) { found.formUnion(exact[key] ?? []) }
        if found.isEmpty {
            for key in try keys(name) { found.formUnion(unordered[Self.wordSet(key)] ?? []) }
        }
        switch found.count {
        case 0: return .unknown
        case 1: return .found(found.first!)
        default: return .ambiguous(found.sorted())
        }
    }

    /// The folded name, and its Latin form when it has Cyrillic letters.
    private func keys(_ name: String) throws(TextProcessingError) -> [String] {
        let folded = try Self.key(name)
        guard !folded.isEmpty else { return [] }
        var transliterated: [String] = []
        for form in try latin.forms(name) {
            let key = try Self.key(form)
            if !key.isEmpty && key != folded { transliterated.append(key) }
        }
        return [folded] + transliterated
    }

    static func key(_ name: String) throws(TextProcessingError) -> String {
        let folded = try TextNormalizer.fold(name)
        var out = ""
        var space = false
        for c in folded {
            if c.isLetter || c.isNumber {
                if space && !out.isEmpty { out.append(" ") }
                out.append(c)
                space = false
            } else {
                space = true
            }
        }
        return out
    }

    static func wordSet(_ key: String) -> String {
        key.split(separator: " ").sorted().joined(separator: " ")
    }
}

/// Kazakh Cyrillic spelled in both Latin schemes, so a Latin table finds a Cyrillic alias.
private struct KazakhLatinForms {
    /// Opened once: an ICU transliterator is slow to open and quick to run.
    let transliterators: [KazakhLatin]

    init() throws(TextProcessingError) {
        var opened: [KazakhLatin] = []
        for scheme in KazakhLatin.Scheme.allCases { opened.append(try KazakhLatin(scheme: scheme)) }
        transliterators = opened
    }

    func forms(_ text: String) throws(TextProcessingError) -> [String] {
        guard text.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) else { return [] }
        var out: [String] = []
        for t in transliterators { out.append(try t(text)) }
        return out
    }
}
