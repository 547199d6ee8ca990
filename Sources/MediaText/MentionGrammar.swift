/// The grammar behind the annotation rules that no alias can state alone (docs/METHODOLOGY.md,
/// "Mentions: what counts"): a title used as a predicate or for a vacancy is not a mention, and a
/// name with its title in apposition, a party with the people who represent it, and a signature
/// block are one reference each. The words are Russian and Kazakh grammar, the same for every
/// mission; they are folded like the text, in Cyrillic and every Kazakh romanization.
struct MentionGrammar: Sendable {
    /// Words that say what someone is, becomes or stays, with a Russian title in the instrumental
    /// case (назначен главой, стал президентом, остается президентом); word beginnings.
    static let russianPredicateVerbs = [
        "назнач", "стал", "станет", "станут", "становит", "стать", "остает", "остался", "осталась", "оставался",
        "оставалась", "останется", "оставаться", "явля", "избран", "избирается", "избирался", "переизбран",
        "работал", "работает", "работать", "служил", "служит",
        // Participles: «работавшего акимом с 2013 года».
        "работавш", "работающ",
    ]
    /// Beginnings of words the verbs' beginnings also start that say who acts, not what someone
    /// is: «акимы назначаются президентом» (by the President).
    static let notRussianPredicateVerbs = ["назнача"]
    /// Kazakh copulas right after a title (әкімі болып сайланды, әкімі етіп тағайындалды, әкімі
    /// еді); word beginnings. Not «болды», «болған» there: «ауданда облыс әкімі болды» is a visit.
    static let kazakhCopulas = ["болып", "болса", "болатын", "болады", "болмақ", "болу", "боп", "етіп", "еді"]
    /// Copulas after an officer's title that follows the title (әкімінің орынбасары болды).
    static let kazakhCopulasAfterOfficer = ["болды", "болған"]
    /// Kazakh case endings that make a title no subject of a copula: «әкімімен болған кездесу» is
    /// a meeting with the akim, «әкімдікте болды» a visit to the akimat (instrumental, locative,
    /// ablative, dative), on the folded word.
    static let kazakhObliqueEndings = [
        "мен", "бен", "пен", "да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке", "на", "не",
    ]
    /// Prepositions before an instrumental title: then it is a companion (встреча с президентом),
    /// not a predicate. Latin «c» is the look-alike of «с», too short to be repaired as a word.
    static let russianPrepositions = ["с", "со", "c", "перед", "передо", "над", "под", "за", "между", "вместе"]
    /// Endings of the Russian instrumental singular (and plural -ами/-ями), on the folded word.
    static let instrumentalEndings = ["ом", "ем", "ой", "ей", "ою", "ею", "ами", "ями"]
    /// Adjective endings of the instrumental that may stand between a preposition and the title
    /// (с новым президентом, бессменным президентом).
    static let instrumentalAdjectiveEndings = ["ым", "им", "ой", "ей"]
    /// Subject pronouns that open a short Kazakh clause whose nominal predicate is the title
    /// (ол ауданның қазіргі әкімі). Not «мен», also the conjunction "and".
    static let kazakhPronouns = ["ол", "олар", "біз", "сіз"]
    /// Words of a candidacy or an election: a title in the dative before one of these is the post
    /// competed for (аудан әкіміне кімдер сайлауға түсті, әкімдікке 243 кандидат); word beginnings,
    /// but not the voters (сайлаушылар).
    static let candidacyWords = ["кандидат", "үміткер", "сайлау", "претендент", "баллотир"]
    static let notCandidacyWords = ["сайлаушы"]
    /// Words of an election before a Russian title in the genitive (выборы сельских акимов); word
    /// beginnings.
    static let russianElectionWords = ["выбор", "перевыбор", "довыбор"]
    /// Genitive endings of a Russian title and of an adjective before it, on the folded word.
    static let russianGenitiveEndings = ["а", "я", "ов", "ев", "ей"]
    static let russianGenitiveAdjectiveEndings = ["ых", "их", "ого", "его", "ой", "ей"]
    /// A preposition and a noun before a title in the genitive that make it a post someone is
    /// appointed to, runs for or leaves (претендует на пост президента, освобожден от должности
    /// премьер-министра, ушел с поста акима); whole words.
    static let postPrepositions = ["на", "с", "со", "от", "c"]
    static let postNouns = ["пост", "поста", "должность", "должности", "кресло", "кресла"]
    /// A Kazakh title in the accusative before a form of «сайла-» (to elect) is the office an
    /// election fills: «Қазақстан президентін сайлауда»; word beginnings.
    static let kazakhElectVerbs = ["сайла"]
    static let kazakhAccusativeEndings = ["ін", "ын", "ні", "ны", "ді", "ды", "ті", "ты"]
    /// The post (лауазым) after a Kazakh title: «әкім лауазымына»; word beginnings.
    static let kazakhPostWords = ["лауазым"]
    /// Kazakh dative endings, on the folded word.
    static let kazakhDatives = ["ға", "ге", "қа", "ке", "на", "не"]
    /// Titles of an officer of a party or body (a subset of ``MentionMatcher/gapWordList``): one
    /// between a title and a copula keeps it a predicate (әкімінің орынбасары болды), and one on
    /// its own line makes a signature block.
    static let officerWords = [
        "председател", "сопредседател", "лидер", "глав", "руководител", "секретар", "генсек", "заместител",
        "төраға", "басшы", "жетекші", "хатшы", "орынбасар",
    ]
    /// «мемлекет басшысы қызметіне кірісті», «әкім қызметінен босатылды», «әкім лауазымына»: a
    /// one-person title before the post it is taken up or left names the post; word beginnings.
    static let postAfterWords = ["қызметіне", "қызметінен", "лауазым"]
    /// «Премьер-министрдің міндеттерін уақытша … атқару»: its duties or work performed by an acting
    /// holder (``actingWords`` within four words) name the post too; «Президент қызметін жоғары
    /// бағалады» (the President's work) is the President. Word beginnings.
    static let dutyWords = ["қызмет", "міндет"]
    static let actingWords = ["атқар"]
    /// Titles held by one person, which ``postAfterWords`` may follow; word beginnings, not the
    /// bodies (әкімдік, әкімшілік, Үкімет).
    static let oneHolderTitles = ["президент", "басшы", "премьер", "министр", "әкім", "елбасы"]
    static let notOneHolderTitles = ["әкімдік", "әкімшіл"]
    /// Kazakh plural suffixes: a one-holder title in the plural names its holders, not the post
    /// («әкімдерін міндет атқарушы мәртебесіне түсірді»: the akims were made acting ones).
    static let kazakhPlurals = ["дар", "дер", "тар", "тер", "лар", "лер"]
    /// The quoted title of a legal act names a document, not the body it is about: «"Қазақстан
    /// Республикасының Үкіметі туралы" Жарлық», «"… әкімдері туралы" заң». A title right before
    /// «туралы» (about) that an act's word follows; «Үкімет туралы айтты» (spoke about the
    /// Government) is the Government. Whole word, then word beginnings.
    static let aboutWord = "туралы"
    // «Жарлығына», «бұйрығы»: the final қ turns ғ before a vowel.
    static let legalActWords = ["заң", "жарлық", "жарлығ", "қаулы", "кодекс", "бұйрық", "бұйрығ", "ереже"]
    /// «до назначения соответствующих акимов»: holders still to be appointed, the Russian of
    /// «тағайындалғанға дейін»; «до» whole, the noun by its beginning.
    static let untilWord = "до"
    static let appointmentNouns = ["назначени", "избрани"]
    /// «в президенты», «в акимы»: a plural title after «в» is the post someone runs for.
    static let intoPost = "в"
    /// «в лице»: the people after it are who represents the party before it.
    static let representedBy = ["в", "лице"]
    /// Joins the names of a list of representatives.
    static let conjunctions = ["и", "және", "а", "также"]

    var russianPredicateVerbs: [[UInt16]]
    var notRussianPredicateVerbs: [[UInt16]]
    var kazakhCopulas: [[UInt16]]
    var kazakhCopulasAfterOfficer: [[UInt16]]
    var russianPrepositions: Set<[UInt16]>
    var instrumentalEndings: [[UInt16]]
    var instrumentalAdjectiveEndings: [[UInt16]]
    var kazakhPronouns: Set<[UInt16]>
    var candidacyWords: [[UInt16]]
    var notCandidacyWords: [[UInt16]]
    var kazakhDatives: [[UInt16]]
    var russianElectionWords: [[UInt16]]
    var russianGenitiveEndings: [[UInt16]]
    var russianGenitiveAdjectiveEndings: [[UInt16]]
    var postPrepositions: Set<[UInt16]>
    var postNouns: Set<[UInt16]>
    var kazakhElectVerbs: [[UInt16]]
    var kazakhAccusativeEndings: [[UInt16]]
    var kazakhPostWords: [[UInt16]]
    var kazakhObliqueEndings: [[UInt16]]
    var officerWords: [[UInt16]]
    var intoPost: [UInt16]
    var untilWord: [UInt16]
    var appointmentNouns: [[UInt16]]
    var aboutWord: Set<[UInt16]>
    var legalActWords: [[UInt16]]
    var postAfterWords: [[UInt16]]
    var dutyWords: [[UInt16]]
    var actingWords: [[UInt16]]
    var oneHolderTitles: [[UInt16]]
    var notOneHolderTitles: [[UInt16]]
    var kazakhPlurals: [[UInt16]]
    var representedBy: [[UInt16]]
    var conjunctions: Set<[UInt16]>

    /// `fold` gives the folded forms of a word in Cyrillic and every romanization.
    init(fold: ([String]) throws(TextProcessingError) -> [[UInt16]]) throws(TextProcessingError) {
        func plain(_ words: [String]) -> [[UInt16]] { words.map { Array($0.utf16) } }
        russianPredicateVerbs = try fold(Self.russianPredicateVerbs)
        notRussianPredicateVerbs = try fold(Self.notRussianPredicateVerbs)
        kazakhCopulas = try fold(Self.kazakhCopulas)
        kazakhCopulasAfterOfficer = try fold(Self.kazakhCopulas + Self.kazakhCopulasAfterOfficer)
        russianPrepositions = Set(plain(Self.russianPrepositions))
        instrumentalEndings = plain(Self.instrumentalEndings)
        instrumentalAdjectiveEndings = plain(Self.instrumentalAdjectiveEndings)
        kazakhPronouns = Set(try fold(Self.kazakhPronouns))
        candidacyWords = try fold(Self.candidacyWords)
        notCandidacyWords = try fold(Self.notCandidacyWords)
        kazakhDatives = try fold(Self.kazakhDatives)
        russianElectionWords = plain(Self.russianElectionWords)
        russianGenitiveEndings = plain(Self.russianGenitiveEndings)
        russianGenitiveAdjectiveEndings = plain(Self.russianGenitiveAdjectiveEndings)
        postPrepositions = Set(plain(Self.postPrepositions))
        postNouns = Set(plain(Self.postNouns))
        kazakhElectVerbs = try fold(Self.kazakhElectVerbs)
        kazakhAccusativeEndings = try fold(Self.kazakhAccusativeEndings)
        kazakhPostWords = try fold(Self.kazakhPostWords)
        kazakhObliqueEndings = try fold(Self.kazakhObliqueEndings)
        officerWords = try fold(Self.officerWords)
        intoPost = Array(Self.intoPost.utf16)
        untilWord = Array(Self.untilWord.utf16)
        appointmentNouns = plain(Self.appointmentNouns)
        aboutWord = Set(try fold([Self.aboutWord]))
        legalActWords = try fold(Self.legalActWords)
        postAfterWords = try fold(Self.postAfterWords)
        dutyWords = try fold(Self.dutyWords)
        actingWords = try fold(Self.actingWords)
        oneHolderTitles = try fold(Self.oneHolderTitles)
        notOneHolderTitles = try fold(Self.notOneHolderTitles)
        kazakhPlurals = try fold(Self.kazakhPlurals)
        representedBy = plain(Self.representedBy)
        conjunctions = Set(try fold(Self.conjunctions))
    }
}

extension MentionGrammar {
    /// Whether `word` is a one-holder title in the Kazakh plural (әкімдерін, президенттер).
    func isPluralTitle(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        oneHolderTitles.contains { title in
            word.starts(with: title) && kazakhPlurals.contains { word.dropFirst(title.count).starts(with: $0) }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt16 {
    /// Whether the word starts with one of `list`'s words. Compared unit by unit over the
    /// buffers: the generic `starts(with:)` cost about 6 instructions a byte of the scan.
    func hasPrefix(in list: [[UInt16]]) -> Bool {
        for word in list where word.count <= count {
            if word.withUnsafeBufferPointer({ Self.same(self, 0, $0) }) { return true }
        }
        return false
    }

    func hasSuffix(in list: [[UInt16]], longerThan minimum: Int) -> Bool {
        guard count > minimum else { return false }
        for word in list where count > word.count {
            if word.withUnsafeBufferPointer({ Self.same(self, count - $0.count, $0) }) { return true }
        }
        return false
    }

    /// Whether `word[at...]` begins with all of `part` (which must fit).
    @inline(__always)
    private static func same(_ word: UnsafeBufferPointer<UInt16>, _ at: Int, _ part: UnsafeBufferPointer<UInt16>) -> Bool {
        var i = 0
        while i < part.count {
            if word[at + i] != part[i] { return false }
            i += 1
        }
        return true
    }
}
