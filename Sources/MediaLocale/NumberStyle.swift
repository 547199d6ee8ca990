/// How figures and dates are written in each language: `24.0` and `12 480` in English,
/// `24,0` and `12 480` (a no-break space between thousands) in Russian and Kazakh, dates as
/// `2012-01-07` or `07.01.2012`. One decimal everywhere, from unrounded values.
public struct NumberStyle: Sendable, Equatable {
    public let decimalSeparator: Character
    public let groupSeparator: Character
    public let numericDates: Bool

    public init(_ language: Language) {
        switch language {
        case .en:
            // Unchanged from the first releases: a plain space groups thousands, a point marks decimals.
            decimalSeparator = "."; groupSeparator = " "; numericDates = false
        case .ru, .kk:
            decimalSeparator = ","; groupSeparator = "\u{00A0}"; numericDates = true
        }
    }

    /// Percent with one decimal: `24.0` / `24,0`; a dash when the value is not a number.
    public func percent(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let decimal = abs(Int(tenths)) % 10
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole)\(decimalSeparator)\(decimal)"
    }

    /// A change in points with its sign: `+3.2`, `−1.0`, `0.0`.
    public func points(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let text = percent(abs(value))
        if text == percent(0) { return text }
        return (value > 0 ? "+" : "−") + text
    }

    /// An amount with grouped thousands, whole when it is whole: `12 480`, `93.5` / `93,5`.
    public func amount(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "–" }
        let rounded = (value * 10).rounded() / 10
        let whole = Int(rounded.rounded(.towardZero))
        var digits = String(abs(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = String(groupSeparator) + String(digits.suffix(3)) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = (whole < 0 ? "-" : "") + digits + grouped
        let fraction = abs(rounded - Double(whole))
        if fraction > 0.04 { grouped += String(decimalSeparator) + String(Int((fraction * 10).rounded())) }
        return grouped
    }

    /// A calendar date: `2012-01-07` in English (as the tool reads and writes dates),
    /// `07.01.2012` in Russian and Kazakh (as dates are written in Kazakhstan).
    public func date(year: Int, month: Int, day: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func four(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
        return numericDates ? "\(two(day)).\(two(month)).\(four(year))" : "\(four(year))-\(two(month))-\(two(day))"
    }
}
