import Foundation
import GRDB

extension Schema {
    /// `v3-variables`: the values of the codebook's own variables (docs/METHODOLOGY.md "Variables").
    ///
    /// One column per row holds them as a JSON object keyed by variable id — `{"capacity":"official"}`
    /// on a coding, `{"topic":"zhanaozen"}` on a coder's item row (beside its genre) — rather than a
    /// row per value or a column per variable: a coding stays one row however many variables a
    /// mission declares, `codebook amend` adds a variable without altering a table, and SQLite's
    /// `json_extract` can still filter and group on any of them. Tone, direct and genre keep their
    /// own columns (and CHECK constraints), so every released query keeps working.
    static func registerVariables(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-variables") { db in
            try db.execute(sql: """
                ALTER TABLE coding ADD COLUMN vars TEXT CHECK (vars IS NULL OR json_valid(vars));
                ALTER TABLE segmentGenre ADD COLUMN vars TEXT CHECK (vars IS NULL OR json_valid(vars));
                """)
        }
    }
}

/// The text of a `vars` column: a JSON object with sorted keys, or nil for no values.
enum StoredValues {
    static func encode(_ values: [String: String]) -> String? {
        guard !values.isEmpty else { return nil }
        var out = "{"
        for (i, key) in values.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            out += quoted(key) + ":" + quoted(values[key]!)
        }
        return out + "}"
    }

    static func decode(_ text: String?) -> [String: String] {
        guard let text, let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var values: [String: String] = [:]
        for (key, value) in object {
            if let s = value as? String { values[key] = s } else if let n = value as? NSNumber { values[key] = n.stringValue }
        }
        return values
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
