import CICU

/// What the text layer needs to know about each UTF-16 code unit, computed once from ICU's
/// character properties so the hot loops do one array load per character.
///
/// Code units outside the BMP (surrogates) are treated as letters that fold to themselves.
struct CharacterTable: Sendable {
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt16
        static let letter = Kind(rawValue: 1 << 0)
        static let upper = Kind(rawValue: 1 << 1)
        static let cyrillic = Kind(rawValue: 1 << 2)
        static let latin = Kind(rawValue: 1 << 3)
        static let mark = Kind(rawValue: 1 << 4)
        static let digit = Kind(rawValue: 1 << 5)
        static let openingQuote = Kind(rawValue: 1 << 6)
        static let closingQuote = Kind(rawValue: 1 << 7)
        static let hyphen = Kind(rawValue: 1 << 8)
        static let space = Kind(rawValue: 1 << 9)
        static let lineBreak = Kind(rawValue: 1 << 10)
        /// Dropped inside words: soft hyphen, zero-width joiners, combining marks after folding.
        static let ignorable = Kind(rawValue: 1 << 11)
        static let surrogate = Kind(rawValue: 1 << 12)
        static let apostrophe = Kind(rawValue: 1 << 13)
    }

    /// Per code unit: its kind, its folded form (case, ё→е, Latin diacritics, Greek look-alikes),
    /// and the Cyrillic letter a Latin look-alike stands for in a Cyrillic word or a word made of
    /// look-alikes only (0 when none).
    let kinds: [Kind]
    let folded: [UInt16]
    let cyrillicLookAlike: [UInt16]

    static let shared = CharacterTable()

    /// Quote characters: those that open, those that close, and the straight ones that do both.
    static let opening: Set<UInt16> = Set("«„“‹‚\"'".utf16)
    static let closing: Set<UInt16> = Set("»“”›‘’\"'".utf16)
    static let hyphens: Set<UInt16> = [0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63, 0xFF0D]
    /// Greek letters that real sites put in Cyrillic words to dodge filters (ο, α, Τ, Η …): folded to
    /// the Cyrillic letter they imitate wherever they stand, since no alias is Greek.
    static let greekLookAlikes: [Character: Character] = [
        "α": "а", "ε": "е", "ι": "і", "κ": "к", "ο": "о", "ρ": "р", "τ": "т", "υ": "у", "χ": "х", "η": "н", "μ": "м", "β": "в",
        "ό": "о", "ά": "а", "έ": "е",
        "Α": "а", "Β": "в", "Ε": "е", "Η": "н", "Ι": "і", "Κ": "к", "Μ": "м", "Ο": "о", "Ρ": "р", "Τ": "т", "Υ": "у", "Χ": "х",
    ]
    static let lookAlikes: [Character: Character] = [
        "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "h": "һ", "ə": "ә",
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О",
        "P": "Р", "T": "Т", "X": "Х", "Y": "У", "Ə": "Ә",
    ]

    init() {
        var kinds = [Kind](repeating: [], count: 0x10000)
        var folded = [UInt16](repeating: 0, count: 0x10000)
        var lookAlike = [UInt16](repeating: 0, count: 0x10000)
        for u in 0..<0x10000 {
            let c = UInt32(u)
            folded[u] = UInt16(u)
            if (0xD800...0xDFFF).contains(c) { kinds[u] = [.surrogate, .letter]; continue }
            var k: Kind = []
            let script = cicu_script(c)
            if cicu_is_mark(c) != 0 { k.insert(.mark); k.insert(.ignorable) }
            if cicu_is_alphabetic(c) != 0, !k.contains(.mark) {
                k.insert(.letter)
                if cicu_is_upper(c) != 0 { k.insert(.upper) }
                if script == 8 { k.insert(.cyrillic) }
                if script == 25 { k.insert(.latin) }
                var f = cicu_fold_char(c)
                if script == 25 || c == 0x0131 || c == 0x0130 {
                    if c == 0x0130 || c == 0x0131 { f = 0x69 }
                    let base = cicu_base_letter(f)
                    if base < 0x10000, base != f, cicu_script(base) == 25 { f = base }
                }
                if f == 0x0451 { f = 0x0435 }  // ё → е
                // ӊ and ӈ (en with tail, with hook) are typed for the Kazakh ң where a font lacks it
                // («комиссиясыныӊ»: round 11); no Kazakh or Russian word has them otherwise.
                if f == 0x04CA || f == 0x04C8 { f = 0x04A3 }
                if f < 0x10000 { folded[u] = UInt16(f) }
            }
            if cicu_is_digit(c) != 0 { k.insert(.digit) }
            if Self.opening.contains(UInt16(u)) { k.insert(.openingQuote) }
            if Self.closing.contains(UInt16(u)) { k.insert(.closingQuote) }
            if u == 0x27 || u == 0x2019 || u == 0x02BC { k.insert(.apostrophe) }
            if Self.hyphens.contains(UInt16(u)) { k.insert(.hyphen); folded[u] = 0x2D }
            if u == 0xAD || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF { k.insert(.ignorable) }
            if u == 0x20 || u == 0x09 || u == 0xA0 || (0x2000...0x200A).contains(u) || u == 0x202F || u == 0x3000 { k.insert(.space) }
            if u == 0x0A || u == 0x0D || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028 || u == 0x2029 { k.insert(.lineBreak) }
            kinds[u] = k
        }
        for (greek, cyrillic) in Self.greekLookAlikes {
            let g = Int(greek.utf16.first!)
            folded[g] = cyrillic.utf16.first!
            kinds[g].insert(.cyrillic)
        }
        for (latin, cyrillic) in Self.lookAlikes {
            let l = Int(latin.utf16.first!)
            lookAlike[l] = cyrillic.utf16.first!
        }
        self.kinds = kinds
        self.folded = folded
        self.cyrillicLookAlike = lookAlike
    }
}
