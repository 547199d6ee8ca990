import GRDB

extension Schema {
    /// `v4-audit`: one audit row per change of a coding or of a coder's item row, carrying every
    /// field it changed, and the provenance of the coding sheets `code import` stored.
    ///
    /// Before it the log had a row per changed field — four or five per imported coding, most of
    /// a season's database. Now `changes` holds `{"field": [old, new], …}` in the order the fields
    /// changed (SQLite's JSON keeps the text's order, `json_each` reads it back in that order), and
    /// a row written by `code import` names its sheet (`sheetImport`: the file's name and SHA-256)
    /// and the line, so every imported value can be traced to the bytes it came from.
    /// `audit` expands each row into the per-field entries it always printed.
    ///
    /// The audit table has no index but its key: it is written a million times a season and read
    /// whole by `audit`, `check` and `export`. Its old index on `at` goes with the old table.
    ///
    /// `segment_outlet_start` serves the check every new broadcast item of a sheet makes (does it
    /// overlap a stored one?): it reads the six hours before the item in one outlet's index,
    /// where `segment_outlet_date` read three days of that outlet's items, row by row.
    static func registerAudit(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-audit") { db in
            try db.execute(sql: """
                -- One coding sheet `code import` wrote from. sha256 (hex) is NULL only for a sheet
                -- built in code rather than read from a file.
                CREATE TABLE sheetImport (
                    id INTEGER PRIMARY KEY,
                    file TEXT NOT NULL,
                    sha256 TEXT,
                    rows INTEGER NOT NULL,
                    importedAt TEXT NOT NULL
                );
                ALTER TABLE audit RENAME TO auditByField;
                -- Every insert, change and removal of a coding or of a coder's item row: who, when,
                -- and every changed field as {"field": [old, new], …}; from a sheet: which, and its line.
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    coder TEXT NOT NULL,
                    segmentID INTEGER NOT NULL,
                    subjectID TEXT,
                    changes TEXT NOT NULL,
                    sheetImportID INTEGER REFERENCES sheetImport(id),
                    line INTEGER
                );
                """)
            // Consecutive rows of one change (same instant, coder, item and subject, no field twice)
            // become one row; expanded again in id order they are the old rows, field for field.
            let insert = try db.makeStatement(sql: "INSERT INTO audit (at, coder, segmentID, subjectID, changes) VALUES (?, ?, ?, ?, ?)")
            var key: (at: String, coder: String, segment: Int64, subject: String?)?
            var fields: [AuditField] = []
            func flush() throws {
                guard let k = key, !fields.isEmpty else { return }
                try insert.execute(arguments: [k.at, k.coder, k.segment, k.subject, AuditField.encode(fields)])
                fields.removeAll(keepingCapacity: true)
            }
            let old = try Row.fetchCursor(db, sql: "SELECT at, coder, segmentID, subjectID, field, old, new FROM auditByField ORDER BY id")
            while let row = try old.next() {
                let next: (at: String, coder: String, segment: Int64, subject: String?) = (row[0], row[1], row[2], row[3])
                let field = AuditField(field: row[4], old: row[5], new: row[6])
                if let k = key, k.at == next.at, k.coder == next.coder, k.segment == next.segment, k.subject == next.subject,
                   !fields.contains(where: { $0.field == field.field }) {
                    fields.append(field)
                } else {
                    try flush()
                    key = next
                    fields.append(field)
                }
            }
            try flush()
            try db.execute(sql: "DROP TABLE auditByField")
            try db.execute(sql: "CREATE INDEX segment_outlet_start ON segment(outletID, startUTC, endUTC)")
        }
    }
}

/// One field of an audited change: its name (amount, direct, tone, genre, title, primary or a
/// variable id) and its value before and after; `old` nil for an insert, `new` nil for a removal.
struct AuditField: Equatable {
    var field: String
    var old: String?
    var new: String?

    /// The `changes` text: `{"amount":[null,"12"],"tone":[null,"positive"]}`, in the given order.
    static func encode(_ fields: [AuditField]) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(16 + fields.count * 32)
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendQuoted(f.field, to: &out)
            out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: "[")])
            appendValue(f.old, to: &out)
            out.append(UInt8(ascii: ","))
            appendValue(f.new, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendValue(_ value: String?, to out: inout [UInt8]) {
        if let value { appendQuoted(value, to: &out) } else { out.append(contentsOf: "null".utf8) }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as is.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
