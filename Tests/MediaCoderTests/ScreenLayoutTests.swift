import Foundation
import MediaCoder
import MediaModel
import MediaStore
import MediaText
import Testing

@Suite struct ScreenLayoutTests {
    @Test(arguments: [(80, 24), (120, 40), (200, 60), (40, 12)])
    func fillsTheTerminalExactlyWithoutWrapping(width: Int, height: Int) throws {
        let f = try Fixture()
        let long = String(repeating: "Партия «Нур Отан» и ОСДП обсудили выборы в Мажилис. ", count: 40)
        try f.item("20:00:00", "20:02:30", title: String(repeating: "Очень длинный заголовок ", count: 10), text: long)
        let screen = try f.screen()
        for keys in ["", "?", "x", "s", "⎋g", "⎋snur⏎"] {
            screen.type(keys)
            let lines = screen.render(width: width, height: height).map(strippingANSI)
            #expect(lines.count == height)
            #expect(lines.allSatisfy { $0.count == width }, "after \(keys): \(lines.map(\.count))")
        }
    }

    @Test func highlightsMentionsInTheItemText() throws {
        let f = try Fixture()
        try f.item("20:00:00", "20:02:30", text: "Съезд партии «Нур Отан» прошёл в Астане.")
        let screen = try f.screen()
        let ansi = screen.render(width: 80, height: 24).joined(separator: "\n")
        #expect(ansi.contains("\u{1B}[0;1;33mНур Отан"))
        #expect(!ansi.contains("\u{1B}[0;1;33mпрошёл"))
    }

    /// A failing text library (ICU) is said on the screen, never shown as an item naming no subject.
    @Test func saysWhenTheTextLibraryFailedInsteadOfSuggestingNothing() throws {
        let f = try Fixture()
        try f.item("20:00:00", "20:02:30", text: "Съезд партии «Нур Отан» прошёл в Астане.")
        let screen = try CoderScreen(database: f.db, coder: "aigerim", scope: QueueScope(outlet: "khabar", date: Fixture.day, doubleCoding: false),
                                     finder: FailingFinder())
        let lines = screen.render(width: 100, height: 30).map(strippingANSI).joined(separator: "\n")
        #expect(lines.contains("No subjects are marked or suggested here: the text library"), "\(lines)")
        #expect(lines.contains("Съезд партии"))
    }

    struct FailingFinder: MentionFinder {
        func mentions(in text: String) throws(TextProcessingError) -> [Mention] {
            throw TextProcessingError("word breaking", code: 7)
        }
    }

    @Test func highlightsMentionsInTheTitleToo() throws {
        let f = try Fixture()
        try f.item("20:00:00", "20:02:30", title: "ЦИК и ОСДП", text: "Нұр Отан")
        let ansi = try f.screen().render(width: 80, height: 24)[1]
        #expect(ansi.contains("\u{1B}[0;1;36mЦИК"))   // the second colour: Nur Otan came first, in the text
        #expect(ansi.contains("\u{1B}[0;1;32mОСДП"))
        #expect(ansi.contains("\u{1B}[0;1m и "))
    }

    @Test func neverPassesControlCharactersFromImportedTextToTheTerminal() throws {
        let f = try Fixture()
        try f.item("20:00:00", "20:02:30", title: "Злой\u{1B}[2J заголовок", text: "Текст\u{07}\u{1B}]0;title\u{07} «Нур Отан»\u{9B}")
        let screen = try f.screen()
        let out = screen.render(width: 80, height: 24).joined()
        #expect(!out.contains("\u{1B}[2J"))
        #expect(!out.contains("\u{07}"))
        #expect(!out.contains("\u{1B}]"))
        #expect(!out.contains("\u{9B}"))
        #expect(screen.text.contains("Злой [2J заголовок"))
    }

    @Test func helpFitsEightyColumnsUncut() throws {
        let f = try Fixture()
        let screen = try f.screen()
        screen.type("?")
        let lines = screen.renderLines(width: 200, height: 40).map { $0.plain.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains { $0.hasPrefix("Ctrl-L") })
        #expect(lines.allSatisfy { $0.count <= 79 }, "\(lines.filter { $0.count > 79 })")
    }

    @Test func saysSoWhenThereIsNothingToCode() throws {
        let f = try Fixture()
        let screen = try f.screen()
        #expect(screen.text.contains("Nothing to code here"))
        #expect(screen.handle(.char("0")) == [.bell])
    }

    @Test func helpScrollsOnASmallTerminalInsteadOfBeingCut() throws {
        let f = try Fixture()
        let screen = try f.screen()
        screen.type("?")
        var seen: [String] = []
        for _ in 0..<10 {
            let lines = screen.renderLines(width: 60, height: 15).map(\.plain)
            #expect(lines.count == 15)
            #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines.filter { $0.count > 60 })")
            seen += lines
            screen.handle(.char(" "))
        }
        // Every key's line was on screen at some point, the last one too.
        #expect(seen.contains { $0.contains("q  Ctrl-C") }, "\(seen)")
        #expect(seen.contains { $0.contains("repaint the screen") })
        screen.type("x")
        #expect(!screen.text.contains("keys (any key closes this help)"))
    }

    @Test func aLongRefusalIsWrappedNotCutAtTheScreenEdge() throws {
        let f = try Fixture()
        try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎500⏎")
        let text = screen.renderLines(width: 60, height: 20).map { $0.plain.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("amount: the codings of aigerim add up to 500 seconds, more than the item's 150"), "\(text)")
    }

    @Test func onlineItemsShowTheirTitle() throws {
        let f = try Fixture()
        let url = "https://tengrinews.kz/kazakhstan_news/tsik-zaregistriroval-spiski-kandidatov-ot-politicheskih-partiy-207001/"
        _ = try f.db.addSegment(NewSegment(outlet: "tengrinews", date: Fixture.day, placement: .online(characters: 1200, url: url),
                                           title: "ЦИК зарегистрировал списки"))
        let screen = try CoderScreen(database: f.db, coder: "aigerim", scope: QueueScope(outlet: "tengrinews", date: Fixture.day))
        let top = screen.renderLines(width: 80, height: 24)[1].plain
        #expect(top.contains("ЦИК зарегистрировал списки"), "\(top)")
    }

    @Test func doubleCodingADayOutsideTheSampleSaysSoWithoutImportAdvice() throws {
        let f = try Fixture()
        let screen = try f.screen(coder: "daniyar", double: true)
        #expect(screen.text.contains("Nothing to double-code here"))
        #expect(!screen.text.contains("Import programmes"))
    }
}
