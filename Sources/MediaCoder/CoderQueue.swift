import MediaModel
import MediaStore

/// One item as the coder sees it: the item, and this coder's own codings and genre of it.
public struct CoderItem: Sendable, Equatable {
    public var segment: StoredSegment
    public var codings: [StoredCoding]
    public var genre: String?

    /// Whether this coder has done anything with the item (a coding, or at least its genre).
    public var isCoded: Bool { !codings.isEmpty || genre != nil }

    public func coding(of subject: String) -> StoredCoding? { codings.first { $0.subject == subject } }
}

/// A stop in the coder's queue: an item to code, or a programme still to be cut into items.
public enum QueueEntry: Sendable, Equatable {
    case item(CoderItem)
    case programme(LocalProgramme)
}

/// Which items the screen walks through.
public struct QueueScope: Sendable {
    public var outlet: String?
    public var date: LocalDate?
    /// Double coding: items someone else has coded (of the drawn sample, when `mediamon assign`
    /// drew one), without their values. Otherwise items nobody else has coded (this coder's own
    /// included, to revisit them).
    public var doubleCoding: Bool

    public init(outlet: String? = nil, date: LocalDate? = nil, doubleCoding: Bool = false) {
        self.outlet = outlet
        self.date = date
        self.doubleCoding = doubleCoding
    }
}

/// Loads the queue once; the screen keeps it up to date itself after each write.
public enum CoderQueue {
    public static func load(_ db: MonitoringDatabase, coder: String, scope: QueueScope) throws -> (entries: [QueueEntry], programmes: [Int64: LocalProgramme]) {
        if let outlet = scope.outlet, db.codebook.outlet(outlet) == nil {
            throw db.codebook.unknown(.outlet, outlet)
        }
        if let date = scope.date, !db.codebook.period.contains(date) {
            throw InputError(field: "date", "\(date) is outside the monitoring period \(db.codebook.period)")
        }
        let filter = SegmentFilter(outlet: scope.outlet, date: scope.date)
        let work = try db.work(of: coder, filter)
        let all = try db.segments(filter)
        let segments = all.filter { segment in
            // An item this coder coded stays theirs, even once a second coder has coded it too.
            let mine = work.codings[segment.id] != nil || work.genres[segment.id] != nil
            guard scope.doubleCoding else { return mine || !work.codedByOthers.contains(segment.id) }
            // Once a sample has been drawn (`mediamon assign`), only its items are double coded.
            return work.codedByOthers.contains(segment.id) && work.doubleCodingSample.map { $0.contains(segment.id) } ?? true
        }
        let programmes = try db.localProgrammes(outlet: scope.outlet, date: scope.date)

        typealias Keyed = (key: QueueKey, entry: QueueEntry)
        var keyed: [Keyed] = segments.map { s in
            (QueueKey(outlet: s.outlet, date: s.date, position: s.start?.seconds ?? s.page ?? 0, programmeFirst: 1, id: s.id),
             .item(CoderItem(segment: s, codings: work.codings[s.id] ?? [], genre: work.genres[s.id])))
        }
        // Programmes still to cut: inside the outlet's monitoring window, and not yet covered by
        // the items cut from them (a programme stays until its time is used up, not after its
        // first item). Double coders code items, not programmes.
        if !scope.doubleCoding {
            var cut: [Int64: Double] = [:]
            for s in all { if let p = s.programmeID { cut[p, default: 0] += s.extent } }
            for p in programmes where isInWindow(p, db.codebook) && cut[p.id, default: 0] < Double(p.endUTC - p.startUTC) {
                keyed.append((QueueKey(outlet: p.outlet, date: p.date, position: p.start.seconds, programmeFirst: 0, id: p.id), .programme(p)))
            }
        }
        keyed.sort { $0.key < $1.key }
        return (keyed.map(\.entry), Dictionary(programmes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
    }
}

/// Whether any part of a programme is on air inside its outlet's monitoring window (local time;
/// a programme past midnight runs on into the next day).
func isInWindow(_ p: LocalProgramme, _ codebook: Codebook) -> Bool {
    guard let outlet = codebook.outlet(p.outlet) else { return true }
    let window = codebook.window(of: outlet)
    let start = p.start.seconds
    let end = start + (p.endUTC - p.startUTC)
    return start < window.to.seconds && end > window.from.seconds
}

/// Broadcast order: outlet, day, time (or page), a programme before the items cut from it.
struct QueueKey: Comparable {
    var outlet: String
    var date: LocalDate
    var position: Int
    var programmeFirst: Int
    var id: Int64

    static func < (a: QueueKey, b: QueueKey) -> Bool {
        (a.outlet, a.date.dayNumber, a.position, a.programmeFirst, a.id) < (b.outlet, b.date.dayNumber, b.position, b.programmeFirst, b.id)
    }
}
