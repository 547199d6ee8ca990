import CICU
import MediaModel

/// Another country's head of state, head of government or government, and a title before a
/// personal name that is none of the codebook's holders of the office (round 21, other news):
/// «Президент Ирана», «Правительство Италии», «Иран Президенті», «Сингапурдың Премьер-министрі»,
/// «Президент Владимир Путин». The codebook's exclusion lists name the neighbours; every other
/// country's name comes from ICU's locale data (Russian and Kazakh), built once with the matcher.
/// docs/METHODOLOGY.md, "Mentions: what counts", Round 21 (other news).
struct ForeignOffices: Sendable {
    /// A country's name, word by word: each word's folded forms (nominative, Russian genitive,
    /// the last word's Kazakh genitive).
    typealias Name = [Set<[UInt16]>]

    /// Names by the folded forms of their first word (after a title: «Президент Южной Кореи»)…
    private var byFirst: [[UInt16]: [Name]] = [:]
    /// First words in the nominative where the genitive differs («Грузия», «РФ»): after a title
    /// such a name may start the next phrase, in Kazakh with its own title («Мемлекет басшысы
    /// Грузия Премьер-министрімен», «Елбасы Өзбекстан Президенті»), so it excludes only when no
    /// capitalised word follows it («Правительство РФ, в свою очередь»).
    private var nominatives: Set<[UInt16]> = []
    /// … and of their last word (before a Kazakh title: «Оңтүстік Корея Президенті»).
    private var byLast: [[UInt16]: [Name]] = [:]
    /// Subjects that are the country's offices: the codebook excludes Russia's next to one of their
    /// aliases (росси / ресей), and the subject has office-holders' names (`during`).
    private(set) var nationalSubjects: Set<Int> = []
    /// Of those, the offices a person holds (not a commission, whose members are named after it):
    /// a personal name after their title must be one of the codebook's.
    private(set) var personalOffices: Set<Int> = []
    /// Round 37: ``kazakhRepublic`` and ``kazakhPeople`` folded, so «Túrik Respýblıkasynyń
    /// Prezıdenti» reads as its Cyrillic («Qazaqstan Respýblıkasy» ours).
    private(set) var kazakhRepublicForms: [[UInt16]] = []
    private(set) var kazakhPeopleForms: [[UInt16]] = []
    /// Round 56: the Kazakh genitive endings, in Cyrillic and romanized (``MentionGrammar/kazakhGenitiveEndings``).
    private(set) var kazakhGenitives = WordList([])
    /// Round 56: Kazakh case endings a name may carry, in Cyrillic and romanized.
    private var kazakhCases = WordList([])
    /// Round 56: a head's title in the nominative, no ending (``unknownPersonAfter``), folded with its romanizations.
    private var nominativeTitles: Set<[UInt16]> = []
    static let nominativeTitleWords = ["президент", "премьер", "министр"]
    static let kazakhLetters: Set<UInt16> = Set("әғқңөұүһі".utf16)
    /// Round 56: a national one-holder title's words and the Kazakh plural suffixes (``placeOrCount``).
    private var pluralTitleStems: [[UInt16]] = []
    private var kazakhPluralSuffixes: [[UInt16]] = []
    /// Folded words of every alias and given name in the codebook: a holder's name after a title.
    private var knownWords: Set<[UInt16]> = []
    /// Subjects whose aliases the codebook excludes next to Russia's name: the offices and the
    /// party every country has (round 23's text-level rule, ``MentionMatcher/otherCountryTitles``).
    private(set) var countrySubjects: Set<String> = []
    /// Folded words of the holders' names (aliases with `during`, persons, given names): a mention
    /// holding one names a person, not a bare title.
    private var holderWords: Set<[UInt16]> = []
    /// Folded single-word country names and foreign capitals, their final vowel cut (a case ending
    /// follows: «Ресейде», «Японии», «Ташкенте»), and abbreviations in capitals («РФ», «КР»).
    private(set) var otherCountryStems: Set<[UInt16]> = []
    private(set) var otherLeaderWords: Set<[UInt16]> = []
    private(set) var otherCountryAbbreviations: Set<[UInt16]> = []

    /// Short and full forms ICU's names lack (its Russian name of the UAE is «ОАЭ»).
    /// Round 24: the abbreviations news writes for a country's name in both languages (ЮАР / ОАР,
    /// ФРГ / ГФР, КНДР / КХДР: «Президент ЮАР», «ОАР Президенті»), which ICU's names lack.
    static let shortNames = ["Объединенные Арабские Эмираты", "Соединенные Штаты Америки", "РФ", "КР", "США", "КНР", "КНДР", "ФРГ", "ОАЭ", "ЕС", "ЕО", "АҚШ", "ҚХР", "БАӘ",
                             "ЮАР", "ОАР", "ГФР", "КХДР",
                             "Корея", "Южная Корея", "Северная Корея", "Британия", "Англия", "Америка", "Голландия",
                             // Round 29: the older Russian names news still writes for neighbours
                             // ICU names «Молдова», «Беларусь», «Туркменистан».
                             "Молдавия", "Белоруссия", "Туркмения",
                             // Round 30: the United Kingdom's formal name («Премьер-министр Соединенного
                             // Королевства»), which ICU's «Великобритания» lacks, in both languages.
                             "Соединенное Королевство", "Біріккен Корольдік"]

    static let localOffices: Set<String> = ["akims"]
    /// Foreign capitals and other spellings of neighbours (ICU names Kyrgyzstan «Киргизия»).
    static let capitals = ["Москва", "Мәскеу", "Ташкент", "Бишкек", "Душанбе", "Ашхабад", "Ашғабат", "Баку", "Тбилиси", "Ереван",
                           "Минск", "Киев", "Пекин", "Бейжің", "Токио", "Анкара", "Вашингтон", "Тегеран", "Сеул", "Берлин",
                           "Париж", "Лондон", "Кыргызстан", "Кремль",
                           // Round 63: neighbours' parliaments, which name their country as a capital
                           // does («на заседании Законодательной палаты Олий Мажлиса», ru-fn15).
                           "Олий", "Жогорку", "Госдума", "Меджлис"]
    /// Round 64: other heads of state by surnames no Kazakh official bears, who name their country
    /// as a capital does in round 23's reading («Владимир Путин Шешенстанда … Орталық сайлау
    /// комиссиясының хабарлауынша», kk-fo10: Russia's commission). Kept out of ``capitals``: a title
    /// opening on such a name is another country's holder by name (round 29), not a country.
    static let otherLeaders = ["Путин", "Мирзиёев", "Мирзияев", "Лукашенко", "Эрдоган", "Ердоған", "Бердымухамедов",
                               "Зеленский", "Трамп", "Байден", "Цзиньпин"]
    /// «я, а» cut off a name's end before a case ending («Россия» → «росси», «Ресей» stays), and
    /// the Latin «a» of its romanizations («Túrkııa» → «turkii»: «Túrkııada»).
    static let finalVowels: Set<UInt16> = Set("аяa".utf16)
    /// Kazakhstan's own words (round 23), folded with their romanizations (``ownCountryStems``):
    /// «Қазақстан», «Астана», «Ақорда», «еліміз» (word beginnings) and «РК», «ҚР» in capitals.
    /// Round 41: and Kazakhstan's own elected bodies in Russian, the Mazhilis and the maslikhats
    /// («мажилисменам», «маслихата»): no other country's body is spelt so (Uzbekistan's is «Олий
    /// Мажлис»). Not the Kazakh «мәжіліс», «мәслихат», also any meeting («баспасөз мәслихаты», a
    /// press conference in Japan's news).
    /// Round 47: and «Елбасы» in one word, Nazarbayev's title by the law of 2010, no other
    /// country's head («халық Елбасының ұстанған бағыты» after «Ресейге», kk-dz2; every
    /// development «Елбасы» is his): not a bare title, and it anchors the text as ours. Written as
    /// two words, «ел басы» may be another's («Ресей ел басы»): the codebook's exclusions.
    static let ownCountryStemWords = ["казахстан", "қазақстан", "астан", "ақорд", "акорд", "еліміз",
                                      "мажилис", "маслихат", "елбасы"]
    /// … and the English name, no romanization of the Kazakh.
    static let ownCountryEnglish = ["kazakhstan"]
    static let ownAbbreviationWords = ["рк", "қр", "kz"]
    private(set) var ownCountryStems: Set<[UInt16]> = []
    private(set) var ownCountryAbbreviations: Set<[UInt16]> = []

    /// Whether a mention's text names a holder («Токаевым», «Назарбаевты»): a word of it is a
    /// holder's name word with up to five letters of ending.
    func namesHolder(_ words: [[UInt16]]) -> Bool {
        words.contains { w in
            var n = w.count
            while n >= 3, n >= w.count - 5 {
                if holderWords.contains(Array(w[0..<n])) { return true }
                n -= 1
            }
            return false
        }
    }

    /// Whether a folded word is another country's name or capital in any case («Ресейде», «Японии»,
    /// «Российской»): a stem and one of ``countryEndings`` after it (round 26: not any six letters,
    /// which read the given name «Данияр» as «Дания»).
    func isOtherCountry(_ word: [UInt16], capitals allCaps: Bool) -> Bool {
        if allCaps { return otherCountryAbbreviations.contains(word) }
        var n = word.count
        while n >= 4, n >= word.count - 6 {
            if otherCountryStems.contains(Array(word[0..<n])), n == word.count || countryEndings.contains(Array(word[n...])) { return true }
            n -= 1
        }
        return false
    }

    /// Round 64: whether a folded word is one of ``otherLeaders`` with up to four letters of ending.
    func isOtherLeader(_ word: [UInt16]) -> Bool {
        (0...min(4, max(0, word.count - 4))).contains { otherLeaderWords.contains(Array(word[0..<(word.count - $0)])) }
    }

    /// Round 26: a people's name before «елі» names its country («Қырғыз елінің президенті»,
    /// «Өзбек елінде»); «Қазақ елі» is Kazakhstan. Folded with the romanizations.
    private(set) var otherPeopleWords: Set<[UInt16]> = []
    private(set) var ownPeopleWords: Set<[UInt16]> = []
    private(set) var countryNouns: Set<[UInt16]> = []
    private(set) var countryNounStems: [[UInt16]] = []
    static let ownPeople = ["қазақ"]
    /// Round 26: the local offices (``localOffices``) read as bare titles by the text-level rule
    /// when named by a descriptive title, without these stems of Kazakhstan's own words for them.
    private(set) var localSubjects: Set<String> = []
    private(set) var localOfficeStems: [[UInt16]] = []
    static let localOfficeWords = ["аким", "әкім", "замаким"]
    static let allRussian: [UInt16] = Array("всероссийск".utf16)
    func isAllRussian(_ word: [UInt16]) -> Bool { word.starts(with: Self.allRussian) }

    /// What a capitalised people's name says of the country, if «елі» follows it.
    func peopleReading(_ word: [UInt16]) -> MentionMatcher.CountryWord? {
        if ownPeopleWords.contains(word) { return .own }
        if otherPeopleWords.contains(word) { return .other }
        return nil
    }

    /// «ел» or a form of «елі» («елінің», «елінде»).
    func isCountryNoun(_ word: [UInt16]) -> Bool {
        countryNouns.contains(word) || countryNounStems.contains { word.starts(with: $0) }
    }

    /// Round 26: the endings a country's stem may take: Russian noun cases (after the cut «а / я»
    /// too: «Россией», «Японию»), the adjective's («Российской», «Китайского»), Kazakh cases,
    /// the locative adjective and «-лық» («Ресейде», «Түркияда», «Ресейдегі», «Ресейлік»), folded
    /// with their romanizations.
    private(set) var countryEndings: Set<[UInt16]> = []
    static let russianCountryEndings = ["а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею", "ом", "ем", "ам", "ям", "ах", "ях",
                                        "ами", "ями", "ии", "ию", "ией", "ия"]
    static let russianAdjectiveEndings = ["ий", "ый", "ой", "ая", "ое", "ие", "ые", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
                                          "ую", "ых", "их", "ыми", "ими"]
    static let kazakhCountryEndings = ["ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е",
                                       "ны", "ні", "ды", "ді", "ты", "ті", "н", "да", "де", "та", "те", "нда", "нде",
                                       "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен",
                                       "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "лық", "лік", "дық", "дік", "тық", "тік"]
    static func countryEndingSpellings() -> [String] {
        var out = russianCountryEndings
        for infix in ["ск", "йск"] { out += russianAdjectiveEndings.map { infix + $0 } }
        out += kazakhCountryEndings
        out += kazakhCountryEndings.flatMap { ["а" + $0, "я" + $0] }
        return out
    }

    /// Personal-name endings (Russian surnames in their cases): «Путин», «Медведева», «Зеленский».
    static let surnameEndings: [[UInt16]] = [
        "ов", "ев", "ин", "ова", "ева", "ина", "ову", "еву", "ину", "овым", "евым", "иным",
        "ский", "ского", "скому", "ским", "цкий", "цкого", "енко", "дзе", "швили", "ян", "яна",
        // Round 26: the same in the Kazakh Latin alphabets («prezıdenti Sooronbaı Jeenbekov»); not
        // «-in», which there is also the Kazakh genitive («Qasymbektiń» folds to «…tin»).
        "ov", "ev", "ova", "eva", "enko", "dze", "shvili", "s'vili", "şvili",
        // Round 28: «-ский» romanized («Prezıdent Vladımır Zelenskıı», «Zelenski'i'», «Zelenskii»).
        "skii", "skıı", "ski'i'", "skiy", "skij",
    ].map { Array($0.utf16) }

    /// `fold` gives a word's folded forms in Cyrillic and every Kazakh romanization (the
    /// matcher's, as for its grammar): country names, capitals, Kazakhstan's own words and the
    /// holders' names are read in the Latin alphabets as in Cyrillic («Iran úkimeti», «Reseıde»:
    /// round 24).
    init(codebook: Codebook, commissionSubjects: Set<String>,
         fold: ([String]) throws(TextProcessingError) -> [[UInt16]]) throws(TextProcessingError) {
        let russia = [Array("росси".utf16), Array("ресей".utf16)]
        kazakhRepublicForms = try fold([Self.kazakhRepublic])
        kazakhPeopleForms = try fold([Self.kazakhPeople])
        kazakhGenitives = WordList(try fold(MentionGrammar.kazakhGenitiveEndings))
        // The case endings of ``Inflection/cases`` of two letters or more: a one-letter «а» or «н» ends
        // Russian names too («Нарендра»).
        kazakhCases = WordList(try fold((Inflection.cases.0 + Inflection.cases.1).filter { $0.count > 1 }))
        nominativeTitles = Set(try fold(Self.nominativeTitleWords))
        // The one-holder titles (``MentionGrammar/isPluralTitle``'s); «әкім» among them never reaches
        // ``placeOrCount``, which reads the national offices only.
        pluralTitleStems = try fold(MentionGrammar.oneHolderTitles)
        kazakhPluralSuffixes = try fold(MentionGrammar.kazakhPlurals)
        var titleWords: Set<[UInt16]> = []
        for (s, subject) in codebook.subjects.enumerated() {
            var excludesRussia = false, holders = false
            for alias in subject.aliases {
                // With their romanizations (round 26: «Prezıdent Nursultan Nazarbaev» is a holder's
                // name in the Latin alphabets too, now that Latin surname endings are read).
                for word in alias.text.split(separator: " ") + alias.given.flatMap({ $0.split(separator: " ") }) {
                    for f in try fold([String(word)]) where !f.isEmpty { knownWords.insert(f) }
                }
                let lists = alias.notFollowedBy + alias.notPrecededBy
                if lists.contains(where: { w in russia.contains { Array(w.utf16).starts(with: $0) } }) { excludesRussia = true }
                if !alias.during.isEmpty { holders = true }
            }
            // A region's head is no country's office: a foreign text names its own (хоким, губернатор).
            if excludesRussia, !Self.localOffices.contains(subject.id) { countrySubjects.insert(subject.id) }
            // A holder's alias is a name, or a title and a surname («Президент Токаев»): its last
            // word and the given names.
            for alias in subject.aliases where !alias.during.isEmpty || alias.context == .person {
                for word in alias.text.split(separator: " ").suffix(1) + alias.given.flatMap({ $0.split(separator: " ") }) {
                    for f in try fold([String(word)]) where f.count >= 3 { holderWords.insert(f) }
                }
            }
            // A surname that names its holder for ever («Назарбаев»: no `during`). Round 28: a
            // surname is written with a capital; a lower-case last word ending like one is a
            // title's noun («Кабинет министров»), which would make every cabinet a holder's name.
            for alias in subject.aliases {
                guard let last = alias.text.split(separator: " ").last, last.first?.isUppercase == true else { continue }
                let f = try Folding.fold(String(last))
                if f.count >= 5, Self.isName(f) { holderWords.formUnion(try fold([String(last)])) }
            }
            // … but not a title's word («Тұңғыш Президент» has a holder): the words of the titles
            // that need a capital or an earlier mention.
            for alias in subject.aliases where alias.context == .capitalised || alias.context == .afterMention {
                for word in alias.text.split(separator: " ") { titleWords.formUnion(try fold([String(word)])) }
            }
            guard excludesRussia, holders else { continue }
            nationalSubjects.insert(s)
            if subject.kind == .institution, !commissionSubjects.contains(subject.id) { personalOffices.insert(s) }
        }
        holderWords.subtract(titleWords)
        var names: Set<String> = Set(Self.shortNames)
        for r in 0..<cicu_region_count() {
            guard let code = cicu_region_code(r), String(cString: code) != "KZ" else { continue }
            for language in ["ru", "kk"] {
                var buffer = [UInt16](repeating: 0, count: 128)
                let n = cicu_region_name(code, language, &buffer, Int32(buffer.count))
                if n < 0 { throw TextProcessingError("reading ICU's region names", code: -n) }
                guard n > 0, n < 128 else { continue }
                let name = String(decoding: buffer[0..<Int(n)], as: UTF16.self)
                // Lists («Сент-Винсент и Гренадины»), abbreviations («о-в»), parentheses and hyphens
                // (split into joined tokens) are left out.
                guard !name.contains(where: { ",.()-".contains($0) }),
                      !name.split(separator: " ").contains(where: { $0 == "и" || $0 == "және" }) else { continue }
                names.insert(name)
            }
        }
        otherLeaderWords = Set(try fold(Self.otherLeaders))
        for name in names.union(Self.capitals) {
            let letters = name.filter(\.isLetter)
            if !name.contains(" "), letters == letters.uppercased() {
                otherCountryAbbreviations.formUnion(try fold([name]))
            } else if !name.contains(" ") {
                for var stem in try fold([name]) {
                    while let last = stem.last, Self.finalVowels.contains(last), stem.count > 4 { stem.removeLast() }
                    if stem.count >= 4 { otherCountryStems.insert(stem) }
                }
            }
        }
        countryEndings = Set(try fold(Self.countryEndingSpellings()))
        localSubjects = Set(codebook.subjects.map(\.id).filter { Self.localOffices.contains($0) })
        localOfficeStems = try fold(Self.localOfficeWords)
        otherPeopleWords = Set(try fold(Self.kazakhPeoples.map { String(decoding: $0, as: UTF16.self) }))
        ownPeopleWords = Set(try fold(Self.ownPeople))
        countryNouns = Set(try fold(["ел"]))
        countryNounStems = try fold(["елі"])
        for word in Self.ownCountryStemWords { ownCountryStems.formUnion(try fold([word])) }
        ownCountryStems.formUnion(Self.ownCountryEnglish.map { Array($0.utf16) })
        for word in Self.ownAbbreviationWords { ownCountryAbbreviations.formUnion(try fold([word])) }
        for name in names {
            let words = name.split(separator: " ").map { String($0).lowercased() }
            var forms: Name = []
            for (i, word) in words.enumerated() {
                var set: Set<[UInt16]> = []
                var spellings = Self.russianForms(word)
                if i == words.count - 1 { spellings += ["ның", "нің", "дың", "дің", "тың", "тің"].map { word + $0 } }
                set.formUnion(try fold(spellings))
                forms.append(set)
                if i == 0, spellings.count > 1 || Self.russianForms(word).count > 1 { nominatives.formUnion(try fold([word])) }
            }
            guard let first = forms.first, let last = forms.last else { continue }
            for f in first { byFirst[f, default: []].append(forms) }
            for f in last { byLast[f, default: []].append(forms) }
        }
    }

    /// A word's nominative and genitive in Russian declension (lower case), generated for a country's name.
    static func russianForms(_ word: String) -> [String] {
        var out = [word]
        func stem(_ n: Int) -> String { String(word.dropLast(n)) }
        let velarOrSibilant = "гкхжшщч"
        if word.hasSuffix("ия") { out.append(stem(2) + "ии") }
        else if word.hasSuffix("ая") { out.append(stem(2) + "ой") }
        else if word.hasSuffix("яя") { out.append(stem(2) + "ей") }
        else if word.hasSuffix("я") { out.append(stem(1) + "и") }
        else if word.hasSuffix("а") {
            out.append(stem(1) + (word.dropLast().last.map { velarOrSibilant.contains($0) } == true ? "и" : "ы"))
        }
        else if word.hasSuffix("ые") || word.hasSuffix("ие") { out += [stem(2) + "ых", stem(2) + "их"] }
        else if word.hasSuffix("ий") || word.hasSuffix("ый") || word.hasSuffix("ой") { out += [stem(2) + "ого", stem(2) + "его"] }
        else if word.hasSuffix("ое") { out.append(stem(2) + "ого") }
        else if word.hasSuffix("й") { out.append(stem(1) + "я") }
        else if word.hasSuffix("ь") { out += [stem(1) + "и", stem(1) + "я"] }
        else if word.hasSuffix("ы") || word.hasSuffix("и") { out += [stem(1) + "ов", stem(1), stem(1) + "ей"] }
        // Round 30: a neuter noun in «-ство» (королевство): the genitive, dative, instrumental and
        // prepositional.
        else if word.hasSuffix("ство") { out += [stem(1) + "а", stem(1) + "у", stem(1) + "ом", stem(1) + "е"] }
        else if let c = word.last, !"оуеэюё".contains(c) { out.append(word + "а") }
        return out
    }

    /// Whether the title of `subject` on tokens `first…last` is another country's office or
    /// holder's: a country's name right after it (`after`, past a compound's second half) or right
    /// before it, or a personal name after it that is none of the codebook's.
    func excludes(subject: Int, context: Alias.Context, holderName: Bool, aliasStem: [UInt16], first: Int, last: Int, after: Int,
                  tokens: [MentionMatcher.Token], folded: TokenFolds, all: UnsafeBufferPointer<UInt16>) -> Bool {
        guard nationalSubjects.contains(subject), context != .person, !holderName,
              !(tokens[last].leadingUpper > 0 && Self.isName(aliasStem)) else { return false }
        func word(_ t: Int) -> [UInt16] { Array(folded[t]) }
        func capitalised(_ t: Int) -> Bool { tokens[t].leadingUpper > 0 }
        // A country after the title, in the same clause: «Президент Ирана», «Правительство Республики Корея».
        // Round 56: not a Kazakh genitive, which owns the next noun, Kazakh putting the owner first
        // («Президент Үндістанның Республика күніне байланысты құттықтау жолдады»: India's Day, kl-ev5).
        if after < tokens.count, !tokens[after].hardGap, capitalised(after), var names = byFirst[word(after)],
           !folded[after].hasSuffix(in: kazakhGenitives, longerThan: 3) {
            let nominative = nominatives.contains(word(after))
            // Round 26: a declinable name in its nominative (a word, not an abbreviation) is no
            // owner after a title, which takes the genitive in Russian («Президент Украины»): it
            // starts the next phrase, as in Kazakh, which puts the owner first («Қазақстан
            // Үкіметінде Украина төңірегіндегі жағдайға байланысты»).
            if nominative, tokens[after].leadingUpper < tokens[after].end - tokens[after].start { names = [] }
            for name in names where after + name.count <= tokens.count {
                let next = after + name.count
                // … but an abbreviation is indeclinable: before a personal name it is the
                // title's country («Президент ЮАР Сирил Рамафоса»: round 24), before a title the
                // next phrase («Мемлекет басшысы АҚШ Президентімен»).
                if nominative, next < tokens.count, !tokens[next].hardGap, capitalised(next),
                   !(tokens[after].leadingUpper == tokens[after].end - tokens[after].start && !known(folded[next])) { continue }
                if (1..<name.count).allSatisfy({ !tokens[after + $0].hardGap && name[$0].contains(word(after + $0)) }) { return true }
            }
        }
        // Round 35: a country's formal name after the title, «Республики» and the name, one or two
        // capitalised adjectives before «Республики» or none («Президент Федеративной Республики
        // Германия», «Правительству Республики Таджикистан»); Kazakhstan is no other country.
        if after < tokens.count {
            var r = after, adjectives = 0
            while adjectives < 2, r < tokens.count, !tokens[r].hardGap, capitalised(r),
                  folded[r].hasSuffix(in: Self.russianAdjectiveGenitive, longerThan: 3) {
                r += 1
                adjectives += 1
            }
            if r + 1 < tokens.count, !tokens[r].hardGap, !tokens[r + 1].hardGap, capitalised(r), capitalised(r + 1),
               folded[r].elementsEqual(Self.russianRepublic),
               isOtherCountry(word(r + 1), capitals: tokens[r + 1].leadingUpper == tokens[r + 1].end - tokens[r + 1].start) {
                return true
            }
        }
        // … or before it: «Иран Президенті», «Сингапурдың Премьер-министрі», «Оңтүстік Корея Президенті».
        // Round 52: on its own line: a headline's last word is no owner of the next line's title
        // («Токаев принял председателя парламента Грузии / Глава государства принял …», ru-ep2).
        if first > 0, !tokens[first].hardGap, !tokens[first].lineBefore, capitalised(first - 1), let names = byLast[word(first - 1)] {
            for name in names where first - name.count >= 0 {
                let start = first - name.count
                if (0..<(name.count - 1)).allSatisfy({ !tokens[start + $0 + 1].hardGap && name[$0].contains(word(start + $0)) }) { return true }
            }
        }
        // Round 23: «Түркия Республикасының Президенті», «Корея Республикасы Үкіметі»: a country's
        // name before «Республикасы» (Kazakhstan's is no other country's). Round 35: one capitalised
        // word may stand between («Германия Федеративтік Республикасының Президенті», «Иран Ислам
        // Республикасы»).
        if first > 1, !tokens[first].hardGap, !tokens[first - 1].hardGap, folded[first - 1].hasPrefix(in: kazakhRepublicForms) {
            for end in [first - 1, first - 2] where end >= 1 && capitalised(end - 1) && (end == first - 1 || (capitalised(end) && !tokens[end + 1].hardGap)) {
                guard let names = byLast[word(end - 1)] else { continue }
                for name in names where end - name.count >= 0 {
                    let start = end - name.count
                    if (0..<(name.count - 1)).allSatisfy({ !tokens[start + $0 + 1].hardGap && name[$0].contains(word(start + $0)) }) { return true }
                }
            }
            // Round 37: a people's adjective before it names the republic as well («Түрік
            // Республикасының Президенті», «Қырғыз Республикасының Президенті»): up to three
            // capitalised words, none of them Kazakh («Қазақ Кеңестік Социалистік Республикасы»).
            var k = first - 2, words = 0, ours = false
            while k >= 0, words < 3, capitalised(k), k == first - 2 || !tokens[k + 1].hardGap {
                if folded[k].hasPrefix(in: kazakhPeopleForms) { ours = true }
                words += 1
                k -= 1
            }
            if words > 0, !ours { return true }
        }
        // A personal name after a head's title that is none of the codebook's: «Президент Владимир
        // Путин», «премьер-министра Дмитрия Медведева». A surname ending on the first word or on
        // the second of two capitalised words; a holder's name inflected («Токаева») is known.
        guard personalOffices.contains(subject) else { return false }
        // «Электрондық үкімет»: a programme named after the body, as «Ашық әкімдік».
        if first > 0, !tokens[first].hardGap, folded[first - 1].hasPrefix(in: Self.electronic) { return true }
        if premiere(first: first, last: last, tokens: tokens, folded: folded) { return true }
        if abbreviatedBody(first: first, last: last, after: after, tokens: tokens, folded: folded) { return true }
        if placeOrCount(subject: subject, first: first, last: last, tokens: tokens, folded: folded, all: all) { return true }
        guard after < tokens.count, !tokens[after].hardGap else { return false }
        // A body's head or a body named after the office, not the office: «Президент Казахстанской федерации футбола»,
        // «Президент телерадиокешені», «Тұңғыш Президент кітапханасы», «Президент жанынан».
        let next = folded[after]
        if next.hasPrefix(in: Self.namedAfterOffice) { return true }
        if next.hasPrefix(in: Self.countryAdjectives), after + 1 < tokens.count, !tokens[after + 1].hardGap,
           folded[after + 1].hasPrefix(in: Self.bodyNouns) {
            return true
        }
        return unknownPersonAfter(last: last, after: after, tokens: tokens, folded: folded)
    }

    /// A personal name, none of the codebook's, right after a head's title in its clause (`after`
    /// in range, no hard gap before it): «Президент Владимир Путин», «с президентом Хавьером
    /// Милеем». Round 39: also read after a holder's bare title («с экс-президентом Игорем Додоном»).
    func unknownPersonAfter(last: Int, after: Int, tokens: [MentionMatcher.Token], folded: TokenFolds) -> Bool {
        func capitalised(_ t: Int) -> Bool { tokens[t].leadingUpper > 0 }
        func personal(_ t: Int) -> Bool {
            let w = folded[t]
            // Not a country's name (round 26: «Украина» ends like «Петрова»).
            return capitalised(t) && tokens[t].leadingUpper < w.count && w.count >= 3 && !known(w) && !isOtherCountry(Array(w), capitals: false)
        }
        guard personal(after) else { return false }
        // A genitive title before a nominative name is another person's («советник президента
        // Ермухамет Ертысбаев»); a Kazakh genitive title is the name's possessor.
        // Round 52: the case is the compound's tail's when the title is its first half: «с
        // премьер-министром Николом Пашиняном» (the alias «премьер», then «-министром»).
        let title = folded[after - 1]
        if title.last == 0x04A3 { return false }  // ң
        if title.last == 0x0430, !(folded[after].last == 0x0430 || folded[after].last == 0x044F) { return false }  // а; а / я
        // Round 51: a patronymic in the nominative within the name says the name is nominative too,
        // whatever its surname's ending («Распоряжением главы государства Сулейменова Зульфия
        // Булатовна назначена»): not the genitive title's apposition, so not its holder.
        if title.last == 0x0430 {
            var t = after
            while t < tokens.count, t < after + 3, t == after || !tokens[t].hardGap, capitalised(t) {
                if folded[t].hasSuffix(in: Self.nominativePatronymics, longerThan: 3) { return false }
                t += 1
            }
        }
        if folded[after].hasSuffix(in: Self.surnameEndings, longerThan: 3) { return true }
        let second = after + 1
        guard second < tokens.count, !tokens[second].hardGap, !tokens[second].joined, personal(second) else { return false }
        if folded[second].hasSuffix(in: Self.surnameEndings, longerThan: 3) { return true }
        // Round 56: a title in the nominative and two unknown capitalised words in it too, neither
        // in a Kazakh case nor Kazakhstan's: a name in apposition, another person's («Премьер-министр
        // Нарендра Моди прибыл», «Президент Эммануэль Макрон заявил»), the codebook knowing every
        // holder's name. A Kazakh case leaves it undecided: «Президент Эммануэль Макронмен кездесті»
        // may be ours meeting him. Russian only (Cyrillic, no Kazakh letter): a Kazakh title opens a
        // sentence before a place as well («Президент Ұлы Дала төрінде … атап өтті», kl-ah8).
        if nominativeTitles.contains(Array(title)), title.first.map({ (0x400...0x4FF).contains($0) }) == true,
           ![after, second].contains(where: { t in
               folded[t].hasSuffix(in: kazakhCases, longerThan: 2) || ownCountryStems.contains { folded[t].starts(with: $0) }
                   || folded[t].contains { Self.kazakhLetters.contains($0) } }) {
            return true
        }
        // Round 36: a given name and a surname of any ending, both in the Russian title's oblique
        // case, the dative («президенту Хавьеру Милею») or the genitive («президента Реджепа
        // Тайипа Эрдогана»): two unknown capitalised words agreeing with the title are a person's
        // name, and the codebook knows every holder's. Only a person's title: after a body's name
        // the genitive name is another word's («сменив старожила Кабмина Владимира Школьника»).
        // Round 37: the instrumental too («с президентом Хавьером Милеем»).
        guard title.hasPrefix(in: Self.personTitleStems),
              let endings = Self.agreeingEndings.first(where: { title.hasSuffix(in: [$0.title], longerThan: 0) })?.name
        else { return false }
        return [after, second].allSatisfy { folded[$0].hasSuffix(in: endings, longerThan: 0) }
    }
    /// Round 51: a Russian patronymic's nominative endings, a woman's and a man's («Булатовна», «Ильинична», «Петрович»).
    static let nominativePatronymics: [[UInt16]] = ["вна", "чна", "вич"].map { Array($0.utf16) }
    /// The Russian title's oblique ending (у, а, ом) and the endings of a name in its case (у / ю,
    /// а / я, ом / ем / ём).
    static let personTitleStems: [[UInt16]] = ["президент", "премьер", "министр"].map { Array($0.utf16) }
    static let agreeingEndings: [(title: [UInt16], name: [[UInt16]])] = [
        ("у", ["у", "ю"]), ("а", ["а", "я"]), ("ом", ["ом", "ем", "ём"]),
    ].map { (Array($0.0.utf16), $0.1.map { Array($0.utf16) }) }

    /// Round 25: the office counted or a place named after it, not its holder; consumed without
    /// barring the text's later titles («Үкімет үйінде … Үкімет»).
    func placeOrCount(subject: Int, first: Int, last: Int, tokens: [MentionMatcher.Token], folded: TokenFolds,
                      all: UnsafeBufferPointer<UInt16>) -> Bool {
        guard personalOffices.contains(subject) else { return false }
        // Round 25: the office counted, a number of one to three digits and a space before its
        // genitive plural («сменилось 11 премьер-министров», «5 президентов»), not its holder.
        // «премьер» alone may match inside «премьер-министров»: its hyphenated tail is read too.
        let tail = last + 1 < tokens.count && tokens[last + 1].joined ? last + 1 : last
        if folded[tail].hasSuffix(in: Self.genitivePlurals, longerThan: 5) {
            let s = tokens[first].start
            var d = s - 1
            if d >= 0, all[d] == 0x20 { d -= 1 }
            var digits = 0
            while d >= 0, all[d] >= 0x30, all[d] <= 0x39 { digits += 1; d -= 1 }
            if (1...3).contains(digits) { return true }
        }
        // Round 27: a one-holder title in the Russian plural names its holders in general or
        // through history («премьер-министры Казахстана», «одиннадцать премьер-министров», «смена
        // премьеров», «президенты»), not the office's holder; Kazakh plurals have their own rule.
        // Only the titles' own words: «акимы» are many and count, «Кабинет министров» is the body.
        if isRussianPluralTitle(tail, tokens: tokens, folded: folded) { return true }
        // Round 36: the plural title heading a hyphenated compound, its tail a description
        // («лигу «премьеров-тяжеловесов»», «премьеры-долгожители»), not «премьер-министры».
        if tail != last, isRussianPluralTitle(last, tokens: tokens, folded: folded) { return true }
        // Round 56: the Kazakh plural likewise: holders in general or other countries' («өзге де
        // президенттермен сөйлесті», kl-ev10; «Президенттер өзара байланыстарымызды», kk-cg6).
        let word = folded[tail]
        if pluralTitleStems.contains(where: { stem in
            word.starts(with: stem) && kazakhPluralSuffixes.contains { word.dropFirst(stem.count).starts(with: $0) } }) {
            return true
        }
        // Round 25: a place named after the office, not its holder, the place's noun before it in
        // Russian, «первого» between («Парк Первого Президента», «Дом Правительства»).
        if first > 0, !tokens[first].hardGap {
            var p = first - 1
            if p > 0, !tokens[p].hardGap, folded[p].hasPrefix(in: Self.firstWords) { p -= 1 }
            if folded[p].hasPrefix(in: Self.placesBefore) || folded[p].isOne(of: Self.houseForms) { return true }
        }
        let after = last + 1 < tokens.count && tokens[last + 1].joined ? last + 2 : last + 1
        guard after < tokens.count, !tokens[after].hardGap else { return false }
        return folded[after].hasPrefix(in: Self.placesAfter)
    }

    /// A people's adjective right before a national title: «орыс премьері», «қытай президенті»,
    /// «американский президент», «японского премьера» (round 23). Another country's holder named
    /// in passing: unlike «Президент России» it bars no bare title later in the text.
    func peopleBefore(subject: Int, first: Int, tokens: [MentionMatcher.Token], folded: TokenFolds) -> Bool {
        guard nationalSubjects.contains(subject), first > 0, !tokens[first].hardGap else { return false }
        // Round 26: «елі» between, the people's country: «Қырғыз елінің президенті».
        var b = first - 1
        if b > 0, !tokens[b].hardGap, isCountryNoun(Array(folded[b])) { b -= 1 }
        let before = folded[b]
        return before.isOne(of: Self.kazakhPeoples) || otherPeopleWords.contains(Array(before)) || before.hasPrefix(in: Self.russianPeoples)
    }

    /// «премьера / премьеру / премьере / премьер» as a premiere, not the Prime Minister (forms
    /// both share): a quoted title right after («премьера "Алдар Косе"»), an adjective or verb
    /// before («громких премьер», «стала премьера»), «на премьеру / на премьере».
    func premiere(first: Int, last: Int, tokens: [MentionMatcher.Token], folded: TokenFolds) -> Bool {
        guard first == last, last + 1 >= tokens.count || !tokens[last + 1].joined else { return false }
        let w = Array(folded[last])
        guard Self.premiereForms.contains(w) else { return false }
        if w == Self.premiereForms[0], last + 1 < tokens.count, tokens[last + 1].quoteBefore, !tokens[last + 1].hardGap { return true }
        guard first > 0, !tokens[first].hardGap else { return false }
        let before = folded[first - 1]
        if before.hasPrefix(in: Self.premiereWordsBefore) { return true }
        return before.elementsEqual(Array("на".utf16)) && (w == Self.premiereForms[1] || w == Self.premiereForms[2])
    }
    static let premiereForms: [[UInt16]] = ["премьера", "премьеру", "премьере", "премьер"].map { Array($0.utf16) }
    static let premiereWordsBefore: [[UInt16]] = ["громк", "долгожданн", "театральн", "ярк", "стала"].map { Array($0.utf16) }

    /// «президент КФФ», «президента АО», «ФИФА президенті»: a lower-case «президент» right beside
    /// an abbreviation in capitals (two to six letters) is the head of that body — a federation, a
    /// company — not the country's President (round 22); not beside Kazakhstan's own (РК, ҚР, RK,
    /// QR, KZ: «президент РК»). A capitalised title is left alone: «Елбасы ТМД мемлекеттерінің
    /// Президенттерімен» names the heads of the CIS states with ours among them.
    func abbreviatedBody(first: Int, last: Int, after: Int, tokens: [MentionMatcher.Token], folded: TokenFolds) -> Bool {
        guard first == last, tokens[first].leadingUpper == 0,
              Self.presidentStems.contains(where: { folded[first].starts(with: $0) }) else { return false }
        func abbreviation(_ t: Int) -> Bool {
            let length = tokens[t].end - tokens[t].start
            return (2...6).contains(length) && tokens[t].leadingUpper == length && !tokens[t].joined
                && !Self.ownAbbreviations.contains(where: { folded[t].elementsEqual($0) })
        }
        if after == last + 1, after < tokens.count, !tokens[after].hardGap, !tokens[after].quoteBefore, abbreviation(after) { return true }
        // Before it only in Kazakh, with the possessive («ФИФА президенті»): «лидер ЖСДП президент»
        // is no Russian phrase.
        return first > 0 && !tokens[first].hardGap && !tokens[first].joined && !tokens[first].quoteBefore
            && Self.kazakhPresidentStems.contains(where: { folded[first].starts(with: $0) }) && abbreviation(first - 1)
    }
    static let presidentStems: [[UInt16]] = ["президент", "prezident", "prezıdent", "prezi'dent"].map { Array($0.utf16) }
    static let kazakhPresidentStems: [[UInt16]] = ["президенті", "prezidenti", "prezıdenti", "prezi'denti"].map { Array($0.utf16) }
    static let ownAbbreviations: [[UInt16]] = ["рк", "қр", "rk", "qr", "kr", "kz", "q'r"].map { Array($0.utf16) }

    static let kazakhRepublic = "республикас"
    /// Round 37: «Қазақ», «Қазақстан»: the republic before «Республикасы» that is ours.
    static let kazakhPeople = "қазақ"
    /// Round 35: the Russian «Республики» of a country's formal name after a title, and the
    /// feminine genitive of the adjectives before it («Федеративной», «Исламской»).
    static let russianRepublic: [UInt16] = Array("республики".utf16)
    /// Round 52: «Республика» in any case, after a people's adjective (OtherCountryTexts).
    static let russianRepublicStem: [UInt16] = Array("республик".utf16)
    static let russianAdjectiveGenitive: [[UInt16]] = ["ой", "ей"].map { Array($0.utf16) }
    /// Peoples' adjectives, whole words in Kazakh (the noun's endings make other words: «орыстың»).
    static let kazakhPeoples: Set<[UInt16]> = Set(["орыс", "ресейлік", "қытай", "қытайлық", "түрік", "түркиялық", "америкалық", "өзбек",
                                            "өзбекстандық", "қырғыз", "қырғызстандық", "жапон", "жапониялық", "француз", "неміс",
                                            "ағылшын", "британдық", "украин", "украиналық", "үнді", "иран", "корей", "беларусь",
                                            "тәжік", "түрікмен", "әзербайжан", "грузин", "армян", "италиялық", "польша",
                                            // Round 57: «чех мемлекет басшысы» (kl-ez2) and other peoples in the same place.
                                            "чех", "словак", "поляк", "венгр", "моңғол", "ауған", "серб", "болгар", "румын", "швед",
                                            "испан", "канадалық", "австралиялық", "бразилиялық", "израильдік", "вьетнам"].map { Array($0.utf16) })
    /// … and stems in Russian («российского», «американскому»).
    static let russianPeoples: [[UInt16]] = ["российск", "американск", "французск", "китайск", "узбекск", "кыргызск", "киргизск",
                                             "турецк", "японск", "британск", "германск", "немецк", "украинск", "белорусск", "иранск",
                                             "индийск", "корейск", "грузинск", "армянск", "таджикск", "туркменск", "азербайджанск",
                                             "итальянск", "испанск", "польск", "израильск", "английск",
                                             // Round 39: more peoples («молдавского центризбиркома»).
                                             "молдавск", "латвийск", "литовск", "эстонск", "монгольск", "канадск", "австрийск",
                                             "швейцарск", "шведск", "финск", "сербск", "венгерск", "румынск", "болгарск", "чешск",
                                             "словацк", "греческ", "египетск", "пакистанск", "афганск", "бразильск", "австралийск",
                                             "нидерландск", "бельгийск"].map { Array($0.utf16) }
    /// Round 58: «Центр поддержки цифрового правительства» (digital government, ru-fc8), as the electronic one.
    static let electronic: [[UInt16]] = ["электрондық", "электронн", "цифров", "цифрлық"].map { Array($0.utf16) }
    /// Round 25: … and a place, in Kazakh after the title: «Тұңғыш Президент саябағы», «Үкімет үйі»
    /// (Government House: «үйі» with its case endings), «даңғылы», «аллеясы».
    static let namedAfterOffice: [[UInt16]] = ["телерадиокешен", "кітапхана", "мұражай", "жанынан"].map { Array($0.utf16) }
    /// Round 39: a square and a street too, «Тұңғыш Президент алаңында», «көшесі» (not «алаңда-»,
    /// to worry: the possessive only).
    static let placesAfter: [[UInt16]] = ["саябақ", "саябағ", "даңғыл", "аллея", "үйі", "алаңы", "көшес"].map { Array($0.utf16) }
    /// A place's noun before the title in Russian (round 25): word beginnings…
    static let placesBefore: [[UInt16]] = ["парк", "проспект", "алле", "музе", "библиотек", "бульвар", "площад", "сквер"].map { Array($0.utf16) }
    /// … and «дом» in its case forms, whole words (not «домашний»).
    static let houseForms: Set<[UInt16]> = Set(["дом", "дома", "доме", "домом", "дому"].map { Array($0.utf16) })
    /// Round 27: whether word `t` is «премьер», «президент» or the «министр» of a hyphenated
    /// «премьер-министр» with a Russian plural ending, the whole word.
    func isRussianPluralTitle(_ t: Int, tokens: [MentionMatcher.Token], folded: TokenFolds) -> Bool {
        let w = folded[t]
        func plural(of stems: [[UInt16]]) -> Bool {
            stems.contains { stem in
                w.count > stem.count && w.starts(with: stem)
                    && Self.russianPluralEndings.contains { w.count == stem.count + $0.count && w.suffix($0.count).elementsEqual($0) }
            }
        }
        if plural(of: Self.pluralTitleStems) { return true }
        return t > 0 && tokens[t].joined && folded[t - 1].elementsEqual(Self.premierStem) && plural(of: [Self.ministerStem])
    }
    static let pluralTitleStems: [[UInt16]] = ["премьер", "президент"].map { Array($0.utf16) }
    static let premierStem: [UInt16] = Array("премьер".utf16)
    static let ministerStem: [UInt16] = Array("министр".utf16)
    static let russianPluralEndings: [[UInt16]] = ["ы", "ов", "ам", "ами", "ах"].map { Array($0.utf16) }
    /// A Russian title's genitive plural after a number (round 25).
    static let genitivePlurals: [[UInt16]] = ["ов", "ей"].map { Array($0.utf16) }
    /// «Первого / Тұңғыш» between a place's noun and the title.
    static let firstWords: [[UInt16]] = ["перв", "тұңғыш"].map { Array($0.utf16) }
    static let countryAdjectives: [[UInt16]] = ["казахстанск"].map { Array($0.utf16) }
    static let bodyNouns: [[UInt16]] = ["федерац", "конфедерац", "ассоциац", "клуб", "компани", "банк", "фонд", "академи", "союз",
                                        "палат", "университет", "обществ", "лиг", "корпорац", "холдинг"].map { Array($0.utf16) }

    /// Whether an alias's last word (its stem) is a surname or patronymic: «Нұрсұлтан Назарбаев
    /// Ресей мен Түркия көшбасшыларының …» names him, whatever country follows.
    static func isName(_ stem: [UInt16]) -> Bool {
        nameEndings.contains { stem.count > $0.count && stem.suffix($0.count).elementsEqual($0) }
    }
    static let nameEndings: [[UInt16]] = ["ов", "ев", "вич", "ұл", "ул"].map { Array($0.utf16) }

    /// A codebook word, or one with up to five letters of ending: «Токаева», «Тоқаевтың».
    private func known(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        var n = word.count
        while n >= 3, n >= word.count - 5 {
            if knownWords.contains(Array(word[0..<n])) { return true }
            n -= 1
        }
        return false
    }
}
