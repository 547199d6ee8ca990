import Crypto
import Foundation
import MediaModel
import MediaText

/// Reads the coding sheets monitors fill in Excel, saved as CSV (UTF-8 or windows-1251):
/// one row per coding, header `outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder`.
///
/// Every row is checked against the codebook; all problems are reported together, each with its
/// line and column, and a sheet with any problem yields nothing.
public struct CodingSheetReader: Sendable {
    public static let columns = ["outlet", "date", "start", "end", "page", "area", "chars", "url", "title",
                                 "genre", "subject", "amount", "direct", "tone", "coder"]
    static let required = ["outlet", "date", "subject", "amount", "tone"]

    public let codebook: Codebook
    /// Used for rows whose `coder` cell is empty or missing.
    public let defaultCoder: String?

    let rules: CodingRules

    public init(codebook: Codebook, defaultCoder: String? = nil) {
        self.codebook = codebook
        self.defaultCoder = defaultCoder
        self.rules = CodingRules(codebook: codebook)
    }

    public func read(contentsOf url: URL) throws -> CodingSheet {
        // "no such file", "is a folder": said plainly, not as a Cocoa error number.
        try checkReadable(url.path, file: url.relativePath)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputError(file: url.relativePath, "cannot read the file: \(error.localizedDescription)")
        }
        return try read(data, file: url.relativePath)
    }

    public func read(_ data: Data, file: String) throws -> CodingSheet {
        if let workbook = TextFile.workbookKind(data) {
            throw InputError(file: file, line: 1, "this is a workbook (\(workbook)), not CSV: open it in Excel and save it as CSV (File › Save As › CSV UTF-8), then import the .csv")
        }
        let text: String
        do {
            text = try TextDecoder(candidates: [.windows1251]).decode(data).text
        } catch {
            throw InputError(file: file, "\(error.message) (a coding sheet must be UTF-8 or windows-1251)")
        }
        let table: CSVTable
        do { table = try CSVTable(text: text, file: file) } catch { throw InputErrors([error]) }

        var problems: [InputError] = []
        // One column per variable the codebook declares beyond tone, direct and genre; optional ones may be missing.
        let columns = Self.columns + codebook.variables.filter { !$0.isBuiltIn }.map(\.id)
        for name in table.header where !columns.contains(name) && !name.isEmpty {
            problems.append(InputError(file: file, line: 1, field: name, "unknown column (expected: \(columns.joined(separator: ", ")))"))
        }
        for variable in codebook.variables where !variable.isBuiltIn && variable.required && variable.defaultValue == nil && !table.header.contains(variable.id) {
            problems.append(InputError(file: file, line: 1, field: variable.id, "missing column (the codebook makes \(variable.id) required)"))
        }
        for name in Self.required where !table.header.contains(name) {
            problems.append(InputError(file: file, line: 1, field: name, "missing column"))
        }
        if defaultCoder == nil && !table.header.contains("coder") {
            problems.append(InputError(file: file, line: 1, field: "coder", mayBeGiven: true, "missing column"))
        }
        if !problems.isEmpty { throw InputErrors(problems) }

        let index = Dictionary(table.header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let decimalComma = table.delimiter != ","
        var rows: [CodingSheet.Row] = []
        rows.reserveCapacity(table.records.count)
        var dates: [String: LocalDate] = [:]   // a sheet covers a few weeks: parse each date once
        for record in table.records {
            // Excel writes rows it once formatted as empty cells (`;;;;;;`): they hold nothing.
            if record.fields.allSatisfy({ $0.trimmedOfSpaces.isEmpty }) { continue }
            do {
                rows.append(try row(record, index: index, decimalComma: decimalComma, columnCount: table.header.count, dates: &dates))
            } catch {
                problems.append(InputError(file: file, line: record.line, field: error.field, error.message))
                if problems.count >= 50 { break }
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        // The audit log names the bytes each stored value came from.
        let sha256 = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        return CodingSheet(file: file, rows: rows, sha256: sha256)
    }

    private func row(_ record: CSVTable.Record, index: [String: Int], decimalComma: Bool, columnCount: Int,
                     dates: inout [String: LocalDate]) throws(InputError) -> CodingSheet.Row {
        if record.fields.count > columnCount {
            throw InputError("the row has \(record.fields.count) cells but the header names \(columnCount) columns")
        }
        func cell(_ name: String) -> String? {
            guard let i = index[name], i < record.fields.count else { return nil }
            // An exported cell neutralized against formulas ('=…) reads back as written.
            let value = CSVCell.unescape(record.fields[i].trimmedOfSpaces)
            return value.isEmpty ? nil : value
        }
        func required(_ name: String) throws(InputError) -> String {
            guard let value = cell(name) else { throw InputError(field: name, "empty") }
            return value
        }
        func number(_ name: String) throws(InputError) -> Double? {
            guard let raw = cell(name) else { return nil }
            guard let value = SheetNumber.parse(raw, decimalComma: decimalComma) else {
                throw InputError(field: name, "\"\(raw)\" is not a number (digits, a decimal \(decimalComma ? "comma" : "point"), spaces between thousands)")
            }
            return value
        }

        let outletID = try required("outlet")
        guard let outlet = codebook.outlet(outletID) else {
            throw codebook.unknown(.outlet, outletID)
        }
        let dateText = try required("date")
        guard let date = dates[dateText] ?? LocalDate(dateText) else { throw InputError(field: "date", "\"\(dateText)\" is not a date (YYYY-MM-DD or DD.MM.YYYY)") }
        dates[dateText] = date

        let placement: Placement
        switch outlet.medium.unit {
        case .seconds:
            let startText = try required("start"), endText = try required("end")
            guard let start = TimeOfDay(startText) else { throw InputError(field: "start", "\"\(startText)\" is not a time (HH:MM:SS)") }
            placement = .broadcast(start: start, end: try ItemTimes.end(endText, after: start))
        case .squareCentimetres:
            let pageText = try required("page")
            guard let page = Int(pageText) else { throw InputError(field: "page", "\"\(pageText)\" is not a page number") }
            guard let area = try number("area") else { throw InputError(field: "area", "empty") }
            placement = .print(page: page, area: area)
        case .characters:
            guard let chars = try number("chars"), chars == chars.rounded() else { throw InputError(field: "chars", "a whole number of characters is needed") }
            placement = .online(characters: Int(chars), url: cell("url"))
        }

        let toneText = try required("tone").lowercased()
        guard let tone = Tone(rawValue: toneText) else {
            throw InputError(field: "tone", "\"\(toneText)\" is not a tone (positive, neutral, negative)")
        }
        guard let amount = try number("amount") else { throw InputError(field: "amount", "empty") }
        guard let coder = cell("coder") ?? defaultCoder else { throw InputError(field: "coder", "empty") }

        let segment = NewSegment(outlet: outletID, date: date, placement: placement, title: cell("title") ?? "", genre: cell("genre"))
        var coding = NewCoding(subject: try required("subject"), amount: amount, direct: try number("direct"), tone: tone, coder: coder)
        try rules.check(segment)
        try rules.check(coding)
        // One row longer than its item: say so of the row, before the coder's sum is checked.
        if amount > placement.extent {
            throw InputError(field: "amount", "\(placement.unit.amount(amount)) is more than the item's \(placement.extent.formatted)")
        }
        try rules.check(codings: [coding], inItemOf: placement.extent, unit: placement.unit)
        func values(_ attachment: Variable.Attachment) throws(InputError) -> VariableValues {
            var given: VariableValues = [:]
            for variable in codebook.extraVariables(of: attachment) { if let value = cell(variable.id) { given[variable.id] = value } }
            return try codebook.checkValues(given, of: attachment)
        }
        coding.values = try values(.coding)
        let itemValues = try values(.item)
        if !itemValues.isEmpty, cell("genre") == nil {
            throw InputError(field: "genre", "empty, but the row gives the item's \(itemValues.keys.sorted().joined(separator: ", ")) (they are coded together)")
        }
        return CodingSheet.Row(line: record.line, segment: segment, coding: coding, genre: cell("genre"), itemValues: itemValues)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs (`CharacterSet.whitespaces`), and
    /// itself, uncopied, when it has none — as almost every cell of a sheet.
    var trimmedOfSpaces: String {
        func isSpace(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? c == " " || c == "\t" : c.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return self }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }
}

/// A number in a cell as Excel writes it: digits, an optional minus, one decimal separator (a
/// comma in sheets separated by semicolons or tabs, a point otherwise) and, between groups of
/// three digits, spaces — ordinary, no-break (U+00A0) or narrow (U+202F), as Russian and Kazakh
/// Excel put them (`1 200,5`). Nothing else: `0x10`, `1e3`, `inf` and `nan` are not numbers.
enum SheetNumber {
    static func parse(_ raw: String, decimalComma: Bool) -> Double? {
        var text = Substring(raw)
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        let separator: Character = decimalComma ? "," : "."
        let halves = text.split(separator: separator, maxSplits: 1, omittingEmptySubsequences: false)
        let whole = halves[0]
        let groups = whole.split(omittingEmptySubsequences: false, whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
        func digits(_ s: Substring) -> Bool { !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        guard groups.allSatisfy(digits), groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.count == 1 || groups[0].count <= 3 else { return nil }
        if halves.count == 2 { guard digits(halves[1]) else { return nil } }
        let plain = groups.joined() + (halves.count == 2 ? "." + halves[1] : "")
        guard plain.count <= 20, let value = Double(plain), value.isFinite else { return nil }
        return negative ? -value : value
    }
}
