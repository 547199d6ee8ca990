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
}
