import Foundation

/// Converts between the mission's local time (what monitors see on screen and in logs) and UTC
/// (what the database stores), through the tz database: Kazakhstan's offsets changed over the
/// years, so a fixed offset would be wrong for some dates.
public struct MissionClock: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) { self.timeZone = timeZone }
    public init(codebook: Codebook) { self.timeZone = codebook.timeZone }

    /// Seconds since 1970 UTC of a local date and time.
    public func utcSeconds(of date: LocalDate, at time: TimeOfDay) -> Int {
        let naive = date.dayNumber * 86_400 + time.seconds
        // The offset at the naive instant, corrected once for a transition in between.
        var offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(naive)))
        offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(naive - offset)))
        return naive - offset
    }

    /// The local date and time of an instant.
    public func local(_ utcSeconds: Int) -> (date: LocalDate, time: TimeOfDay) {
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utcSeconds)))
        let local = utcSeconds + offset
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (LocalDate(dayNumber: day), TimeOfDay(seconds: local - day * 86_400)!)
    }
}

/// UTC instants as the database writes them: `2012-01-05T13:00:00Z`, sortable as text.
public enum UTCTimestamp {
    /// Built byte by byte: imports write two per programme, item and cue.
    public static func string(_ seconds: Int) -> String {
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let date = LocalDate(dayNumber: day)
        let s = seconds - day * 86_400
        var bytes = [UInt8](repeating: 0, count: 20)
        func put(_ value: Int, _ at: Int, _ width: Int) {
            var v = value
            for k in stride(from: at + width - 1, through: at, by: -1) { bytes[k] = UInt8(48 + v % 10); v /= 10 }
        }
        put(date.year, 0, 4); bytes[4] = 45; put(date.month, 5, 2); bytes[7] = 45; put(date.day, 8, 2)
        bytes[10] = 84; put(s / 3600, 11, 2); bytes[13] = 58; put(s / 60 % 60, 14, 2); bytes[16] = 58; put(s % 60, 17, 2)
        bytes[19] = 90
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DDThh:mm:ssZ` byte by byte: reports read it once per coding, a million times
    /// for a large mission, so it must not build substrings.
    public static func seconds(_ text: String) -> Int? {
        if let parsed = text.utf8.withContiguousStorageIfAvailable(parse) { return parsed }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(parse) ?? nil
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for i in from..<from + count {
                let d = Int(b[i]) - 0x30
                guard (0...9).contains(d) else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2), let h = number(11, 2),
              let mi = number(14, 2), let s = number(17, 2),
              let date = LocalDate(year: y, month: mo, day: d),
              h <= 24, mi <= 59, s <= 59, let time = TimeOfDay(seconds: h * 3600 + mi * 60 + s) else { return nil }
        return date.dayNumber * 86_400 + time.seconds
    }

    /// The current time with milliseconds, for audit entries.
    public static func now() -> String {
        let now = Date().timeIntervalSince1970
        let whole = Int(now.rounded(.down))
        let millis = Int((now - Double(whole)) * 1000)
        let digits = String(millis)
        return String(string(whole).dropLast()) + "." + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + "Z"
    }
}
