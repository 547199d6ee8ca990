import Foundation

/// A calendar day in the mission's local time zone, written `YYYY-MM-DD`.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; also accepts `DD.MM.YYYY`, the way dates are written in Kazakhstan.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let dash = t.split(separator: "-", omittingEmptySubsequences: false)
        let dot = t.split(separator: ".", omittingEmptySubsequences: false)
        if dash.count == 3, dash[0].count == 4, dash[1].count == 2, dash[2].count == 2,
           let y = Int(dash[0]), let m = Int(dash[1]), let d = Int(dash[2]) {
            self.init(year: y, month: m, day: d)
        } else if dot.count == 3, dot[2].count == 4, (1...2).contains(dot[0].count), (1...2).contains(dot[1].count),
                  let d = Int(dot[0]), let m = Int(dot[1]), let y = Int(dot[2]) {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    /// `YYYY-MM-DD`, written digit by digit: item keys and timestamps are built from it a million
    /// times in a large import, where `String(format:)` cost more than the database.
    public var description: String {
        guard (0...9999).contains(year) else { return String(format: "%04d-%02d-%02d", year, month, day) }
        return Digits.string(10) { put in
            put(year, 0, 4); put(-1, 4, 0); put(month, 5, 2); put(-1, 7, 0); put(day, 8, 2)
        }
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for day arithmetic without time zones.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A time of day as seconds since local midnight. `24:00:00` is allowed as the end of a day.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let seconds: Int

    public init?(seconds: Int) {
        guard (0...86_400).contains(seconds) else { return nil }
        self.seconds = seconds
    }

    /// Parses `HH:MM` or `HH:MM:SS`.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              (1...2).contains(parts[0].count), parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) : 0
        guard let s, (0...24).contains(h), (0...59).contains(m), (0...59).contains(s) else { return nil }
        self.init(seconds: h * 3600 + m * 60 + s)
    }

    /// `HH:MM:SS`, written digit by digit (see `LocalDate.description`).
    public var description: String {
        Digits.string(8) { put in
            put(seconds / 3600, 0, 2); put(-2, 2, 0); put(seconds / 60 % 60, 3, 2); put(-2, 5, 0); put(seconds % 60, 6, 2)
        }
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.seconds < b.seconds }
}

/// A span of local days, both ends included.
public struct DayRange: Hashable, Sendable, CustomStringConvertible {
    public let first: LocalDate
    public let last: LocalDate

    public init(first: LocalDate, last: LocalDate) {
        self.first = first
        self.last = last
    }

    public func contains(_ day: LocalDate) -> Bool { first <= day && day <= last }
    public var dayCount: Int { last.dayNumber - first.dayNumber + 1 }
    public var description: String { "\(first) – \(last)" }
}

/// The part of the day in which broadcast items count (prime time), local time.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible {
    public let from: TimeOfDay
    public let to: TimeOfDay

    public init(from: TimeOfDay, to: TimeOfDay) {
        self.from = from
        self.to = to
    }

    /// Whether an item starting at `start` (local) lies in the window.
    public func contains(start: TimeOfDay) -> Bool { from <= start && start < to }
    public var description: String { "\(from)–\(to)" }
}

/// How the amount of coverage is measured; a share is always within one unit.
public enum AmountUnit: String, Codable, Sendable, CaseIterable {
    case seconds
    case squareCentimetres = "cm2"
    case characters

    public var label: String {
        switch self {
        case .seconds: "seconds"
        case .squareCentimetres: "cm²"
        case .characters: "characters"
        }
    }

    /// An amount with its unit as a message says it: "1 second", "2.5 seconds", "1 character", "3 cm²".
    public func amount(_ value: Double) -> String {
        guard value == 1 else { return "\(value.formatted) \(label)" }
        switch self {
        case .seconds: return "1 second"
        case .squareCentimetres: return "1 cm²"
        case .characters: return "1 character"
        }
    }
}

public enum Tone: String, Codable, Sendable, CaseIterable, Comparable {
    case positive, neutral, negative

    public static func < (a: Tone, b: Tone) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Fixed-width decimal fields in a short ASCII string, without Foundation formatting.
enum Digits {
    /// `fill(put)` calls `put(value, at, width)` for each field; width 0 writes a separator:
    /// value -1 a `-`, -2 a `:`.
    static func string(_ count: Int, _ fill: ((Int, Int, Int) -> Void) -> Void) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            fill { value, at, width in
                if width == 0 { buffer[at] = value == -1 ? 0x2D : 0x3A; return }
                var v = value
                for k in stride(from: at + width - 1, through: at, by: -1) { buffer[k] = UInt8(48 + v % 10); v /= 10 }
            }
            return count
        }
    }
}
