import Foundation
import GRDB
import MediaModel

/// An item as stored, with what lists and the coder screen show about it.
public struct StoredSegment: Sendable, Equatable {
    public var id: Int64
    public var outlet: String
    public var date: LocalDate
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    public var page: Int?
    public var url: String?
    public var unit: AmountUnit
    public var extent: Double
    public var title: String
    public var genre: String?
    public var language: String?
    public var text: String?
    public var programmeID: Int64?
    public var primaryCoder: String?
    /// How many codings the item has, by all coders.
    public var codings: Int
}

/// A stored coding, with its coder.
public struct StoredCoding: Sendable, Equatable {
    public var segmentID: Int64
    public var subject: String
    public var coder: String
    public var amount: Double
    public var direct: Double?
    public var tone: Tone
    public var codedAt: String
    /// The codebook's own variables of the coding, by id.
    public var values: VariableValues = [:]
}

public enum AddOutcome: Sendable, Equatable {
    case added(Int64)
    /// The item was already there (same outlet, date, start or page, and title): nothing added.
    case existing(Int64)

    public var id: Int64 {
        switch self { case .added(let id), .existing(let id): id }
    }
}

/// Which items `segments list` shows.
public struct SegmentFilter: Sendable {
    public var outlet: String?
    public var date: LocalDate?
    public var uncodedOnly: Bool

    public init(outlet: String? = nil, date: LocalDate? = nil, uncodedOnly: Bool = false) {
        self.outlet = outlet
        self.date = date
        self.uncodedOnly = uncodedOnly
    }
}

extension MonitoringDatabase {
    /// Adds an item after checking it against the codebook; an item with the same key is not added twice.
    public func addSegment(_ segment: NewSegment) throws -> AddOutcome {
        try rules.check(segment)
        return try write { db in try insertSegment(segment, db) }
    }

    func insertSegment(_ segment: NewSegment, _ db: Database) throws -> AddOutcome {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM segment WHERE itemKey = ?", arguments: [segment.key]) {
            return .existing(id)
        }
        let (startUTC, endUTC, page, url) = Self.placementColumns(segment, clock: clock)
        if let startUTC, let endUTC, let other = try overlappingItem(outlet: segment.outlet, date: segment.date, startUTC: startUTC, endUTC: endUTC, db) {
            throw InputError(field: "start", "these minutes are already item \(other.id) \"\(other.title)\" (\(clock.local(other.start).time)–\(clock.local(other.end).time)) on \(segment.outlet): the same minutes cannot be counted twice")
        }
        let id = try CodingWriter(db).insertItem(segment, key: segment.key, clock: clock, primaryCoder: nil, at: UTCTimestamp.now())
        return .added(id)
    }

    /// The first broadcast item of `outlet` on air for part of `startUTC..<endUTC` (UTC text as
    /// stored). Items are at most six hours long, so the day before and after cover every overlap.
    /// `excluding` leaves out an item being moved, which may overlap its own old place.
    func overlappingItem(outlet: String, date: LocalDate, startUTC: String, endUTC: String, excluding: Int64? = nil, _ db: Database) throws
        -> (id: Int64, title: String, start: Int, end: Int, startText: String, endText: String, extent: Double)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, title, startUTC, endUTC, extent FROM segment
            WHERE outletID = ? AND date BETWEEN ? AND ? AND unit = 'seconds' AND startUTC < ? AND endUTC > ? AND id IS NOT ?
            ORDER BY startUTC LIMIT 1
            """, arguments: [outlet, date.adding(days: -1).description, date.adding(days: 1).description, endUTC, startUTC, excluding]),
              let start = UTCTimestamp.seconds(row["startUTC"]), let end = UTCTimestamp.seconds(row["endUTC"]) else { return nil }
        return (row["id"], row["title"], start, end, row["startUTC"], row["endUTC"], row["extent"])
    }

    /// The columns an item's placement fills: UTC start and end on air, page in print, address online.
    static func placementColumns(_ segment: NewSegment, clock: MissionClock)
        -> (startUTC: String?, endUTC: String?, page: Int?, url: String?) {
        switch segment.placement {
        case .broadcast(let start, _):
            let startSeconds = clock.utcSeconds(of: segment.date, at: start)
            return (UTCTimestamp.string(startSeconds), UTCTimestamp.string(startSeconds + Int(segment.placement.extent)), nil, nil)
        case .print(let page, _): return (nil, nil, page, nil)
        case .online(_, let url): return (nil, nil, nil, url)
        }
    }

    public func segments(_ filter: SegmentFilter = SegmentFilter()) throws -> [StoredSegment] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let outlet = filter.outlet { conditions.append("s.outletID = ?"); arguments += [outlet] }
        if let date = filter.date { conditions.append("s.date = ?"); arguments += [date.description] }
        if filter.uncodedOnly { conditions.append("NOT EXISTS (SELECT 1 FROM coding c WHERE c.segmentID = s.id)") }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.*, (SELECT COUNT(*) FROM coding c WHERE c.segmentID = s.id) AS codings
                FROM segment s \(whereClause)
                ORDER BY s.outletID, s.date, s.startUTC, s.page, s.id
                """, arguments: arguments).map { try storedSegment($0) }
        }
    }

    public func segment(id: Int64) throws -> StoredSegment? {
        try read { db in try segmentRow(id: id, db).map { try storedSegment($0) } }
    }

    /// An item's row with its number of codings, as `storedSegment` reads it.
    func segmentRow(id: Int64, _ db: Database) throws -> Row? {
        try Row.fetchOne(db, sql: """
            SELECT s.*, (SELECT COUNT(*) FROM coding c WHERE c.segmentID = s.id) AS codings
            FROM segment s WHERE s.id = ?
            """, arguments: [id])
    }

    public func codings(ofSegment id: Int64) throws -> [StoredCoding] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM coding WHERE segmentID = ? ORDER BY coder, id", arguments: [id]).map { try storedCoding($0) }
        }
    }

    /// A stored value the codebook does not know is an error naming the row, never a guess.
    func storedSegment(_ row: Row) throws -> StoredSegment {
        let id: Int64 = row["id"]
        let unit = try storedUnit(row, item: id)
        guard let dateText: String = row["date"], let date = LocalDate(dateText) else {
            throw InputError(file: path, field: "date", "item \(id) has the date \"\(row["date"] as String? ?? "")\"")
        }
        var start: TimeOfDay?, end: TimeOfDay?
        if let s: String = row["startUTC"], let e: String = row["endUTC"],
           let ss = UTCTimestamp.seconds(s), let es = UTCTimestamp.seconds(e) {
            start = clock.local(ss).time
            end = clock.local(es).time
        }
        return StoredSegment(
            id: id, outlet: row["outletID"], date: date,
            start: start, end: end, page: row["page"], url: row["url"],
            unit: unit, extent: row["extent"], title: row["title"],
            genre: row["genreID"], language: row["language"], text: row["text"], programmeID: row["programmeID"],
            primaryCoder: row["primaryCoder"], codings: row["codings"])
    }

    func storedCoding(_ row: Row) throws -> StoredCoding {
        let toneText: String? = row["tone"]
        guard let tone = toneText.flatMap(Tone.init(rawValue:)) else {
            throw InputError(file: path, field: "tone", "coding \(row["id"] as Int64) of item \(row["segmentID"] as Int64) has the tone \"\(toneText ?? "")\", which the codebook does not allow")
        }
        return StoredCoding(segmentID: row["segmentID"], subject: row["subjectID"], coder: row["coder"], amount: row["amount"],
                     direct: row["direct"], tone: tone, codedAt: row["codedAt"],
                     values: StoredValues.decode(row["vars"]))
    }
}

extension MonitoringDatabase {
    /// The unit an item is measured in, or an error naming the item when the stored text is none.
    func storedUnit(_ row: Row, item id: Int64) throws -> AmountUnit {
        let text: String? = row["unit"]
        guard let unit = text.flatMap(AmountUnit.init(rawValue:)) else {
            throw InputError(file: path, field: "unit", "item \(id) is measured in \"\(text ?? "")\", which is not seconds, cm2 or characters")
        }
        return unit
    }
}

/// What a versioned move of an item's edges did.
public enum ItemMoveOutcome: Sendable, Equatable {
    /// The item as stored after the move.
    case moved(StoredSegment)
    /// Someone moved the item since the caller read it: nothing written; the item as stored now.
    case stale(StoredSegment)
}

extension StoredSegment {
    /// The version of a broadcast item's place, for versioned moves: its day, start and end, so
    /// any move by anyone makes an older copy stale. Nil for print and online items.
    public var timesVersion: String? {
        guard let start, let end else { return nil }
        return "\(date) \(start)–\(end)"
    }
}

extension MonitoringDatabase {
    /// Moves a broadcast item's start and end (local times, as `segments add` takes them), if it
    /// is still at `version` (``StoredSegment/timesVersion``; nil moves whatever is stored).
    /// The rules of `segments add` and the coder's cut hold: the end after the start (past
    /// midnight only inside a programme that runs past it, or for an item that already did),
    /// inside its programme, inside the period, at most six hours, never over another item of
    /// the outlet; and no coder's codings may add up to more than the item would last — the move
    /// is refused, naming them, rather than leaving amounts larger than the item. Each changed
    /// edge is audited under `user`. Checked and written in one transaction. Without
    /// `namingOtherCoders` (a monitor: blind double coding stays blind), a refusal names only
    /// `user`'s own codings and says how many other coders' are too long.
    public func moveItem(_ id: Int64, start: TimeOfDay, end: TimeOfDay, ifVersion version: String?, by user: String,
                         namingOtherCoders: Bool = true) throws -> ItemMoveOutcome {
        try rules.check(coder: user)
        return try write { db in
            guard let row = try segmentRow(id: id, db) else {
                throw InputError(field: "item", "there is no item \(id)")
            }
            let stored = try storedSegment(row)
            guard stored.unit == .seconds, let oldStart = stored.start, let oldEnd = stored.end,
                  let oldStartUTC = UTCTimestamp.seconds(row["startUTC"]), let oldEndUTC = UTCTimestamp.seconds(row["endUTC"]) else {
                throw InputError(field: "item", "item \(id) is measured in \(stored.unit.label): only items on air have a start and end")
            }
            if let version, version != stored.timesVersion { return .stale(stored) }

            // Where the new times fall: inside the programme the item was cut from, else on the item's day.
            let startUTC: Int, length: Int
            if let programmeID = stored.programmeID,
               let p = try Row.fetchOne(db, sql: "SELECT * FROM programme WHERE id = ?", arguments: [programmeID]),
               let pStart = UTCTimestamp.seconds(p["startUTC"]), let pEnd = UTCTimestamp.seconds(p["endUTC"]) {
                let local = clock.local(pStart)
                let programme = LocalProgramme(id: programmeID, outlet: stored.outlet, date: local.date, start: local.time,
                                               end: clock.local(pEnd).time, startUTC: pStart, endUTC: pEnd, title: p["title"], items: 0)
                startUTC = try programme.itemStartUTC(start, clock: clock)
                length = try programme.itemLength(from: start, to: end, clock: clock)
            } else {
                let pastMidnight = oldEndUTC - oldStartUTC > oldEnd.seconds - oldStart.seconds
                length = try TimeOfDay.itemSeconds(from: start, to: end, mayCrossMidnight: pastMidnight)
                startUTC = clock.utcSeconds(of: stored.date, at: start)
            }
            let day = clock.local(startUTC).date
            let moved = NewSegment(outlet: stored.outlet, date: day, placement: .broadcast(start: start, end: end),
                                   title: stored.title, genre: stored.genre, programmeID: stored.programmeID)
            try rules.check(moved)
            guard length <= CodingRules.longestItem else {
                throw InputError(field: "end", "the item would run from \(start) to \(end), longer than an item can be (\(CodingRules.longestItem / 3600) hours)")
            }
            let endUTC = startUTC + length
            if let other = try overlappingItem(outlet: stored.outlet, date: day, startUTC: UTCTimestamp.string(startUTC),
                                               endUTC: UTCTimestamp.string(endUTC), excluding: id, db) {
                throw InputError(field: oldStartUTC != startUTC ? "start" : "end",
                                 "\(start)–\(end) overlaps item \(other.id) \"\(other.title)\" (\(clock.local(other.start).time)–\(clock.local(other.end).time)) on \(stored.outlet): the same minutes cannot be counted twice")
            }
            let tooLong = try Row.fetchAll(db, sql: """
                SELECT coder, SUM(amount) AS total FROM coding WHERE segmentID = ? GROUP BY coder HAVING SUM(amount) > ? ORDER BY coder
                """, arguments: [id, Double(length) + 1e-9])
            if !tooLong.isEmpty {
                let named = tooLong.filter { namingOtherCoders || $0["coder"] as String == user }
                var list = named.map { "\($0["coder"] as String) (\(AmountUnit.seconds.amount($0["total"])))" }
                let others = tooLong.count - named.count
                if others > 0 { list.append(others == 1 ? "another coder" : "\(others) other coders") }
                let coders = list.joined(separator: ", ")
                throw InputError(field: "amount", "the codings of item \(id) by \(coders) add up to more than the \(AmountUnit.seconds.amount(Double(length))) it would last from \(start) to \(end): change those codings first")
            }
            if let other = try Int64.fetchOne(db, sql: "SELECT id FROM segment WHERE itemKey = ? AND id <> ?", arguments: [moved.key, id]) {
                throw InputError(field: "start", "item \(other) already starts at \(start) with the title \"\(stored.title)\"")
            }
            var changes: [(field: String, old: String, new: String)] = []
            if day != stored.date { changes.append(("date", stored.date.description, day.description)) }
            if start != oldStart { changes.append(("start", oldStart.description, start.description)) }
            if endUTC != oldEndUTC { changes.append(("end", oldEnd.description, end.description)) }
            if !changes.isEmpty {
                // Its codings move with it in the sums: another day, in or out of the monitoring window.
                try adjustingSums(ofItem: id, db) {
                    try CodingWriter(db).moveItem(id, date: day, startUTC: startUTC, endUTC: endUTC, key: moved.key,
                                                  changes: changes, by: user, at: UTCTimestamp.now())
                }
            }
            guard let after = try segmentRow(id: id, db) else { throw InputError(field: "item", "item \(id) is gone") }
            return .moved(try storedSegment(after))
        }
    }
}
