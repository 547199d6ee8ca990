import Foundation
import Testing
@testable import MediaModel

@Suite struct TimeTests {
    @Test func parsesDatesInBothWrittenForms() {
        #expect(LocalDate("2012-01-05") == LocalDate(year: 2012, month: 1, day: 5))
        #expect(LocalDate("05.01.2012") == LocalDate(year: 2012, month: 1, day: 5))
        #expect(LocalDate("2012-02-30") == nil)
        #expect(LocalDate("2012-1-5") == nil)
        #expect(LocalDate("yesterday") == nil)
        #expect(LocalDate("2012-02-29") != nil)
        #expect(LocalDate("2011-02-29") == nil)
    }

    @Test func countsDaysAcrossYearEnds() {
        let first = LocalDate("2011-12-16")!
        #expect(first.adding(days: 16) == LocalDate("2012-01-01"))
        #expect(LocalDate("1970-01-01")!.dayNumber == 0)
        for n in stride(from: -800_000, to: 2_900_000, by: 997) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func parsesTimesOfDay() {
        #expect(TimeOfDay("20:01:10")?.seconds == 72070)
        #expect(TimeOfDay("18:00")?.seconds == 64800)
        #expect(TimeOfDay("24:00")?.seconds == 86400)
        #expect(TimeOfDay("24:01") == nil)
        #expect(TimeOfDay("12:60") == nil)
        #expect(TimeOfDay("noon") == nil)
    }

    /// Almaty was UTC+6 in 2012 (and moved to UTC+5 in 2024): the tz database, not a fixed offset.
    @Test func convertsAlmatyLocalTimeToUTCThroughTheTzDatabase() {
        let clock = MissionClock(timeZone: TimeZone(identifier: "Asia/Almaty")!)
        let utc = clock.utcSeconds(of: LocalDate("2012-01-05")!, at: TimeOfDay("20:00:00")!)
        #expect(UTCTimestamp.string(utc) == "2012-01-05T14:00:00Z")
        let local = clock.local(utc)
        #expect(local.date == LocalDate("2012-01-05") && local.time == TimeOfDay("20:00:00"))
        let after2024 = clock.utcSeconds(of: LocalDate("2025-01-05")!, at: TimeOfDay("20:00:00")!)
        #expect(UTCTimestamp.string(after2024) == "2025-01-05T15:00:00Z")
        // Past midnight local is the previous day in UTC... and the other way round.
        let early = clock.utcSeconds(of: LocalDate("2012-01-01")!, at: TimeOfDay("03:00:00")!)
        #expect(UTCTimestamp.string(early) == "2011-12-31T21:00:00Z")
        #expect(UTCTimestamp.seconds("2011-12-31T21:00:00Z") == early)
    }

    @Test func measuresItemsRunningPastMidnight() {
        let late = Placement.broadcast(start: TimeOfDay("23:58:00")!, end: TimeOfDay("00:02:00")!)
        #expect(late.extent == 240)
        #expect(Placement.broadcast(start: TimeOfDay("20:00:00")!, end: TimeOfDay("20:02:30")!).extent == 150)
    }
}
