import MediaModel

/// Finds the codebook's subjects in Kazakh and Russian text, in either script.
///
/// Every alias of every subject is compiled into one matcher: a trie of alias words (each with
/// the endings it may take: Kazakh suffix chains in its vowel harmony, Russian declension of
/// its stem, the same suffixes romanized) under a trie of alias phrases. A prefilter reads the
/// UTF-8 bytes and picks the few words that can start an alias phrase (`UTF8Scan.swift`); a window
/// around each is tokenized as ICU's word break iterator would (`WordBreaks.swift`), and the phrase trie
/// runs there, checking each alias's context (quoted, next to a party word, capitalised, not
/// followed by e.g. `министрлігі`). Large texts are scanned in parallel parts (`ParallelScan.swift`).
///
/// Build it once per codebook and share it: it is immutable and `Sendable`.
public struct MentionMatcher: Sendable {
    struct Word: Sendable {
        var folded: [UInt16]
        /// Written in capitals in the alias (ЖСДП, ЦИК): must be in capitals in the text too.
        var abbreviation: Bool
    }

    /// An alias phrase's rule. Its values sit in one immutable object, so that the copies the
    /// scan makes of a rule retain one reference instead of one per list; only ``inEffect``
    /// changes after the matcher is built (``on(_:)``).
    struct Rule: Sendable {
        struct Values: Sendable {
            var subject: Int
            var context: Alias.Context
            var notFollowedBy: WordList
            /// Entries of `notFollowedBy` of two words, split: the next two words' beginnings
            /// («баспасөз қызмет»: the press service, not the press secretary).
            var notFollowedByPairs: [([UInt16], [UInt16])] = []
            var notPrecededBy: WordList
            /// For ``Alias/Context/person``: given names, their initials and role words, folded, in
            /// Cyrillic and in every romanization; and the folded surname an earlier mention must contain.
            var given = WordList([])
            var initials: Set<UInt16> = []
            var roles = WordList([])
            var surname: [UInt16] = []
            var tokenCount: Int
            var abbreviation: Bool
            /// The alias's tenures (an office-holder's name).
            var during: [Alias.Tenure] = []
        }

        private final class Box: Sendable {
            let values: Values
            init(_ values: Values) { self.values = values }
        }

        private let box: Box
        /// Whether the alias names the subject on the day the matcher is for (``on(_:)``).
        var inEffect: Bool

        init(_ values: Values, inEffect: Bool) {
            box = Box(values)
            self.inEffect = inEffect
        }

        var subject: Int { box.values.subject }
        var context: Alias.Context { box.values.context }
        var notFollowedBy: WordList { box.values.notFollowedBy }
        var notFollowedByPairs: [([UInt16], [UInt16])] { box.values.notFollowedByPairs }
        var notPrecededBy: WordList { box.values.notPrecededBy }
        var given: WordList { box.values.given }
        var initials: Set<UInt16> { box.values.initials }
        var roles: WordList { box.values.roles }
        var surname: [UInt16] { box.values.surname }
        var tokenCount: Int { box.values.tokenCount }
        var abbreviation: Bool { box.values.abbreviation }
        var during: [Alias.Tenure] { box.values.during }
        var values: Values { box.values }
    }

    struct Entry: Sendable {
        var word: Int32
        /// Inflection.Kind bits the rest of the token may have, and ``exact``.
        var mask: UInt32
    }

    static let exact: UInt32 = 1 << 16

    let subjects: [String]
    /// Subjects named as an election commission (an alias with «комисси»): a person the text
    /// introduces as its member, secretary or deputy chairman counts as it when named again
    /// (``introducedMembers(_:text:)``).
    var commissionSubjects: Set<String> = []
    /// The folded given names the codebook lists for a person's surname, by subject: the leaders
    /// an interview may address by given name (``addressedLeaders(_:text:)``, round 18).
    var leaderGivenNames: [String: Set<[UInt16]>] = [:]
    var words: [Word] = []
    var wordIDs: [[UInt16]: Int32] = [:]
    var wordTrie = UnitTrie()
    /// Entries per word-trie node (flat: `entries[entryRange[node]]`).
    var nodeEntries: [Int: [Entry]] = [:]
    var entryTable: [[Entry]] = []
    /// The phrase trie's edges while it is built; ``phraseEdges`` after.
    var phraseChildren: [UInt64: Int32] = [:]
    var phraseEdges = PhraseEdges()
    var phraseRules: [[Int]] = [[]]
    var rules: [Rule] = []
    /// Skeletons of the words a phrase can start with, for the prefilter.
    var starts = UnitTrie()
    var partyWords: Set<Int32> = []
    /// ``partyWords`` by word id, for the scan.
    var isPartyWord: [Bool] = []
    /// Folded beginnings of the words that may stand between two names of one subject that are one
    /// reference (``gapWordList``).
    var gapWords = WordList([])
    /// Predicates, vacancies and the joins of one reference that need more than one alias.
    var grammar: MentionGrammar
    /// Other countries' offices and holders (round 21, ``ForeignOffices``).
    var foreignOffices: ForeignOffices

    /// Titles, party words and the country, which join a party or body to the name of its leader in
    /// one reference: «глава партии «Адилет» Максут Нарикбаев», «ОСК төрағасы Қ.Тұрғанқұлов».
    static let gapWordList = [
        "партия", "председател", "сопредседател", "лидер", "глав", "руководител", "секретар", "генсек", "генеральн",
        "перв", "заместител", "депутат", "сенатор", "академик", "парламент", "мажилис", "сенат", "мәжіліс", "г", "н", "господин", "страны", "республики",
        // «Республики Казахстан» in the nominative too: «Председатель Центральной избирательной
        // комиссии Республики Казахстан Нурлан Абдиров» (round 12).
        "казахстан",
        // The country described: «глава ЦИК среднеазиатской республики Куандык Турганкулов».
        "казахстанск", "среднеазиатск", "центральноазиатск",
        // Founder and former leader: «негізін қалаушы және бұрынғы басшысы Алтыншаш Жағанова».
        "основател", "бывш", "негізін", "қалаушы", "бұрынғы",
        "рк", "төраға", "тең", "басшы", "көшбасшы", "жетекші", "хатшы", "бірінші", "орынбасар", "мырза", "қр", "қазақстан", "республика",
        // The present leader and the political party (round 15): «"Ақ жол" партиясының қазіргі
        // төрағасы Азат Перуашев», «"Ақ жол" саяси партиясының жетекшісі», «нынешний лидер».
        "қазіргі", "нынешн", "саяси", "политическ",
        // A member between a body and a member's name (round 17): «орталық сайлау комиссиясының
        // мүшесі Бақыт Мелдешов», «член ЦИК …».
        "мүше", "член",
        // Auyl's registered kind of party, abbreviated (round 19): «Али Бектаев, председатель НДПП
        // «Ауыл»».
        "ндпп",
        // Round 28: a party's parliamentary group in a chain of titles («руководитель партийной
        // фракции, депутат Мажилиса Асхат Рахимжанов»).
        "фракци", "партийн",
    ]
    /// `latin` with each run of one repeated lower-case letter written once («komıssııasy» →
    /// «komısıasy»); an abbreviation's capitals stay («PPK» is no «PK»).
    static func singleLetters(_ latin: String) -> String {
        var out = String.UnicodeScalarView()
        for s in latin.unicodeScalars where !(s.properties.isLowercase && out.last == s) { out.append(s) }
        return String(out)
    }
    /// ``Inflection/suffixes()``, held here so the hot loops read a stored property.
    let suffixes: UnitTrie

    /// Compiles every alias of every subject of `codebook`; throws when ICU fails (its
    /// transliterators, normalization or word breaks), never leaving a romanization out.
    public init(codebook: Codebook) throws(TextProcessingError) {
        subjects = codebook.subjects.map(\.id)
        suffixes = try Inflection.suffixes()
        var romanizers: [KazakhLatin] = []
        for scheme in KazakhLatin.Scheme.allCases { romanizers.append(try KazakhLatin(scheme: scheme)) }
        func variants(_ text: String, published: Bool = false) throws(TextProcessingError) -> Set<String> {
            var out: Set<String> = [text]
            if text.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) {
                // Publishers of Kazakh in Latin write a doubled letter once and ц as «s»
                // («komısıasy» for «komıssııasy», «sosıal» for «sotsıal»: round 19); the alias's
                // Latin spellings include those forms (the text's words are folded as before). Only
                // an alias's own words: an exclusion list's word beginnings so shortened would
                // catch other words.
                let withoutTs = published && (text.contains("ц") || text.contains("Ц"))
                    ? text.replacingOccurrences(of: "ц", with: "с").replacingOccurrences(of: "Ц", with: "С") : nil
                // … and some write ұ as «w» (Qazaq Times: «Nwr Otan», «qwttı») or и as «iy» (Abai.kz:
                // «Preziydent», «arhiytektura»): round 20. Letters the schemes give for nothing else,
                // typed into the Cyrillic before romanizing (the schemes keep Latin letters).
                var typed: [String] = []
                if published, text.contains("ұ") || text.contains("Ұ") {
                    typed.append(text.replacingOccurrences(of: "ұ", with: "w").replacingOccurrences(of: "Ұ", with: "W"))
                }
                if published, text.contains("и") {
                    typed.append(text.replacingOccurrences(of: "и", with: "iy"))
                }
                for r in romanizers {
                    var spellings = [try r(text)]
                    if let w = withoutTs { spellings.append(try r(w)) }
                    for t in typed { spellings.append(try r(t)) }
                    for latin in spellings {
                        out.insert(latin)
                        if published { out.insert(Self.singleLetters(latin)) }
                    }
                }
            }
            return out
        }
        func folded(_ words: [String]) throws(TextProcessingError) -> [[UInt16]] {
            var out: Set<[UInt16]> = []
            for word in words {
                for v in try variants(word) {
                    let f = try Folding.fold(v)
                    if !f.isEmpty { out.insert(f) }
                }
            }
            return Array(out)
        }
        gapWords = WordList(try folded(Self.gapWordList))
        grammar = try MentionGrammar(fold: folded)
        let commission = Array("комисси".utf16)
        for subject in codebook.subjects {
            for alias in subject.aliases {
                let f = try Folding.fold(alias.text)
                guard f.count >= commission.count else { continue }
                if (0...(f.count - commission.count)).contains(where: { f[$0..<($0 + commission.count)].elementsEqual(commission) }) {
                    commissionSubjects.insert(subject.id)
                }
            }
        }
        foreignOffices = try ForeignOffices(codebook: codebook, commissionSubjects: commissionSubjects, fold: folded)
        // The rules of romanized spellings by subject and words, to share their exclusions below.
        var romanized: [[Int32]: [Int]] = [:]
        for (s, subject) in codebook.subjects.enumerated() {
            for alias in subject.aliases {
                let given = try folded(alias.given)
                if alias.context == .person, !given.isEmpty { leaderGivenNames[subject.id, default: []].formUnion(given) }
                let notFollowedBy = try folded(alias.notFollowedBy)
                var base = Rule.Values(subject: s, context: alias.context, notFollowedBy: WordList(notFollowedBy.filter { !$0.contains(0x20) }),
                                       notPrecededBy: WordList(try folded(alias.notPrecededBy)), tokenCount: 0, abbreviation: false)
                base.notFollowedByPairs = notFollowedBy.compactMap { words in
                    guard let space = words.firstIndex(of: 0x20) else { return nil }
                    return (Array(words[..<space]), Array(words[(space + 1)...]))
                }
                base.given = WordList(given)
                base.initials = Set(given.compactMap(\.first))
                base.roles = WordList(try folded(alias.roles))
                base.during = alias.during
                // With no date given, the holders of the codebook's own period.
                let inEffect = alias.holds(during: codebook.period)
                for text in try variants(alias.text, published: true) {
                    let tokens = try Self.tokens(of: text)
                    guard !tokens.isEmpty else { continue }
                    let ids = tokens.map { addWord($0.folded, abbreviation: $0.abbreviation) }
                    var values = base
                    values.tokenCount = ids.count
                    values.abbreviation = tokens.count == 1 && tokens[0].abbreviation
                    values.surname = Inflection.russianStem(of: tokens[tokens.count - 1].folded)
                    addPhrase(ids, rule: Rule(values, inEffect: inEffect))
                    addStart(tokens[0].folded)
                    if text != alias.text { romanized[[Int32(s)] + ids, default: []].append(rules.count - 1) }
                }
            }
        }
        // Two aliases of a subject can fold to one Latin spelling: the Russian «аким» and the Kazakh
        // «әкім» are both «akim» once «á» folds. A Latin match is then either alias, so it takes the
        // exclusions of both (the Kazakh «ákimi kúnderi» is the days named after the office, whichever
        // alias read it); each keeps its own context. Round 54's review: no exclusion copied by hand.
        for group in romanized.values where group.count > 1 {
            var after: Set<[UInt16]> = [], before: Set<[UInt16]> = []
            var pairs: [([UInt16], [UInt16])] = []
            for r in group {
                after.formUnion(rules[r].notFollowedBy.words)
                before.formUnion(rules[r].notPrecededBy.words)
                for p in rules[r].notFollowedByPairs where !pairs.contains(where: { $0 == p }) { pairs.append(p) }
            }
            let notFollowedBy = WordList(after.sorted { $0.lexicographicallyPrecedes($1) })
            let notPrecededBy = WordList(before.sorted { $0.lexicographicallyPrecedes($1) })
            for r in group {
                var values = rules[r].values
                values.notFollowedBy = notFollowedBy
                values.notPrecededBy = notPrecededBy
                values.notFollowedByPairs = pairs
                rules[r] = Rule(values, inEffect: rules[r].inEffect)
            }
        }
        for party in ["партия", "party", "parties", "partiya", "partııa", "partiia"] {
            partyWords.insert(addWord(try Folding.fold(party), abbreviation: false))
        }
        wordTrie.seal()
        starts.seal(through: Folding.skeleton)
        entryTable = (0..<wordTrie.nodeCount).map { nodeEntries[$0] ?? [] }
        nodeEntries = [:]
        phraseEdges = PhraseEdges(phraseChildren)
        // Only the table is read from here on (as with the entries above).
        phraseChildren = [:]
        isPartyWord = words.indices.map { partyWords.contains(Int32($0)) }
    }

    /// The matcher for texts of `day`: an office-holder's name names the office only while its
    /// holder held it (``Alias/during``): Tokayev is the President from 20 March 2019, Masimov is
    /// no Prime Minister in 2020. Cheap: only the rules are copied.
    public func on(_ day: LocalDate) -> MentionMatcher {
        var dated = self
        for r in dated.rules.indices where !dated.rules[r].during.isEmpty {
            dated.rules[r].inEffect = dated.rules[r].during.contains { $0.contains(day) }
        }
        return dated
    }

    /// The mentions in a text of `day`, or of the codebook's period when `day` is nil.
    public func mentions(in text: String, on day: LocalDate?) throws(TextProcessingError) -> [Mention] {
        guard let day else { return try mentions(in: text) }
        return try on(day).mentions(in: text)
    }

    /// The folded words of an alias, by ICU's word break iterator.
    static func tokens(of alias: String) throws(TextProcessingError) -> [(folded: [UInt16], abbreviation: Bool)] {
        let units = try ICU.nfc(Array(alias.utf16))
        var out: [(folded: [UInt16], abbreviation: Bool)] = []
        for r in try ICU.words(units) {
            let word = Array(units[r])
            var folded: [UInt16] = []
            try word.withUnsafeBufferPointer { (w) throws(TextProcessingError) in try Folding.appendFolded(w, to: &folded) }
            guard !folded.isEmpty else { continue }
            let letters = word.filter { Folding.table.kinds[Int($0)].contains(.letter) }
            let upper = letters.filter { Folding.table.kinds[Int($0)].contains(.upper) }.count
            out.append((folded, letters.count >= 2 && letters.count <= 6 && upper == letters.count))
        }
        return out
    }

    mutating func addWord(_ folded: [UInt16], abbreviation: Bool) -> Int32 {
        let key = folded + [abbreviation ? 1 : 0]
        if let id = wordIDs[key] { return id }
        let id = Int32(words.count)
        words.append(Word(folded: folded, abbreviation: abbreviation))
        wordIDs[key] = id
        let latin = !folded.contains { Folding.table.kinds[Int($0)].contains(.cyrillic) }
        let harmony = Inflection.harmony(of: folded, latin: latin).rawValue
        if abbreviation {
            addEntry(folded, Entry(word: id, mask: Self.exact | Inflection.Kind.kazakh.rawValue | Inflection.Kind.russianAll.rawValue))
            return id
        }
        if latin {
            addEntry(folded, Entry(word: id, mask: Self.exact | harmony | Inflection.Kind.latin.rawValue))
            // The final voices before a vowel in Latin as in Cyrillic: ákimdik → ákimdigi.
            if let last = folded.last, let voiced = Inflection.latinVoicing[last] {
                addEntry(folded.dropLast() + [voiced], Entry(word: id, mask: harmony | Inflection.Kind.latin.rawValue))
            }
            return id
        }
        let stem = Inflection.russianStem(of: folded)
        let russianOnFull = stem == folded ? Inflection.Kind.russianAll.rawValue : 0
        addEntry(folded, Entry(word: id, mask: Self.exact | harmony | russianOnFull))
        if stem != folded {
            let endings: Inflection.Kind = Inflection.surnameForming(folded) ? .russian : .russianAll
            addEntry(stem, Entry(word: id, mask: endings.rawValue))
        }
        if let last = folded.last, let voiced = Inflection.voicing[last] {
            addEntry(folded.dropLast() + [voiced], Entry(word: id, mask: harmony))
        }
        return id
    }

    mutating func addEntry(_ key: [UInt16], _ entry: Entry) {
        let node = wordTrie.insert(key, bits: 1)
        nodeEntries[node, default: []].append(entry)
    }

    mutating func addPhrase(_ ids: [Int32], rule: Rule) {
        var node: Int32 = 0
        for id in ids {
            let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
            if let next = phraseChildren[key] {
                node = next
            } else {
                phraseRules.append([])
                node = Int32(phraseRules.count - 1)
                phraseChildren[key] = node
            }
        }
        rules.append(rule)
        phraseRules[Int(node)].append(rules.count - 1)
    }

    mutating func addStart(_ folded: [UInt16]) {
        // The shortest key a match can begin with: the Russian stem, or the word up to a voiced final.
        var key = Inflection.russianStem(of: folded)
        if key.count == folded.count, !key.isEmpty, Inflection.voicing[key.last!] != nil { key.removeLast() }
        starts.insert(key.map { Folding.skeleton[Int($0)] }, bits: 1)
    }

    @inline(__always)
    func phraseChild(_ node: Int32, _ word: Int32) -> Int32? {
        phraseEdges.child(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word)))
    }
}

/// The phrase trie's edges (``MentionMatcher/phraseChildren``) as an open-addressing table with a
/// multiplicative hash: looked up for every word a rule reads, where `Dictionary`'s SipHash cost
/// more than the rest of the lookup.
struct PhraseEdges: Sendable {
    private var keys: [UInt64] = [UInt64.max]
    private var targets: [Int32] = [-1]
    private var shift: UInt64 = 63

    init() {}

    init(_ edges: [UInt64: Int32]) {
        var bits = 1
        while 1 << bits < 2 * edges.count { bits += 1 }
        keys = [UInt64](repeating: .max, count: 1 << bits)
        targets = [Int32](repeating: -1, count: 1 << bits)
        shift = UInt64(64 - bits)
        let mask = (1 << bits) - 1
        for (key, target) in edges {
            var s = Self.slot(key, shift)
            while keys[s] != .max { s = (s + 1) & mask }
            keys[s] = key
            targets[s] = target
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The target of `key` (node << 32 | word), nil when there is no such edge.
    @inline(__always)
    func child(_ key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { k in
            let mask = k.count - 1
            var s = Self.slot(key, shift) & mask
            while true {
                let found = k[s]
                if found == key { return targets[s] }
                if found == .max { return nil }
                s = (s + 1) & mask
            }
        }
    }
}
