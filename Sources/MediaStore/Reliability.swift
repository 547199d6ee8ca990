import Foundation
import GRDB
import MediaModel

/// How the double-coding sample of one outlet stands.
public struct DoubleCodingStatus: Sendable, Equatable {
    public var outlet: String
    /// All the outlet's items.
    public var items: Int
    /// Items picked for a second coder.
    public var assigned: Int
    /// Picked items two or more coders have coded.
    public var doubleCoded: Int
    /// Picked items with one coder so far: in the second coders' queue.
    public var waitingForSecondCoder: Int
}

/// What `assign` changed in the stored sample.
public struct DoubleCodingChange: Sendable, Equatable {
    public var added: Int
    public var removed: Int
    public var kept: Int
}

public enum ReconcileOutcome: Sendable, Equatable {
    /// The item's primary coding changed from `from`'s (nil: nobody's) to the chosen coder's.
    case changed(from: String?)
    /// The chosen coder's coding already was the primary one: nothing written.
    case unchanged
}

extension MonitoringDatabase {
    /// Per item, per coder: the genre that coder gave the item, for the genre variable of the
    /// reliability check (`codedRows` carries only the primary coder's).
    public func coderGenres(days: DayRange? = nil, outlets: [String] = []) throws -> [Int64: [String: String]] {
        let (whereClause, arguments) = Self.itemFilter(days: days, outlets: outlets)
        return try read { db in
            var genres: [Int64: [String: String]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT g.segmentID, g.coder, g.genreID FROM segmentGenre g JOIN segment s ON s.id = g.segmentID \(whereClause)
                """, arguments: arguments)
            while let row = try rows.next() { genres[row[0], default: [:]][row[1]] = row[2] }
            return genres
        }
    }

    /// Per item, per coder: the values that coder gave the item's own variables (topic …), with
    /// the codebook's defaults, for their reliability (`codedRows` carries only the primary coder's).
    public func coderItemValues(days: DayRange? = nil, outlets: [String] = []) throws -> [Int64: [String: VariableValues]] {
        let (whereClause, arguments) = Self.itemFilter(days: days, outlets: outlets)
        let codebook = self.codebook
        return try read { db in
            var values: [Int64: [String: VariableValues]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT g.segmentID, g.coder, g.vars FROM segmentGenre g JOIN segment s ON s.id = g.segmentID \(whereClause)
                """, arguments: arguments)
            while let row = try rows.next() {
                values[row[0], default: [:]][row[1]] = codebook.withDefaults(StoredValues.decode(row[2]), of: .item)
            }
            return values
        }
    }

    /// The titles of items, for lists that name them.
    public func segmentTitles(_ ids: [Int64]) throws -> [Int64: String] {
        try read { db in
            var titles: [Int64: String] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                let rows = try Row.fetchAll(db, sql: "SELECT id, title FROM segment WHERE id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))",
                                            arguments: StatementArguments(chunk))
                for row in rows { titles[row[0]] = row[1] }
            }
            return titles
        }
    }

    /// Makes `picked` the double-coding sample of `outlets` (empty: all outlets): items picked
    /// before and not now leave it, new ones join it. Codings already made stay as they are.
    public func assignDoubleCoding(_ picked: [Int64], outlets: [String], percent: Double, seed: UInt64,
                                   by coder: String) throws -> DoubleCodingChange {
        try write { db in
            let scope = outlets.isEmpty ? "" : "AND s.outletID IN (\(outlets.map { _ in "?" }.joined(separator: ",")))"
            let before = Set(try Int64.fetchAll(db, sql: "SELECT d.segmentID FROM doubleCoding d JOIN segment s ON s.id = d.segmentID WHERE 1 \(scope)",
                                                arguments: StatementArguments(outlets)))
            let now = Set(picked)
            for id in before.subtracting(now) {
                try db.execute(sql: "DELETE FROM doubleCoding WHERE segmentID = ?", arguments: [id])
            }
            let at = UTCTimestamp.now()
            for id in picked {
                try db.execute(sql: """
                    INSERT INTO doubleCoding (segmentID, percent, seed, assignedAt, assignedBy) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (segmentID) DO UPDATE SET percent = excluded.percent, seed = excluded.seed
                    """, arguments: [id, percent, String(seed), at, coder])
            }
            return DoubleCodingChange(added: now.subtracting(before).count, removed: before.subtracting(now).count,
                                      kept: now.intersection(before).count)
        }
    }

    /// Per outlet with items, how far its double-coding sample is coded.
    public func doubleCodingStatus(outlets: [String] = []) throws -> [DoubleCodingStatus] {
        let scope = outlets.isEmpty ? "" : "WHERE s.outletID IN (\(outlets.map { _ in "?" }.joined(separator: ",")))"
        let counted = try read { db in
            try Row.fetchAll(db, sql: """
                WITH coders AS (
                    SELECT segmentID, COUNT(DISTINCT coder) AS n FROM (
                        SELECT segmentID, coder FROM coding UNION SELECT segmentID, coder FROM segmentGenre
                    ) GROUP BY segmentID
                )
                SELECT s.outletID,
                       COUNT(*) AS items,
                       COUNT(d.segmentID) AS assigned,
                       SUM(d.segmentID IS NOT NULL AND COALESCE(k.n, 0) >= 2) AS doubleCoded,
                       SUM(d.segmentID IS NOT NULL AND COALESCE(k.n, 0) = 1) AS waiting
                FROM segment s
                LEFT JOIN doubleCoding d ON d.segmentID = s.id
                LEFT JOIN coders k ON k.segmentID = s.id
                \(scope)
                GROUP BY s.outletID
                """, arguments: StatementArguments(outlets))
        }
        let byOutlet = Dictionary(uniqueKeysWithValues: counted.map { ($0["outletID"] as String, $0) })
        return codebook.outlets.compactMap { outlet in
            byOutlet[outlet.id].map {
                DoubleCodingStatus(outlet: outlet.id, items: $0["items"], assigned: $0["assigned"],
                                   doubleCoded: $0["doubleCoded"] ?? 0, waitingForSecondCoder: $0["waiting"] ?? 0)
            }
        }
    }

    /// Makes `coder`'s coding of an item its primary coding, the one reports count, recording the
    /// change in the audit log (field `primary`) under the name of whoever reconciles.
    public func reconcile(segment id: Int64, use coder: String, by reconciler: String) throws -> ReconcileOutcome {
        try write { db in
            guard let primary = try Row.fetchOne(db, sql: "SELECT primaryCoder FROM segment WHERE id = ?", arguments: [id]) else {
                throw InputError(field: "item", "there is no item \(id)")
            }
            let coders = try String.fetchAll(db, sql: """
                SELECT coder FROM coding WHERE segmentID = ? UNION SELECT coder FROM segmentGenre WHERE segmentID = ? ORDER BY coder
                """, arguments: [id, id])
            guard coders.contains(coder) else {
                let who = coders.isEmpty ? "nobody has coded it yet" : "its coders: \(coders.joined(separator: ", "))"
                throw InputError(field: "coder", "\(coder) did not code item \(id) (\(who))")
            }
            let old: String? = primary[0]
            if old == coder { return .unchanged }
            try adjustingSums(ofItem: id, db) {
                try db.execute(sql: "UPDATE segment SET primaryCoder = ? WHERE id = ?", arguments: [coder, id])
            }
            try audit(db, at: UTCTimestamp.now(), coder: reconciler, segment: id, subject: nil, field: "primary", old: old, new: coder)
            return .changed(from: old)
        }
    }
}
