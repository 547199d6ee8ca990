/// A table of text cells laid out for a terminal: columns padded to their widest cell,
/// numbers right-aligned, a rule under the header.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]
    /// Rows after which a rule is drawn (e.g. before a total).
    public var rulesAfter: Set<Int> = []

    public init(header: [String], alignments: [Alignment], rows: [[String]] = []) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }

    public func render() -> String {
        var widths = header.map(\.displayWidth)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.displayWidth) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.displayWidth))
                return alignments[i] == .right ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        var out = [line(header), rule]
        for (i, row) in rows.enumerated() {
            out.append(line(row))
            if rulesAfter.contains(i) { out.append(rule) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Columns the text takes in a terminal: one per character (Cyrillic included), none for combining marks.
    var displayWidth: Int {
        unicodeScalars.filter { !($0.properties.generalCategory == .nonspacingMark) }.count
    }

    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// Percent with one decimal, as every report prints it: `24.0`.
public func percent(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = Int(tenths) / 10
    let decimal = abs(Int(tenths)) % 10
    return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(decimal)"
}

/// An amount with thousands grouped by thin spaces, whole when it is whole: `12 480`, `93.5`.
public func amountText(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    let whole = Int(rounded.rounded(.towardZero))
    var digits = String(abs(whole))
    var grouped = ""
    while digits.count > 3 {
        grouped = " " + String(digits.suffix(3)) + grouped
        digits = String(digits.dropLast(3))
    }
    grouped = (whole < 0 ? "-" : "") + digits + grouped
    let fraction = abs(rounded - Double(whole))
    if fraction > 0.04 { grouped += "." + String(Int((fraction * 10).rounded())) }
    return grouped
}
