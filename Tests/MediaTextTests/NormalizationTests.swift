import Testing
@testable import MediaText

@Suite struct NormalizationTests {
    @Test func composesToNFC() throws {
        #expect(try TextNormalizer.normalize("и\u{306}ё") == "йё")
        #expect(try TextNormalizer.normalize("Е\u{308}лбасы").unicodeScalars.count == 6)
    }

    @Test func repairsLookAlikesOnlyInMixedScriptWords() throws {
        #expect(try TextNormalizer.normalize("Қaзaқстaн") == "Қазақстан")
        #expect(try TextNormalizer.normalize("Əдiлет hәм Hұр") == "Әділет һәм Нұр")
        #expect(try TextNormalizer.normalize("Nur Otan and Ак жол") == "Nur Otan and Ак жол")
    }

    @Test func foldsCaseYoQuotesAndDashes() throws {
        #expect(try TextNormalizer.fold("«ЁЛКА» — „Нұр Отан“") == "елка - нұр отан")
        #expect(try TextNormalizer.fold("Nūr Otannyñ Ädılet") == "nur otannyn adilet")
        #expect(try TextNormalizer.fold("ПРО\u{AD}ГРАММА") == "программа")
    }

    @Test func tokenizesWithICUWordBreaks() throws {
        #expect(try TextNormalizer.words("ЖСДП-ның «Нұр Отан», 2012 ж.") == ["ЖСДП", "ның", "Нұр", "Отан", "2012", "ж"])
    }

    @Test func transliteratesKazakhBothWays() throws {
        let bgn = try #require(KazakhLatin(.bgn))
        let official = try #require(KazakhLatin(.official2021))
        #expect(try official("Қазақстан Әділет Ұлы Үкімет Шығыс") == "Qazaqstan Ädılet Ūly Ükımet Şyğys")
        #expect(try bgn("Қазақстан") == "Qazaqstan")
        let back = try #require(KazakhLatin(.official2021, toCyrillic: true))
        #expect(try back(official("Нұр Отан Қазақстан Әділет")) == "Нұр Отан Қазақстан Әділет")
        #expect(try back("Nur Otan partiiasy") == "Нур Отан партиясы")
    }
}
