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
    public static func string(_ seconds: Int) -> String {
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let date = LocalDate(dayNumber: day)
        let time = TimeOfDay(seconds: seconds - day * 86_400)!
        return "\(date)T\(time)Z"
    }

    public static func seconds(_ text: String) -> Int? {
        guard text.count == 20, text.hasSuffix("Z") else { return nil }
        let parts = text.dropLast().split(separator: "T")
        guard parts.count == 2, let date = LocalDate(String(parts[0])), let time = TimeOfDay(String(parts[1])) else { return nil }
        return date.dayNumber * 86_400 + time.seconds
    }

    /// The current time with milliseconds, for audit entries.
    public static func now() -> String {
        let now = Date().timeIntervalSince1970
        let whole = Int(now.rounded(.down))
        let millis = Int((now - Double(whole)) * 1000)
        return String(string(whole).dropLast()) + String(format: ".%03dZ", millis)
    }
}
