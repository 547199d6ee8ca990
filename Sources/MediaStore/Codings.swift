import Foundation
import GRDB
import MediaModel

/// What happened to one coding when it was written.
public enum CodingOutcome: Sendable, Equatable {
    case inserted
    /// The coder had coded this subject in this item before; the new values replace the old.
    case replaced
    /// The same values were already stored: nothing written (re-running an import adds nothing).
    case unchanged
}

extension MonitoringDatabase {
    /// Records one coding (and optionally the coder's genre for the item), with the rules of
    /// docs/METHODOLOGY.md and an audit entry for each changed field.
    @discardableResult
    public func code(_ coding: NewCoding, segment id: Int64, genre: String? = nil, itemValues: VariableValues = [:]) throws -> CodingOutcome {
        try rules.check(coding)
        if let genre, codebook.genre(genre) == nil {
            throw codebook.unknown(.genre, genre)
        }
        return try write { db in
            try adjustingSums(ofItem: id, db) {
                try applyCodings([coding], coder: coding.coder, genre: genre, itemValues: itemValues, segment: id, db).first!
            }
        }
    }

    /// Records one coder's values of the item's own variables (topic …), beside the genre they gave it.
    public func setItemValues(_ values: VariableValues, segment id: Int64, coder: String) throws {
        try rules.check(coder: coder)
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment WHERE id = ?", arguments: [id]) == 1 else {
                throw InputError(field: "item", "there is no item \(id)")
            }
            try adjustingSums(ofItem: id, db) {
                try applyItemValues(values, genre: nil, coder: coder, segment: id, at: UTCTimestamp.now(), db)
            }
        }
    }

    /// Records (or, with `nil`, withdraws) one coder's genre for an item, with an audit entry.
    ///
    /// Each coder codes the genre of the items they code, so an item with no political subject
    /// in it is still marked as seen by its genre alone.
    public func setGenre(_ genre: String?, segment id: Int64, coder: String) throws {
        if let genre, codebook.genre(genre) == nil {
            throw codebook.unknown(.genre, genre)
        }
        try rules.check(coder: coder)
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment WHERE id = ?", arguments: [id]) == 1 else {
                throw InputError(field: "item", "there is no item \(id)")
            }
            let old = try String.fetchOne(db, sql: "SELECT genreID FROM segmentGenre WHERE segmentID = ? AND coder = ?", arguments: [id, coder])
            guard old != genre else { return }
            try adjustingSums(ofItem: id, db) {
                let at = UTCTimestamp.now()
                if let genre {
                    return try applyItemValues([:], genre: genre, coder: coder, segment: id, at: at, db)
                } else {
                    // Withdrawing the genre withdraws the coder's item row, with its other values.
                    let values = StoredValues.decode(try String.fetchOne(db, sql: "SELECT vars FROM segmentGenre WHERE segmentID = ? AND coder = ?", arguments: [id, coder]))
                    try db.execute(sql: "DELETE FROM segmentGenre WHERE segmentID = ? AND coder = ?", arguments: [id, coder])
                    for (key, value) in values.sorted(by: { $0.key < $1.key }) {
                        try audit(db, at: at, coder: coder, segment: id, subject: nil, field: key, old: value, new: nil)
                    }
                }
                try audit(db, at: at, coder: coder, segment: id, subject: nil, field: "genre", old: old, new: genre)
            }
        }
    }

    /// Removes a coder's coding of a subject in an item, recording it in the audit log.
    /// Returns the removed values, so that a screen can undo the removal.
    @discardableResult
    public func removeCoding(segment id: Int64, subject: String, coder: String) throws -> StoredCoding {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM coding WHERE segmentID = ? AND subjectID = ? AND coder = ?",
                                             arguments: [id, subject, coder]) else {
                if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment WHERE id = ?", arguments: [id]) == 0 {
                    throw InputError(field: "item", "there is no item \(id)")
                }
                if codebook.subject(subject) == nil {
                    throw codebook.unknown(.subject, subject)
                }
                throw InputError(field: "subject", "\(coder) has no coding of \(subject) in item \(id)")
            }
            let old = try storedCoding(row)
            return try adjustingSums(ofItem: id, db) {
                try db.execute(sql: "DELETE FROM coding WHERE id = ?", arguments: [row["id"] as Int64])
                let at = UTCTimestamp.now()
                for (field, value) in fields(of: old) where value != nil {
                    try audit(db, at: at, coder: coder, segment: id, subject: subject, field: field, old: value, new: nil)
                }
                // The item's primary coder stays unless they have no codings left in it.
                let left = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM coding WHERE segmentID = ? AND coder = ?", arguments: [id, coder]) ?? 0
                if left == 0 {
                    let next = try String.fetchOne(db, sql: "SELECT coder FROM coding WHERE segmentID = ? ORDER BY id LIMIT 1", arguments: [id])
                    try db.execute(sql: "UPDATE segment SET primaryCoder = ? WHERE id = ? AND primaryCoder = ?", arguments: [next, id, coder])
                }
                return old
            }
        }
    }

    /// Writes one coder's codings of one item inside an open transaction. The coder's codings
    /// after the write (old ones kept, the same subjects replaced) must fit the item together.
    ///
    /// A coding sheet calls this once per item and coder, a million times for a season's sheets:
    /// the statements are prepared once per connection (GRDB's statement cache), not per call.
    func applyCodings(_ codings: [NewCoding], coder: String, genre: String?, itemValues: VariableValues = [:],
                      segment id: Int64, _ db: Database) throws -> [CodingOutcome] {
        let segmentQuery = try db.cachedStatement(sql: "SELECT extent, unit, primaryCoder FROM segment WHERE id = ?")
        guard let segment = try Row.fetchOne(segmentQuery, arguments: [id]) else {
            throw InputError(field: "item", "there is no item \(id)")
        }
        let existingQuery = try db.cachedStatement(sql: "SELECT * FROM coding WHERE segmentID = ? AND coder = ?")
        let existing = try Row.fetchAll(existingQuery, arguments: [id, coder]).map { try storedCoding($0) }
        let bySubject = Dictionary(existing.map { ($0.subject, $0) }, uniquingKeysWith: { a, _ in a })
        let incoming = Set(codings.map(\.subject))
        let after = existing.filter { !incoming.contains($0.subject) }
            .map { NewCoding(subject: $0.subject, amount: $0.amount, direct: $0.direct, tone: $0.tone, coder: coder) } + codings
        guard let unit = AmountUnit(rawValue: segment["unit"]) else {
            throw InputError(field: "unit", "item \(id) is measured in \"\(segment["unit"] as String? ?? "")\", which is not seconds, cm2 or characters")
        }
        try rules.check(codings: after, inItemOf: segment["extent"], unit: unit)

        let at = UTCTimestamp.now()
        let writer = try CodingWriter(db)
        var outcomes: [CodingOutcome] = []
        for var coding in codings {
            // Values not given keep what the coding had; a new coding takes the codebook's defaults.
            if let old = bySubject[coding.subject] {
                coding.values = try codebook.checkValues(old.values.merging(coding.values) { $1 }, of: .coding)
            } else {
                coding.values = try codebook.checkValues(coding.values, of: .coding)
            }
            if let old = bySubject[coding.subject] {
                let changes = zip(fields(of: old), fields(of: coding)).filter { $0.0.1 != $0.1.1 }
                if changes.isEmpty { outcomes.append(.unchanged); continue }
                try writer.updateCoding(coding, coder: coder, segment: id, at: at)
                for (oldField, newField) in changes {
                    try audit(db, at: at, coder: coder, segment: id, subject: coding.subject, field: oldField.0, old: oldField.1, new: newField.1)
                }
                outcomes.append(.replaced)
            } else {
                try writer.insertCoding(coding, coder: coder, segment: id, at: at)
                outcomes.append(.inserted)
            }
        }
        if genre != nil || !itemValues.isEmpty {
            try applyItemValues(itemValues, genre: genre, coder: coder, segment: id, at: at, db)
        }
        if segment["primaryCoder"] as String? == nil, !codings.isEmpty {
            try db.cachedStatement(sql: "UPDATE segment SET primaryCoder = ? WHERE id = ?").execute(arguments: [coder, id])
        }
        return outcomes
    }

    /// The audited fields of a coding: amount, direct, tone, then each of the codebook's own variables of the coding.
    func fields(of coding: StoredCoding) -> [(String, String?)] {
        [("amount", coding.amount.formatted), ("direct", coding.direct?.formatted), ("tone", coding.tone.rawValue)]
            + codebook.extraVariables(of: .coding).map { ($0.id, coding.values[$0.id]) }
    }

    func fields(of coding: NewCoding) -> [(String, String?)] {
        [("amount", coding.amount.formatted), ("direct", coding.direct?.formatted), ("tone", coding.tone.rawValue)]
            + codebook.extraVariables(of: .coding).map { ($0.id, coding.values[$0.id]) }
    }

    /// Writes a coder's genre and item variables of an item (their row of `segmentGenre`), auditing each change.
    /// Values not given keep what the row had; a new row takes the codebook's defaults.
    func applyItemValues(_ values: VariableValues, genre: String?, coder: String, segment id: Int64, at: String, _ db: Database) throws {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT genreID, vars FROM segmentGenre WHERE segmentID = ? AND coder = ?"), arguments: [id, coder])
        let oldGenre: String? = row?["genreID"]
        let oldValues = StoredValues.decode(row?["vars"])
        let newValues = try codebook.checkValues(oldValues.merging(values) { $1 }, of: .item)
        guard let newGenre = genre ?? oldGenre else {
            guard !newValues.isEmpty else { return }
            throw InputError(field: "genre", "give the item's genre with its \(newValues.keys.sorted().joined(separator: ", ")) (they are coded together)")
        }
        guard oldGenre != newGenre || oldValues != newValues else { return }
        try CodingWriter(db).upsertItemRow(segment: id, coder: coder, genre: newGenre, values: newValues)
        if oldGenre != newGenre {
            try audit(db, at: at, coder: coder, segment: id, subject: nil, field: "genre", old: oldGenre, new: newGenre)
        }
        for variable in codebook.extraVariables(of: .item) where oldValues[variable.id] != newValues[variable.id] {
            try audit(db, at: at, coder: coder, segment: id, subject: nil, field: variable.id, old: oldValues[variable.id], new: newValues[variable.id])
        }
    }


    func audit(_ db: Database, at: String, coder: String, segment: Int64, subject: String?, field: String, old: String?, new: String?) throws {
        try CodingWriter(db).audit(at, coder, segment, subject, field, old, new)
    }
}
