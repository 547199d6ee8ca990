/// The grammar behind the annotation rules that no alias can state alone (docs/METHODOLOGY.md,
/// "Mentions: what counts"): a title used as a predicate or for a vacancy is not a mention, and a
/// name with its title in apposition, a party with the people who represent it, and a signature
/// block are one reference each. The words are Russian and Kazakh grammar, the same for every
/// mission; they are folded like the text, in Cyrillic and every Kazakh romanization.
/// One immutable object: the scan's functions hold and pass it by one reference (a struct of
/// some hundred lists was copied whole, a retain per list, wherever a closure captured it).
final class MentionGrammar: Sendable {
    /// Words that say what someone is, becomes or stays, with a Russian title in the instrumental
    /// case (назначен главой, стал президентом, остается президентом); word beginnings.
    static let russianPredicateVerbs = [
        "назнач", "стал", "станет", "станут", "становит", "стать", "остает", "остался", "осталась", "оставался",
        "оставалась", "останется", "оставаться", "явля", "избран", "избирается", "избирался", "переизбран",
        "работал", "работает", "работать", "служил", "служит",
        // Round 53: the first person, «Работаю акимом здесь два года» (ru-es15).
        "работаю",
        // Participles: «работавшего акимом с 2013 года».
        "работавш", "работающ",
        // Round 52: introduced as, «представляется якобы акимом области» (an impostor, ru-ep1).
        "представляет", "представился", "представилась", "представлялся", "представлялась",
        // Declared, recognised, proclaimed (round 18): «он официально объявлен главой республики».
        "объявлен", "объявить", "объявили", "признан", "признать", "признали", "провозглаш", "провозгласи",
        // … and chosen, as «избран»: «был выбран президентом».
        "выбран",
        // … and reappointed (round 19): «Смаилов переназначен премьер-министром».
        "переназнач",
        // Round 33: the infinitive of being after a modal, «акимом может быть только человек со
        // стажем» (who can hold the post), «президентом должен быть гражданин»; whole word in
        // effect (no other word begins so).
        "быть",
        // Round 42: considered, called: what someone is held to be, «считается самым открытым
        // акимом города», «можно смело назвать самым открытым акимом» (a predicate, no holder).
        // Not «считает» (thinks: «считает член ЦИК»), a verb of saying before its subject.
        "считается", "считался", "считалась", "считались", "назвать", "назван", "называть",
        // Round 48: looking like something, «Токаев выглядит необычным президентом» (ru-ee20).
        "выглядит", "выглядел", "выглядят",
    ]
    /// The past copula right before an instrumental title says what someone was: «был
    /// премьер-министром» (round 13), a career. Only right before it: in «был подписан президентом»
    /// the participle between makes the title the agent. Round 50: «будучи акимом Жезказгана» (being,
    /// ru-ej14 of the sixty-fifth set) likewise.
    static let russianPastCopulas: Set<[UInt16]> = Set(["был", "была", "были", "будучи"].map { Array($0.utf16) })
    /// Round 41: the noun of working in a post right before an instrumental title, «За год работы
    /// акимом» (a career, the post), as the past copula; only right before it («работы, порученной
    /// ему главой государства» is the agent), and not before «-ей», also the genitive plural
    /// («работу руководителей регионов» is their work).
    static let genitivePluralEy: [UInt16] = Array("ей".utf16)
    static let workNouns: Set<[UInt16]> = Set(["работы", "работе"].map { Array($0.utf16) })
    /// Beginnings of words the verbs' beginnings also start that say who acts, not what someone
    /// is: «акимы назначаются президентом» (by the President).
    /// Nor the nouns of the round-18 verbs: «признание президентом итогов» is his act.
    /// Round 42: events a holder calls, right before «назначен-» and an instrumental title: the
    /// passive's subject, the title its agent («Выборы назначены президентом страны»). Word beginnings.
    static let calledEvents: [[UInt16]] = ["выбор", "референдум", "сесси", "заседани", "голосовани"].map { Array($0.utf16) }
    /// Round 42: «дейінгі» (up to), the end of a range of posts before «қызмет атқар-»; whole
    /// word, stored folded (``uptoWords``) so the Latin alphabets read it too.
    static let uptoWord = "дейінгі"
    static let notRussianPredicateVerbs = ["назнача", "объявлени", "признани", "провозглашени", "названи"]
    /// Kazakh copulas right after a title (әкімі болып сайланды, әкімі етіп тағайындалды, әкімі
    /// еді); word beginnings. Not «болды», «болған» there: «ауданда облыс әкімі болды» is a visit.
    /// Round 30: «атан-» too (was named, became known as: «ең келбетті әкім атанды»).
    /// Round 33: the desiderative «болғысы / болғым келеді» (wants to become: «әкім болғысы
    /// келетіндер», those who want to be akims) is a post sought, as «бола алады».
    static let kazakhCopulas = ["болып", "болса", "болатын", "болады", "болмақ", "болу", "боп", "етіп", "еді", "атан", "болғы"]
    /// Round 30: the imperative of «бол-» (be, become) right after a title, a maxim or a wish
    /// about the post («Әкім бол, халыққа жақын бол»); whole words.
    static let kazakhImperativeCopulas = ["бол", "болыңыз", "болыңдар"]
    /// Round 56: «емес» (is not) closing the sentence after a title: what someone is not
    /// («Тоқаев – менің президентім емес!»); whole word.
    static let kazakhNegativeCopulas = ["емес"]
    /// Round 30: the bare adjective «әкімшілік» (administrative) ending a span, with no ending: after
    /// a unit in the genitive it would need the possessive to be the administration («қаланың
    /// әкімшілігі»), so «қаланың әкімшілік полиция басқармасы» is the city's administrative
    /// police. Whole words.
    static let bareAdjectiveTitles = ["әкімшілік"]
    /// Round 42: the unit's own adjective before it makes «әкімшілік» the noun it qualifies, the
    /// administration («⟦қалалық әкімшілік⟧ ғимараты алдына», «⟦қалалық әкімшілік⟧ белсенділерге
    /// … рұқсат бермеді»): an adjective does not stand before another adjective of the same noun
    /// here; the alias's own exclusions (құқық, орталығ, …) still hold. Whole words.
    static let unitAdjectives = ["қалалық", "облыстық", "аудандық", "ауылдық"]
    /// A Kazakh career: «болған» ending the sentence right after a title makes it, and every title
    /// listed before it between commas, a past post: «… облысы әкімінің орынбасары, Ақтөбе
    /// қаласының әкімі болған.» (round 16). Not «болды», which may be a visit. Word beginnings.
    static let kazakhCareerCopulas = ["болған"]
    /// Round 64: «лауазымдарына қызмет еткен / атқарған», served in the posts, as «болған».
    static let kazakhPostNouns = ["лауазым"]
    static let kazakhFirstWords = ["бірінші"]
    static let kazakhServiceWords = ["қызмет"]
    static let kazakhServedWords = ["еткен", "атқарған"]
    /// Copulas after an officer's title that follows the title (әкімінің орынбасары болды).
    static let kazakhCopulasAfterOfficer = ["болды", "болған"]
    /// «еді» (was) after a capitalised title ends a cleft sentence that names the holder: «жұлдызды
    /// қадаған біздің Елбасымыз еді» is Nazarbayev; whole word.
    static let kazakhPastCopula = "еді"
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
    /// (с новым президентом, бессменным президентом). Round 28: the plural's too («перед избранными
    /// акимами районов»: the participle is the akims' attribute, no predicate verb).
    static let instrumentalAdjectiveEndings = ["ым", "им", "ой", "ей", "ыми", "ими"]
    /// Subject pronouns that open a short Kazakh clause whose nominal predicate is the title
    /// (ол ауданның қазіргі әкімі). Not «мен», also the conjunction "and".
    /// «кім» (who) too: «Кім облыс әкімі болады?», and between a title and its copula, «Үкімет
    /// басшысы кім болады?», it asks who will hold the post (round 10).
    static let kazakhPronouns = ["ол", "олар", "біз", "сіз", "кім"]
    /// Words of a candidacy or an election: a title in the dative before one of these is the post
    /// competed for (аудан әкіміне кімдер сайлауға түсті, әкімдікке 243 кандидат); word beginnings,
    /// but not the voters (сайлаушылар).
    /// Round 36: «үмітті» (aspiring to: «Аудан әкіміне үмітті азаматтар»), not the verb «үміттен-».
    static let candidacyWords = ["кандидат", "үміткер", "үмітті", "сайлау", "претендент", "баллотир"]
    static let notCandidacyWords = ["сайлаушы"]
    /// Words of an election before a Russian title in the genitive (выборы сельских акимов); word
    /// beginnings.
    static let russianElectionWords = ["выбор", "перевыбор", "довыбор",
        // The verbs too (round 10): «должны избрать акима своего сельского округа».
        "избрать", "избирать", "избирают", "выбрать", "выбирать", "выбирают",
        // … and their other tenses (round 22): «Казахстан выбрал президента», «избрали акима»,
        // «избирает президента», «изберут акима».
        "избрал", "выбрал", "избирает", "избирал", "выбирает", "выбирал", "изберут", "изберет", "изберём", "изберем",
        "выберут", "выберет", "выберем", "переизбрал", "переизбира",
        // Round 41: the nouns («переизбрания президента между двумя странами», «до избрания главы
        // региона»); a holder named after the title is the person (round 14's check).
        "избрани", "переизбрани"]
    /// Genitive endings of a Russian title and of an adjective before it, on the folded word.
    static let russianGenitiveEndings = ["а", "я", "ов", "ев", "ей"]
    /// Round 60: passive participles of a body's decision, and «был» before the short ones.
    static let passiveDecisions: [[UInt16]] = ["утвержд", "одобрен", "принят", "введен", "введён", "внесен", "внесён", "разработан",
                                               "выделен", "определен", "определён", "установлен", "поручен", "подписан",
                                               "объявлен", "предложен", "инициирован", "создан"].map { Array($0.utf16) }
    static let wasForms: Set<[UInt16]> = Set(["был", "была", "было", "были"].map { Array($0.utf16) })
    static let instrumentalSingular = WordList(["ом"].map { Array($0.utf16) })
    /// Round 60: a deputy's post in one word, «зампредседателя правительства», «замакима».
    static let deputyPrefixes: [[UInt16]] = ["зам"].map { Array($0.utf16) }
    /// Round 60: the head's nouns that open a long link of a chain of titles, and its length.
    static let linkHeads: [[UInt16]] = ["руководител", "председател"].map { Array($0.utf16) }
    static let headedLinkWords = 14
    /// Round 60: a word named as a word, «слово "правительство"», «термин» before it.
    static let wordNouns: Set<[UInt16]> = Set(["слово", "слова", "словом", "термин", "термина", "понятие", "понятия"].map { Array($0.utf16) })
    /// Round 62: Russian possessives between a word of an alias's exclusions and the alias.
    static let russianPossessives: Set<[UInt16]> = Set(["нашего", "нашей", "наших", "своего", "своей", "своих", "его", "ее", "её", "их"]
        .map { Array($0.utf16) })
    /// Round 61: a place's name in the Russian genitive after a title: «Уральска», «Астаны», «Шымкента».
    static let placeGenitiveEndings = WordList(["а", "я", "ы", "и"].map { Array($0.utf16) })
    static let russianSingularGenitiveEndings = WordList(["а", "я"].map { Array($0.utf16) })
    static let russianGenitiveAdjectiveEndings = ["ых", "их", "ого", "его", "ой", "ей"]
    /// A preposition and a noun before a title in the genitive that make it a post someone is
    /// appointed to, runs for or leaves (претендует на пост президента, освобожден от должности
    /// премьер-министра, ушел с поста акима); whole words.
    static let postPrepositions = ["на", "с", "со", "от", "c"]
    static let postNouns = ["пост", "поста", "должность", "должности", "кресло", "кресла"]
    /// Round 33: the posts in the plural before a title in the genitive, with or without a
    /// preposition («занимали посты акимов»); whole words, folded (Latin and Greek look-alikes).
    static let pluralPostNouns = ["посты", "постов", "постах", "постами", "должностей", "должностях"]
    /// Round 31: the seat, a post only after a preposition («на место акима претендуют семеро»,
    /// «с места президента»); without one it may be the holder's rank («место акима в рейтинге»).
    static let seatNouns = ["место", "места"]
    /// Round 43: the seat opening its sentence is the post as the clause's subject when the clause
    /// says it is vacated or taken, a word of vacancy or taking within six words after the title
    /// («Место акима Аркалыка стало вакантным», «Место акима области вместо Уразалина занял …»;
    /// round 31's rank stays: «Место акима района в рейтинге — третье»); the seat whole, folded,
    /// the other words' beginnings.
    static let seatSubject: [UInt16] = Array("место".utf16)
    static let seatTakenWords: [[UInt16]] = ["вакант", "занял", "заняла", "займ", "освобод", "пустует"].map { Array($0.utf16) }
    /// Round 43: a career and the duties of a post, before a Russian title in the genitive: the post,
    /// as «пост» («карьера акима города», «исполняет обязанности акима его заместитель»); word
    /// beginnings. An acting holder named after the title is the person («исполняющий обязанности
    /// акима города Бекжан Бапышев»).
    static let careerNouns: [[UInt16]] = ["карьер", "обязанност"].map { Array($0.utf16) }
    /// Round 43: the Russian unit's nouns in the genitive, read past before a holder's name
    /// («обязанности акима Кербулакского района Жаната Жунусбекова»); word beginnings.
    static let russianUnitGenitives: [[UInt16]] = ["област", "район", "города", "округ", "поселк", "сел", "аул"].map { Array($0.utf16) }
    /// Round 31: a negated nominal predicate, «не» (with a possessive or an adverb of time between
    /// or not) before a title in the nominative that closes its clause: «Назарбаев уже не
    /// президент», «Токаев не мой президент!»; whole words.
    static let negation = ["не"]
    static let negatedPredicateBetween = ["мой", "наш", "ваш", "твой", "их", "уже", "больше", "еще", "ещё", "просто", "никакой"]
    /// Round 41: «елбасы» too («глава Казахстана (не елбасы, конечно, но тоже ничего)»: what he is not).
    static let negatedPredicateTitles = ["президент", "аким", "премьер", "премьер-министр", "елбасы"]
    /// … not a contrast: «не президент, а правительство».
    static let contrastWords = ["а", "но"]
    /// Round 31: an election's verb later in the clause than a plural title in the genitive
    /// (accusative) — holders in general as what the election fills: «акимов поселков … выбирают
    /// депутаты маслихатов»; whole words («избирательной» is no verb).
    static let russianElectVerbsAfter = ["выбирают", "избирают", "выбирает", "избирает", "выберут", "изберут",
                                         "выбирали", "избирали", "выбрали", "избрали"]
    /// … the plural title's genitive endings: «акимов», «президентов».
    static let russianPluralGenitiveEndings = ["ов", "ев"]
    /// Round 31: plural adjectives between «в» and the post («кандидатов в сельские акимы»).
    static let intoPostAdjectiveEndings = ["ые", "ие"]
    /// A Kazakh title in the accusative before a form of «сайла-» (to elect) or «тағайында-» (to
    /// appoint: round 19, «жаңа премьер-министрді тағайындайды») is the office filled: «Қазақстан
    /// президентін сайлауда»; word beginnings.
    static let kazakhElectVerbs = ["сайла", "тағайында"]
    /// Words of manner between a title and «сайла-» (round 21: «әкімін бір ауыздан сайлап»); whole words.
    static let kazakhElectionManner = ["бір", "ауыздан", "бірауыздан", "тікелей", "қайта", "қайтадан", "жаңадан",
                                       "жасырын", "ашық",
                                       // Round 48: the voters themselves («халық әкімді өзі таңдайды»,
                                       // kk-ee14).
                                       "өзі", "өздері",
                                       // Round 41: and by the vote («өз әкімін тікелей дауыс беру
                                       // арқылы сайлауда»: by direct voting).
                                       "дауыс", "беру", "арқылы",
                                       // Round 33: and who elects, the electorate as the subject
                                       // («аудандарының әкімін халық сайлады», «әкімін тұрғындар сайлайды»).
                                       "халық", "халқы", "тұрғындар", "тұрғындары", "жұрт", "жұртшылық", "сайлаушылар"]
    /// The Latin letters for ң (ń, ñ, ŋ and their capitals), which folding turns into n.
    static let latinEng: Set<UInt16> = [0x144, 0x143, 0xF1, 0xD1, 0x14B, 0x14A]
    /// «сайлану», «тағайындалу» (being elected, appointed) as folded in Cyrillic and in the Latin
    /// alphabets (saılaný, saılanu, sai'lany', saylanu; taǵaıyndalý, tağaiyndalu); word beginnings.
    static let fillingNouns: [[UInt16]] = ["сайлану", "тағайындалу", "sailany", "sailanu", "saylanu",
                                           "tagaiyndaly", "tagaiyndalu", "tagayyndalu"].map { Array($0.utf16) }
    /// A programme's or a project's nouns, before or after its quoted one-word name (round 20);
    /// word beginnings. Not «хабар» (news), which also begins «хабарлады» (reported).
    static let partyStems: [[UInt16]] = ["парти", "party", "partii", "partiy"].map { Array($0.utf16) }
    static let programmeNouns: [[UInt16]] = ["жоба", "проект", "бағдарлама", "телебағдарлама", "программ", "телепрограмм",
                                              "передач", "телепередач", "шоу", "фильм", "сериал"].map { Array($0.utf16) }
    /// «во главе с(о)» between a body and its head: one reference (round 21).
    static let ledBy: [[UInt16]] = ["во", "главе"].map { Array($0.utf16) }
    static let ledByWith: Set<[UInt16]> = Set(["с", "со", "c"].map { Array($0.utf16) })
    /// «под руководством» between a body and its head: one reference, as «во главе с» (round 31).
    static let underLeadership: [[UInt16]] = ["под", "руководством"].map { Array($0.utf16) }
    /// A residence after a Kazakh title: «Президенттің резиденциясы», «ҚР Президентінің Бейжіңдегі
    /// резиденциясында», «Елбасының "Ақорда" резиденциясында» (round 21, the Kazakh and published-Latin
    /// siblings of round 18's «в резиденции главы государства»); word beginnings.
    static let residenceWords = ["резиден"]
    /// A place's adjective in Kazakh between a title and what it owns: «Бейжіңдегі», «Астанадағы».
    static let kazakhLocativeAdjectiveEndings = ["дағы", "дегі", "тағы", "тегі"]
    /// Words that make a quoted title a status or a term, not a reference (round 21): «статус «Лидера
    /// нации»», «так называемый «лидер нации»», «узаконенный "лидер нации"» before it, «"Елбасы"
    /// мәртебесі», «атағы» after it; word beginnings.
    static let statusWordsBefore: [[UInt16]] = [statusWord, "звани", "титул", "называем", "именуем", "узаконен"]
        .map { Array($0.utf16) }
    static let statusWordsAfter = [kazakhStatusWord, "атағ", "атақ", statusWord]
    /// «статус» and the Kazakh «мәртебе»: the first words of the quoted lists, which round 34's
    /// unquoted status reads alone (``russianStatusWords``, ``kazakhStatusWords``).
    static let statusWord = "статус"
    static let rankWord = "звани"
    static let kazakhStatusWord = "мәртебе"
    /// Round 34: organisations a title may head, read past one or two genitive adjectives when the
    /// codebook excludes them after the title («Президент общественного фонда»); word beginnings.
    static let organisationNouns = ["компани", "федераци", "ассоциаци", "клуб", "банк", "фонд", "университет", "академи",
                                    "корпораци", "холдинг", "союз", "палат"]
    static let kazakhAccusativeEndings = ["ін", "ын", "ні", "ны", "ді", "ды", "ті", "ты"]
    /// The post (лауазым) after a Kazakh title: «әкім лауазымына»; word beginnings.
    static let kazakhPostWords = ["лауазым"]
    /// The appointee as the appointment is announced, in Kazakh (round 17): a passive of
    /// «тағайындау» after an office-holder's name («Смайылов … қызметіне тағайындалды»), the
    /// verbal noun after his name in the accusative («Смайыловты … тағайындау»); word beginnings.
    /// Not the active «тағайындады» (he appointed someone), nor his candidacy («Маминнің
    /// кандидатурасын» counts the sitting holder: kk-s10, kk-w19).
    /// The verbal noun «тағайындалуы» is not one: «Смайыловтың … тағайындалуы негізгі шешім»
    /// comments on the appointment (kk-w19, kk-z11).
    static let kazakhAppointedVerbs = ["тағайындалд", "тағайындалсын", "тағайындалған", "тағайындалып", "тағайындалад"]
    /// Round 18: the active verb too after the accusative, whose object he is («Президент
    /// Маминді қайта тағайындады»); «Мамин … министрді тағайындады» (the subject) still counts.
    static let kazakhAppointingNouns = ["тағайындау", "тағайындад", "тағайындай"]
    /// Where that search stops: an instrumental («Жарлығымен»: the agent) or a participle
    /// («Тоқаев ұсынған Смайылов … тағайындалды»: another name's clause); word endings.
    static let appointeeSearchStops = ["мен", "бен", "пен", "ған", "ген", "қан", "кен"]
    /// Kazakh dative endings, on the folded word.
    static let kazakhDatives = ["ға", "ге", "қа", "ке", "на", "не"]
    /// Titles of an officer of a party or body (a subset of ``MentionMatcher/gapWordList``): one
    /// between a title and a copula keeps it a predicate (әкімінің орынбасары болды), and one on
    /// its own line makes a signature block.
    static let officerWords = [
        "председател", "сопредседател", "лидер", "глав", "руководител", "секретар", "генсек", "заместител",
        "төраға", "басшы", "жетекші", "хатшы", "орынбасар",
        // Round 59: aides and advisers in a career («облысы әкімінің көмекшісі болып жұмыс істеген»,
        // kk-fe4; «занимал должность советника акима Нур-Султана», ru-ff3), as deputies.
        "көмекші", "кеңесші", "советник", "помощник",
    ]
    /// A body's member, after its name: «Комиссиясының мүшесі», «ЦИК член» (round 17); word beginnings.
    static let memberWords = ["мүше", "член"]
    /// «мемлекет басшысы қызметіне кірісті», «әкім қызметінен босатылды», «әкім лауазымына»: a
    /// one-person title before the post it is taken up or left names the post; word beginnings.
    static let postAfterWords = ["қызметіне", "қызметінен", "лауазым",
        // «Әкім «креслосына» … Азат Оралбаев»: the chair, the post as a seat (round 15).
        "кресло"]
    /// «Премьер-министрдің міндеттерін уақытша … атқару»: its duties or work performed by an acting
    /// holder (``actingWords`` within four words) name the post too; «Президент қызметін жоғары
    /// бағалады» (the President's work) is the President. Word beginnings.
    static let dutyWords = ["қызмет", "міндет"]
    static let actingWords = ["атқар"]
    /// Round 28: the agent noun, the acting holder himself («міндетін атқарушы Н.Сапаров»).
    /// Round 30: stored folded (``actingHolderWordList``), so the Latin alphabets read it too.
    static let actingHolderWords = ["атқарушы"]
    /// Titles held by one person, which ``postAfterWords`` may follow; word beginnings, not the
    /// bodies (әкімдік, әкімшілік, Үкімет).
    static let oneHolderTitles = ["президент", "басшы", "премьер", "министр", "әкім", "елбасы"]
    static let notOneHolderTitles = ["әкімдік", "әкімшіл"]
    /// Kazakh plural suffixes: a one-holder title in the plural names its holders, not the post
    /// («әкімдерін міндет атқарушы мәртебесіне түсірді»: the akims were made acting ones).
    static let kazakhPlurals = ["дар", "дер", "тар", "тер", "лар", "лер"]
    /// Round 58: an organisation's name in the genitive right after a head's title: its president, not
    /// the office («Олжас Сатиев - президент Центра анализа», ru-fc8; «Президент центра стратегических
    /// коммуникаций», the development set's ru-cn5). Whole words, so that «президент центральноазиатской
    /// страны» stays; no bar on the text's later titles, as another country's office would be.
    static let organizationGenitives: Set<[UInt16]> = Set(["центра", "академии", "института", "корпорации", "холдинга",
                                                           "агентства", "общества", "концерна", "консорциума"].map { Array($0.utf16) })
    /// Round 58: the reflexive «себе» between an election verb and the post («выбрали себе акимов»).
    static let reflexiveDatives: Set<[UInt16]> = Set(["себе"].map { Array($0.utf16) })
    /// Round 58: «ел басы» with «ел» inflected is no epithet: «өңір елдерінің басын қосып» (brings the
    /// region's countries together, kl-fc1); folded with the romanizations.
    static let elWords = ["ел"], basWords = ["бас"]
    /// Round 58: a Russian surname's plural endings, the family («Назарбаевы», «Назарбаевых»); not «-ым», the singular's instrumental.
    static let russianFamilyPlurals: [[UInt16]] = ["ы", "ых", "ыми"].map { Array($0.utf16) }
    /// The quoted title of a legal act names a document, not the body it is about: «"Қазақстан
    /// Республикасының Үкіметі туралы" Жарлық», «"… әкімдері туралы" заң». A title right before
    /// «туралы» (about) that an act's word follows; «Үкімет туралы айтты» (spoke about the
    /// Government) is the Government. Whole word, then word beginnings.
    static let aboutWord = "туралы"
    // «Жарлығына», «бұйрығы»: the final қ turns ғ before a vowel.
    static let legalActWords = ["заң", "жарлық", "жарлығ", "қаулы", "кодекс", "бұйрық", "бұйрығ", "ереже"]
    /// Round 34: the Russian act named after an office, its quoted title opening with «О / Об» and
    /// the title one or two words after it («закон «О Первом Президенте Республики Казахстан —
    /// Елбасы»», «указ «О Правительстве Республики Казахстан»»): a fixed name, as the holiday
    /// «Тұңғыш Президент күні» (SOURCES.md, the lead's ruling after round 21). The act's word right
    /// before the quote, word beginnings; «о / об» whole.
    static let russianLegalActWords = ["закон", "указ", "постановлени", "кодекс", "распоряжени"]
    static let russianAboutWords = ["о", "об"]
    /// «О первом президенте …»: the ordinal between «О» and a later title of the act's name.
    static let russianFirstWords = ["перв"]
    /// «до назначения соответствующих акимов»: holders still to be appointed, the Russian of
    /// «тағайындалғанға дейін»; «до» whole, the noun by its beginning.
    static let untilWord = "до"
    static let appointmentNouns = ["назначени", "избрани"]
    /// «в президенты», «в акимы»: a plural title after «в» is the post someone runs for.
    static let intoPost = "в"
    /// The same «В» typed as a Latin B: a one-letter word is not folded as a look-alike word
    /// («B президенты не пойду»: round 11).
    static let intoPostLookAlike = "b"
    /// A name right before a dot and one of these is a site («деп хабарлайды Elbasy.kz»: round 11).
    static let siteEndings = ["kz", "ru", "com", "org", "net", "info", "uz", "kg", "қаз", "рф"]
    /// «в лице»: the people after it are who represents the party before it.
    static let representedBy = ["в", "лице"]
    /// Joins the names of a list of representatives.
    static let conjunctions = ["и", "және", "а", "также"]
    /// Round 52: Kazakh «and» joining two names («Ақжол мен Қауыншы»).
    static let kazakhAndWords = ["мен", "бен", "пен", "және"]
    /// «бывший глава правительства», «бұрынғы әкімі», «экс-премьер»: a title its holder no longer
    /// holds describes a past holder, not the office (round 9); word beginnings, «экс» whole.
    static let formerWords = ["бывш", "бұрынғы", "прежн", "тогдашн"]
    /// Round 37: «сол кездегі», «сол уақыттағы», «сол тұстағы» (at that time): the holder then.
    static let kazakhThat = "сол"
    static let kazakhThenWords = ["кездегі", "уақыттағы", "кезеңдегі", "тұстағы"]
    /// Round 43: a candidacy after a new holder's title in the genitive, the post to be filled, as
    /// round 28's Russian «кандидатуры новых акимов»: «жаңа әкімнің кандидатурасын ұсынды» («жаңа»
    /// whole, «кандидатур» a word beginning).
    static let kazakhNew = "жаңа"
    static let kazakhCandidacy = ["кандидатур"]
    /// Round 43: the akim's service, the post, after the bare «әкімдік»: «облысындағы әкімдік
    /// қызметімді аяқтайтынымды» (word beginnings; not «қызметкер-», the akimat's staff, which
    /// counts: «әкімдік қызметкерлері»).
    static let akimService = ["қызмет"]
    static let akimStaff = ["қызметкер"]
    static let bareAkimat = "әкімдік"
    /// Round 37: the units a Kazakh akim's title names before it («қала әкімі»); word beginnings.
    static let kazakhUnitNouns = ["облыс", "аудан", "қала", "ауыл", "округ", "кент"]
    static let exWord = "экс"
    /// Heads of a body whose title the former word qualifies: «бывший глава правительства».
    static let headWords = ["глав", "руководител", "председател", "басшы", "төраға"]
    /// The one-person titles «в» makes a post run for (в президенты, в акимы); word beginnings.
    /// Not a party (споры в партии патриотов) nor a body: «перешли в акиматы» is a move to them.
    static let intoPostTitles = ["президент", "аким", "әкім", "премьер", "министр", "председател", "лидер", "секретар", "глав"]
    static let bodyTitles = ["акимат", "әкімдік", "правительств", "үкімет", "кабмин", "кабинет"]
    /// Round 52: the election commission's Russian names' first words (a body, as `bodyTitles`).
    static let commissionWords: [[UInt16]] = ["центризбирком", "цик", "центральн"].map { Array($0.utf16) }
    /// Round 46: the akimat's words, which a site before them does not turn into an agency's name:
    /// «сообщает сайт ⟦акимата области⟧» is annotated throughout `documents/` (ru-bf10, ru-cc4,
    /// ru-dk32), unlike «на сайте правительства» (round 14); word beginnings.
    static let akimatTitles = ["акимат", "әкімдік", "облакимат", "горакимат", "райакимат"]
    /// Round 46: a region's or a city's adjective before the Russian «правительство»: a Russian
    /// region's cabinet («сообщает пресс-служба областного правительства», of Omsk, ru-ec16;
    /// «председателя областного правительства», ru-cj32, not counted), never Kazakhstan's, whose
    /// regions have akimats; word beginnings.
    static let regionalGovernmentAdjectives = ["областн", "краев", "региональн", "городск", "муниципальн"]
    /// Round 38: the new holder a vote or an appointment is still to bring is the post filled, a
    /// vacancy («предстоит выбрать нового главу региона», «назначались новые акимы», «голосовать за
    /// нового акима», «назначения нового премьер-министра»): «новый» in any form (whole words)
    /// right before a one-person title, after a word of electing or appointing that is not done
    /// (word beginnings: the nouns, the infinitives, the imperfective, the future), or after «за»
    /// after a word of voting. Not the perfective past: «назначены новые акимы», «избрали нового
    /// акима» name the appointees, who count as existing akims (SOURCES.md, "Akims appointed").
    static let newHolderAdjectives = ["новый", "нового", "новому", "новым", "новом", "новая", "новой", "новую",
                                      "новые", "новых", "новыми"]
    static let fillingWords = ["назначени", "избрани", "избрать", "выбрать", "назначить", "переизбрать",
                               "избира", "выбира", "назнача", "переизбира",
                               "изберут", "изберет", "изберёт", "выберут", "выберет", "назначат", "назначит",
                               // Round 43: a holder awaited or still to be presented, «в ожидании нового
                               // акима», «мы представим нового акима» (the future only: «представил нового
                               // акима» names the one appointed).
                               "ожидани", "представят", "представим",
                               // Round 45: «Для представления нового акима в Актобе прибывает
                               // премьер-министр», «Представлять нового главу региона будет …» (the noun
                               // and the infinitive: the holder still to come).
                               "представлени", "представлять"]
    /// Round 45: a future verb of filling after «новый» and a one-person title, the title's unit
    /// between: «Нового главу региона выберут на собрании депутатов» (the holder still to come);
    /// word beginnings, Russian. Not «представят» there: «нового главу города представят в
    /// понедельник» (ru-ae13) is the appointee, named elsewhere, presented.
    static let futureFillingVerbs = ["выберут", "выберет", "изберут", "изберет", "назначат", "назначит",
                                     // Round 47: new holders who will appear («новые акимы появятся
                                     // в 71 населенном пункте», ru-ea17: the posts filled).
                                     "появятся", "появится"]
    /// … nor the electoral adjective («избирательной»).
    static let notFillingWords = ["избирател"]
    static let voteWords = ["голосова", "проголосова", "переголосова"]
    static let forWord = "за"
    /// Round 27: a body's capitalised title that is also a common noun in lower case, a room
    /// («Кабинет»: the Cabinet of Ministers inside a sentence, an office or a classroom at its
    /// start, «Кабинетте отырып»); word beginnings. Counts only where its capital is the writer's.
    static let commonNounBodies = ["кабинет"]
    /// A party's common noun, ending a name after a dash: «Кеңес заманының мұрагері – коммунистік
    /// халықтық партия» names the party; a party is no post a predicate gives (round 10).
    static let partyNouns = ["парти"]
    /// An election word after a title that names no election (round 12): the voters («әкімі
    /// сайлаушылармен кездесті» is the akim meeting them), and suffrage, «сайлау» before «құқығы»
    /// («әкімдері сайлау құқығы бар азаматтардың тізімін» are the akims who submit the voters'
    /// lists); word beginnings.
    static let voterWords = ["сайлаушы"]
    static let suffrageWords = ["сайлау"]
    /// Round 32: «сайлауалды» (pre-election) after a title in the genitive is the holder's campaign
    /// («аудан әкімінің сайлауалды бағдарламасы»); word beginnings.
    static let campaignWords = ["сайлауалд"]
    /// Round 36: a particle or the manner of an election between a Kazakh title in the genitive
    /// and «сайлау-» («әкімдерінің де сайлауы», «әкімдерінің алғашқы тікелей сайлауы»); whole words.
    static let kazakhElectionBetween = ["де", "да", "те", "та", "алғашқы", "тікелей", "кезекті", "кезектен", "тыс", "жаңа"]
    static let rightWords = ["құқ"]
    /// Nouns a quoted name ends before when it names a project or a programme: «"Ашық әкімдік"
    /// жобасы» is a project, not the akimat (round 14); word beginnings.
    static let projectNouns = ["жоба", "жобас", "проект", "бағдарлама", "программ"]
    /// «День первого президента»: a holiday named after an office (round 14); whole words.
    /// A person's age after its number (round 25): «65-летний», «65 жастағы», «65 жасар».
    static let ageWords: [[UInt16]] = ["летн", "жастағ", "жасар"].map { Array($0.utf16) }
    static let dayWords = ["день", "дня", "дню", "днем", "дне"]
    /// «на сайте правительства»: a site named after a body (round 14); word beginnings.
    static let siteNouns = ["сайт", "портал"]
    /// «үкімет сайтына», «комиссиясы жанындағы кеңес»: after a body or an office in Kazakh, its
    /// site, what is attached to it and an aide («президент көмекшісі»: round 17); word beginnings.
    /// Round 41: enterprises' legal forms before a quoted name, in capitals (whole words, folded
    /// lower case): Russian РГП, РГКП, ГКП, ТОО, АО, ООО and Kazakh РМК, ЖШС. Not a state
    /// institution's ГУ / КГУ, whose name may hold the office («ГУ «Аппарат ⟦акима посёлка
    /// Кушмурун⟧»», ru-da14).
    static let enterpriseForms: Set<[UInt16]> = Set(["ргп", "ргкп", "гкп", "тоо", "ао", "ооо", "рмк", "жшс"]
        .map { Array($0.utf16) })
    /// Round 41: the Russian cases of «сайт», «портал» after a name (whole words).
    static let russianSiteCases: Set<[UInt16]> = Set(["сайту", "сайтом", "сайта", "сайте", "порталу", "порталом", "портала",
                                                      "портале"].map { Array($0.utf16) })
    static let kazakhAttachedWords = ["сайт", "портал", "жанындағы", "көмекші", "кеңесші",
        // … and the holder's relatives, bare (round 22: «Президент туыстары»), as his aide. Not
        // «отбасы»: «"Нұр Отан" отбасы» is the party's members.
        "туыс"]
    /// «еліміздің басынан … өткен жоқ», «елдің басына түсті»: a country's genitive before «басына /
    /// басынан» is the idiom of what befalls a country, not the title «ел басы» (round 22); whole words.
    static let befallHeadForms = ["басына", "басынан"]
    /// «еліміздің басым бөлігінде», «елдің басым көпшілігі»: «басым» is «most, predominant»
    /// («басым бөлігі», «басым түсті»), not «басы» with a possessive: as the second word of «ел
    /// басы» it is never the title (round 24; «Елбасым» in one word still is); whole word.
    static let predominantForms = ["басым"]
    /// Russian verbs of saying, before «в правительстве» (round 24: «сообщили в правительстве»);
    /// word beginnings, in Cyrillic only (Russian).
    static let reportingVerbs: [[UInt16]] = ["сообщ", "заяв", "рассказ", "отмет", "отмеч", "поясн", "уточн", "подчеркн",
                                             "ответ", "добав", "заверил", "заверя", "напомн", "сказал", "сказали", "говор",
                                             "информир", "проинформир", "признал", "признаю", "считают", "полагают"].map { Array($0.utf16) }
    /// Words before a title that the codebook's exclusions read as the post, not a country
    /// («нового премьера», «кандидатура», «назначен», «исполняющим обязанности»): such an
    /// exclusion bars no later title (round 24); word beginnings, Russian.
    /// Round 25: «будущ / следующ» (a holder to come) too.
    static let postWordsBefore: [[UInt16]] = ["нов", "назначен", "кандидатур", "должност", "обязанност", "утвержд", "качестве",
                                              "будущ", "следующ"].map { Array($0.utf16) }
    /// Round 32: an agency or object named after a one-person office, the word right before its
    /// title («пресс-служба президента», «администрации Главы государства», «сайт президента»):
    /// excluded, but no bar to the text's later bare titles. Word beginnings, Russian.
    static let agencyWordsBefore: [[UInt16]] = ["служб", "администрац", "аппарат", "сайт", "резиденц", "управдел",
                                                "канцеляри", "штандарт", "удостоверен"].map { Array($0.utf16) }
    /// Round 28: the post to be filled — an appointment, election or candidacy word, then «нового /
    /// новых», then a one-person title: «процедура назначения нового акима», «назначить нового
    /// градоначальника», «кандидатуры новых акимов районов» (the lead's ruling after round 25; «⟦Назначены
    /// новые акимы⟧», the holders as the subject, and «⟦назначении нового правительства⟧», a body,
    /// still count). Word beginnings, Russian.
    static let fillingWordsBefore: [[UInt16]] = ["назначени", "назначить", "назначат", "назначит", "кандидатур", "избрани",
                                                 "избрать", "утверждени"].map { Array($0.utf16) }
    static let newForms: Set<[UInt16]> = Set(["нового", "новых", "новую"].map { Array($0.utf16) })
    static let filledPostTitles: [[UInt16]] = ["аким", "градоначальник", "глав", "руководител", "премьер", "президент",
                                               "мэр"].map { Array($0.utf16) }
    /// Round 28: the first President's epithets for apposition chains (``MentionMatcher/epithetEnds``):
    /// one word, and pairs of word beginnings; Cyrillic (the folded form of look-alikes too).
    /// Round 30: stored and folded like the other lists (``epithetWordList`` …), so they read the
    /// Kazakh Latin alphabets too. (Round 28 had made them static, Cyrillic only, after a demo crash
    /// it blamed on stored lists; it was a stale incremental build — MediaSamples compiled against
    /// an older size of the grammar — and `MentionFinder` now boxes its matcher.)
    static let epithetWords = ["елбас"]
    static let epithetPairs = [("тұңғыш", "президент"), ("перв", "президент"), ("ұлт", "көшбасшы"),
                               ("лидер", "нации"), ("национальн", "лидер"), ("ұлт", "лидер")]
    static let epithetFirstWords = ["тұңғыш", "ұлт", "елбас"]
    /// Round 30: verbs of becoming, remaining and being whose instrumental is always what someone
    /// is, never an agent: right before a capitalised title they make it a predicate as before a
    /// lower-case one («желающих стать Президентом РК», «станет Премьер-министром РК»), where
    /// «назначен Президентом» may be the agent. Whole words, Russian.
    static let becomingVerbs: Set<[UInt16]> = Set(["стал", "стала", "стали", "стать", "станет", "станут", "стану", "станешь",
                                                   "становится", "становятся", "становился", "становилась", "остается",
                                                   "остаётся", "остался", "осталась", "останется", "оставаться", "является",
                                                   "являлся", "являлась", "являются"].map { Array($0.utf16) })
    static let inWords: Set<[UInt16]> = Set(["в", "b"].map { Array($0.utf16) })
    static let governmentStems: [[UInt16]] = ["правительств"].map { Array($0.utf16) }
    /// Round 55: the Government's session, «на заседании правительства», «үкімет отырысында»: the
    /// body's own meeting, a Kazakhstan news item's Government with no mention before (ru-et12).
    /// Round 56: its decree, «проект постановления правительства» (ru-ey5).
    static let russianSessionWords: [[UInt16]] = ["заседани", "постановлени"].map { Array($0.utf16) }
    /// Round 56: its press service speaking for it, «со ссылкой на пресс-службу правительства» (ru-ev6).
    static let pressWord = Array("пресс".utf16)
    static let serviceWords: [[UInt16]] = ["служб"].map { Array($0.utf16) }
    static let kazakhGovernment = Array("үкімет".utf16)
    static let kazakhSessionWords: [[UInt16]] = ["отырыс"].map { Array($0.utf16) }
    /// «Тұңғыш Президентіміз сайланған күн»: the day, year or time a title was elected is an
    /// election's date (round 22); the participle a whole word, the time nouns word beginnings.
    static let electedParticiple = "сайланған"
    /// Round 33: the holder-elect being registered, an election's outcome before the post is taken
    /// up («сайланған әкімді тіркеу жүзеге асырылады», «регистрация избранного акима»): the
    /// registration's words (word beginnings) and the Russian participle (word beginnings; the
    /// Kazakh one is ``electedParticiple``).
    static let registrationWords = ["тірке", "регистрир", "зарегистрир", "регистрац"]
    static let russianElectedParticiples = ["избранн", "новоизбранн"]
    /// Round 45: the elected counted or described, «Из 151 избранного акима», «средний возраст
    /// избранных акимов», «Треть избранных акимов»: «из» (whole) and nouns of number or age right
    /// before the participle (word beginnings).
    /// Round 48: «среди» (among) too: «Среди новоизбранных акимов 103 ранее занимали должности
    /// акима» (ru-eg3), a part of the elected.
    static let outOfWords: Set<[UInt16]> = Set(["из", "среди"].map { Array($0.utf16) })
    /// Round 48: the short passive of electing, right before a lower-case title that no person's
    /// name follows: the post the vote filled, an election's outcome («прямым голосованием были
    /// избраны аким города Курчатова и аким Абайского района», «был избран аким района Жанасемей»,
    /// ru-eg15). Whole words.
    /// Round 48: Russian prepositions that, right after a spaced dash, open no nominal predicate
    /// («— к главе области»: the addressee). Whole words.
    static let afterDashPrepositions: Set<[UInt16]> = Set(["к", "ко", "у", "от", "для", "при", "о", "об", "обо", "по",
                                                            "с", "со"].map { Array($0.utf16) })
    /// Round 48: «нов-» (new), a holder still to come after such a preposition; word beginnings.
    static let newWords: [[UInt16]] = [Array("нов".utf16)]
    static let russianElectedPassives: Set<[UInt16]> = Set(["избран", "избрана", "избраны", "избрано", "переизбран",
                                                             "переизбрана", "переизбраны"].map { Array($0.utf16) })
    /// Round 48: the words that name what a quoted name is given to, right before its opening
    /// quote in Russian («в номинации "Лучший аким в социальных сетях 2019"», ru-ed2; «в рамках
    /// проекта «Рейтинг акимов»», ru-ed22; «ведущий программы «Акимы»», ru-bm10). Word beginnings.
    static let namedThingsBefore: [[UInt16]] = ["номинаци", "проект", "рейтинг", "конкурс", "программ", "преми"]
        .map { Array($0.utf16) }
    static let figureNouns = ["возраст", "треть", "трети", "половин", "четверт", "большинств", "числ", "количеств",
                              "процент", "доля", "доли", "долю"]
    /// Round 45: the passive of electing before a count of holders, «были избраны 52 акимов»,
    /// «было избрано 2334 акима»; whole words.
    static let electedCounted = ["избраны", "избрано", "выбраны", "выбрано", "переизбраны"]
    /// Round 47: the active past before a count, «жители выбрали по одному акиму сельского
    /// округа», and the distributive «по» between; whole words.
    static let electedCountedActive = ["выбрали", "избрали", "переизбрали"]
    static let distributiveWord = "по"
    /// Round 47: Russian numerals in words, the counts of posts or holders («выборы пяти акимов»,
    /// «по одному акиму»); whole words.
    static let russianNumerals = ["один", "одного", "одному", "одним", "одном", "два", "две", "двух", "двум", "двумя",
                                  "три", "трех", "трем", "тремя", "четыре", "четырех", "четырем",
                                  "пять", "пяти", "шесть", "шести", "семь", "семи", "восемь", "восьми", "девять",
                                  "девяти", "десять", "десяти", "двадцати", "тридцати", "сорока", "ста"]
    /// Round 47: several posts served, «… әкімі, … орынбасары қызметтерін атқарды» (a career's
    /// list closed by the plural «қызметтер-» and «атқар-»); word beginnings.
    static let kazakhPostsServed = ["қызметтер"]
    /// Round 47: «қатарында» (among) after a plural title in the genitive, closing its sentence or
    /// clause: a class someone is among, a nominal predicate; whole word.
    static let kazakhAmongWords = ["қатарында"]
    /// Round 45: a part or a figure of the elected after «сайланған … әкімдердің»: numerals and
    /// their collectives, «орташа» (average), «көпшілігі», «жартысы» (word beginnings); «басым»
    /// (бөлігі) and «ішінде» (among) whole.
    static let kazakhPartWords = ["бір", "екі", "екеу", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз",
                                  "жиырма", "отыз", "қырық", "елу", "жүз", "орташа", "көпшілі", "жарты"]
    static let kazakhPartWholeWords = ["басым", "ішінде"]
    /// Round 33: a post's duties before its title, «исполнять обязанности акима / акимов»,
    /// «освобождён от исполнения обязанностей акима»: the post an acting holder fills, as the
    /// Kazakh «міндетін атқару»; word beginnings.
    static let russianDutyWords = ["обязанност"]
    /// Round 33: «таңда-» (choose) as an election's verb for holders in general (round 31's rule):
    /// «халық 775 әкімді таңдауы тиіс», «ауыл әкімдерін тұрғындар таңдайды»; word beginnings.
    /// Not «қазіргі таңда» (at present), whose «таңда» is the locative of «таң».
    static let kazakhChooseVerbs = ["таңдау", "таңдай", "таңдап", "таңдад", "таңдаған", "таңдал"]
    static let electionTimeNouns = ["күн", "жыл", "кез", "сәт", "уақыт", "мерзім"]
    /// «Аким / Әкім» as a given name: the Russian name's cases and the bare Kazakh form (round 22);
    /// whole words.
    /// «халықтың таңдауымен сайланатын Президент»: the future participle right before a title is
    /// the holder to be elected, the office (round 22); whole words. Not «сайланған Президент»,
    /// the President elected, a person.
    static let toBeElected = ["сайланатын", "тағайындалатын"]
    /// Round 45: «орны / орыны бос-» after a title in the genitive, the seat falling vacant; and
    /// «дауыс бер-» after a lower-case title in the dative, a vote for the post. Whole words, then
    /// word beginnings.
    static let kazakhSeatWords = ["орны", "орыны"]
    static let kazakhVacantWords = ["бос"]
    static let kazakhVoteWords = ["дауыс"]
    static let kazakhGiveWords = ["бер"]
    /// «ауылдық округтердің әкімі бола алады»: who can become the holder, a predicate (round 22);
    /// «бола» a whole word, then a form of «ал-».
    static let canBecome = "бола"
    static let canBecomeAuxiliary = ["ал"]
    /// Kazakh ordinals («бірінші», «екінші», «1-інші», «2-ші»), on the folded word: one between a
    /// title and a word it is not followed by («Премьер-министрдің бірінші орынбасары») is read
    /// past (round 22).
    static let kazakhOrdinalEndings = ["інші", "ыншы", "нші", "ншы"]
    /// … and the suffix alone, joined to digits; whole words.
    static let kazakhOrdinalSuffixes = ["інші", "ыншы", "нші", "ншы", "ші", "шы"]
    /// Capitalised one-holder titles that read as his name rather than the office before «сайла-»
    /// («Елбасын сайлаған»: those who elected Nazarbayev).
    static let nameLikeTitles = ["елбас"]
    /// Accusative endings a possessive cannot end in (Президентін, Президентті, Министрді; not
    /// Президенті): a capitalised title before «сайла-» must have one (round 22).
    static let kazakhPlainAccusativeEndings = ["ін", "ын", "тті", "ді", "ды", "ні", "ны"]
    static let akimGivenNameForms = ["аким", "акима", "акиму", "акимом", "акиме", kazakhAkimWord]
    /// The Kazakh «Әкім» of ``akimGivenNameForms``, which round 34 reads alone (``kazakhAkimGivenName``).
    static let kazakhAkimWord = "әкім"
    /// Kazakh genitive endings: «президенттің көмекшісі», «комиссиясының сайтындағы» are the
    /// holder's aide and the body's site, the subject named (as annotated in kk-08, kk-m3).
    static let kazakhGenitiveEndings = ["ның", "нің", "дың", "дің", "тың", "тің"]
    /// «я, как Президент», «мной как главой государства»: a title after «как» says in which
    /// capacity someone acts, as «в качестве» (round 15). Only after a personal pronoun, in the
    /// nominative or the instrumental: «Как Президент отметил» is the President, and «поддержан как
    /// Президентом, так и Правительством» (both … and) names both. Whole words.
    static let capacityWord = "как"
    /// Round 37: «в качестве», the capacity the codebook's exclusions name (round 25), read past
    /// an adjective.
    static let capacityNoun = "качестве"
    static let capacityPronouns = ["я", "мы", "он", "она", "вы", "ты",
                                   "мной", "мною", "нами", "им", "ею", "ей", "ими", "вами", "тобой", "тобою"]
    /// «Президент ретінде», «Қазақстан президенті ретіндегі шешім»: the Kazakh capacity, a title
    /// in any case before it (round 15; the codebook's «ретінде» exclusions came first); word
    /// beginnings.
    static let kazakhCapacityWords = ["ретінде"]
    /// «сайланады», «сайланбайды» (is, is not elected) after a one-person title in its clause: the
    /// rule that fills the post, not its holder acting (round 16); word beginnings.
    static let kazakhElectedVerbs = ["сайланады", "сайланбайды",
        // … and the conditional (round 22: «Президент сайланбаса, екінші тур өтеді»).
        "сайланбаса", "сайланса"]
    /// … and, after a plural title (holders in general), the past: «әкімдері … сайланды»,
    /// «сайланып» (round 17); word beginnings. Not «сайланған», which may qualify the next noun.
    static let kazakhElectedPastVerbs = ["сайланд", "сайланып"]
    /// «премьером будет Масимов»: the future copula between an instrumental title and a name says
    /// who will hold the post (round 15); whole words.
    static let russianFutureCopulas = ["будет", "будут"]
    /// Round 43: appointed or elected, after «будет / будут» before a title in the nominative («когда
    /// в городе будет назначен аким») or after «не (был)» following it («глава города еще не был
    /// назначен»): a holder still to come, the post; word beginnings.
    static let filledVerbs: [[UInt16]] = ["назначен", "избран"].map { Array($0.utf16) }
    static let notYet: [[UInt16]] = ["еще", "пока"].map { Array($0.utf16) }
    static let negationWord: [UInt16] = Array("не".utf16)
    static let wasWords: [[UInt16]] = ["был", "была", "были"].map { Array($0.utf16) }

    /// Round 39: the infinitive copulas after an instrumental title («главой области Шукееву не
    /// бывать», «президентом ему не стать»); whole words.
    static let infinitiveCopulas = ["быть", "бывать", "стать", "становиться"]
    /// … not after a preposition taking the instrumental («встреча с акимом может быть
    /// перенесена»: the meeting may be); whole words.
    static let instrumentalPrepositions = ["с", "со", "c", "за", "под", "над", "перед", "пред", "между"]
    /// Round 39: Russian verbs' endings, the past tense's, the reflexive's and the present's third
    /// person: a verb after a dash goes on with the sentence («требование протестующих — отправил в
    /// отставку правительство», «из них 15 — назначаются главой государства»), no nominal
    /// predicate follows; on words of six letters or more.
    static let russianVerbEndings = ["ил", "ила", "или", "ило", "ал", "ала", "али", "ало", "ел", "ела", "ели", "ело",
                                     "ял", "яла", "яли", "ыл", "ыла", "ыли",
                                     "ся", "сь", "ает", "яет", "ует", "ают", "яют", "уют"]
    /// Round 39: a need before a title in the nominative («нужен будет более активный аким»);
    /// whole words.
    static let needWords = ["нужен", "нужна", "нужны", "требуется", "требуются"]
    /// Round 39: the personal pronouns a spaced dash makes the subject of a nominal predicate
    /// («он — Елбасы, «Лидер нации», пожизненно первый президент»); whole words.
    static let dashPronouns = ["он", "она"]
    /// Round 44: «далее», «бұдан әрі» (henceforth) opening a bracket before a text's short form,
    /// «Центральной избирательной комиссии (далее – ЦИК)»; whole words, as written.
    static let henceforthWords = ["далее", "бұдан"]
    static let henceforthSecondWords = ["әрі"]
    /// Round 39: «атындағы» (named after) after a holder's name: a school or a place named after
    /// him or a namesake («№40 N.Ábdirov atyndaǵy mektep»); word beginnings, folded.
    static let namedAfterWords = ["атындағы"]
    /// Round 49: «имени» (named after) and what is named so: parks, streets, schools, funds, prizes;
    /// word beginnings, folded. Not the lyceum: «в лице президента» (in the person of) would be read
    /// as one.
    static let namedAfterRussian = ["имени"]
    static let namedPlaceNouns = ["парк", "сквер", "улиц", "проспект", "бульвар", "площад", "библиотек", "музе",
                                  "школ", "гимнази", "университет", "академи", "институт", "фонд", "центр",
                                  "стадион", "аэропорт", "мечет", "преми", "стипенди", "орден", "медал"]
    /// Round 49: a woman's surname in the oblique cases, «Назарбаевой»; whole endings.
    static let feminineSurnameEndings = ["ой", "ою"]
    /// Round 50: a Russian title's dative endings, «президенту», «премьеру», «главе»; whole endings.
    static let russianDativeEndings = ["у", "ю", "е"]
    /// Round 50: the feminine past of a Russian verb, «решила», «заявила», «оказалась»; whole endings.
    static let feminineVerbEndings = ["ла", "лась"]
    /// Round 49: what a patronymic holds and a surname does not: «Абишевича», «Кемелевичу», «Әбішұлы».
    static let patronymicParts = ["евич", "ович", "евн", "овн", "ұлы", "улы", "қызы", "кызы"]
    /// Round 39: the Soviet state before a body's title, «Кеңес үкіметі орнасымен», «советского
    /// правительства», as round 37's «ЦИК СССР»: the noun «кеңес» whole (not «кеңесі», a council),
    /// the adjectives as word beginnings. Round 46: Alash Orda's government, «Алашорда үкіметінің
    /// төрағасы Әлихан Бөкейхан» (1917–1920), is no more Kazakhstan's.
    static let sovietNoun = ["кеңес", "алашорда"]
    /// Round 39: the Kazakh abstract nouns of leading, «төрағалығымен» (under the chairmanship of),
    /// «басшылығымен», «жетекшілігімен»: after a holder's name they open the next phrase; word
    /// beginnings, folded.
    static let chairmanshipWords = ["төрағалығ", "басшылығ", "жетекшілі"]
    static let sovietAdjectives = ["кеңестік", "советск"]
    /// «122 акима были избраны», «акимы города … были избраны путем прямого голосования»: a
    /// lower-case title with these two words after it in its clause (at most six words on) is an
    /// election's outcome, not the holders acting (round 15, as ru-p19 settled). Whole words,
    /// plural only: «аким был избран депутатом» may be the person elected to something else.
    static let pluralElected: [[UInt16]] = [Array("были".utf16), Array("избраны".utf16)]
    /// Round 40: the passive present right after a title, «Президент Казахстана выбирается на срок —
    /// 7 лет», «Президент страны избирается сроком на 5 лет»: the office an election fills, stated
    /// as a rule, not a holder. Whole words, right after the title only («Президент выбирает» acts).
    /// Round 41: the powers («полномочия») a word of extending («продлить», «продление») governs
    /// are the sitting holder's own term (ru-v2): word beginnings, Russian.
    static let powersWords = ["полномоч"]
    static let extendWords = ["продл"]
    /// Round 41: the impersonal present with the title in the accusative («Президента избирают на
    /// пять лет»), the title's accusative (genitive) endings «а», «я», «у», «ю»; and the future
    /// passive after «будет / будут» («аким будет избираться»). Whole words.
    static let electedImpersonal: Set<[UInt16]> = Set(["избирают", "выбирают"].map { Array($0.utf16) })
    static let accusativeTitleEnds: Set<UInt16> = [0x430, 0x44F, 0x443, 0x44E]
    static let electedFuture: Set<[UInt16]> = Set(["избираться", "выбираться"].map { Array($0.utf16) })
    /// Round 41: and the imperfective past and the plural of appointing, a manner of filling the
    /// post over time («Если раньше акимы назначались», «акимы назначаются»).
    static let electedInGeneral: Set<[UInt16]> = Set(["избирается", "выбирается", "избираются", "выбираются",
                                                       "избирались", "выбирались", "назначались", "назначаются"].map { Array($0.utf16) })
    /// Round 41: a deputy's title before the head of a body, «первый заместитель главы кабмина»:
    /// the deputy Prime Minister, not the Government (the lead's ruling before the fifty-first
    /// set). Word beginnings.
    static let deputyWords = ["заместител", "орынбасар"]
    /// «қазіргі», «нынешний» (present), in Cyrillic and Latin: between two names of one subject
    /// they join only with a title after them (round 16).
    static let presentWords: [[UInt16]] = ["қазіргі", "нынешн", "qazirgi", "qazırgı", "qazİrgİ"].map { Array($0.utf16) }
    /// Endings of a surname in the nominative, in Cyrillic and Latin: a capitalised one right after
    /// a one-word name makes that name a given name («Акжол Меирбеков»: round 16).
    static let surnameEndings: [[UInt16]] = ["ов", "ев", "ова", "ева", "ин", "ина", "ov", "ev", "ova", "eva", "in", "ina"].map { Array($0.utf16) }
    /// Russian genitive plural endings: a title in it is no nominal predicate after a dash
    /// («… - повлекла за собой отставку всего кабинета министров»: round 12); on the folded word.
    static let russianGenitivePluralEndings = ["ов", "ев", "ей"]
    /// Round 28: … nor one in the plural dative, instrumental or prepositional («Токаев - акимам», a
    /// headline's addressee): a predicate after a dash is in the nominative. Cyrillic only (Russian).
    static let russianObliquePluralEndings: [[UInt16]] = ["ам", "ям", "ами", "ями", "ах", "ях"].map { Array($0.utf16) }
    /// An agency before a body's head in the genitive names the head's office, not the body
    /// (round 19: «пресс-служба главы правительства»; «пресс-служба правительства» is the body).
    static let headAgencyNouns: [[UInt16]] = ["служб", "сайт", "портал"].map { Array($0.utf16) }
    /// Round 61: a Kazakh body's head («үкімет басшысының») and «ресми» (official) before its site
    /// (``siteNouns``); word beginnings, folded into every alphabet.
    static let kazakhHeadWords = ["басшы"]
    static let officialWords = ["ресми"]
    /// «при» before a one-person title: a body attached to the office (round 19: «институт при
    /// президенте РК», as «жанындағы»).
    static let attachedTo: [UInt16] = Array("при".utf16)
    /// Round 26: a social network's account before a one-person title in the genitive is an
    /// agency named after the office, as «сайт Главы государства» («со ссылкой на Twitter Главы
    /// государства», «в Telegram-канале президента»); a title in the nominative after it is the
    /// holder writing there («написал в Twitter Президент»). Word beginnings.
    static let accountWords = ["twitter", "твиттер", "telegram", "телеграм", "instagram", "инстаграм", "facebook", "фейсбук",
                               "аккаунт"]
    /// Round 26: a Kazakh title before «қызметінен» (from the post), with no person named before it
    /// in its clause, is the holder leaving it: «Атырау қаласының әкімі қызметінен босатылды» (the
    /// akim was dismissed), «118 ауылдық округ әкімі қызметінен босаған»; with a name or a pronoun
    /// before it, the post the person leaves («Оразбаев Атырау қаласының әкімі қызметінен
    /// босатылды»). Word beginnings.
    static let leftPostWords = ["қызметінен"]
    /// Endings of a personal name (a surname or a patronymic) in any case, in Cyrillic: such a word
    /// before a title in its clause is the person the clause is about. Word beginnings are read
    /// off the end: «Сапарбаев», «Сапарбаевты», «Серікұлы».
    static let personalNameStems = ["ов", "ев", "ин", "ова", "ева", "ина", "ұлы", "қызы", "улы", "кызы"]
    /// Round 26: a region's adjective read past inside a Russian title (``MentionMatcher/placeAdjective``),
    /// before the unit's noun; in Cyrillic only (Russian).
    static let placeAdjectiveEndings: [[UInt16]] = ["ской", "ского", "скому", "ским", "ском", "ская", "ский", "скую", "ских",
                                                    "цкой", "цкого", "цкому", "цким", "цком", "цкая", "цкий", "цкую", "цких"]
        .map { Array($0.utf16) }
    static let placeNouns: [[UInt16]] = ["област", "район", "город", "регион"].map { Array($0.utf16) }
    /// Round 57: a site named after a bare akimat, no place with it (``MentionMatcher/verdict``): «на сайте
    /// акимата»; with its place it names the akimat («сайте акимата столицы»).
    static let siteWords: [[UInt16]] = ["сайт"].map { Array($0.utf16) }
    static let akimatStems: [[UInt16]] = ["акимат"].map { Array($0.utf16) }
    static let sitePlaceNouns: [[UInt16]] = placeNouns + ["столиц", "сельск", "округ"].map { Array($0.utf16) }
    static let andWords: Set<[UInt16]> = [Array("и".utf16)]
    /// «оны» (him) and «оның» (his), besides ``kazakhPronouns``; whole words.
    static let kazakhObjectPronouns = ["оны", "оның"]

    let russianPredicateVerbs: WordList
    let notRussianPredicateVerbs: WordList
    let kazakhCopulas: WordList
    let kazakhImperativeCopulas: Set<[UInt16]>
    let kazakhNegativeCopulas: Set<[UInt16]>
    let bareAdjectiveTitles: Set<[UInt16]>
    let unitAdjectives: Set<[UInt16]>
    let uptoWords: Set<[UInt16]>
    let kazakhCopulasAfterOfficer: WordList
    let kazakhCareerCopulas: WordList
    let kazakhPostNouns: WordList
    let kazakhFirstWords: WordList
    let kazakhServiceWords: WordList
    let kazakhServedWords: WordList
    let kazakhPastCopula: Set<[UInt16]>
    let russianPrepositions: Set<[UInt16]>
    let instrumentalEndings: WordList
    let instrumentalAdjectiveEndings: WordList
    let kazakhPronouns: Set<[UInt16]>
    let candidacyWords: WordList
    let notCandidacyWords: WordList
    let kazakhDatives: WordList
    let russianElectionWords: WordList
    let russianGenitiveEndings: WordList
    let russianGenitiveAdjectiveEndings: WordList
    let postPrepositions: Set<[UInt16]>
    let postNouns: Set<[UInt16]>
    let seatNouns: Set<[UInt16]>
    let negation: Set<[UInt16]>
    let negatedPredicateBetween: Set<[UInt16]>
    let negatedPredicateTitles: Set<[UInt16]>
    let contrastWords: Set<[UInt16]>
    let russianElectVerbsAfter: Set<[UInt16]>
    let russianPluralGenitiveEndings: WordList
    let intoPostAdjectiveEndings: WordList
    let kazakhElectVerbs: WordList
    let kazakhElectionManner: Set<[UInt16]>
    let kazakhAccusativeEndings: WordList
    let kazakhPostWords: WordList
    let kazakhAppointedVerbs: WordList
    let kazakhAppointingNouns: WordList
    let appointeeSearchStops: WordList
    let kazakhObliqueEndings: WordList
    let officerWords: WordList
    let memberWords: WordList
    let intoPost: [UInt16]
    let intoPostLookAlike: [UInt16]
    let siteEndings: Set<[UInt16]>
    let untilWord: [UInt16]
    let appointmentNouns: WordList
    let aboutWord: Set<[UInt16]>
    let legalActWords: [[UInt16]]
    let russianLegalActWords: WordList
    let russianAboutWords: Set<[UInt16]>
    let russianFirstWords: WordList
    let russianStatusWords: WordList
    let organisationNouns: WordList
    let kazakhStatusWords: WordList
    let postAfterWords: WordList
    let dutyWords: WordList
    let actingWords: WordList
    let oneHolderTitles: WordList
    let notOneHolderTitles: WordList
    let kazakhPlurals: [[UInt16]]
    let elWords: [[UInt16]]
    let basWords: [[UInt16]]
    let representedBy: [[UInt16]]
    let conjunctions: Set<[UInt16]>
    let kazakhAnd: Set<[UInt16]>
    let formerWords: WordList
    let exWord: Set<[UInt16]>
    let headWords: WordList
    let intoPostTitles: WordList
    let bodyTitles: WordList
    let akimatTitles: WordList
    let regionalGovernmentAdjectives: WordList
    let newHolderAdjectives: Set<[UInt16]>
    let fillingWords: WordList
    let figureNouns: WordList
    let kazakhPartWords: WordList
    let kazakhPartWholeWords: Set<[UInt16]>
    let electedCounted: Set<[UInt16]>
    let electedCountedActive: Set<[UInt16]>
    let distributiveWord: [UInt16]
    let russianNumerals: Set<[UInt16]>
    let kazakhPostsServed: WordList
    let kazakhAmongWords: Set<[UInt16]>
    let futureFillingVerbs: WordList
    let notFillingWords: WordList
    let voteWords: WordList
    let forWord: [UInt16]
    let commonNounBodies: WordList
    let partyNouns: WordList
    let voterWords: WordList
    let campaignWords: WordList
    let kazakhElectionBetween: Set<[UInt16]>
    let suffrageWords: WordList
    let rightWords: WordList
    let russianGenitivePluralEndings: WordList
    let capacityWord: [UInt16]
    let kazakhThenWords: Set<[UInt16]>
    let kazakhNew: Set<[UInt16]>
    let kazakhCandidacy: WordList
    let akimService: WordList
    let akimStaff: WordList
    let bareAkimat: Set<[UInt16]>
    let infinitiveCopulas: Set<[UInt16]>
    let instrumentalPrepositions: Set<[UInt16]>
    let russianVerbEndings: WordList
    let needWords: Set<[UInt16]>
    let dashPronouns: Set<[UInt16]>
    let henceforthWords: Set<[UInt16]>
    let henceforthSecondWords: Set<[UInt16]>
    let namedAfterWords: WordList
    let namedAfterRussian: Set<[UInt16]>
    let namedPlaceNouns: WordList
    let feminineSurnameEndings: WordList
    let feminineVerbEndings: WordList
    let russianDativeEndings: WordList
    let patronymicParts: [[UInt16]]
    let sovietNoun: Set<[UInt16]>
    let chairmanshipWords: WordList
    let sovietAdjectives: WordList
    let kazakhUnitNouns: WordList
    /// «сол»'s spellings, Cyrillic and romanized («sol»), as ``kazakhThenWords``: one word, several forms.
    let kazakhThatWord: Set<[UInt16]>
    let capacityPronouns: Set<[UInt16]>
    let kazakhCapacityWords: WordList
    let kazakhElectedVerbs: WordList
    let kazakhElectedPastVerbs: WordList
    let russianFutureCopulas: Set<[UInt16]>
    let projectNouns: WordList
    let dayWords: Set<[UInt16]>
    let siteNouns: WordList
    let kazakhAttachedWords: WordList
    let kazakhHeadWords: WordList
    let officialWords: WordList
    let kazakhSiteWords: WordList
    let kazakhGenitiveEndings: WordList
    let befallHeadForms: Set<[UInt16]>
    let predominantForms: Set<[UInt16]>
    let electedParticiple: Set<[UInt16]>
    let registrationWords: WordList
    let pluralPostNouns: Set<[UInt16]>
    let russianElectedParticiples: WordList
    let russianDutyWords: WordList
    let kazakhChooseVerbs: WordList
    let electionTimeNouns: WordList
    let akimGivenNameForms: Set<[UInt16]>
    let kazakhAkimGivenName: Set<[UInt16]>
    let toBeElected: Set<[UInt16]>
    let kazakhSeatWords: Set<[UInt16]>
    let kazakhVacantWords: WordList
    let kazakhVoteWords: Set<[UInt16]>
    let kazakhGiveWords: WordList
    let canBecome: Set<[UInt16]>
    let canBecomeAuxiliary: WordList
    let kazakhOrdinalEndings: WordList
    let kazakhOrdinalSuffixes: Set<[UInt16]>
    let nameLikeTitles: WordList
    let kazakhPlainAccusativeEndings: WordList
    /// ``MentionMatcher/memberTitles`` and the words of its lists, folded in every script.
    let memberTitles: [[UInt16]]
    let pluralMemberTitles: [[UInt16]]
    let listConjunctions: Set<[UInt16]>
    let residenceWords: WordList
    let statusWordsBefore: WordList
    let statusWordsAfter: WordList
    let kazakhLocativeAdjectiveEndings: WordList
    let accountWords: WordList
    let powersWords: WordList
    let deputyWords: WordList
    let russianRankWords: WordList
    let extendWords: WordList
    let leftPostWords: WordList
    let personalNameStems: WordList
    let kazakhObjectPronouns: Set<[UInt16]>
    /// Round 30: ``epithetWords``, ``epithetPairs`` (each half folded on its own, so a pair is
    /// checked without building a list), ``epithetFirstWords`` and ``actingHolderWords``, folded.
    let epithetWordList: WordList
    let epithetPairLists: [(WordList, WordList)]
    let epithetFirstWordList: WordList
    let actingHolderWordList: WordList

    /// `fold` gives the folded forms of a word in Cyrillic and every romanization.
    init(fold: ([String]) throws(TextProcessingError) -> [[UInt16]]) throws(TextProcessingError) {
        func plain(_ words: [String]) -> [[UInt16]] { words.map { Array($0.utf16) } }
        russianPredicateVerbs = WordList(try fold(Self.russianPredicateVerbs))
        notRussianPredicateVerbs = WordList(try fold(Self.notRussianPredicateVerbs))
        kazakhCopulas = WordList(try fold(Self.kazakhCopulas))
        kazakhImperativeCopulas = Set(try fold(Self.kazakhImperativeCopulas))
        kazakhNegativeCopulas = Set(try fold(Self.kazakhNegativeCopulas))
        bareAdjectiveTitles = Set(try fold(Self.bareAdjectiveTitles))
        unitAdjectives = Set(try fold(Self.unitAdjectives))
        uptoWords = Set(try fold([Self.uptoWord]))
        kazakhCopulasAfterOfficer = WordList(try fold(Self.kazakhCopulas + Self.kazakhCopulasAfterOfficer))
        kazakhCareerCopulas = WordList(try fold(Self.kazakhCareerCopulas))
        kazakhPostNouns = WordList(try fold(Self.kazakhPostNouns))
        kazakhFirstWords = WordList(try fold(Self.kazakhFirstWords))
        kazakhServiceWords = WordList(try fold(Self.kazakhServiceWords))
        kazakhServedWords = WordList(try fold(Self.kazakhServedWords))
        kazakhPastCopula = Set(try fold([Self.kazakhPastCopula]))
        russianPrepositions = Set(plain(Self.russianPrepositions))
        instrumentalEndings = WordList(plain(Self.instrumentalEndings))
        instrumentalAdjectiveEndings = WordList(plain(Self.instrumentalAdjectiveEndings))
        kazakhPronouns = Set(try fold(Self.kazakhPronouns))
        candidacyWords = WordList(try fold(Self.candidacyWords))
        notCandidacyWords = WordList(try fold(Self.notCandidacyWords))
        kazakhDatives = WordList(try fold(Self.kazakhDatives))
        russianElectionWords = WordList(plain(Self.russianElectionWords))
        russianGenitiveEndings = WordList(plain(Self.russianGenitiveEndings))
        russianGenitiveAdjectiveEndings = WordList(plain(Self.russianGenitiveAdjectiveEndings))
        postPrepositions = Set(plain(Self.postPrepositions))
        postNouns = Set(plain(Self.postNouns))
        seatNouns = Set(plain(Self.seatNouns))
        negation = Set(plain(Self.negation))
        negatedPredicateBetween = Set(plain(Self.negatedPredicateBetween))
        negatedPredicateTitles = Set(plain(Self.negatedPredicateTitles))
        contrastWords = Set(plain(Self.contrastWords))
        russianElectVerbsAfter = Set(plain(Self.russianElectVerbsAfter))
        russianPluralGenitiveEndings = WordList(try fold(Self.russianPluralGenitiveEndings))
        intoPostAdjectiveEndings = WordList(try fold(Self.intoPostAdjectiveEndings))
        kazakhElectVerbs = WordList(try fold(Self.kazakhElectVerbs))
        kazakhElectionManner = Set(try fold(Self.kazakhElectionManner))
        kazakhAccusativeEndings = WordList(try fold(Self.kazakhAccusativeEndings))
        kazakhPostWords = WordList(try fold(Self.kazakhPostWords))
        kazakhAppointedVerbs = WordList(try fold(Self.kazakhAppointedVerbs))
        kazakhAppointingNouns = WordList(try fold(Self.kazakhAppointingNouns))
        appointeeSearchStops = WordList(try fold(Self.appointeeSearchStops))
        kazakhObliqueEndings = WordList(try fold(Self.kazakhObliqueEndings))
        officerWords = WordList(try fold(Self.officerWords))
        memberWords = WordList(try fold(Self.memberWords))
        intoPost = Array(Self.intoPost.utf16)
        intoPostLookAlike = Array(Self.intoPostLookAlike.utf16)
        siteEndings = Set(plain(Self.siteEndings) + (try fold(Self.siteEndings)))
        untilWord = Array(Self.untilWord.utf16)
        appointmentNouns = WordList(plain(Self.appointmentNouns))
        aboutWord = Set(try fold([Self.aboutWord]))
        legalActWords = try fold(Self.legalActWords)
        russianLegalActWords = WordList(try fold(Self.russianLegalActWords))
        russianAboutWords = Set(try fold(Self.russianAboutWords))
        russianFirstWords = WordList(try fold(Self.russianFirstWords))
        // Round 34: the status named by an unquoted title — «статус Елбасы», «статусом лидера
        // нации», «Елбасы мәртебесі»: the first word of each quoted list, not «звание» or «титул»,
        // which only the quoted rule reads. Folded as its siblings, so a romanized text's «status»
        // reads as the Kazakh Cyrillic «статус» does.
        // Round 41: and «звание» unquoted, the rank conferred («звания лидера нации»: the title
        // itself, as «статуса лидера нации»); «титул» stays with the quoted rule.
        russianStatusWords = WordList(try fold([Self.statusWord, Self.rankWord]))
        organisationNouns = WordList(try fold(Self.organisationNouns))
        kazakhStatusWords = WordList(try fold([Self.kazakhStatusWord]))
        postAfterWords = WordList(try fold(Self.postAfterWords))
        dutyWords = WordList(try fold(Self.dutyWords))
        actingWords = WordList(try fold(Self.actingWords))
        oneHolderTitles = WordList(try fold(Self.oneHolderTitles))
        notOneHolderTitles = WordList(try fold(Self.notOneHolderTitles))
        kazakhPlurals = try fold(Self.kazakhPlurals)
        elWords = try fold(Self.elWords)
        basWords = try fold(Self.basWords)
        representedBy = plain(Self.representedBy)
        conjunctions = Set(try fold(Self.conjunctions))
        kazakhAnd = Set(try fold(Self.kazakhAndWords))
        formerWords = WordList(try fold(Self.formerWords))
        exWord = Set(try fold([Self.exWord]))
        headWords = WordList(try fold(Self.headWords))
        intoPostTitles = WordList(try fold(Self.intoPostTitles))
        bodyTitles = WordList(try fold(Self.bodyTitles))
        akimatTitles = WordList(try fold(Self.akimatTitles))
        regionalGovernmentAdjectives = WordList(try fold(Self.regionalGovernmentAdjectives))
        newHolderAdjectives = Set(try fold(Self.newHolderAdjectives))
        fillingWords = WordList(try fold(Self.fillingWords))
        figureNouns = WordList(try fold(Self.figureNouns))
        kazakhPartWords = WordList(try fold(Self.kazakhPartWords))
        kazakhPartWholeWords = Set(try fold(Self.kazakhPartWholeWords))
        electedCounted = Set(try fold(Self.electedCounted))
        electedCountedActive = Set(try fold(Self.electedCountedActive))
        distributiveWord = Array(Self.distributiveWord.utf16)
        russianNumerals = Set(try fold(Self.russianNumerals))
        kazakhPostsServed = WordList(try fold(Self.kazakhPostsServed))
        kazakhAmongWords = Set(try fold(Self.kazakhAmongWords))
        futureFillingVerbs = WordList(try fold(Self.futureFillingVerbs))
        notFillingWords = WordList(try fold(Self.notFillingWords))
        voteWords = WordList(try fold(Self.voteWords))
        forWord = Array(Self.forWord.utf16)
        commonNounBodies = WordList(try fold(Self.commonNounBodies))
        partyNouns = WordList(try fold(Self.partyNouns))
        voterWords = WordList(try fold(Self.voterWords))
        campaignWords = WordList(try fold(Self.campaignWords))
        kazakhElectionBetween = Set(try fold(Self.kazakhElectionBetween))
        suffrageWords = WordList(try fold(Self.suffrageWords))
        rightWords = WordList(try fold(Self.rightWords))
        russianGenitivePluralEndings = WordList(plain(Self.russianGenitivePluralEndings))
        capacityWord = Array(Self.capacityWord.utf16)
        kazakhThenWords = Set(try fold(Self.kazakhThenWords))
        kazakhNew = Set(try fold([Self.kazakhNew]))
        kazakhCandidacy = WordList(try fold(Self.kazakhCandidacy))
        akimService = WordList(try fold(Self.akimService))
        akimStaff = WordList(try fold(Self.akimStaff))
        bareAkimat = Set(try fold([Self.bareAkimat]))
        kazakhUnitNouns = WordList(try fold(Self.kazakhUnitNouns))
        kazakhThatWord = Set(try fold([Self.kazakhThat]))
        capacityPronouns = Set(plain(Self.capacityPronouns))
        kazakhCapacityWords = WordList(try fold(Self.kazakhCapacityWords))
        kazakhElectedVerbs = WordList(try fold(Self.kazakhElectedVerbs))
        kazakhElectedPastVerbs = WordList(try fold(Self.kazakhElectedPastVerbs))
        russianFutureCopulas = Set(plain(Self.russianFutureCopulas))
        infinitiveCopulas = Set(plain(Self.infinitiveCopulas))
        instrumentalPrepositions = Set(plain(Self.instrumentalPrepositions))
        russianVerbEndings = WordList(plain(Self.russianVerbEndings))
        needWords = Set(plain(Self.needWords))
        dashPronouns = Set(plain(Self.dashPronouns))
        henceforthWords = Set(plain(Self.henceforthWords))
        henceforthSecondWords = Set(plain(Self.henceforthSecondWords))
        namedAfterWords = WordList(try fold(Self.namedAfterWords))
        namedAfterRussian = Set(try fold(Self.namedAfterRussian))
        namedPlaceNouns = WordList(try fold(Self.namedPlaceNouns))
        feminineSurnameEndings = WordList(try fold(Self.feminineSurnameEndings))
        feminineVerbEndings = WordList(try fold(Self.feminineVerbEndings))
        russianDativeEndings = WordList(plain(Self.russianDativeEndings))
        patronymicParts = try fold(Self.patronymicParts)
        sovietNoun = Set(try fold(Self.sovietNoun))
        chairmanshipWords = WordList(try fold(Self.chairmanshipWords))
        sovietAdjectives = WordList(try fold(Self.sovietAdjectives))
        projectNouns = WordList(try fold(Self.projectNouns))
        dayWords = Set(plain(Self.dayWords))
        siteNouns = WordList(plain(Self.siteNouns))
        kazakhAttachedWords = WordList(try fold(Self.kazakhAttachedWords))
        kazakhHeadWords = WordList(try fold(Self.kazakhHeadWords))
        officialWords = WordList(try fold(Self.officialWords))
        kazakhSiteWords = WordList(try fold(Self.siteNouns))
        kazakhGenitiveEndings = WordList(try fold(Self.kazakhGenitiveEndings))
        befallHeadForms = Set(try fold(Self.befallHeadForms))
        predominantForms = Set(try fold(Self.predominantForms))
        electedParticiple = Set(try fold([Self.electedParticiple]))
        registrationWords = WordList(try fold(Self.registrationWords))
        pluralPostNouns = Set(try fold(Self.pluralPostNouns))
        russianElectedParticiples = WordList(try fold(Self.russianElectedParticiples))
        russianDutyWords = WordList(try fold(Self.russianDutyWords))
        kazakhChooseVerbs = WordList(try fold(Self.kazakhChooseVerbs))
        electionTimeNouns = WordList(try fold(Self.electionTimeNouns))
        akimGivenNameForms = Set(try fold(Self.akimGivenNameForms))
        // Round 34: the Kazakh form of `akimGivenNameForms`, a given name before any capitalised
        // word inside a sentence.
        kazakhAkimGivenName = Set(try fold([Self.kazakhAkimWord]))
        toBeElected = Set(try fold(Self.toBeElected))
        kazakhSeatWords = Set(try fold(Self.kazakhSeatWords))
        kazakhVacantWords = WordList(try fold(Self.kazakhVacantWords))
        kazakhVoteWords = Set(try fold(Self.kazakhVoteWords))
        kazakhGiveWords = WordList(try fold(Self.kazakhGiveWords))
        canBecome = Set(try fold([Self.canBecome]))
        canBecomeAuxiliary = WordList(try fold(Self.canBecomeAuxiliary))
        kazakhOrdinalEndings = WordList(try fold(Self.kazakhOrdinalEndings))
        kazakhOrdinalSuffixes = Set(try fold(Self.kazakhOrdinalSuffixes))
        nameLikeTitles = WordList(try fold(Self.nameLikeTitles))
        kazakhPlainAccusativeEndings = WordList(try fold(Self.kazakhPlainAccusativeEndings))
        memberTitles = try fold(MentionMatcher.memberTitles)
        pluralMemberTitles = try fold(MentionMatcher.pluralMemberTitles)
        listConjunctions = Set(try fold(MentionMatcher.listConjunctions))
        residenceWords = WordList(try fold(Self.residenceWords))
        statusWordsBefore = WordList(Self.statusWordsBefore)
        statusWordsAfter = WordList(try fold(Self.statusWordsAfter))
        kazakhLocativeAdjectiveEndings = WordList(try fold(Self.kazakhLocativeAdjectiveEndings))
        accountWords = WordList(try fold(Self.accountWords))
        powersWords = WordList(try fold(Self.powersWords))
        deputyWords = WordList(try fold(Self.deputyWords))
        russianRankWords = WordList(try fold([Self.rankWord]))
        extendWords = WordList(try fold(Self.extendWords))
        leftPostWords = WordList(try fold(Self.leftPostWords))
        personalNameStems = WordList(try fold(Self.personalNameStems))
        kazakhObjectPronouns = Set(try fold(Self.kazakhObjectPronouns))
        epithetWordList = WordList(try fold(Self.epithetWords))
        var pairs: [(WordList, WordList)] = []
        for (first, second) in Self.epithetPairs {
            pairs.append((WordList(try fold([first])), WordList(try fold([second]))))
        }
        epithetPairLists = pairs
        epithetFirstWordList = WordList(try fold(Self.epithetFirstWords))
        actingHolderWordList = WordList(try fold(Self.actingHolderWords))
    }
}

/// Words (or endings) a folded word is compared with, laid out so that a word of the text is
/// compared only with the list's words that begin with its own first two units (found by binary
/// search), and most are turned away by a bit mask before that: lists like the titles that join a
/// reference hold over a hundred forms with their romanizations.
///
/// A class, so that copying a rule or the grammar retains one reference per list, not five.
final class WordList: Sendable {
    let words: [[UInt16]]
    /// An empty word begins and ends every word.
    let hasEmpty: Bool
    /// The one-unit words, and bit `u & 63` for each.
    let singles: [UInt16]
    let singleUnits: UInt64
    /// The longer words by their first two units (`a << 16 | b`, ascending): the words of key
    /// `pairKeys[k]` are `longer[pairStarts[k]..<pairStarts[k + 1]]`.
    let pairKeys: [UInt32]
    let pairStarts: [Int]
    let longer: [[UInt16]]
    /// Bit ``pair(_:_:)`` for each key.
    let pairBits: UInt64
    /// Bit `u & 63` for each word's last unit.
    let lastUnits: UInt64

    init(_ words: [[UInt16]]) {
        self.words = words
        hasEmpty = words.contains { $0.isEmpty }
        singles = words.filter { $0.count == 1 }.map { $0[0] }
        singleUnits = singles.reduce(0) { $0 | 1 << ($1 & 63) }
        let sorted = words.filter { $0.count > 1 }.sorted { Self.key($0) < Self.key($1) }
        var keys: [UInt32] = [], starts: [Int] = []
        for (i, word) in sorted.enumerated() where keys.last != Self.key(word) {
            keys.append(Self.key(word))
            starts.append(i)
        }
        starts.append(sorted.count)
        pairKeys = keys
        pairStarts = starts
        longer = sorted
        pairBits = sorted.reduce(0) { $0 | 1 << Self.pair($1[0], $1[1]) }
        lastUnits = words.reduce(0) { $0 | ($1.isEmpty ? 0 : 1 << ($1[$1.count - 1] & 63)) }
    }

    private static func key(_ word: [UInt16]) -> UInt32 { UInt32(word[0]) << 16 | UInt32(word[1]) }

    @inline(__always)
    static func pair(_ a: UInt16, _ b: UInt16) -> UInt64 { (UInt64(a) &* 31 &+ UInt64(b)) & 63 }
}

extension MentionGrammar {
    /// A party word this short (партия, партии, party) is bare: no Kazakh possessive.
    static let barePartyWordLength = 7

    /// Whether a folded party word carries the Kazakh third-person possessive (партиясы,
    /// партиясының): its «с», or «s» in the Latin alphabets, after the stem's five units, which
    /// no Russian case ending of «партия» has.
    static func hasKazakhPossessive(_ partyWord: UnsafeBufferPointer<UInt16>) -> Bool {
        partyWord.dropFirst(5).contains { $0 == 0x0441 || $0 == 0x73 }
    }

    /// A full stop, exclamation or question mark, semicolon, colon or line break: the units that end
    /// the sentence a list of a career's posts runs through.
    static func isSentenceBreak(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x0A, 0x0D: true
        default: false
        }
    }

    /// Whether a folded unit is a Russian consonant letter: a masculine title ending in one has no
    /// case ending, the nominative (президент, премьер, аким).
    static func isRussianConsonant(_ unit: UInt16) -> Bool {
        (0x431...0x449).contains(unit) && ![0x435, 0x438, 0x439, 0x43E, 0x443].contains(unit)
    }

    /// Whether `word` is a one-holder title in the Kazakh plural (әкімдерін, президенттер).
    func isPluralTitle(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        oneHolderTitles.words.contains { title in
            word.starts(with: title) && kazakhPlurals.contains { word.dropFirst(title.count).starts(with: $0) }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt16 {
    func hasPrefix(in list: WordList) -> Bool {
        if list.hasEmpty { return true }
        guard let first else { return false }
        if list.singleUnits & 1 << (first & 63) != 0, list.singles.contains(first) { return true }
        return hasLongerPrefix(in: list)
    }

    /// Like ``hasPrefix(in:)``, but a one-letter word of the list is a whole word: the gap words'
    /// «г», «н» are the halves of «г-н» (господин), not every word that starts with the letter
    /// («премьеру, не Смаилову» are two references: round 14).
    func hasPrefix(inWords list: WordList) -> Bool {
        if list.hasEmpty { return true }
        if count == 1 { return list.singleUnits & 1 << (self[0] & 63) != 0 && list.singles.contains(self[0]) }
        return hasLongerPrefix(in: list)
    }

    /// Whether the word starts with one of the list's words of two units or more.
    private func hasLongerPrefix(in list: WordList) -> Bool {
        guard count > 1, list.pairBits & 1 << WordList.pair(self[0], self[1]) != 0 else { return false }
        let key = UInt32(self[0]) << 16 | UInt32(self[1])
        var lo = 0, hi = list.pairKeys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list.pairKeys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        guard lo < list.pairKeys.count, list.pairKeys[lo] == key else { return false }
        for k in list.pairStarts[lo]..<list.pairStarts[lo + 1] {
            let word = list.longer[k]
            guard word.count <= count else { continue }
            if word.withUnsafeBufferPointer({ w in
                var i = 2
                while i < w.count, w[i] == self[i] { i += 1 }
                return i == w.count
            }) { return true }
        }
        return false
    }

    func hasSuffix(in list: WordList, longerThan minimum: Int) -> Bool {
        guard count > minimum else { return false }
        if list.hasEmpty { return true }
        guard let last, list.lastUnits & 1 << (last & 63) != 0 else { return false }
        return hasSuffix(in: list.words, longerThan: minimum)
    }

    /// Whether the word is one of `set`'s, without making an array of it to look up.
    func isOne(of set: Set<[UInt16]>) -> Bool {
        for word in set where word.count == count {
            if word.withUnsafeBufferPointer({ $0.elementsEqual(self) }) { return true }
        }
        return false
    }

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

    /// Whether one of `list`'s words stands anywhere in the word: «абишевича» holds «евич».
    func contains(in list: [[UInt16]]) -> Bool {
        for word in list where word.count <= count {
            if word.withUnsafeBufferPointer({ part in (0...(count - part.count)).contains { Self.same(self, $0, part) } }) { return true }
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
