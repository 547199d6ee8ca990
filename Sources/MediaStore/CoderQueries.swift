import Foundation
import GRDB
import MediaModel

/// A programme from a broadcast log as the coder screen shows it: in the mission's local time,
/// with how many items have been cut out of it.
public struct LocalProgramme: Sendable, Equatable {
    public var id: Int64
    public var outlet: String
    /// The local day the programme starts on.
    public var date: LocalDate
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var startUTC: Int
    public var endUTC: Int
    public var title: String
    public var category: String?
    public var description: String?
    /// Items already cut out of the programme.
    public var items: Int
}

extension StoredCoding {
    /// A coding as just written, for screens that keep their own copy instead of reading it back.
    public init(segment: Int64, subject: String, coder: String, amount: Double, direct: Double?, tone: Tone, at codedAt: String) {
        self.segmentID = segment
        self.subject = subject
        self.coder = coder
        self.amount = amount
        self.direct = direct
        self.tone = tone
        self.codedAt = codedAt
    }
}

/// What one coder has done over a set of items, loaded once when the coder screen opens so that
/// moving between items never goes back to the database.
public struct CoderWork: Sendable {
    /// The coder's own codings, by item. Other coders' values are never loaded.
    public var codings: [Int64: [StoredCoding]] = [:]
    /// The coder's own genre of each item they gave one.
    public var genres: [Int64: String] = [:]
    /// Items someone else has coded, or given a genre (candidates for double coding).
    public var codedByOthers: Set<Int64> = []
    /// Items picked for double coding (`mediamon assign`); nil when no sample has been drawn.
    public var doubleCodingSample: Set<Int64>?
}

extension MonitoringDatabase {
    /// Programmes of an outlet and local day, in broadcast order.
    public func localProgrammes(outlet: String? = nil, date: LocalDate? = nil, id: Int64? = nil) throws -> [LocalProgramme] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let id { conditions.append("p.id = ?"); arguments += [id] }
        if let outlet { conditions.append("p.outletID = ?"); arguments += [outlet] }
        if let date {
            let midnight = TimeOfDay(seconds: 0)!
            conditions.append("p.startUTC >= ? AND p.startUTC < ?")
            arguments += [UTCTimestamp.string(clock.utcSeconds(of: date, at: midnight)),
                          UTCTimestamp.string(clock.utcSeconds(of: date.adding(days: 1), at: midnight))]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let clock = self.clock
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.*, (SELECT COUNT(*) FROM segment s WHERE s.programmeID = p.id) AS items
                FROM programme p \(whereClause) ORDER BY p.outletID, p.startUTC, p.id
                """, arguments: arguments).compactMap { row in
                guard let start = UTCTimestamp.seconds(row["startUTC"]), let end = UTCTimestamp.seconds(row["endUTC"]) else { return nil }
                let local = clock.local(start)
                return LocalProgramme(id: row["id"], outlet: row["outletID"], date: local.date, start: local.time,
                                       end: clock.local(end).time, startUTC: start, endUTC: end, title: row["title"],
                                       category: row["category"], description: row["description"], items: row["items"])
            }
        }
    }

    /// One coder's codings and genres over the items of `filter`, and which of those items others coded.
    public func work(of coder: String, _ filter: SegmentFilter = SegmentFilter()) throws -> CoderWork {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let outlet = filter.outlet { conditions.append("s.outletID = ?"); arguments += [outlet] }
        if let date = filter.date { conditions.append("s.date = ?"); arguments += [date.description] }
        let scope = conditions.isEmpty ? "" : " AND " + conditions.joined(separator: " AND ")
        return try read { db in
            var work = CoderWork()
            let mine = try Row.fetchAll(db, sql: """
                SELECT c.* FROM coding c JOIN segment s ON s.id = c.segmentID WHERE c.coder = ?\(scope) ORDER BY c.id
                """, arguments: StatementArguments([coder]) + arguments)
            for row in mine {
                let coding = try storedCoding(row)
                work.codings[coding.segmentID, default: []].append(coding)
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT g.segmentID, g.genreID FROM segmentGenre g JOIN segment s ON s.id = g.segmentID WHERE g.coder = ?\(scope)
                """, arguments: StatementArguments([coder]) + arguments) {
                work.genres[row[0]] = row[1]
            }
            work.codedByOthers = Set(try Int64.fetchAll(db, sql: """
                SELECT c.segmentID FROM coding c JOIN segment s ON s.id = c.segmentID WHERE c.coder <> ?\(scope)
                UNION SELECT g.segmentID FROM segmentGenre g JOIN segment s ON s.id = g.segmentID WHERE g.coder <> ?\(scope)
                """, arguments: StatementArguments([coder]) + arguments + StatementArguments([coder]) + arguments))
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM doubleCoding)") == true {
                work.doubleCodingSample = Set(try Int64.fetchAll(db, sql: """
                    SELECT d.segmentID FROM doubleCoding d JOIN segment s ON s.id = d.segmentID WHERE 1\(scope)
                    """, arguments: arguments))
            }
            return work
        }
    }

    /// Cuts an item out of a programme by its local start and end; the item is linked to the
    /// programme and dated by the day it starts on. Refuses times outside the programme.
    public func addItem(inProgramme programmeID: Int64, start: TimeOfDay, end: TimeOfDay, title: String) throws -> StoredSegment {
        // Only this programme is read: cutting an item must not load every programme of the mission.
        guard let programme = try localProgrammes(id: programmeID).first else {
            throw InputError(field: "programme", "there is no programme \(programmeID)")
        }
        let startUTC = try programme.itemStartUTC(start, clock: clock)
        _ = try programme.itemLength(from: start, to: end, clock: clock)
        let day = clock.local(startUTC).date
        let segment = NewSegment(outlet: programme.outlet, date: day, placement: .broadcast(start: start, end: end),
                                 title: title.isEmpty ? programme.title : title, programmeID: programmeID)
        let outcome = try addSegment(segment)
        if case .existing(let id) = outcome {
            throw InputError(field: "start", "item \(id) already starts at \(start) with this title")
        }
        return try self.segment(id: outcome.id)!
    }

    /// The transcript cues that overlap a broadcast item, from the programme it belongs to.
    public func cues(ofItem id: Int64) throws -> [StoredCue] {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT programmeID, startUTC, endUTC FROM segment WHERE id = ?", arguments: [id]),
                  let programme: Int64 = row["programmeID"],
                  let start = (row["startUTC"] as String?).flatMap(UTCTimestamp.seconds),
                  let end = (row["endUTC"] as String?).flatMap(UTCTimestamp.seconds) else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT * FROM cue WHERE programmeID = ? AND startMs < ? AND endMs > ? ORDER BY startMs
                """, arguments: [programme, end * 1000, start * 1000]).map(storedCue)
        }
    }

    /// Deletes an item nobody has coded (an item added by mistake); coded items are kept.
    public func removeUncodedItem(_ id: Int64) throws {
        try write { db in
            let codings = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM coding WHERE segmentID = ?", arguments: [id]) ?? 0
            guard codings == 0 else { throw InputError(field: "item", "item \(id) has codings; remove them first") }
            try db.execute(sql: "DELETE FROM segmentGenre WHERE segmentID = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM segment WHERE id = ?", arguments: [id])
        }
    }
}

extension LocalProgramme {
    /// Where an item starting at local time `start` begins: on the programme's day, or the next
    /// day for a programme past midnight; an error outside the programme.
    public func itemStartUTC(_ start: TimeOfDay, clock: MissionClock) throws(InputError) -> Int {
        var startUTC = clock.utcSeconds(of: date, at: start)
        if startUTC < self.startUTC, endUTC - self.startUTC < 86_400 {
            startUTC = clock.utcSeconds(of: date.adding(days: 1), at: start)
        }
        guard startUTC >= self.startUTC, startUTC < endUTC else {
            throw InputError(field: "start", "\(start) is outside the programme (\(self.start)–\(self.end))")
        }
        return startUTC
    }

    /// The length in seconds of an item from `start` to `end` inside the programme (past midnight
    /// only when the programme itself runs past it); an error when it ends outside.
    public func itemLength(from start: TimeOfDay, to end: TimeOfDay, clock: MissionClock) throws(InputError) -> Int {
        let startUTC = try itemStartUTC(start, clock: clock)
        let length = try TimeOfDay.itemSeconds(from: start, to: end, mayCrossMidnight: true)
        guard startUTC + length <= endUTC else {
            throw InputError(field: "end", "\(end) is after the programme ends (\(self.end))")
        }
        return length
    }
}

extension TimeOfDay {
    /// An item's length in seconds from `start` to `end`: past midnight when `end` is not after
    /// `start` and the item may cross it (inside a programme that does, or an item that did).
    static func itemSeconds(from start: TimeOfDay, to end: TimeOfDay, mayCrossMidnight: Bool) throws(InputError) -> Int {
        guard end != start else { throw InputError(field: "end", "the item ends when it starts (\(start))") }
        if end.seconds > start.seconds { return end.seconds - start.seconds }
        guard mayCrossMidnight else { throw InputError(field: "end", "the item would end (\(end)) before it starts (\(start))") }
        return end.seconds + 86_400 - start.seconds
    }
}
