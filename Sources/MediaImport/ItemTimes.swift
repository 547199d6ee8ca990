import MediaModel

/// How a monitor writes a broadcast item's times, and the rules that keep a typo from becoming a
/// day-long item: the end comes after the start; an item that runs past midnight says so with its
/// end written past 24 (`23:55:00` to `24:05:00`); and no item is longer than `longest`.
public enum ItemTimes {
    /// Six hours: longer than any news item or programme part a mission codes, far shorter than
    /// the 23 h 50 min an end typed before its start would make.
    public static let longest = 6 * 3600

    /// The end of an item starting at `start`, from `text` (`HH:MM:SS` or `HH:MM`, hours up to 30
    /// past midnight of the item's day). Errors name the field `end`.
    public static func end(_ text: String, after start: TimeOfDay) throws(InputError) -> TimeOfDay {
        guard let seconds = secondsPastMidnight(text) else {
            throw InputError(field: "end", "\"\(text)\" is not a time (HH:MM:SS; past midnight 24:05:00)")
        }
        guard seconds > start.seconds else {
            let later = seconds + 86_400
            let advice = later - start.seconds <= longest
                ? ": an item that runs past midnight is written with its end past 24, here \(written(later))" : ""
            throw InputError(field: "end", "the item ends (\(text)) before it starts (\(start))\(advice)")
        }
        guard seconds - start.seconds <= longest else {
            throw InputError(field: "end", "the item runs from \(start) to \(text), longer than an item can be (\(longest / 3600) hours)")
        }
        // Placement keeps a time of day: an end before the start is the next day.
        return TimeOfDay(seconds: seconds > 86_400 ? seconds - 86_400 : seconds)!
    }

    /// `HH:MM[:SS]` as seconds after midnight, hours 0–30; nil for anything else (signs, letters).
    public static func secondsPastMidnight(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, (1...2).contains(parts[0].count),
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.map { Int($0)! }
        let (h, m, s) = (numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : 0)
        guard h <= 30, m < 60, s < 60 else { return nil }
        return h * 3600 + m * 60 + s
    }

    static func written(_ seconds: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }
}
