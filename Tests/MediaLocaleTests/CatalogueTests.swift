import Foundation
import Testing
@testable import MediaLocale

@Suite struct CatalogueTests {
    @Test func everyPhraseIsWrittenInEveryLanguage() {
        for language in Language.allCases {
            let table = Catalogue.table(language)
            for phrase in Phrase.allCases {
                let text = table[phrase]
                #expect(text != nil, "\(phrase) has no \(language.rawValue) text")
                #expect(!(text ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "\(phrase) is empty in \(language.rawValue)")
            }
            #expect(table.count == Phrase.allCases.count)
        }
    }

    @Test func everyTranslationTakesTheSamePlaceholdersAsTheEnglish() {
        for phrase in Phrase.allCases {
            let english = Catalogue.placeholders(Catalogue(.en)[phrase])
            for language in [Language.ru, .kk] {
                #expect(Catalogue.placeholders(Catalogue(language)[phrase]) == english, "\(phrase) in \(language.rawValue)")
            }
        }
    }

    /// A Russian or Kazakh phrase left in English would read as English: only proper names,
    /// the tool's name and command-line options may stay in the Latin alphabet.
    @Test func russianAndKazakhPhrasesAreNotEnglish() {
        let allowed: Set<String> = ["mediamon", "demo", "ISO", "Samples", "README", "md", "Excel", "Markdown", "attribute", "institutions", "rules"]
        for language in [Language.ru, .kk] {
            for phrase in Phrase.allCases {
                var text = Catalogue(language)[phrase]
                for name in Catalogue.placeholders(text) { text = text.replacingOccurrences(of: "{\(name)}", with: " ") }
                let words = text.split { !$0.isASCII || !$0.isLetter }.map(String.init).filter { $0.count > 1 }
                let english = words.filter { !allowed.contains($0) }
                #expect(english.isEmpty, "\(phrase) in \(language.rawValue): \(english)")
            }
        }
    }

    @Test func placeholdersAreFilledIn() {
        let text = Catalogue(.kk)
        #expect(text(.weekLabel, ["number": "3"]) == "3-апта")
        #expect(Catalogue(.en)(.shareTitle, ["unit": "seconds"]) == "Share of coverage (% of seconds)")
    }

    @Test func russianNumbersTakeADecimalCommaAndNoBreakSpacesBetweenThousands() {
        let ru = NumberStyle(.ru), kk = NumberStyle(.kk), en = NumberStyle(.en)
        #expect(ru.percent(24.04) == "24,0")
        #expect(kk.percent(-0.04) == "0,0")
        #expect(ru.amount(12480) == "12\u{00A0}480")
        #expect(kk.amount(1_234_567.5) == "1\u{00A0}234\u{00A0}567,5")
        #expect(ru.points(3.24) == "+3,2" && ru.points(-1) == "−1,0" && ru.points(0.04) == "0,0")
        #expect(en.percent(24.04) == "24.0" && en.amount(12480) == "12 480" && en.amount(93.5) == "93.5")
        #expect(ru.percent(.nan) == "–" && kk.amount(.infinity) == "–")
    }

    @Test func datesFollowEachLanguagesConvention() {
        #expect(Catalogue(.en).date(year: 2012, month: 1, day: 7) == "2012-01-07")
        #expect(Catalogue(.ru).date(year: 2012, month: 1, day: 7) == "07.01.2012")
        #expect(Catalogue(.kk).date(year: 2011, month: 12, day: 16) == "16.12.2011")
    }

    @Test func russianDaysTakeTheFormTheirNumberNeeds() {
        let ru = Catalogue(.ru)
        #expect([1, 2, 5, 11, 21, 22, 14].map(ru.days) == ["1 день", "2 дня", "5 дней", "11 дней", "21 день", "22 дня", "14 дней"])
        #expect(Catalogue(.en).days(1) == "1 day" && Catalogue(.en).days(3) == "3 days")
        #expect(Catalogue(.kk).days(3) == "3 күн")
    }

    @Test func languagesOutsideTheCatalogueAreNamedBySystemData() {
        #expect(Catalogue(.en).languageName(code: "kk") == "Kazakh-language")
        let french = Catalogue(.ru).languageName(code: "fr")
        #expect(french.lowercased().contains("француз"), "\(french)")
    }
}
