import Foundation
import MediaCoder
import MediaModel
import MediaStore
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

    @Test func saysSoWhenThereIsNothingToCode() throws {
        let f = try Fixture()
        let screen = try f.screen()
        #expect(screen.text.contains("Nothing to code here"))
        #expect(screen.handle(.char("0")) == [.bell])
    }

    @Test func keystrokeAndRedrawStayUnderAFrameOnADayOfTwoThousandItems() throws {
        let f = try Fixture()
        let text = String(repeating: "Лидер ОСДП Жармахан Туякбай и «Нұр Отан» партиясы. ", count: 12)
        // 2,000 items of 10 s each from 18:00, inserted through the store.
        for i in 0..<2000 {
            let start = TimeOfDay(seconds: 18 * 3600 + i * 10)!, end = TimeOfDay(seconds: 18 * 3600 + i * 10 + 10)!
            _ = try f.db.addSegment(NewSegment(outlet: "khabar", date: Fixture.day, placement: .broadcast(start: start, end: end),
                                               title: "Item \(i)", text: text))
        }
        let screen = try f.screen()
        #expect(screen.progress.total == 2000)
        // As the terminal runs it: a key, the redraw, then the neighbours prepared while idle.
        // The cold figure (no preparation) is printed for comparison. The limit is checked on
        // the thread's CPU time, which other processes on a shared machine cannot inflate;
        // wall-clock figures are printed beside it.
        func measure(preparing: Bool) -> (cpu: [Double], wall: [Double]) {
            var cpu: [Double] = [], wall: [Double] = []
            for key in keys(String(repeating: "n↓↑", count: 100)) {
                let (c0, w0) = (threadCPUms(), wallms())
                _ = screen.handle(key)
                _ = screen.render(width: 80, height: 24)
                cpu.append(threadCPUms() - c0)
                wall.append(wallms() - w0)
                if preparing { screen.prepareNeighbours() }
            }
            return (cpu.sorted(), wall.sorted())
        }
        let cold = measure(preparing: false)
        let warm = measure(preparing: true)
        func summary(_ t: [Double]) -> String {
            String(format: "median %.2f ms, p95 %.2f ms, worst %.2f ms", t[t.count / 2], t[t.count * 95 / 100], t.last!)
        }
        print("coder screen, 2,000 items, 300 keys: CPU \(summary(warm.cpu)); wall \(summary(warm.wall)); cold CPU \(summary(cold.cpu))")
        #expect(warm.cpu[warm.cpu.count * 95 / 100] < 16)
        #expect(warm.cpu.last! < 50)
    }
}

private func threadCPUms() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

private func wallms() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}
