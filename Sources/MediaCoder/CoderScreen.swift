import Foundation
import MediaModel
import MediaStore
import MediaText

/// What the terminal must do after a key, beyond redrawing.
public enum ScreenEffect: Sendable, Equatable {
    case quit
    /// The key did nothing (unknown key, nothing to undo): ring the bell.
    case bell
}

/// Cues of an item's transcript, in seconds from the item's start. By default they come from the
/// transcripts imported into the store; tests pass their own.
public typealias CueSource = (StoredSegment) -> [TimedCue]

/// The coder screen: all of its state, the keys it understands, and what it draws.
///
/// No terminal I/O happens here, so tests drive it with a key stream and read the screen text.
/// Each accepted value is written through the store at once (one short transaction), and the
/// in-memory queue is updated from what was written: moving between items never reads the
/// database again, which keeps a keystroke well under a frame on a day of thousands of items.
public final class CoderScreen {
    public let coder: String
    public let scope: QueueScope
    let db: MonitoringDatabase
    var codebook: Codebook { db.codebook }
    let finder: MentionFinder
    let cues: CueSource
    /// Cue times on screen are local: a monitor compares them with the broadcast log.
    let clock: MissionClock
    let subjects: TypeAhead
    let genres: TypeAhead

    public internal(set) var entries: [QueueEntry]
    var programmes: [Int64: LocalProgramme]
    public internal(set) var index = 0
    var selectedRow = 0
    var textScroll = 0
    var mode: Mode = .browse
    /// The tone to save with once the amount prompt is answered (a tone key on a suggestion without seconds).
    var pendingTone: Tone?
    var message: (text: String, isError: Bool)?
    var undoSteps: [UndoStep] = []
    var texts: [Int64: ItemText] = [:]
    var programmeTexts: [Int64: ItemText] = [:]
    /// The current entry's text laid out for the current width; entries are keyed `i17`, `p4`.
    var wrapped: (entry: String, width: Int, lines: [StyledLine])?
    var codedCount = 0
    var itemCount = 0

    enum Mode {
        case browse, help
        case edit(Editor)
        case pick(Picker)
        case tone(subject: String, amount: Double, direct: Double?)
    }

    struct Editor {
        enum Purpose {
            case amount(subject: String)
            case direct(subject: String)
            case itemStart(programme: Int64)
            case itemEnd(programme: Int64, start: TimeOfDay)
            case itemTitle(programme: Int64, start: TimeOfDay, end: TimeOfDay)
        }
        var purpose: Purpose
        var label: String
        var text: String
    }

    struct Picker {
        enum Kind { case subject, genre }
        var kind: Kind
        var text = ""
        var selected = 0
    }

    enum UndoStep {
        case inserted(segment: Int64, subject: String)
        case replaced(StoredCoding)
        case removed(StoredCoding)
        case genre(segment: Int64, old: String?)
        case addedItem(Int64)
    }

    /// A row of the codings panel: the coder's saved coding of a subject, or a suggestion.
    struct Row {
        var subject: String
        var coding: StoredCoding?
        var suggestion: SuggestedCoding?
    }

    /// Opens the queue of `scope` for `coder`. Without `finder`, subjects are found by the text
    /// layer's mention matcher; without `cues`, transcripts come from the store.
    public init(database: MonitoringDatabase, coder: String, scope: QueueScope = QueueScope(),
                finder: MentionFinder? = nil, cues: CueSource? = nil) throws {
        self.db = database
        self.coder = coder
        self.scope = scope
        self.clock = database.clock
        self.finder = finder ?? MentionMatcher(codebook: database.codebook)
        let clock = database.clock
        self.cues = cues ?? { segment in
            guard segment.unit == .seconds, let start = segment.start else { return [] }
            let itemStart = clock.utcSeconds(of: segment.date, at: start)
            return ((try? database.cues(ofItem: segment.id)) ?? []).map { cue in
                TimedCue(start: Double(cue.startMs) / 1000 - Double(itemStart), end: Double(cue.endMs) / 1000 - Double(itemStart),
                         text: "\(clock.local(cue.startMs / 1000).time)  \(cue.text)")
            }
        }
        self.subjects = .subjects(of: database.codebook)
        self.genres = .genres(of: database.codebook)
        guard !coder.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InputError(field: "coder", "the coder's name is empty")
        }
        let queue = try CoderQueue.load(database, coder: coder, scope: scope)
        self.entries = queue.entries
        self.programmes = queue.programmes
        for case .item(let item) in entries {
            itemCount += 1
            if item.isCoded { codedCount += 1 }
        }
        // Start where work is left: the first entry this coder has not done.
        index = entries.firstIndex { if case .item(let i) = $0 { !i.isCoded } else { true } } ?? 0
    }

    // MARK: - State the renderer and tests read

    /// Items this coder has coded (a coding or a genre) out of the items in the queue.
    public var progress: (coded: Int, total: Int) { (codedCount, itemCount) }

    var currentItem: CoderItem? {
        guard entries.indices.contains(index), case .item(let item) = entries[index] else { return nil }
        return item
    }

    var currentProgramme: LocalProgramme? {
        guard entries.indices.contains(index) else { return nil }
        switch entries[index] {
        case .programme(let p): return p
        case .item(let item): return item.segment.programmeID.flatMap { programmes[$0] }
        }
    }

    func text(of item: CoderItem) -> ItemText {
        if let cached = texts[item.segment.id] { return cached }
        let text = ItemText(title: item.segment.title, text: item.segment.text, cues: cues(item.segment), extent: item.segment.extent, finder: finder)
        texts[item.segment.id] = text
        return text
    }

    /// Finds the subjects in the entries next to the current one, so that moving there draws at
    /// once; the terminal calls it while waiting for the next key.
    public func prepareNeighbours() {
        for i in [index + 1, index - 1] where entries.indices.contains(i) {
            switch entries[i] {
            case .item(let item): _ = text(of: item)
            case .programme(let p): _ = text(of: p)
            }
        }
    }

    /// A programme not yet cut into items: its transcript with local times, to see where items begin.
    func text(of programme: LocalProgramme) -> ItemText {
        if let cached = programmeTexts[programme.id] { return cached }
        let cues = ((try? db.cues(programme: programme.id)) ?? []).map { cue in
            TimedCue(start: 0, end: 0, text: "\(clock.local(cue.startMs / 1000).time)  \(cue.text)")
        }
        let text = ItemText(text: programme.description, cues: cues, extent: 0, finder: finder)
        programmeTexts[programme.id] = text
        return text
    }

    var rows: [Row] {
        guard let item = currentItem else { return [] }
        var rows = item.codings.map { Row(subject: $0.subject, coding: $0, suggestion: nil) }
        for suggestion in text(of: item).suggestions where item.coding(of: suggestion.subject) == nil {
            rows.append(Row(subject: suggestion.subject, coding: nil, suggestion: suggestion))
        }
        return rows
    }

    var selected: Row? {
        let rows = self.rows
        return rows.indices.contains(selectedRow) ? rows[selectedRow] : nil
    }

    // MARK: - Writing through the store

    func mutateItem(_ id: Int64, _ change: (inout CoderItem) -> Void) {
        guard let i = entries.firstIndex(where: { if case .item(let x) = $0 { x.segment.id == id } else { false } }),
              case .item(var item) = entries[i] else { return }
        let wasCoded = item.isCoded
        change(&item)
        entries[i] = .item(item)
        codedCount += (item.isCoded ? 1 : 0) - (wasCoded ? 1 : 0)
    }

    /// Saves one coding; on a refused value shows why and changes nothing.
    @discardableResult
    func save(subject: String, amount: Double, direct: Double?, tone: Tone, recordUndo: Bool = true) -> Bool {
        guard let item = currentItem else { return false }
        let coding = NewCoding(subject: subject, amount: amount, direct: direct, tone: tone, coder: coder)
        do {
            try db.code(coding, segment: item.segment.id)
        } catch {
            show(error)
            return false
        }
        let old = item.coding(of: subject)
        let stored = StoredCoding(segment: item.segment.id, subject: subject, coder: coder, amount: amount,
                                  direct: direct, tone: tone, at: UTCTimestamp.now())
        mutateItem(item.segment.id) { item in
            if let i = item.codings.firstIndex(where: { $0.subject == subject }) { item.codings[i] = stored } else { item.codings.append(stored) }
        }
        if recordUndo { undoSteps.append(old.map { .replaced($0) } ?? .inserted(segment: item.segment.id, subject: subject)) }
        if let i = rows.firstIndex(where: { $0.subject == subject }) { selectedRow = i }
        let directText = direct.map { ", direct \($0.formatted)" } ?? ""
        message = ("Saved \(subject): \(amount.formatted) \(item.segment.unit.label)\(directText), \(tone.rawValue)", false)
        return true
    }

    func remove(subject: String) {
        guard let item = currentItem else { return }
        do {
            let old = try db.removeCoding(segment: item.segment.id, subject: subject, coder: coder)
            mutateItem(item.segment.id) { $0.codings.removeAll { $0.subject == subject } }
            undoSteps.append(.removed(old))
            selectedRow = min(selectedRow, max(0, rows.count - 1))
            message = ("Removed your coding of \(subject)", false)
        } catch {
            show(error)
        }
    }

    func setGenre(_ genre: String?) {
        guard let item = currentItem else { return }
        do {
            try db.setGenre(genre, segment: item.segment.id, coder: coder)
            undoSteps.append(.genre(segment: item.segment.id, old: item.genre))
            mutateItem(item.segment.id) { $0.genre = genre }
            message = ("Genre: \(genre ?? "none")", false)
        } catch {
            show(error)
        }
    }

    func addItem(programme: Int64, start: TimeOfDay, end: TimeOfDay, title: String) {
        do {
            let segment = try db.addItem(inProgramme: programme, start: start, end: end, title: title)
            let item = CoderItem(segment: segment, codings: [], genre: nil)
            // Right after the programme and the items before it, so the new item comes up next.
            var at = (entries.firstIndex { if case .programme(let p) = $0 { p.id == programme } else { false } } ?? index) + 1
            while at < entries.count, case .item(let other) = entries[at], other.segment.programmeID == programme,
                  (other.segment.start?.seconds ?? 0) <= start.seconds {
                at += 1
            }
            entries.insert(.item(item), at: min(at, entries.count))
            itemCount += 1
            programmes[programme]?.items += 1
            undoSteps.append(.addedItem(segment.id))
            go(to: min(at, entries.count - 1))
            message = ("Added item \(segment.id): \(start)–\(end)", false)
        } catch {
            show(error)
        }
    }

    func undo() -> [ScreenEffect] {
        guard let step = undoSteps.popLast() else {
            message = ("Nothing to undo", false)
            return [.bell]
        }
        let segment: Int64 = switch step {
        case .inserted(let s, _), .genre(let s, _), .addedItem(let s): s
        case .replaced(let c), .removed(let c): c.segmentID
        }
        if let i = entries.firstIndex(where: { if case .item(let x) = $0 { x.segment.id == segment } else { false } }), i != index {
            go(to: i)
        }
        let count = undoSteps.count
        switch step {
        case .inserted(_, let subject):
            remove(subject: subject)
        case .replaced(let old), .removed(let old):
            save(subject: old.subject, amount: old.amount, direct: old.direct, tone: old.tone, recordUndo: false)
        case .genre(_, let old):
            setGenre(old)
        case .addedItem(let id):
            do {
                try db.removeUncodedItem(id)
                entries.removeAll { if case .item(let x) = $0 { x.segment.id == id } else { false } }
                itemCount -= 1
                index = min(index, max(0, entries.count - 1))
                message = ("Removed item \(id)", false)
            } catch {
                show(error)
            }
        }
        // The inverse writes are audited like any change, but are not themselves undoable.
        if undoSteps.count > count { undoSteps.removeLast(undoSteps.count - count) }
        if message?.isError == false { message = ("Undone: " + (message?.text ?? ""), false) }
        return []
    }

    func show(_ error: Error) {
        let text = switch error {
        case let e as InputError: e.field.map { "\($0): \(e.message)" } ?? e.message
        case let e as InputErrors: e.errors.map { e in e.field.map { "\($0): \(e.message)" } ?? e.message }.joined(separator: "; ")
        default: "\(error)"
        }
        message = (text, true)
    }

    func go(to newIndex: Int) {
        guard entries.indices.contains(newIndex) else { return }
        index = newIndex
        selectedRow = 0
        textScroll = 0
    }
}

/// Reads an amount as monitors type it: `45`, `45.5`, `45,5`, or `1:30` for seconds.
func parseAmount(_ text: String, unit: AmountUnit) -> Double? {
    let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
    if unit == .seconds, t.contains(":") {
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        return Double(parts.reduce(0) { $0 * 60 + Int($1)! })
    }
    guard let value = Double(t), value.isFinite else { return nil }
    return value
}
