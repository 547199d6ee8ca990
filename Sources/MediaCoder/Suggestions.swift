import MediaModel
import MediaText

/// Finds codebook subjects in text. The screen highlights what it finds and suggests those
/// subjects; `MediaText`'s mention matcher plugs in here.
public protocol MentionFinder: Sendable {
    /// Throws ``TextProcessingError`` when the text library fails.
    func mentions(in text: String) throws(TextProcessingError) -> [Mention]
    /// The mentions in a text of `day` (an office-holder's name counts while in office); nil:
    /// the codebook's period.
    func mentions(in text: String, on day: LocalDate?) throws(TextProcessingError) -> [Mention]
}

extension MentionFinder {
    /// A finder that knows no office-holders by date finds the same on every day.
    public func mentions(in text: String, on day: LocalDate?) throws(TextProcessingError) -> [Mention] { try mentions(in: text) }
}

extension MentionMatcher: MentionFinder {}

/// A timed piece of transcript (a subtitle cue), in seconds from the item's start.
public struct TimedCue: Sendable, Equatable {
    public var start: Double
    public var end: Double
    public var text: String

    public init(start: Double, end: Double, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A subject the screen offers to code, with the seconds its cues suggest (nil without cues).
public struct SuggestedCoding: Sendable, Equatable {
    public var subject: String
    public var amount: Double?

    public init(subject: String, amount: Double?) {
        self.subject = subject
        self.amount = amount
    }
}

/// What the screen shows about an item's text: the text itself, where subjects are, and what to suggest.
public struct ItemText: Sendable, Equatable {
    public var text: String
    public var mentions: [Mention]
    /// Mentions in the item's title, highlighted there too.
    public var titleMentions: [Mention]
    public var suggestions: [SuggestedCoding]
    /// Set when the text library failed on this text: then nothing is highlighted or suggested,
    /// and the screen says why instead of showing an item that seems to name no subject.
    public var problem: TextProcessingError?

    /// Reads an item's text (its cues joined line by line when it has cues), finds the subjects,
    /// and suggests each subject found in the text or the title, in order of first mention. With cues, a subject's
    /// suggested seconds are the length of the cues that mention it, within the item.
    /// `date`: the item's day, which decides who held an office; nil: the codebook's period.
    public init(title: String = "", text: String?, cues: [TimedCue], extent: Double, finder: MentionFinder, date: LocalDate? = nil) {
        var body = ""
        var cueRanges: [(Range<Int>, TimedCue)] = []
        if cues.isEmpty {
            body = text ?? ""
        } else {
            var offset = 0
            for cue in cues {
                if !body.isEmpty { body += "\n"; offset += 1 }
                let length = cue.text.unicodeScalars.count
                cueRanges.append((offset..<(offset + length), cue))
                body += cue.text
                offset += length
            }
        }
        self.text = body
        var found: [Mention] = [], foundInTitle: [Mention] = []
        do {
            found = try finder.mentions(in: body, on: date)
            foundInTitle = try finder.mentions(in: title, on: date)
        } catch {
            found = []
            foundInTitle = []
            problem = error
        }
        let mentions = found.sorted { $0.start < $1.start }
        self.mentions = mentions
        var order: [String] = []
        var seconds: [String: Double] = [:]
        // Subjects named only in the title are suggested too (after those in the text): many
        // items have a title and no text.
        let titleMentions = foundInTitle.sorted { $0.start < $1.start }
        self.titleMentions = titleMentions
        for mention in mentions + titleMentions where !order.contains(mention.subject) { order.append(mention.subject) }
        if !cueRanges.isEmpty {
            for subject in order {
                let hits = cueRanges.filter { range, _ in
                    mentions.contains { $0.subject == subject && ($0.start..<$0.end).overlaps(range) }
                }
                let total = hits.reduce(0.0) { sum, hit in
                    sum + max(0, min(hit.1.end, extent) - max(hit.1.start, 0))
                }
                seconds[subject] = total
            }
        }
        self.suggestions = order.map { SuggestedCoding(subject: $0, amount: seconds[$0].flatMap { $0 > 0 ? $0 : nil }) }
    }
}

/// Finds nothing: for items without text, or when highlighting is not wanted.
public struct NoMentions: MentionFinder {
    public init() {}
    public func mentions(in text: String) throws(TextProcessingError) -> [Mention] { [] }
}
