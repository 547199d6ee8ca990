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
        // Scalars, not Characters: a comma or a line break is one scalar, and grapheme breaking
        // over every byte of a large sheet costs more than the parse itself.
        let scalars = text.unicodeScalars
        let comma: Unicode.Scalar = ",", semicolon: Unicode.Scalar = ";", tab: Unicode.Scalar = "\t"
        var counts = (comma: 0, semicolon: 0, tab: 0)
        for s in scalars {
            if s == "\n" || s == "\r" { break }
            if s == comma { counts.comma += 1 } else if s == semicolon { counts.semicolon += 1 } else if s == tab { counts.tab += 1 }
        }
        let d: Unicode.Scalar = counts.semicolon > counts.comma && counts.semicolon >= counts.tab ? semicolon
            : counts.tab > counts.comma && counts.tab > counts.semicolon ? tab : comma
        delimiter = Character(d)
        var records: [Record] = []
        var field = String.UnicodeScalarView()
        var fieldLength = 0
        var fields: [String] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldStarted = false
        var quoteLine = 0
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func append(_ s: Unicode.Scalar) throws(InputError) {
            field.append(s)
            fieldLength += 1
            if fieldLength > Self.maximumCellLength {
                throw InputError(file: file, line: recordLine, "a cell is longer than \(Self.maximumCellLength) characters: not a table of codings")
            }
        }
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
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
        while let s = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if s == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { try append("\"") } else { inQuotes = false; pending = next }
                    } else { inQuotes = false }
                } else {
                    if s == "\n" { line += 1 }
                    try append(s)
                }
                continue
            }
            switch s {
            case "\"" where !fieldStarted:
                inQuotes = true
                fieldStarted = true
                quoteLine = line
            case d:
                endField()
            case "\r":
                // \r\n or a lone \r (old Mac files) ends the record once.
                if let next = iterator.next(), next != "\n" { pending = next }
                fallthrough
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\u{0}":
                throw InputError(file: file, line: line, "the file holds a NUL byte: not a text table")
            default:
                try append(s)
                fieldStarted = true
            }
        }
        if inQuotes {
            throw InputError(file: file, line: quoteLine, "a quoted field is never closed")
        }
        if fieldLength > 0 || !fields.isEmpty { endRecord() }
        guard let head = records.first else {
            throw InputError(file: file, line: 1, "the file is empty: expected a header row")
        }
        header = head.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        self.records = Array(records.dropFirst())
    }
}
