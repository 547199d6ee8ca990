/// A programme as a broadcast log states it, ready for the store. Times are UTC seconds since 1970.
///
/// The readers (MediaImport) produce these and the store consumes them; the type lives here so
/// that neither layer imports the other.
public struct NewProgramme: Sendable, Equatable {
    public var outlet: String
    public var start: Int
    public var end: Int
    public var title: String
    public var category: String?
    public var description: String?
    /// Where it came from (the file's name), kept for tracing a programme back to its log.
    public var source: String?
    /// The line it stands on in its file, for messages.
    public var line: Int?

    public init(outlet: String, start: Int, end: Int, title: String, category: String? = nil,
                description: String? = nil, source: String? = nil, line: Int? = nil) {
        self.outlet = outlet
        self.start = start
        self.end = end
        self.title = title
        self.category = category
        self.description = description
        self.source = source
        self.line = line
    }
}

/// A stream of programmes read from one file (an XMLTV guide, an as-run log).
///
/// `read` hands every programme to `each` as soon as it is read, so that a big file is stored
/// in constant memory; it returns what it skipped and what it warns about.
public protocol ProgrammeSource {
    var file: String { get }
    func read(_ each: (NewProgramme) throws -> Void) throws -> ReadNotes
}

/// What a reader left out of a file, and why, and what looked odd but was kept.
public struct ReadNotes: Sendable, Equatable {
    /// Records left out, by reason ("channel 12-omsk is not mapped to an outlet": 230).
    public var skipped: [String: Int]
    /// Problems that do not stop the import, such as overlapping programmes.
    public var warnings: [InputError]
    /// How many warnings there were in all (only the first few are kept).
    public var warningCount: Int

    public init(skipped: [String: Int] = [:], warnings: [InputError] = [], warningCount: Int = 0) {
        self.skipped = skipped
        self.warnings = warnings
        self.warningCount = warningCount
    }

    public var skippedCount: Int { skipped.values.reduce(0, +) }

    public mutating func skip(_ reason: String, count: Int = 1) { skipped[reason, default: 0] += count }

    public mutating func warn(_ warning: InputError, keep: Int = 20) {
        warningCount += 1
        if warnings.count < keep { warnings.append(warning) }
    }

    public mutating func merge(_ other: ReadNotes) {
        for (reason, count) in other.skipped { skip(reason, count: count) }
        for warning in other.warnings where warnings.count < 20 { warnings.append(warning) }
        warningCount += other.warningCount
    }
}

/// What importing one file did: the counts of DESIGN §6 and the reader's notes.
public struct FileImport: Sendable, Equatable {
    public var file: String
    /// What was imported: "programmes", "articles", "cues".
    public var kind: String
    public var imported: Int
    public var duplicates: Int
    public var notes: ReadNotes
    /// A further line for people, such as the coding suggestions a transcript produced.
    public var detail: String?

    public init(file: String, kind: String, imported: Int = 0, duplicates: Int = 0, notes: ReadNotes = ReadNotes(), detail: String? = nil) {
        self.file = file
        self.kind = kind
        self.imported = imported
        self.duplicates = duplicates
        self.notes = notes
        self.detail = detail
    }

    public var skipped: Int { notes.skippedCount }
}

/// One timed line of a transcript, placed on the clock (UTC milliseconds since 1970).
public struct NewCue: Sendable, Equatable {
    public var startMs: Int
    public var endMs: Int
    /// The text as the subtitle file has it (tags removed), for display.
    public var text: String
    /// The text after the text layer's normalization and folding, for search and matching.
    public var normalized: String
    /// Subjects the cue mentions (codebook ids), for coding suggestions.
    public var subjects: [String]
    public var line: Int

    public init(startMs: Int, endMs: Int, text: String, normalized: String, subjects: [String] = [], line: Int) {
        self.startMs = startMs
        self.endMs = endMs
        self.text = text
        self.normalized = normalized
        self.subjects = subjects
        self.line = line
    }

    public var seconds: Double { Double(endMs - startMs) / 1000 }
}

/// A transcript of one broadcast: its outlet and its cues on the clock.
public struct NewTranscript: Sendable, Equatable {
    public var file: String
    public var outlet: String
    public var cues: [NewCue]

    public init(file: String, outlet: String, cues: [NewCue]) {
        self.file = file
        self.outlet = outlet
        self.cues = cues
    }
}

/// Articles read from one file (a text, a page, a feed, a news item), each one item.
public struct ArticleBatch: Sendable, Equatable {
    public var file: String
    public var articles: [NewSegment]
    /// What an item has no place for: where the article stands in its file, its byline and section
    /// (parallel to `articles`).
    public var info: [ArticleInfo]
    public var notes: ReadNotes

    public init(file: String, articles: [NewSegment] = [], info: [ArticleInfo] = [], notes: ReadNotes = ReadNotes()) {
        self.file = file
        self.articles = articles
        self.info = info
        self.notes = notes
    }
}

public struct ArticleInfo: Sendable, Equatable {
    public var line: Int?
    public var author: String?
    public var section: String?

    public init(line: Int? = nil, author: String? = nil, section: String? = nil) {
        self.line = line
        self.author = author
        self.section = section
    }
}
