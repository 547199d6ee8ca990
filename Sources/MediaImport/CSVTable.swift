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

    /// Longer cells are not coding data but a broken or hostile file.
    public static let maximumCellLength = 1_000_000

    public init(text: String, file: String) throws(InputError) {
        // Bytes, not Characters: delimiters, quotes and line breaks are ASCII, and no byte of a
        // multi-byte UTF-8 sequence is ASCII, so fields split the same — and a million-row sheet
        // reads in a fraction of the time (grapheme breaking cost more than the parse itself).
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
        let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
        var counts = (comma: 0, semicolon: 0, tab: 0)
        for b in bytes {
            if b == lf || b == cr { break }
            if b == comma { counts.comma += 1 } else if b == semicolon { counts.semicolon += 1 } else if b == tab { counts.tab += 1 }
        }
        let delimiter = counts.semicolon > counts.comma && counts.semicolon >= counts.tab ? semicolon
            : counts.tab > counts.comma && counts.tab > counts.semicolon ? tab : comma

        var records: [Record] = []
        var field: [UInt8] = []
        var fieldLength = 0   // in Unicode scalars: bytes that do not continue a UTF-8 sequence
        var fields: [String] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldStarted = false
        var quoteLine = 0
        func append(_ b: UInt8) throws(InputError) {
            field.append(b)
            if b & 0xC0 != 0x80 {
                fieldLength += 1
                if fieldLength > maximumCellLength {
                    throw InputError(file: file, line: recordLine, "a cell is longer than \(maximumCellLength) characters: not a table of codings")
                }
            }
        }
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldLength = 0
            fieldStarted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            i += 1
            if inQuotes {
                if b == quote {
                    if i < n, bytes[i] == quote { try append(quote); i += 1 } else { inQuotes = false }
                } else {
                    if b == lf { line += 1 }
                    try append(b)
                }
                continue
            }
            switch b {
            case quote where !fieldStarted:
                inQuotes = true
                fieldStarted = true
                quoteLine = line
            case delimiter:
                endField()
            case lf, cr:
                // \r\n or a lone \r (old Mac files) ends the record once.
                if b == cr, i < n, bytes[i] == lf { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            case 0:
                throw InputError(file: file, line: line, "the file holds a NUL byte: not a text table")
            default:
                try append(b)
                fieldStarted = true
            }
        }
        if inQuotes {
            throw InputError(file: file, line: quoteLine, "a quoted field is never closed")
        }
        if fieldLength > 0 || !fields.isEmpty { endRecord() }
        return (records, Character(Unicode.Scalar(delimiter)))
    }
}
