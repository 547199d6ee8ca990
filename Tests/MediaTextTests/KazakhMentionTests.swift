import Testing
@testable import MediaText

/// Kazakh text as newspapers and broadcasters write about the parties.
@Suite struct KazakhMentionTests {
    @Test func findsCaseSuffixesInBothHarmonies() {
        let text = """
            Нұр Отанның өкілдері кездесу өткізді. Сайлаушылар Нұр Отанға дауыс берді.
            «Әділет» партиясының төрағасы Мақсұт Нәрікбаевтың сөзін келтірді, ал Нәрікбаевқа сұрақ қойылды.
            """
        let found = Shipped.found(text)
        #expect(found.map(\.1) == ["Нұр Отанның", "Нұр Отанға", "Әділет", "Мақсұт Нәрікбаевтың", "Нәрікбаевқа"])
        #expect(found.map(\.0) == ["nur-otan", "nur-otan", "adilet", "adilet", "adilet"])
    }

    @Test func findsPluralPossessiveAndCaseChains() {
        let found = Shipped.found("Нұр Отандағы жиналыс. Ақ жолдың бағдарламасы. Ақ жолдағылар емес, Ақ жолымызды айтамыз. Әкімдердің жиыны. Әкімдігіне хат жазылды.")
        #expect(found.map(\.1) == ["Нұр Отандағы", "Ақ жолдың", "Ақ жолымызды", "Әкімдердің", "Әкімдігіне"])
    }

    @Test func findsQuotedNameFollowedByPartyWord() {
        let found = Shipped.found("«Нұр Отан» партиясына қолдау білдірді. «Ауыл» партиясы және «Руханият» партиясының үміткерлері.")
        #expect(found.map(\.0) == ["nur-otan", "auyl", "rukhaniyat"])
    }

    @Test func findsHyphenatedSuffixesAfterAbbreviations() {
        let found = Shipped.found("ЖСДП-ның төрағасы мен ҚПП-на кірген мүшелер ОСК-ға арыз берді. ҚКХП-ны да атады.")
        #expect(found.map(\.1) == ["ЖСДП-ның", "ҚПП-на", "ОСК-ға", "ҚКХП-ны"])
        #expect(found.map(\.0) == ["osdp", "patriots", "cec", "knpk"])
    }

    @Test func findsFullNameSplitAcrossLineBreak() {
        let found = Shipped.found("Жиында Жармахан\nТұяқбай сөз сөйледі, Қазақстан\nпатриоттары партиясы да қатысты.")
        #expect(found.map(\.0) == ["osdp", "patriots"])
        #expect(found.first?.1 == "Жармахан\nТұяқбай")
    }

    @Test func keepsFullNameAndAbbreviationAsOneMention() {
        let found = Shipped.found("Жалпыұлттық социал-демократиялық партия (ЖСДП) тізімін тапсырды.")
        #expect(found.count == 1)
        #expect(found.first?.1 == "Жалпыұлттық социал-демократиялық партия (ЖСДП)")
    }

    @Test func ignoresTheMinistryOfJustice() {
        #expect(Shipped.subjects("Әділет министрлігі мәлімдеме жасады. Әділет органдары тексерді.").isEmpty)
        #expect(Shipped.subjects("«Әділет» министрлігінің хабарламасы.").isEmpty)
        #expect(Shipped.subjects("Әділет партиясы үгіт жүргізді.").isEmpty == false)
    }

    @Test func ignoresVillageAndRural() {
        #expect(Shipped.subjects("Ауылдық округтің әкімшілігі емес, ауыл тұрғындары жиналды. Ауыл шаруашылығы дамыды.") == ["akims"])
    }

    @Test func ignoresAnotherCommunistParty() {
        #expect(Shipped.subjects("ҚКП өкілдері митингке шықты.").isEmpty)
        #expect(Shipped.subjects("ҚКХП өкілдері митингке шықты.") == ["knpk"])
    }

    @Test func ignoresWhiteRoadAndDerivedWords() {
        // ақ жол = "a white road"; Нұр Отаншыл = derived adjective, not an inflected form.
        #expect(Shipped.subjects("Алдыңда ақ жол болсын! Ол нұротаншыл көзқарасымен белгілі.").isEmpty)
    }

    @Test func repairsLatinLookAlikesInsideKazakhWords() {
        // H, O and a in Latin script typed into Cyrillic words; ə for ә; Latin i for і.
        let found = Shipped.found("Hұр Oтaнның съезі. «Əдiлет» партиясы.")
        #expect(found.map(\.0) == ["nur-otan", "adilet"])
        #expect(found.first?.1 == "Hұр Oтaнның")
    }

    @Test func findsKazakhWrittenInLatinScript() {
        let found = Shipped.found("Nur Otan partiyasy jeñiske jetti. Nūr Otannyñ tızımı. Ädılet partiyasy.")
        #expect(found.map(\.0) == ["nur-otan", "nur-otan", "adilet"])
        #expect(found[1].1 == "Nūr Otannyñ")
    }

    @Test func reportsOffsetsInUnicodeScalarsOfTheOriginal() {
        let text = "😀 Сайлауда ё «Нұр Отан» және Hұр Отанға"
        let scalars = Array(text.unicodeScalars)
        let mentions = Shipped.matcher.mentions(in: text)
        #expect(mentions.count == 2)
        for m in mentions {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[m.start..<m.end])
            #expect(String(s) == m.text)
        }
        #expect(mentions.first?.start == 14)
    }

    @Test func ignoresAdministrativeAsAnAdjective() {
        #expect(Shipped.subjects("Жүргізушілер әкімшілік жауапкершілікке тартылды, әкімшілік құқық бұзушылық тіркелді.").isEmpty)
        #expect(Shipped.subjects("Облыс әкімшілігінің өкілі сөйледі.") == ["akims"])
    }
}
