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
        // Bytes, not Characters: delimiters, quotes and line breaks are ASCII, and no byte of a
        // multi-byte UTF-8 sequence is ASCII, so fields split the same — and a million-row sheet
        // reads in a fraction of the time.
        var text = text
        let parsed = try text.withUTF8 { bytes in
            Result { () throws(InputError) in try Self.parse(bytes, file: file) }
        }.get()
        delimiter = parsed.delimiter
        guard let head = parsed.records.first else {
            throw InputError(file: file, line: 1, "the file is empty: expected a header row")
        }
        header = head.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        self.records = Array(parsed.records.dropFirst())
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> (records: [Record], delimiter: Character) {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let firstLine = bytes.prefix { $0 != lf }
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        let counts = candidates.map { d in (d, firstLine.reduce(0) { $0 + ($1 == d ? 1 : 0) }) }
        let best = counts.max { $0.1 < $1.1 }!
        let delimiter = best.1 > 0 ? best.0 : UInt8(ascii: ",")

        var records: [Record] = []
        var field: [UInt8] = []
        var fields: [String] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldStarted = false
        var quoteLine = 0
        func endRecord() {
            fields.append(String(decoding: field, as: UTF8.self))
            if !(fields.count == 1 && field.isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            i += 1
            if inQuotes {
                if b == quote {
                    if i < n, bytes[i] == quote { field.append(quote); i += 1 } else { inQuotes = false }
                } else {
                    if b == lf { line += 1 }
                    field.append(b)
                }
                continue
            }
            switch b {
            case quote where !fieldStarted:
                inQuotes = true
                fieldStarted = true
                quoteLine = line
            case delimiter:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStarted = false
            case lf, cr:
                if b == cr, i < n, bytes[i] == lf { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            case 0:
                throw InputError(file: file, line: line, "the file holds a NUL byte: not a text table")
            default:
                field.append(b)
                fieldStarted = true
            }
        }
        if inQuotes {
            throw InputError(file: file, line: quoteLine, "a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return (records, Character(Unicode.Scalar(delimiter)))
    }
}
