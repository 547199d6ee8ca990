import Testing
@testable import MediaText

@Suite struct NormalizationTests {
    @Test func composesToNFC() {
        #expect(TextNormalizer.normalize("и\u{306}ё") == "йё")
        #expect(TextNormalizer.normalize("Е\u{308}лбасы").unicodeScalars.count == 6)
    }

    @Test func repairsLookAlikesOnlyInMixedScriptWords() {
        #expect(TextNormalizer.normalize("Қaзaқстaн") == "Қазақстан")
        #expect(TextNormalizer.normalize("Əдiлет hәм Hұр") == "Әділет һәм Нұр")
        #expect(TextNormalizer.normalize("Nur Otan and Ак жол") == "Nur Otan and Ак жол")
    }

    @Test func foldsCaseYoQuotesAndDashes() {
        #expect(TextNormalizer.fold("«ЁЛКА» — „Нұр Отан“") == "елка - нұр отан")
        #expect(TextNormalizer.fold("Nūr Otannyñ Ädılet") == "nur otannyn adilet")
        #expect(TextNormalizer.fold("ПРО\u{AD}ГРАММА") == "программа")
    }

    @Test func tokenizesWithICUWordBreaks() {
        #expect(TextNormalizer.words("ЖСДП-ның «Нұр Отан», 2012 ж.") == ["ЖСДП", "ның", "Нұр", "Отан", "2012", "ж"])
    }

    @Test func transliteratesKazakhBothWays() throws {
        let bgn = try #require(KazakhLatin(.bgn))
        let official = try #require(KazakhLatin(.official2021))
        #expect(official("Қазақстан Әділет Ұлы Үкімет Шығыс") == "Qazaqstan Ädılet Ūly Ükımet Şyğys")
        #expect(bgn("Қазақстан") == "Qazaqstan")
        let back = try #require(KazakhLatin(.official2021, toCyrillic: true))
        #expect(back(official("Нұр Отан Қазақстан Әділет")) == "Нұр Отан Қазақстан Әділет")
        #expect(back("Nur Otan partiiasy") == "Нур Отан партиясы")
    }
}
