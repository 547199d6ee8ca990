import MediaModel

/// A table of text cells laid out for a terminal: columns padded to their widest cell,
/// numbers right-aligned, a rule under the header. Cells wider than their column's `maxWidths`
/// wrap onto more lines, so a table of six outlets still fits an 80-column terminal.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]
    /// Rows after which a rule is drawn (e.g. before a total).
    public var rulesAfter: Set<Int> = []
    /// Widest a column may get before its cells wrap; nil: as wide as its widest cell.
    public var maxWidths: [Int?] = []
    /// Cells wrap only when the table would otherwise be wider than this.
    public var fitWidth = 80

    public init(header: [String], alignments: [Alignment], rows: [[String]] = []) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }

    public func render() -> String {
        let limit: (Int) -> Int? = { i in i < maxWidths.count ? maxWidths[i] : nil }
        func fits(_ header: [[String]], _ body: [[String]]) -> Bool {
            let widths = header.indices.map { i in
                (header[i].map(\.displayWidth) + body.map { i < $0.count ? $0[i].displayWidth : 0 }).max() ?? 0
            }
            return widths.reduce(0, +) + 2 * max(0, widths.count - 1) <= fitWidth
        }
        // Wrap as little as needed: nothing if the table fits, else the headers, else the cells too.
        let plainHeader = self.header.map { [$0] }
        let wrappedHeaderCells = self.header.enumerated().map { i, cell in limit(i).map { cell.wrapped(to: $0) } ?? [cell] }
        let header = fits(plainHeader, rows) ? plainHeader : wrappedHeaderCells
        let wrapBody = !fits(header, rows)
        let wrap: ([String]) -> [[String]] = { cells in
            cells.enumerated().map { i, cell in (wrapBody ? limit(i) : nil).map { cell.wrapped(to: $0) } ?? [cell] }
        }
        let wrappedHeader = header
        let wrappedRows = rows.map(wrap)
        var widths = wrappedHeader.map { $0.map(\.displayWidth).max() ?? 0 }
        for row in wrappedRows {
            for (i, lines) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], lines.map(\.displayWidth).max() ?? 0)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.displayWidth))
                return alignments[i] == .right ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        /// A wrapped row's lines; a header's short cells sit at the bottom, next to the rule.
        func lines(_ row: [[String]], bottomAligned: Bool) -> [String] {
            let height = row.map(\.count).max() ?? 1
            return (0..<height).map { k in
                line(row.map { cell in
                    let index = bottomAligned ? k - (height - cell.count) : k
                    return index >= 0 && index < cell.count ? cell[index] : ""
                })
            }
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        var out = lines(wrappedHeader, bottomAligned: true) + [rule]
        for (i, row) in wrappedRows.enumerated() {
            out += lines(row, bottomAligned: false)
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

    /// Lines of at most `width` columns, broken at spaces; a word longer than a line is split with a hyphen.
    func wrapped(to width: Int) -> [String] {
        guard displayWidth > width, width > 1 else { return [self] }
        var lines: [String] = []
        var current = ""
        for var word in split(separator: " ").map(String.init) {
            while word.displayWidth > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width - 1)) + "-")
                word = String(word.dropFirst(width - 1))
            }
            if current.isEmpty {
                current = word
            } else if current.displayWidth + 1 + word.displayWidth <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// Percent with one decimal, as English reports print it: `24.0` (see `NumberStyle` for the others).
public func percent(_ value: Double) -> String { NumberStyle(.en).percent(value) }

/// An amount with thousands grouped by spaces, whole when it is whole, in English: `12 480`, `93.5`.
public func amountText(_ value: Double) -> String { NumberStyle(.en).amount(value) }
