import Foundation
import MediaCodebooks
import MediaCoder
import MediaModel
import MediaStore
import MediaText
import Testing

/// The screen driven as a monitor drives it: keys in, screen text and database rows out.
@Suite struct CoderScreenTests {
    @Test func acceptsASuggestionWithAToneKeyAndItsSeconds() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30", text: "Сегодня «Нұр Отан» партиясы съезд өткізді.")
        let screen = try f.screen()
        #expect(screen.text.contains("nur-otan (Nur Otan)"))
        #expect(screen.text.contains("suggested"))

        screen.type("0")          // neutral; the suggestion has no seconds yet, so they are asked for
        #expect(screen.text.contains("Amount (seconds, 150 left) for nur-otan"))
        screen.type("45⏎⏎")       // then Enter keeps the capacity preselected (other)

        let codings = try f.db.codings(ofSegment: id)
        #expect(codings.map(\.subject) == ["nur-otan"])
        #expect(codings.first?.amount == 45)
        #expect(codings.first?.tone == .neutral)
        #expect(codings.first?.coder == "aigerim")
        #expect(screen.text.contains("Saved nur-otan: 45 seconds, neutral"))
        #expect(screen.text.contains("coded 1/1 items on 2012-01-05"))
    }

    @Test func suggestsSecondsFromTranscriptCuesAndSavesThemInOneKey() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:00")
        let cues: CueSource = { _ in [
            TimedCue(start: 0, end: 12, text: "Добрый вечер."),
            TimedCue(start: 12, end: 40, text: "Партия «Нур Отан» провела съезд."),
            TimedCue(start: 40, end: 55, text: "Лидер ОСДП Жармахан Туякбай заявил…"),
            TimedCue(start: 55, end: 70, text: "В «Нур Отане» ответили."),
        ] }
        let screen = try f.screen(cues: cues)
        #expect(screen.text.contains("43 s"))   // 28 + 15 seconds of cues naming Nur Otan
        #expect(screen.text.contains("15 s"))   // OSDP
        screen.type("+⏎↓-⏎")
        let codings = try f.db.codings(ofSegment: id).sorted { $0.subject < $1.subject }
        #expect(codings.map(\.subject) == ["nur-otan", "osdp"])
        #expect(codings.map(\.amount) == [43, 15])
        #expect(codings.map(\.tone) == [.positive, .negative])
    }

    @Test func findsSubjectsByTypingPartOfAKazakhOrRussianName() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:00")
        let screen = try f.screen()
        screen.type("sАқ ж")
        #expect(screen.text.contains("▶ ak-zhol — Ak Zhol"))
        screen.type("⏎30⏎-⏎")
        screen.type("sКНП⏎20⏎+⏎")
        let codings = try f.db.codings(ofSegment: id)
        #expect(codings.map(\.subject) == ["ak-zhol", "knpk"])
        #expect(codings.map(\.tone) == [.negative, .positive])
    }

    @Test func typeAheadFindsSubjectsByTheirKazakhNames() throws {
        let f = try Fixture()
        try f.item("20:00:00", "20:01:00")
        let screen = try f.screen()
        screen.type("sЖСДП")
        #expect(screen.text.contains("▶ osdp"))
        screen.type("⎋sҚазақстан Коммунистік")
        #expect(screen.text.contains("▶ knpk"))
    }

    @Test func refusesSecondsBeyondTheItemAndChangesNothing() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")   // 150 s
        let screen = try f.screen()
        screen.type("snur-otan⏎100⏎0⏎")
        screen.type("sak-zhol⏎60⏎")
        // Refused on Enter, before the tone is asked: the prompt keeps the number to correct.
        #expect(screen.text.contains("amount: the codings of aigerim add up to 160 seconds, more than the item's 150"))
        #expect(!screen.text.contains("Tone of ak-zhol"))
        #expect(try f.db.codings(ofSegment: id).map(\.subject) == ["nur-otan"])
        #expect(!screen.text.contains("ak-zhol (Ak Zhol)"))
        #expect(screen.text.contains("Amount (seconds, 50 left) for ak-zhol: 60"))
        screen.type("⌫⌫50⏎0⏎")
        #expect(try f.db.codings(ofSegment: id).map(\.amount) == [100, 50])
    }

    @Test func typingReplacesAPrefilledAmountInsteadOfAppendingToIt() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎6.5⏎0⏎")
        screen.type("⏎")                      // the saved amount comes up prefilled
        #expect(screen.text.contains("for nur-otan: 6.5"))
        screen.type("100⏎⏎")
        #expect(try f.db.codings(ofSegment: id).map(\.amount) == [100])
        screen.type("⏎⏎⏎")                     // Enter keeps a prefilled value as it is
        #expect(try f.db.codings(ofSegment: id).map(\.amount) == [100])
    }

    @Test func ctrlUClearsWhatWasTyped() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎99")
        screen.handle(.ctrl("u"))
        #expect(screen.text.contains("for nur-otan: ▏"))
        screen.type("30⏎0⏎⏎")
        screen.handle(.ctrl("u"))             // clears a prefilled value too
        screen.type("45⏎⏎")
        #expect(try f.db.codings(ofSegment: id).map(\.amount) == [45])
    }

    @Test func refusesAnAmountOverTheItemBeforeAskingTheTone() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")   // 150 s
        let screen = try f.screen()
        screen.type("snur-otan⏎200⏎")
        #expect(screen.text.contains("more than the item's 150"))
        #expect(!screen.text.contains("Tone of nur-otan"))
        screen.type("0")                      // a tone key here is a digit of the amount, not a tone
        #expect(try f.db.codings(ofSegment: id).isEmpty)
    }

    @Test func refusesDirectSpeechAboveTheAmountNamingTheField() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎40⏎0⏎d50⏎")
        #expect(screen.text.contains("direct: direct speech (50) exceeds the subject's amount (40)"))
        #expect(try f.db.codings(ofSegment: id).first?.direct == nil)
        screen.type("d12⏎")
        #expect(try f.db.codings(ofSegment: id).first?.direct == 12)
    }

    @Test func refusesAnAmountThatIsNotANumberAndKeepsAsking() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎abc⏎")
        #expect(screen.text.contains("amount: \"abc\" is not a number of seconds"))
        screen.type("⌫⌫⌫1:10⏎0⏎")
        #expect(try f.db.codings(ofSegment: id).first?.amount == 70)
    }

    @Test func recodingASubjectReplacesItAndUndoRestoresIt() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎40⏎0⏎")
        screen.type("+⏎")                 // the saved row stays chosen: change its tone
        #expect(try f.db.codings(ofSegment: id).first?.tone == .positive)
        screen.type("u")
        #expect(try f.db.codings(ofSegment: id).first?.tone == .neutral)
        screen.type("u")
        #expect(try f.db.codings(ofSegment: id).isEmpty)
        screen.type("u")
        #expect(screen.text.contains("Nothing to undo"))
        let fields = try f.db.auditLog(coder: "aigerim").map { "\($0.field):\($0.old ?? "∅")→\($0.new ?? "∅")" }
        #expect(fields == ["amount:∅→40", "tone:∅→neutral", "tone:neutral→positive", "tone:positive→neutral",
                           "amount:40→∅", "tone:neutral→∅"])
    }

    @Test func removesTheChosenCodingAndUndoBringsItBack() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎40⏎-⏎x")
        #expect(try f.db.codings(ofSegment: id).isEmpty)
        screen.type("u")
        let back = try f.db.codings(ofSegment: id)
        #expect(back.map(\.amount) == [40])
        #expect(back.map(\.tone) == [.negative])
    }

    @Test func codesTheGenreWithADigitAndCountsTheItemAsDone() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        try f.item("20:02:30", "20:04:00")
        let screen = try f.screen()
        #expect(screen.text.contains("coded 0/2"))
        screen.type("g1⏎")
        #expect(screen.text.contains("Genre: News"))
        #expect(screen.text.contains("coded 1/2"))
        #expect(try f.db.auditLog().last?.new == "news")
        #expect(try f.db.auditLog().last?.segment == id)
    }

    @Test func findsAGenreByTypingPartOfItsRussianName() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("gинтер⏎⏎")
        #expect(try f.db.auditLog().map(\.new) == ["interview"])
        #expect(try f.db.auditLog().map(\.segment) == [id])
        screen.type("u")
        #expect(try f.db.auditLog().map(\.new) == ["interview", nil])
    }

    @Test func codesPrintItemsInSquareCentimetres() throws {
        let f = try Fixture()
        let id = try f.db.addSegment(NewSegment(outlet: "panorama", date: Fixture.day, placement: .print(page: 3, area: 420),
                                                title: "Выборы", text: "Партия «Ак жол» представила программу.")).id
        let screen = try CoderScreen(database: f.db, coder: "aigerim", scope: QueueScope(outlet: "panorama", date: Fixture.day))
        #expect(screen.text.contains("p. 3  420 cm²  Выборы"))
        screen.type("0")
        #expect(screen.text.contains("Amount (cm², 420 left) for ak-zhol"))
        screen.type("500⏎")
        #expect(screen.text.contains("amount: the codings of aigerim add up to 500 cm², more than the item's 420"))
        // The refused amount stays in the prompt: correct it, and the tone chosen first still holds.
        screen.type("⌫⌫⌫120,5⏎⏎")
        #expect(try f.db.codings(ofSegment: id).map(\.amount) == [120.5])
        #expect(try f.db.codings(ofSegment: id).map(\.tone) == [.neutral])
    }

    @Test func movesBetweenItemsAndStartsAtTheFirstUncoded() throws {
        let f = try Fixture()
        let first = try f.item("20:00:00", "20:01:00", title: "Первый")
        try f.item("20:01:00", "20:02:00", title: "Второй")
        try f.item("20:02:00", "20:03:00", title: "Третий")
        try f.db.code(NewCoding(subject: "cec", amount: 10, tone: .neutral, coder: "aigerim"), segment: first)
        let screen = try f.screen()
        #expect(screen.text.contains("Второй"))
        #expect(screen.text.contains("2/3"))
        screen.type("n")
        #expect(screen.text.contains("Третий"))
        screen.type("pp")
        #expect(screen.text.contains("Первый"))
        #expect(screen.text.contains("cec ("))
        #expect(screen.text.contains("saved"))
        screen.type("N")
        #expect(screen.text.contains("Второй"))
    }

    @Test func showsHelpOnQuestionMarkAndClosesOnAnyKey() throws {
        let f = try Fixture()
        try f.item("20:00:00", "20:01:00")
        let screen = try f.screen()
        screen.type("?")
        #expect(screen.text.contains("keys (any key closes this help)"))
        screen.type("x")
        #expect(!screen.text.contains("any key closes"))
    }

    @Test func quitsOnQAndCtrlC() throws {
        let f = try Fixture()
        try f.item("20:00:00", "20:01:00")
        let screen = try f.screen()
        #expect(screen.handle(.char("q")) == [.quit])
        screen.type("s")
        #expect(screen.handle(.ctrl("c")) == [.quit])
    }
}

@Suite struct SuggestionTests {
    @Test func suggestsSubjectsNamedOnlyInTheTitle() throws {
        let f = try Fixture()
        try f.item("20:00:00", "20:02:30", title: "ЦИК зарегистрировал список ОСДП")
        let screen = try f.screen()
        #expect(screen.text.contains("▶ cec ("))
        #expect(screen.text.contains("  osdp ("))
    }

    @Test func cueSecondsStayWithinTheItem() {
        let cues = [TimedCue(start: 50, end: 80, text: "Нур Отан")]
        let text = ItemText(text: nil, cues: cues, extent: 60, finder: NoMentionsButNurOtan())
        #expect(text.suggestions == [SuggestedCoding(subject: "nur-otan", amount: 10)])
    }

    /// The coder screen passes the item's date: an office-holder's name is suggested only then.
    @Test func anItemsDateDecidesWhoHoldsAnOffice() throws {
        let matcher = try MentionMatcher(codebook: CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012))
        let text = "Касым-Жомарт Токаев провел совещание."
        #expect(ItemText(text: text, cues: [], extent: 60, finder: matcher, date: LocalDate("2012-01-05")).suggestions.isEmpty)
        #expect(ItemText(text: text, cues: [], extent: 60, finder: matcher, date: LocalDate("2022-03-16")).suggestions.map(\.subject) == ["president"])
    }

    struct NoMentionsButNurOtan: MentionFinder {
        func mentions(in text: String) -> [Mention] {
            text.contains("Нур Отан") ? [Mention(subject: "nur-otan", start: 0, end: 8, text: "Нур Отан")] : []
        }
    }
}
