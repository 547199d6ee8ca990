import Testing
@testable import MediaText

/// The official Kazakh Latin alphabets run as letter tables (fast); ICU running the same rules is
/// the reference, on every alias, every suffix chain and the Kazakh evaluation documents.
@Suite struct TransliterationTests {
    @Test(arguments: [KazakhLatin.Scheme.official2021, .latin2017, .latin2018])
    func tableGivesWhatICUGives(scheme: KazakhLatin.Scheme) throws {
        let table = try #require(KazakhLatin(scheme))
        let icu = try KazakhLatin(scheme, engine: .icu)
        var texts = Shipped.codebook.subjects.flatMap { s in s.aliases.flatMap { [$0.text] + $0.given + $0.roles + $0.notFollowedBy } }
        texts += Array(Inflection.kazakhChains(front: false)) + Array(Inflection.kazakhChains(front: true))
        texts += EvaluationTests.kazakh.map(\.text)
        texts.append("Ё ё Ю ю Я я Ц ц Щ щ Ъ ъ Ь ь Э э ЁЮЯ сайлаи\u{306} Ω")
        #expect(texts.count > 3000)
        for text in texts { #expect(try table(text) == icu(text), "\(text)") }
        #expect(try table("Сайлау Ауыл Әділет") == icu("Сайлау Ауыл Әділет"))
    }

    @Test func alphabetsSpellAsTheirDecrees() throws {
        let y2017 = try #require(KazakhLatin(.latin2017))
        let y2018 = try #require(KazakhLatin(.latin2018))
        let y2021 = try #require(KazakhLatin(.official2021))
        #expect(try y2017("Ауыл партиясы") == "Ay'yl parti'i'asy")
        #expect(try y2018("Ауыл партиясы") == "Aýyl partııasy")
        #expect(try y2021("Ауыл партиясы") == "Auyl partiiasy")
    }
}
