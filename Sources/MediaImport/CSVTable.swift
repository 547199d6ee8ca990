import MediaModel

/// A delimited text table (CSV as Excel saves it, or TSV), with each record's line number.
///
/// Handles quoted fields with doubled quotes and line breaks inside quotes; the delimiter
/// (comma, semicolon — Excel's choice in Russian locales — or tab) is taken from the header.
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        /// The line the record starts on, counting the header as line 1.
        public var line: Int
        public var fields: [String]
    }

    public var header: [String]
    public var records: [Record]
    public var delimiter: Character

    public init(text: String, file: String) throws(InputError) {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let counts: [(Character, Int)] = [",", ";", "\t"].map { d in (d, firstLine.filter { $0 == d }.count) }
        delimiter = counts.max { $0.1 < $1.1 }.map { $0.1 > 0 ? $0.0 : "," } ?? ","
        var records: [Record] = []
        var field = ""
        var fields: [String] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldStarted = false
        var quoteLine = 0
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldStarted = false
        }
        while let ch = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                    } else { inQuotes = false }
                } else {
                    if ch == "\n" || ch == "\r\n" { line += 1 }
                    field.append(ch)
                }
                continue
            }
            switch ch {
            case "\"" where !fieldStarted:
                inQuotes = true
                fieldStarted = true
                quoteLine = line
            case delimiter:
                fields.append(field)
                field = ""
                fieldStarted = false
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            case "\u{0}":
                throw InputError(file: file, line: line, "the file holds a NUL byte: not a text table")
            default:
                field.append(ch)
                fieldStarted = true
            }
        }
        if inQuotes {
            throw InputError(file: file, line: quoteLine, "a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let head = records.first else {
            throw InputError(file: file, line: 1, "the file is empty: expected a header row")
        }
        header = head.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        self.records = Array(records.dropFirst())
    }
}
