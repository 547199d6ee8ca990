import MediaModel

/// A subject found in an item's text, at Unicode-scalar offsets (the convention of `mediamon mentions`).
public struct Mention: Sendable, Equatable {
    public var subject: String
    public var range: Range<Int>

    public init(subject: String, range: Range<Int>) {
        self.subject = subject
        self.range = range
    }
}

/// Finds codebook subjects in text. The screen highlights what it finds and suggests those
/// subjects; `MediaText`'s mention matcher plugs in here.
public protocol MentionFinder: Sendable {
    func mentions(in text: String) -> [Mention]
}

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
public struct Suggestion: Sendable, Equatable {
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
    public var suggestions: [Suggestion]

    /// Reads an item's text (its cues joined line by line when it has cues), finds the subjects,
    /// and suggests each subject found in the text or the title, in order of first mention. With cues, a subject's
    /// suggested seconds are the length of the cues that mention it, within the item.
    public init(title: String = "", text: String?, cues: [TimedCue], extent: Double, finder: MentionFinder) {
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
        let mentions = finder.mentions(in: body).sorted { $0.range.lowerBound < $1.range.lowerBound }
        self.mentions = mentions
        var order: [String] = []
        var seconds: [String: Double] = [:]
        // Subjects named only in the title are suggested too (after those in the text): many
        // items have a title and no text.
        for mention in mentions + finder.mentions(in: title) where !order.contains(mention.subject) { order.append(mention.subject) }
        if !cueRanges.isEmpty {
            for subject in order {
                let hits = cueRanges.filter { range, _ in
                    mentions.contains { $0.subject == subject && $0.range.overlaps(range) }
                }
                let total = hits.reduce(0.0) { sum, hit in
                    sum + max(0, min(hit.1.end, extent) - max(hit.1.start, 0))
                }
                seconds[subject] = total.rounded()
            }
        }
        self.suggestions = order.map { Suggestion(subject: $0, amount: seconds[$0].flatMap { $0 > 0 ? $0 : nil }) }
    }
}

/// A plain stand-in finder: every alias and name of every subject, case-insensitively, at the start
/// of a word, with any ending (so `Нұр Отанның` is found). It ignores the codebook's contexts, so
/// it over-finds ordinary words such as `ауыл`; `MediaText`'s matcher replaces it when available.
public struct AliasFinder: MentionFinder {
    /// Patterns by their first letter, longest first, so a full party name wins over its short form.
    private let patterns: [Unicode.Scalar: [(subject: String, text: [Unicode.Scalar])]]

    public init(codebook: Codebook) {
        var patterns: [Unicode.Scalar: [(String, [Unicode.Scalar])]] = [:]
        for subject in codebook.subjects {
            let names = subject.aliases.map(\.text) + [subject.name.en, subject.name.ru, subject.name.kk].compactMap { $0 }
            for name in Set(names) {
                let cleaned = Array(name.lowercased().filter { !"«»\"„“".contains($0) }.unicodeScalars)
                if cleaned.count >= 3 { patterns[cleaned[0], default: []].append((subject.id, cleaned)) }
            }
        }
        self.patterns = patterns.mapValues { $0.sorted { $0.1.count > $1.1.count } }
    }

    public func mentions(in text: String) -> [Mention] {
        let scalars = Array(text.lowercased().unicodeScalars)
        guard scalars.count == text.unicodeScalars.count else { return [] } // lowercasing changed offsets
        var found: [Mention] = []
        var i = 0
        var previousIsLetter = false
        while i < scalars.count {
            let scalar = scalars[i]
            if !previousIsLetter, let candidates = patterns[scalar],
               let hit = candidates.first(where: { i + $0.text.count <= scalars.count && scalars[i..<(i + $0.text.count)].elementsEqual($0.text) }) {
                found.append(Mention(subject: hit.subject, range: i..<(i + hit.text.count)))
                i += hit.text.count
                previousIsLetter = true
                continue
            }
            previousIsLetter = scalar.properties.isAlphabetic
            i += 1
        }
        return found
    }
}

/// Finds nothing: for items without text, or when highlighting is not wanted.
public struct NoMentions: MentionFinder {
    public init() {}
    public func mentions(in text: String) -> [Mention] { [] }
}
