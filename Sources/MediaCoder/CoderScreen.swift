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
    /// Lines of text the last render showed: Space scrolls by one such page.
    var textPage = 5
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
        case browse
        /// The key help, scrolled down by `scroll` lines (it may not fit a small terminal).
        case help(scroll: Int)
        case edit(Editor)
        case pick(Picker)
        case tone(subject: String, amount: Double, direct: Double?)
        /// The codebook's own variables, after the built-in fields.
        case variable(VariablePrompt)
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
        /// The text is a prefilled value, not yet touched: typing replaces it (as in any form),
        /// Enter keeps it.
        var prefilled: Bool

        init(purpose: Purpose, label: String, text: String) {
            self.purpose = purpose
            self.label = label
            self.text = text
            self.prefilled = !text.isEmpty
        }
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
        /// The item's genre and its own variables as they were.
        case genre(segment: Int64, old: String?, values: VariableValues)
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
        self.finder = try finder ?? MentionMatcher(codebook: database.codebook)
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
        try CodingRules(codebook: database.codebook).check(coder: coder)
        let queue = try CoderQueue.load(database, coder: coder, scope: scope)
        self.entries = queue.entries
        self.programmes = queue.programmes
        for case .item(let item) in entries {
            itemCount += 1
            if item.isCoded { codedCount += 1 }
        }
        // Start where work is left: the first item this coder has not coded, else the first
        // programme still to cut (one left uncut behind coded items was likely skipped on purpose).
        index = entries.firstIndex { if case .item(let i) = $0 { !i.isCoded } else { false } }
            ?? entries.firstIndex { if case .programme = $0 { true } else { false } } ?? 0
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
        let text = ItemText(title: item.segment.title, text: item.segment.text, cues: cues(item.segment), extent: item.segment.extent, finder: finder,
                            date: item.segment.date)
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
        let text = ItemText(text: programme.description, cues: cues, extent: 0, finder: finder, date: programme.date)
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

    func go(to newIndex: Int) {
        guard entries.indices.contains(newIndex) else { return }
        index = newIndex
        selectedRow = 0
        textScroll = 0
    }
}
