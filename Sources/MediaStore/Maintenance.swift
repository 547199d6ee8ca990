import Foundation
import GRDB
import MediaModel

/// A problem `mediamon check` found in a database.
public struct HealthProblem: Sendable, Equatable, CustomStringConvertible {
    public var check: String
    public var message: String

    public var description: String { "\(check): \(message)" }
}

extension MonitoringDatabase {
    /// Checks the file (SQLite integrity, foreign keys) and the rules of docs/METHODOLOGY.md on what it holds:
    /// codings within their item, each subject once per coder, known subjects and outlets, dates
    /// inside the period, a primary coder who coded the item, an audit entry for every coding, and
    /// coding sums equal to a fresh count of the codings.
    public func healthProblems() throws -> [HealthProblem] {
        let codebook = self.codebook
        return try read { db in
            var problems: [HealthProblem] = []
            func add(_ check: String, _ message: String) { problems.append(HealthProblem(check: check, message: message)) }

            for line in try String.fetchAll(db, sql: "PRAGMA integrity_check") where line != "ok" {
                add("integrity", line)
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                add("orphans", "\(row["table"] as String? ?? "?") row \(row["rowid"] as Int64? ?? 0) points to a missing \(row["parent"] as String? ?? "?")")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT c.segmentID, c.coder, SUM(c.amount) AS total, s.extent, s.unit
                FROM coding c JOIN segment s ON s.id = c.segmentID
                GROUP BY c.segmentID, c.coder HAVING SUM(c.amount) > s.extent + 1e-9
                """) {
                add("amounts", "item \(row["segmentID"] as Int64): \(row["coder"] as String)'s codings add up to \((row["total"] as Double).formatted) \(row["unit"] as String), more than the item's \((row["extent"] as Double).formatted)")
            }
            let subjects = Set(codebook.subjects.map(\.id))
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT subjectID FROM coding") where !subjects.contains(row[0]) {
                add("codebook", "codings name subject \"\(row[0] as String)\", which the codebook does not have")
            }
            let outlets = Set(codebook.outlets.map(\.id))
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT outletID FROM segment") where !outlets.contains(row[0]) {
                add("codebook", "items name outlet \"\(row[0] as String)\", which the codebook does not have")
            }
            let outside = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment WHERE date < ? OR date > ?",
                                           arguments: [codebook.period.first.description, codebook.period.last.description]) ?? 0
            // Lengths no real item has: an end typed before its start once made a 23 h 50 min item.
            for row in try Row.fetchAll(db, sql: """
                SELECT s.id, s.extent, s.unit, s.programmeID, p.startUTC AS pStart, p.endUTC AS pEnd, s.startUTC, s.endUTC
                FROM segment s LEFT JOIN programme p ON p.id = s.programmeID
                WHERE (s.unit = 'seconds' AND s.extent > ?) OR (s.unit = 'cm2' AND s.extent > ?) OR (s.unit = 'characters' AND s.extent > ?)
                   OR (p.id IS NOT NULL AND (s.startUTC < p.startUTC OR s.endUTC > p.endUTC))
                """, arguments: [CodingRules.longestItem, CodingRules.largestArea, CodingRules.longestArticle]) {
                let id: Int64 = row["id"], extent: Double = row["extent"], unit: String = row["unit"]
                if let programme: Int64 = row["programmeID"], row["pStart"] as String? != nil,
                   (row["startUTC"] as String? ?? "") < (row["pStart"] as String? ?? "") || (row["endUTC"] as String? ?? "") > (row["pEnd"] as String? ?? "") {
                    add("lengths", "item \(id) runs outside its programme \(programme)")
                } else {
                    add("lengths", "item \(id) is \(extent.formatted) \(unit) long, more than any item can be (an end typed before its start?)")
                }
            }
            // Broadcast items of one outlet that overlap: the same minutes counted twice. One pass
            // in broadcast order, keeping the item that ends last.
            let onAir = try Row.fetchCursor(db, sql: """
                SELECT id, outletID, startUTC, endUTC FROM segment WHERE unit = 'seconds' AND startUTC IS NOT NULL
                ORDER BY outletID, startUTC, id
                """)
            var latest: (outlet: String, id: Int64, end: String)?
            var overlaps = 0
            while let row = try onAir.next() {
                let outlet: String = row["outletID"], id: Int64 = row["id"], start: String = row["startUTC"]
                // Written around mediamon (its writers never store one end alone): a problem to name, not a crash.
                guard let end: String = row["endUTC"] else {
                    add("items", "item \(id) of \(outlet) starts on air (\(start)) but has no end: its seconds cannot be checked")
                    continue
                }
                if let last = latest, last.outlet == outlet, start < last.end {
                    overlaps += 1
                    if overlaps <= 20 { add("overlaps", "items \(last.id) and \(id) of \(outlet) overlap on air: the same minutes would count twice") }
                }
                if latest == nil || latest!.outlet != outlet || end > latest!.end { latest = (outlet, id, end) }
            }
            if overlaps > 20 { add("overlaps", "… and \(plural(overlaps - 20, "more overlap"))") }
            if outside > 0 { add("period", "\(plural(outside, "item")) \(outside == 1 ? "is" : "are") dated outside the monitoring period \(codebook.period)") }
            for row in try Row.fetchAll(db, sql: """
                SELECT s.id, s.primaryCoder FROM segment s
                WHERE (s.primaryCoder IS NULL AND EXISTS (SELECT 1 FROM coding c WHERE c.segmentID = s.id))
                   OR (s.primaryCoder IS NOT NULL AND NOT EXISTS (SELECT 1 FROM coding c WHERE c.segmentID = s.id AND c.coder = s.primaryCoder))
                """) {
                let coder: String? = row["primaryCoder"]
                add("primary", "item \(row["id"] as Int64): " + (coder.map { "its primary coder \($0) has no codings in it" } ?? "coded, but no primary coder"))
            }
            // Every coding's current amount must stand in an audit entry, written as `Double.formatted`
            // writes it. One pass over each table, matched in memory: a correlated subquery would be
            // quadratic in the codings, and an index for it would slow every import.
            var audited = Set<String>()
            let entries = try Row.fetchCursor(db, sql: """
                SELECT segmentID, subjectID, coder, json_extract(changes, '$.amount[1]') AS new FROM audit
                WHERE json_extract(changes, '$.amount[1]') IS NOT NULL
                """)
            while let row = try entries.next() {
                audited.insert("\(row[0] as Int64)|\(row[1] as String? ?? "")|\(row[2] as String)|\(row[3] as String)")
            }
            var unaudited = 0
            let codings = try Row.fetchCursor(db, sql: "SELECT segmentID, subjectID, coder, amount FROM coding")
            while let row = try codings.next() {
                let key = "\(row[0] as Int64)|\(row[1] as String)|\(row[2] as String)|\((row[3] as Double).formatted)"
                if !audited.contains(key) { unaudited += 1 }
            }
            if unaudited > 0 { add("audit", "\(plural(unaudited, "coding")) \(unaudited == 1 ? "has" : "have") no audit entry recording their current amount") }
            // Reports read the coding sums: sums that a fresh count of the codings does not give
            // would print wrong figures, so they are counted again here and compared row by row.
            let sums = try sumsDisagreements(db)
            for line in sums.examples { add("sums", line) }
            if sums.count > sums.examples.count {
                add("sums", "… and \(sums.count - sums.examples.count) more coding sums that disagree with the codings")
            }
            if sums.count > 0 { add("sums", "reports would print wrong figures; run `mediamon check --repair-sums` to count the sums again from the codings") }
            return problems
        }
    }

    /// Counts the coding sums again from the codings (`mediamon check --repair-sums`); returns how
    /// many sums rows disagreed before.
    public func repairSums() throws -> Int {
        try write { db in
            let wrong = try sumsDisagreements(db, limit: 0).count
            if wrong > 0 { try Self.rebuildSums(db, codebook: codebook, clock: clock) }
            return wrong
        }
    }

    /// Copies the database to `path` with SQLite's online backup: consistent, and safe while others code.
    public func backup(to path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            throw InputError(file: path, "the file exists; choose a new name for the backup")
        }
        do {
            let target = try DatabaseQueue(path: path)
            do {
                try pool.backup(to: target)
                try target.close()
            } catch {
                try? target.close()
                throw error
            }
        } catch {
            // Half a backup is worse than none: it looks like a copy and is not one.
            StorageErrors.removePartial(path)
            if StorageErrors.isDiskFull(error) {
                throw InputError(file: path, "the disk is full: no backup was made (the partial file was removed); the database is unchanged")
            }
            throw error
        }
    }
}
