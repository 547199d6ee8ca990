import Testing
@testable import MediaText

/// Russian text as Kazakhstani newspapers and observer reports write about the parties.
@Suite struct RussianMentionTests {
    @Test func findsDeclinedNames() {
        let found = Shipped.found("""
            Представители Нур Отана встретились с избирателями. По словам Ак жолу не хватило голосов.
            Лидер партии «Ауыл» Гани Калиев заявил, что Туякбаю и Косареву отказали.
            """)
        // The party and its leader in apposition are one reference, one mention.
        #expect(found.map(\.1) == ["Нур Отана", "Ак жолу", "Ауыл» Гани Калиев", "Туякбаю", "Косареву"])
        #expect(found.map(\.0) == ["nur-otan", "ak-zhol", "auyl", "osdp", "knpk"])
    }

    @Test func findsDeclinedMultiWordNames() {
        let found = Shipped.found("""
            Списки Коммунистической народной партии Казахстана и Общенациональной социал-демократической партии
            зарегистрированы Центральной избирательной комиссией. Демократической партии Казахстана «Ак жол» отказали.
            """)
        #expect(found.map(\.0) == ["knpk", "osdp", "cec", "ak-zhol"])
    }

    @Test func findsQuotedAndUnquotedForms() {
        let found = Shipped.found("„Нур Отан“, \"Нур Отан\", «Нур Отан» и просто Нур Отан. Партия «Руханият» и партия Руханият.")
        #expect(found.map(\.0) == ["nur-otan", "nur-otan", "nur-otan", "nur-otan", "rukhaniyat", "rukhaniyat"])
    }

    @Test func findsAbbreviationsButNotLowercaseWords() {
        #expect(Shipped.subjects("ЦИК, ОСДП, КНПК и ППК подписали заявление.") == ["cec", "osdp", "knpk", "patriots"])
        #expect(Shipped.subjects("цик оСДП").isEmpty)
    }

    @Test func keepsFullNameAndAbbreviationAsOneMention() {
        let found = Shipped.found("Общенациональная социал-демократическая партия (ОСДП) выступила против.")
        #expect(found.map(\.1) == ["Общенациональная социал-демократическая партия (ОСДП)"])
    }

    @Test func findsCapitalisedInstitutionsOnly() {
        #expect(Shipped.subjects("Правительством принято решение. правительство любой страны. Глава государства выступил.") == ["government", "president"])
    }

    @Test func needsQuotesForCommonWords() {
        // руханият = "spirituality", ауыл = "village", адилет = "justice" without quotes.
        #expect(Shipped.subjects("Аул и ауыл, Руханият как ценность, Адилет в переводе.").isEmpty)
    }

    @Test func ignoresOtherCountriesPresidents() {
        #expect(Shipped.subjects("Президент Украины Ющенко и Президент РФ встретились, Президент Казахстана выступил.") == ["president"])
    }

    // MARK: What counts (SOURCES.md rules; docs/METHODOLOGY.md, "Mentions: what counts")

    @Test func aTitleAsAPredicateIsNoMention() {
        // ru-h8, ru-h10 (Regnum, newsru.co.il, 2012): the person counts, the post they get or keep does not.
        let found = Shipped.found("""
            Нурсултан Назарбаев остается бессменным президентом Казахстана с апреля 1990 года.
            Новым главой правительства Казахстана будет назначен нынешний вице-премьер Серик Ахметов, а Масимов возглавит администрацию.
            """)
        #expect(found.map(\.1) == ["Нурсултан Назарбаев", "Масимов"])
        // With a preposition the title is a companion, not a predicate; nor is an agent (подписан).
        #expect(Shipped.subjects("Масимов встретился с новым президентом Казахстана. Указ подписан президентом Казахстана.")
                == ["government", "president", "president"])
        // Who appoints is no predicate: «назначаются президентом», nor a noun like «работа».
        #expect(Shipped.subjects("Президент Казахстана выступил. Акимы областей назначаются президентом страны. Затем правительством проводится работа.")
                == ["president", "akims", "president", "government"])
        // Before the fix the lower-case titles above counted: an exclusion on «правительство» would bar it later.
        #expect(Shipped.subjects("Масимов стал главой правительства. Затем правительство ушло в отставку.") == ["government", "government"])
    }

    @Test func aPostRunForIsNoMention() {
        // ru-09 (Respublika, 2010).
        #expect(Shipped.found("Гостем клуба стал на этой неделе экс-кандидат в президенты Гани Касымов.").map(\.1) == ["Гани Касымов"])
        #expect(Shipped.subjects("Назарбаев выдвинут кандидатом. Президент Казахстана выступил.") == ["president", "president"])
        // The post run for, appointed to or left, and an election of the office (SOURCES.md rules).
        #expect(Shipped.found("""
            Назарбаев прибыл. Он претендует на пост президента. Выборы сельских акимов прошли. \
            Масимов освобожден от должности премьер-министра. Он на посту президента. Указ президента подписан.
            """).map(\.1) == ["Назарбаев", "Масимов", "президента", "президента"])
    }

    @Test func aNameAndItsTitleInAppositionAreOneMention() {
        // ru-h8: a headline's byline and the line under it.
        let found = Shipped.found("""
            Нурсултан Назарбаев, президент Казахстана
            В понедельник Масимов освобожден от должности.
            """)
        #expect(found.map(\.1) == ["Нурсултан Назарбаев, президент Казахстана", "Масимов"])
        #expect(Shipped.found("Встреча с Назарбаевым, президентом Казахстана, прошла в Астане.").count == 1)
        // A title followed by a name introduces that person: two people, two mentions.
        #expect(Shipped.subjects("Выступили Первый Президент, глава государства Касым-Жомарт Токаев.") == ["president", "president"])
        // A list of names repeats them: «Нур Отан», «Нур Отан».
        #expect(Shipped.subjects("Списки: «Нур Отан», «Нур Отан».") == ["nur-otan", "nur-otan"])
    }

    @Test func aPartyAndThePeopleWhoRepresentItAreOneMention() {
        // ru-h16 (Azattyq, 2011).
        let found = Shipped.found("""
            В совещании приняли участие руководители Общенациональной социал-демократической партии (ОСДП) «Азат» \
            в лице Болата Абилова и Амиржана Косанова, а также представители всех регионов.
            """)
        #expect(found.count == 1 && found[0].0 == "osdp" && found[0].1.hasSuffix("Амиржана Косанова"))
        // Without «в лице» the party and a leader named after it are two references.
        #expect(Shipped.subjects("ОСДП «Азат» провела съезд. Болат Абилов и Амиржан Косанов выступили.") == ["osdp", "osdp", "osdp"])
    }

    @Test func theLeaderOfTheNationInLowerCaseButNotHisPressService() {
        // ru-t3, ru-t4 (kun.uz 2022, Interfax 2021).
        let found = Shipped.found("""
            Как сообщили в пресс-службе Елбасы, Нурсултан Назарбаев выразил уверенность, \
            сообщил пресс-секретарь лидера нации Айдос Укибай.
            """)
        #expect(found.map(\.1) == ["Нурсултан Назарбаев", "лидера нации"])
        #expect(Shipped.subjects("Он лидер нации по мнению многих.").isEmpty)
    }
}
