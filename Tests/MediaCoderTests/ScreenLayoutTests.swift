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
        // The cold figure (no preparation) is printed for comparison.
        func measure(preparing: Bool) -> (median: Double, p95: Double, worst: Double) {
            var times: [Double] = []
            let clock = ContinuousClock()
            for key in keys(String(repeating: "n↓↑", count: 100)) {
                let took = clock.measure {
                    _ = screen.handle(key)
                    _ = screen.render(width: 80, height: 24)
                }
                if preparing { screen.prepareNeighbours() }
                times.append(Double(took.components.attoseconds) / 1e15 + Double(took.components.seconds) * 1000)
            }
            times.sort()
            return (times[times.count / 2], times[times.count * 95 / 100], times.last!)
        }
        let cold = measure(preparing: false)
        let (median, p95, worst) = measure(preparing: true)
        print("coder screen, 2,000 items, 300 keys: median \(median) ms, p95 \(p95) ms, worst \(worst) ms (cold: median \(cold.median), p95 \(cold.p95))")
        // The 95th percentile, not the worst: a shared test machine stalls now and then.
        #expect(p95 < 16)
    }
}
