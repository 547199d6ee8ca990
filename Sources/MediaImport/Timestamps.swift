import Foundation
import MediaModel

/// The date and time formats importers meet, parsed by hand: per-row Foundation date
/// formatting would dominate a large import.
enum Timestamps {
    /// XMLTV's `YYYYMMDDhhmmss ±hhmm` (seconds and the offset optional). Without an offset the
    /// time is local to `clock`'s zone. Returns UTC seconds.
    static func xmltv(_ text: some StringProtocol, clock: LocalClock) -> Int? {
        let bytes = Array(text.utf8)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= bytes.count else { return nil }
            var v = 0
            for k in i..<(i + n) {
                let b = bytes[k]
                guard b >= 48 && b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            i += n
            return v
        }
        guard let y = digits(4), let mo = digits(2), let d = digits(2), let h = digits(2), let mi = digits(2) else { return nil }
        var s = 0
        if i < bytes.count, bytes[i] >= 48 && bytes[i] <= 57 {
            guard let sec = digits(2) else { return nil }
            s = sec
        }
        guard let date = LocalDate(year: y, month: mo, day: d), h < 24, mi < 60, s < 60 else { return nil }
        while i < bytes.count, bytes[i] == 32 { i += 1 }
        if i == bytes.count { return clock.utc(date, h * 3600 + mi * 60 + s) }
        guard let offset = offset(bytes, &i), i == bytes.count else { return nil }
        return date.dayNumber * 86_400 + h * 3600 + mi * 60 + s - offset
    }

    /// `+0300`, `-05:00`, `Z`, `GMT`, `UT` at `i`: seconds east of UTC.
    static func offset(_ bytes: [UInt8], _ i: inout Int) -> Int? {
        guard i < bytes.count else { return nil }
        let rest = String(decoding: bytes[i...], as: UTF8.self)
        if rest == "Z" || rest == "GMT" || rest == "UT" || rest == "UTC" { i = bytes.count; return 0 }
        let sign: Int
        switch bytes[i] { case 43: sign = 1; case 45: sign = -1; default: return nil }
        let digits = bytes[(i + 1)...].filter { $0 != 58 }
        guard digits.count == 4, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let v = digits.map { Int($0 - 48) }
        let hours = v[0] * 10 + v[1], minutes = v[2] * 10 + v[3]
        guard hours <= 14, minutes < 60 else { return nil }
        i = bytes.count
        return sign * (hours * 3600 + minutes * 60)
    }

    /// ISO 8601 as feeds and NewsML write it: `2016-10-18T11:12:00-05:00`, `2012-01-05T13:00:00.5Z`,
    /// or a bare `2012-01-05` (taken as local midnight). Returns UTC seconds.
    static func iso8601(_ raw: String, clock: LocalClock) -> Int? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let date = LocalDate(text) { return clock.utc(date, 0) }
        guard text.count >= 16, let t = text.firstIndex(where: { $0 == "T" || $0 == " " }),
              let date = LocalDate(String(text[..<t])) else { return nil }
        var rest = text[text.index(after: t)...]
        var zone: Substring = ""
        if let z = rest.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) {
            zone = rest[z...]
            rest = rest[..<z]
        }
        if let dot = rest.firstIndex(of: ".") { rest = rest[..<dot] }
        guard let time = TimeOfDay(String(rest)), time.seconds < 86_400 else { return nil }
        if zone.isEmpty { return clock.utc(date, time.seconds) }
        let bytes = Array(zone.utf8)
        var i = 0
        guard let offset = offset(bytes, &i) else { return nil }
        return date.dayNumber * 86_400 + time.seconds - offset
    }

    /// RFC 822 / 1123 as RSS writes it: `Tue, 3 Jan 2006 19:57:00 +0300` (weekday and seconds optional).
    static func rfc822(_ raw: String, clock: LocalClock) -> Int? {
        var parts = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let first = parts.first, first.hasSuffix(",") || first.count == 3 && Int(first) == nil { parts.removeFirst() }
        guard parts.count >= 4, let day = Int(parts[0]), var year = Int(parts[2]) else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let m = months.firstIndex(of: String(parts[1].prefix(3)).lowercased()) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        guard let date = LocalDate(year: year, month: m + 1, day: day),
              let time = TimeOfDay(parts[3]), time.seconds < 86_400 else { return nil }
        guard parts.count >= 5 else { return clock.utc(date, time.seconds) }
        let bytes = Array(parts[4].utf8)
        var i = 0
        let named = ["EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "MSK": 3]
        let offset = Self.offset(bytes, &i) ?? named[parts[4]].map { $0 * 3600 }
        guard let offset else { return nil }
        return date.dayNumber * 86_400 + time.seconds - offset
    }

    /// Any of the article date forms: ISO 8601, RFC 822, or `DD.MM.YYYY[ HH:MM]`.
    static func articleDate(_ raw: String, clock: LocalClock) -> Int? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let v = iso8601(text, clock: clock) ?? rfc822(text, clock: clock) { return v }
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = parts.first, let date = LocalDate(first) else { return nil }
        if parts.count == 2 {
            guard let time = TimeOfDay(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
            return clock.utc(date, time.seconds)
        }
        return clock.utc(date, 0)
    }

    /// `2012-01-05T19:00:00`, `2012-01-05 19:00`, `05.01.2012 19:00:00`: local date and time.
    static func localDateTime(_ raw: String) -> (LocalDate, TimeOfDay)? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let sep = text.firstIndex(where: { $0 == "T" || $0 == " " }),
              let date = LocalDate(String(text[..<sep])),
              let time = TimeOfDay(String(text[text.index(after: sep)...])), time.seconds < 86_400 else { return nil }
        return (date, time)
    }
}

/// The mission's clock with the zone offset cached per hour, so that converting hundreds of
/// thousands of programme times does not ask the tz database each time.
final class LocalClock {
    let clock: MissionClock
    private var offsets: [Int: Int] = [:]

    init(_ clock: MissionClock) { self.clock = clock }
    convenience init(codebook: Codebook) { self.init(MissionClock(codebook: codebook)) }

    /// UTC seconds of a local date and time (seconds since local midnight).
    func utc(_ date: LocalDate, _ seconds: Int) -> Int {
        guard let time = TimeOfDay(seconds: seconds) else { return clock.utcSeconds(of: date, at: TimeOfDay(seconds: 0)!) + seconds }
        return clock.utcSeconds(of: date, at: time)
    }

    /// The local date of a UTC instant.
    func localDate(_ utc: Int) -> LocalDate {
        let hour = utc >= 0 ? utc / 3600 : (utc - 3599) / 3600
        let offset: Int
        if let cached = offsets[hour] {
            offset = cached
        } else {
            offset = clock.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3600)))
            offsets[hour] = offset
        }
        let local = utc + offset
        return LocalDate(dayNumber: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }
}
