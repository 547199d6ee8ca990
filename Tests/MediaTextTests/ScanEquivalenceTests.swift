import Foundation
import Testing
@testable import MediaText

/// The fast path (UTF-8 prefilter, windows, parallel parts) finds exactly what matching every
/// word of the fully tokenized text finds.
@Suite struct ScanEquivalenceTests {
    static let paragraph = """
        «Нұр Отан» партиясының 😀 съезінде ЖСДП-ның өкілі сөйледі. Представители Нур Отана и партии «Ауыл»
        встретились с избирателями. Қазақстан патриоттары партиясы мен Қазақстан халқы; Мемлекет басшысы
        Нұрсұлтан Назарбаев Әділет министрлігін сынады. Общенациональная социал-демократическая партия (ОСДП).

        """

    @Test func prefilterMissesNothingInTestDocuments() throws {
        let text = Self.paragraph + KazakhMentionTestsText.all
        #expect(try Shipped.matcher.mentions(in: text) == Shipped.matcher.mentionsWithoutPrefilter(in: text))
    }

    @Test(.enabled(if: SharedData.available))
    func prefilterMissesNothingInRealKazakhNews() throws {
        let text = String(try RealTextTests.kazakhNews().prefix(400_000))
        let fast = try Shipped.matcher.mentions(in: text)
        #expect(fast.count > 100)
        #expect(try fast == Shipped.matcher.mentionsWithoutPrefilter(in: text))
    }

    @Test func partsOfALargeTextJoinSeamlessly() throws {
        let copies = 3000
        let text = String(repeating: Self.paragraph, count: copies)
        #expect(text.utf8.count > 1 << 20)
        let one = try Shipped.matcher.mentions(in: Self.paragraph)
        let all = try Shipped.matcher.mentions(in: text)
        #expect(all.count == one.count * copies)
        let scalars = Array(text.unicodeScalars)
        let step = Self.paragraph.unicodeScalars.count
        for (i, m) in all.enumerated() {
            let expected = one[i % one.count]
            #expect(m.start == expected.start + (i / one.count) * step && m.subject == expected.subject)
            if i % 997 == 0 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[m.start..<m.end])
                #expect(String(view) == m.text)
            }
        }
    }
}

/// Sentences from the Kazakh and Russian test documents, for the equivalence test.
enum KazakhMentionTestsText {
    static let all = """
        Нұр Отанның өкілдері кездесу өткізді. Сайлаушылар Нұр Отанға дауыс берді. ҚКП митинг өткізді, ал ҚКХП-ны атады.
        Жиында Жармахан
        Тұяқбай сөз сөйледі, Қазақстан
        патриоттары партиясы да қатысты. Hұр Oтaнның съезі. «Əдiлет» партиясы. Nūr Otannyñ tızımı.
        Коммунистической народной партии Казахстана и Центральной избирательной комиссией. Правительством принято.
        """
}

extension ScanEquivalenceTests {
    @Test func textWithoutSpacesStaysLinear() throws {
        // Minified or broken text: one 300 KB "word" run with aliases glued in.
        let blob = String(repeating: "абвгд«Нұр_Отан»ЖСДП-ның", count: 15_000)
        let mentions = try Shipped.matcher.mentions(in: blob)
        #expect(mentions.filter { $0.subject == "osdp" }.count == 15_000)
    }
}

extension ScanEquivalenceTests {
    /// Kazakh published in Latin with Cyrillic letters typed in (Abai.kz writes «Kәrim Mәsimov»): the
    /// folding reads «ә» in a Latin word as «ä», folded «a», and the prefilter's coarse key must
    /// too, or the fast path drops what matching every word finds (the thirty-fifth set's kl-ao6).
    @Test func latinWordsWithCyrillicLettersTypedIn() throws {
        for text in ["Bugin Kәrim Mәsimov keldi.", "Bugin Kärim Mäsimov keldi.", "Bugin Kәrim Mäsimov keldi.",
                     "Premer-mınıstr Kәrim Mәsimovke", "Bugin Kаrim Mаsimov keldi."] {
            let fast = try Shipped.matcher.mentions(in: text), full = try Shipped.matcher.mentionsWithoutPrefilter(in: text)
            #expect(fast == full, "\(text)")
            #expect(fast.contains { $0.subject == "government" && $0.text.contains("rim M") }, "\(text)")
        }
    }
}

extension ScanEquivalenceTests {
    /// The evaluation documents in every writing variant, alone and all in one text: the fast
    /// path finds what matching every word finds, person and after-mention decisions included.
    @Test func prefilterMissesNothingInTheEvaluationSet() throws {
        let documents = EvaluationTests.documents + EvaluationTests.fresh
            + (EvaluationTests.russian + EvaluationTests.kazakh).map { EvaluationTests.substituted($0, EvaluationTests.latinLookAlikes, suffix: "/l") }
            + (EvaluationTests.russian + EvaluationTests.kazakh).map { EvaluationTests.substituted($0, EvaluationTests.greekLookAlikes, suffix: "/g") }
            + EvaluationTests.kazakhLatin
        #expect(documents.count > 100)
        for d in documents {
            #expect(try Shipped.matcher.mentions(in: d.text) == Shipped.matcher.mentionsWithoutPrefilter(in: d.text), "\(d.name)")
        }
        let all = documents.map(\.text).joined(separator: "\n\n")
        #expect(try Shipped.matcher.mentions(in: all) == Shipped.matcher.mentionsWithoutPrefilter(in: all))
    }
}
