import Foundation
import MediaCoder
import MediaModel
import MediaStore
import Testing

@Suite struct CoderQueueTests {
    @Test func doubleCodingShowsOthersItemsButNotTheirValues() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30", title: "Съезд", text: "«Нұр Отан» съезі")
        try f.item("20:02:30", "20:03:00", title: "Погода")
        try f.db.code(NewCoding(subject: "nur-otan", amount: 97, direct: 13, tone: .positive, coder: "aigerim"), segment: id, genre: "interview")

        let second = try f.screen(coder: "daniyar", double: true)
        #expect(second.progress.total == 1)
        #expect(second.text.contains("Съезд"))
        #expect(second.text.contains("double coding"))
        #expect(!second.text.contains("97"))
        #expect(!second.text.contains("positive"))
        #expect(!second.text.contains("Interview"))
        second.type("0")
        second.type("80⏎⏎")
        let codings = try f.db.codings(ofSegment: id)
        #expect(codings.map(\.coder) == ["aigerim", "daniyar"])
        #expect(try f.db.segment(id: id)?.primaryCoder == "aigerim")
    }

    @Test func doubleCodingKeepsToTheDrawnSample() throws {
        let f = try Fixture()
        let picked = try f.item("20:00:00", "20:01:00", title: "В выборке")
        let other = try f.item("20:01:00", "20:02:00", title: "Вне выборки")
        for id in [picked, other] {
            try f.db.code(NewCoding(subject: "cec", amount: 5, tone: .neutral, coder: "aigerim"), segment: id)
        }
        _ = try f.db.assignDoubleCoding([picked], outlets: ["khabar"], percent: 50, seed: 1, by: "lead")
        let second = try f.screen(coder: "daniyar", double: true)
        #expect(second.progress.total == 1)
        #expect(second.text.contains("В выборке"))
    }

    @Test func anItemWithOnlyAGenreFromAnotherCoderIsTheirs() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:01:00", title: "Реклама")
        try f.db.setGenre("paid-advertising", segment: id, coder: "aigerim")
        #expect(try f.screen(coder: "daniyar").progress.total == 0)
        #expect(try f.screen(coder: "daniyar", double: true).progress.total == 1)
        #expect(try f.screen(coder: "aigerim").progress == (1, 1))
    }

    @Test func ordinaryQueueLeavesOutItemsOthersCoded() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30", title: "Съезд")
        try f.item("20:02:30", "20:03:00", title: "Погода")
        try f.db.code(NewCoding(subject: "cec", amount: 5, tone: .neutral, coder: "aigerim"), segment: id)
        let screen = try f.screen(coder: "daniyar")
        #expect(screen.progress.total == 1)
        #expect(screen.text.contains("Погода"))
    }

    @Test func aFirstCoderKeepsTheirItemsOnceSomeoneDoubleCodesThem() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30", title: "Съезд")
        try f.db.code(NewCoding(subject: "cec", amount: 5, tone: .neutral, coder: "aigerim"), segment: id)
        try f.db.code(NewCoding(subject: "cec", amount: 6, tone: .neutral, coder: "daniyar"), segment: id)
        #expect(try f.screen(coder: "aigerim").progress == (1, 1))
        #expect(try f.screen(coder: "daniyar", double: true).progress == (1, 1))
    }

    @Test func cutsAnItemOutOfAProgrammeAndCodesIt() throws {
        let f = try Fixture()
        let programme = try f.programme("20:00:00", "20:30:00", title: "Жаңалықтар")
        let screen = try f.screen()
        #expect(screen.text.contains("Programme 20:00:00–20:30:00  Жаңалықтар"))
        screen.type("i⌫⌫⌫⌫⌫⌫⌫⌫20:01:00⏎")
        screen.type("⌫⌫⌫⌫⌫⌫⌫⌫20:03:30⏎ЦИК⏎")
        #expect(screen.text.contains("20:01:00–20:03:30  150 s  ЦИК"))
        screen.type("scec⏎30⏎0⏎")
        let items = try f.db.segments(SegmentFilter(outlet: "khabar"))
        #expect(items.count == 1)
        #expect(items.first?.programmeID == programme)
        #expect(try f.db.codings(ofSegment: items[0].id).map(\.subject) == ["cec"])
        // The next item starts where the last one ended.
        screen.type("i")
        #expect(screen.text.contains("start: 20:03:30"))
    }

    @Test func datesAnItemAfterMidnightByTheDayItStarts() throws {
        let f = try Fixture()
        let programme = try f.programme("23:50:00", "00:20:00", title: "Түнгі жаңалықтар")
        let screen = try f.screen()
        screen.type("i⌫⌫⌫⌫⌫⌫⌫⌫00:05:00⏎⌫⌫⌫⌫⌫⌫⌫⌫00:10:00⏎⏎")
        let items = try f.db.segments()
        #expect(items.map(\.date) == [LocalDate("2012-01-06")!])
        #expect(items.map(\.extent) == [300])
        #expect(items.first?.programmeID == programme)
    }

    @Test func startsAtTheFirstUncodedItemBeforeProgrammesLeftUncut() throws {
        let f = try Fixture()
        try f.programme("18:00:00", "18:30:00", title: "Концерт")
        try f.programme("20:00:00", "20:30:00", title: "Жаңалықтар")
        let first = try f.item("20:00:00", "20:01:00", title: "Сюжет 1")
        try f.item("20:01:00", "20:02:00", title: "Сюжет 2")
        try f.db.code(NewCoding(subject: "cec", amount: 5, tone: .neutral, coder: "aigerim"), segment: first)
        #expect(try f.screen().text.contains("Сюжет 2"))
        // Nothing left to code: the programme still to cut.
        let fresh = try Fixture()
        try fresh.programme("18:00:00", "18:30:00", title: "Концерт")
        #expect(try fresh.screen().text.contains("Programme 18:00:00–18:30:00  Концерт"))
    }

    @Test func refusesAnItemOutsideItsProgramme() throws {
        let f = try Fixture()
        try f.programme("20:00:00", "20:30:00", title: "Жаңалықтар")
        let screen = try f.screen()
        screen.type("i⏎⌫⌫⌫⌫⌫⌫⌫⌫20:45:00⏎⏎")
        #expect(screen.text.contains("end: 20:45:00 is after the programme ends (20:30:00)"))
        #expect(try f.db.segments().isEmpty)
    }

    @Test func programmesOutsideTheMonitoringWindowAreNotQueued() throws {
        let f = try Fixture()
        try f.programme("03:45:00", "04:15:00", title: "Ночной эфир")
        try f.programme("17:30:00", "18:10:00", title: "Перед окном")
        try f.programme("20:00:00", "20:30:00", title: "Жаңалықтар")
        let screen = try f.screen()
        #expect(screen.entries.count == 2, "\(screen.entries)")
        #expect(screen.text.contains("Programme 17:30:00–18:10:00  Перед окном"))
        #expect(!screen.entries.contains { if case .programme(let p) = $0 { p.title == "Ночной эфир" } else { false } })
    }

    @Test func aProgrammeStaysQueuedUntilItsTimeIsCut() throws {
        let f = try Fixture()
        let programme = try f.programme("20:00:00", "20:30:00", title: "Жаңалықтар")
        _ = try f.db.addItem(inProgramme: programme, start: TimeOfDay("20:00:00")!, end: TimeOfDay("20:05:00")!, title: "ЦИК")
        let screen = try f.screen()
        #expect(screen.entries.count == 2)
        #expect(screen.entries.contains { if case .programme(let p) = $0 { p.id == programme } else { false } })
        // Once items cover the whole programme, it leaves the queue.
        _ = try f.db.addItem(inProgramme: programme, start: TimeOfDay("20:05:00")!, end: TimeOfDay("20:30:00")!, title: "Спорт")
        #expect(try f.screen().entries.count == 2)
        #expect(!(try f.screen().entries.contains { if case .programme = $0 { true } else { false } }))
    }

    @Test func doubleCodingOffersOnlyPickedItemsSomeoneElseCoded() throws {
        let f = try Fixture()
        let picked = try f.item("20:00:00", "20:01:00", title: "Первый")
        let notPicked = try f.item("20:01:00", "20:02:00", title: "Второй")
        let uncoded = try f.item("20:02:00", "20:03:00", title: "Третий")
        let own = try f.item("20:03:00", "20:04:00", title: "Свой")
        for id in [picked, notPicked] { try f.db.code(NewCoding(subject: "cec", amount: 5, tone: .neutral, coder: "aigerim"), segment: id) }
        try f.db.code(NewCoding(subject: "cec", amount: 5, tone: .neutral, coder: "dana"), segment: own)
        _ = try f.db.assignDoubleCoding([picked, uncoded, own], outlets: [], percent: 50, seed: 1, by: "lead")
        let titles = { (coder: String) in try f.screen(coder: coder, double: true).entries.compactMap { entry -> String? in
            if case .item(let item) = entry { item.segment.title } else { nil } } }
        // Not Второй (not picked), not Третий (nobody coded it yet), not dana's own first coding.
        #expect(try titles("dana") == ["Первый"])
        #expect(try titles("aigerim") == ["Свой"])
    }

    @Test func typingATimeReplacesThePrefilledStart() throws {
        let f = try Fixture()
        try f.programme("18:00:00", "18:30:00", title: "Жаңалықтар")
        let screen = try f.screen()
        screen.type("i")
        #expect(screen.text.contains("start: 18:00:00"))
        screen.type("18:00:02⏎")
        #expect(screen.text.contains("New item from 18:00:02: end"))
        #expect(!screen.text.contains("18:00:0018:00:02"))
    }

    @Test func refusesAStartOutsideTheProgrammeOnTheSpot() throws {
        let f = try Fixture()
        try f.programme("20:00:00", "20:30:00", title: "Жаңалықтар")
        let screen = try f.screen()
        screen.type("i19:00:00⏎")
        #expect(screen.text.contains("start: 19:00:00 is outside the programme (20:00:00–20:30:00)"))
        #expect(screen.text.contains("New item in Жаңалықтар: start"))
        #expect(try f.db.segments().isEmpty)
    }

    @Test func undoRemovesAnItemAddedByMistake() throws {
        let f = try Fixture()
        try f.programme("20:00:00", "20:30:00", title: "Жаңалықтар")
        let screen = try f.screen()
        screen.type("i⏎⏎⏎")
        #expect(try f.db.segments().count == 1)
        screen.type("u")
        #expect(try f.db.segments().isEmpty)
    }

    @Test func refusesAnOutletOrDayOutsideTheCodebook() throws {
        let f = try Fixture()
        #expect(throws: InputError.self) {
            try CoderScreen(database: f.db, coder: "a", scope: QueueScope(outlet: "bbc"))
        }
        #expect(throws: InputError.self) {
            try CoderScreen(database: f.db, coder: "a", scope: QueueScope(date: LocalDate("2012-02-01")!))
        }
    }
}
