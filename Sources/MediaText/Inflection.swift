/// The endings an alias may carry in running text: Kazakh inflectional suffixes (plural,
/// possessive, case, in both vowel harmonies), Russian declension endings, and the Kazakh
/// suffixes as they are written in Latin script.
///
/// Only inflection is listed, never derivation: `ауыл` + `дық` ("rural") or `Нұр Отан` + `шы`
/// ("a Nur Otan member") are other words, not mentions.
enum Inflection {
    /// What a suffix is: bits in a ``UnitTrie`` payload.
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt32
        static let kazakhBack = Kind(rawValue: 1 << 0)
        static let kazakhFront = Kind(rawValue: 1 << 1)
        static let russian = Kind(rawValue: 1 << 2)
        static let latinBack = Kind(rawValue: 1 << 3)
        static let latinFront = Kind(rawValue: 1 << 4)
        /// Round 55: the Russian «-ов»/«-ев», kept apart because after a Kazakh name in «-ай»/«-ей»
        /// they make another surname, not a case (Туякбай → Туякбаев, see ``surnameForming``).
        static let russianOv = Kind(rawValue: 1 << 5)
        static let kazakh: Kind = [.kazakhBack, .kazakhFront]
        /// Every Russian ending.
        static let russianAll: Kind = [.russian, .russianOv]
        static let latin: Kind = [.latinBack, .latinFront]
    }

    /// Kazakh suffix chains (plural? possessive? case?), `(back, front)` forms of each slot.
    static let plural: ([String], [String]) = (["лар", "дар", "тар"], ["лер", "дер", "тер"])
    static let possessive: ([String], [String]) = (
        ["ы", "сы", "ым", "м", "ың", "ң", "ымыз", "мыз", "ыңыз", "ңыз"],
        ["і", "сі", "ім", "м", "ің", "ң", "іміз", "міз", "іңіз", "ңіз"])
    static let cases: ([String], [String]) = (
        ["ның", "дың", "тың", "ға", "қа", "на", "а", "ны", "ды", "ты", "н", "да", "та", "нда",
         "дан", "тан", "нан", "ндан", "мен", "бен", "пен", "менен", "бенен", "пенен", "ымен", "мен",
         "дағы", "тағы", "ндағы", "дай", "тай", "ша", "ныкі", "дыкі", "тыкі"],
        ["нің", "дің", "тің", "ге", "ке", "не", "е", "ні", "ді", "ті", "н", "де", "те", "нде",
         "ден", "тен", "нен", "нден", "мен", "бен", "пен", "менен", "бенен", "пенен", "імен", "мен",
         "дегі", "тегі", "ндегі", "дей", "тей", "ше", "нікі", "дікі", "тікі"])

    /// Noun and adjective endings of Russian declension (after the stem, see ``russianStem``).
    static let russianEndings = [
        "а", "я", "о", "е", "у", "ю", "ы", "и", "й", "ь",
        "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ую", "юю", "ая", "яя", "ое", "ее",
        "ые", "ие", "ых", "их", "ым", "им", "ий", "ый", "ия", "ии", "ию", "ье", "ья", "ьи", "ью",
        "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ией", "ией", "иям", "иях", "ием", "ьей", "ьев",
    ]

    static let russianOvEndings: Set<String> = ["ов", "ев"]

    /// Round 55: a word in «-ай»/«-ей» whose stem plus «-ев» is a Russian surname of its own, not the
    /// word's genitive plural: «Сапарбек Туякбаев» is not OSDP's Жармахан Туякбай (ru-et2). The
    /// adjectives' «-ей» endings (its pairs) are dropped whole by ``russianStem`` and never reach here.
    static func surnameForming(_ word: [UInt16]) -> Bool {
        guard word.count > 4, word.last == 0x0439 else { return false }  // й
        let before = word[word.count - 2]
        return before == 0x0430 || before == 0x0435  // а, е
    }

    /// All Kazakh chains of one harmony.
    static func kazakhChains(front: Bool) -> Set<String> {
        let pl = front ? plural.1 : plural.0
        let po = front ? possessive.1 : possessive.0
        let ca = front ? cases.1 : cases.0
        var out: Set<String> = []
        for p in [""] + pl {
            for q in [""] + po {
                for c in [""] + ca {
                    let s = p + q + c
                    if !s.isEmpty { out.insert(s) }
                }
            }
        }
        return out
    }

    /// The suffix trie: every ending with its kinds. Latin forms come from transliterating the
    /// Kazakh ones with every scheme, folded like text is.
    static func suffixes() throws(TextProcessingError) -> UnitTrie {
        var trie = UnitTrie()
        var latin: [KazakhLatin] = []
        for scheme in KazakhLatin.Scheme.allCases { latin.append(try KazakhLatin(scheme: scheme)) }
        for (front, kind, latinKind) in [(false, Kind.kazakhBack, Kind.latinBack), (true, .kazakhFront, .latinFront)] {
            for s in kazakhChains(front: front) {
                trie.insert(s.utf16, bits: kind.rawValue)
                for t in latin { trie.insert(try Folding.fold(try t(s)), bits: latinKind.rawValue) }
            }
        }
        for e in russianEndings {
            trie.insert(e.utf16, bits: russianOvEndings.contains(e) ? Kind.russianOv.rawValue : Kind.russian.rawValue)
        }
        for e in ["s", "'s", "a", "u", "om", "e"] { trie.insert(e.utf16, bits: Kind.latin.rawValue) }
        trie.seal()
        return trie
    }

    static let backVowels = Set("аоұыяуёaouyū".utf16)
    static let frontVowels = Set("әөүіеэиюäöüıie".utf16)

    /// Which Kazakh harmony a folded word takes: that of its last vowel (ambiguous у, ю and
    /// abbreviations without vowels take both).
    static func harmony(of word: [UInt16], latin: Bool) -> Kind {
        let back: Kind = latin ? .latinBack : .kazakhBack
        let front: Kind = latin ? .latinFront : .kazakhFront
        // Russian surnames (-ев, -ов, -ин) take either: Назарбаевқа, Косаревтің.
        let surname: Set<[UInt16]> = Set(["ев", "ов", "ёв", "ин", "ын", "ev", "ov", "in"].map { Array($0.utf16) })
        if word.count > 4, surname.contains(Array(word.suffix(2))) { return [back, front] }
        // A final Cyrillic и is ый or ій: it follows the vowel before it, so either (Бапидың, Әлиге).
        if word.count > 2, word.last == 0x0438 { return [back, front] }
        for u in word.reversed() {
            if u == 0x0443 || u == 0x044E { return [back, front] }  // у, ю
            if backVowels.contains(u) { return back }
            if frontVowels.contains(u) { return front }
        }
        return [back, front]
    }

    /// The Russian stem of a folded word: without its final vowel, й or ь, and without an
    /// adjective's or -ия noun's two-letter ending; at least three letters stay.
    /// `партия` → `парт`, `демократическая` → `демократическ`, `туякбай` → `туякба`.
    static func russianStem(of word: [UInt16]) -> [UInt16] {
        let soft = Set("аяоеёуюыиьйэ".utf16)
        let pairs: Set<[UInt16]> = Set(["ая", "яя", "ое", "ее", "ый", "ий", "ой", "ые", "ие", "ия", "ье", "ья"].map { Array($0.utf16) })
        guard word.count > 4 || (word.count > 3 && soft.contains(word.last!)) else { return word }
        if word.count > 5, pairs.contains(Array(word.suffix(2))) { return Array(word.dropLast(2)) }
        if let last = word.last, soft.contains(last) { return Array(word.dropLast()) }
        return word
    }

    /// Kazakh final consonants that voice before a vowel: `әкімдік` → `әкімдігі`.
    static let voicing: [UInt16: UInt16] = [0x043A: 0x0433, 0x049B: 0x0493, 0x043F: 0x0431]  // к→г, қ→ғ, п→б
    /// The same for folded Latin letters (ǵ, ğ and g' fold to g): k→g, q→g, p→b.
    static let latinVoicing: [UInt16: UInt16] = [0x6B: 0x67, 0x71: 0x67, 0x70: 0x62]
}
