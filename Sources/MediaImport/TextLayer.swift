import Foundation
import MediaModel
import MediaText
import Synchronization

/// The text layer as importers use it: cue text folded for search, and the codebook's subjects
/// found in it for coding suggestions.
enum SearchText {
    /// The text layer's fold (NFC, look-alikes repaired, case folded, `ё`→`е`, quotes dropped),
    /// with whitespace collapsed so that a search can span a cue's line breaks.
    static func fold(_ text: String) throws(TextProcessingError) -> String {
        try TextNormalizer.fold(text).collapsingWhitespace
    }
}

/// Finds the codebook's subjects mentioned in a piece of text, with the text layer's matcher
/// (inflected Kazakh and Russian forms, context rules), compiled once per reader.
struct MentionFinder: Sendable {
    /// The matcher behind a class reference, so that this type's layout (and that of the public
    /// readers holding it, such as ``TranscriptReader``) never changes with MediaText's internals.
    /// SwiftPM's incremental build does not recompile a module that uses ``TranscriptReader``
    /// (MediaSamples) when only a MediaText-internal type changes size (swiftlang/swift#89636,
    /// swift-package-manager#10502): the stale copy then destroys the reader at the old offsets
    /// (round 28's `mediamon demo` crash after stored lists were added to `MentionGrammar`).
    private final class Box: Sendable {
        let matcher: MentionMatcher
        init(_ matcher: MentionMatcher) { self.matcher = matcher }
    }
    private let box: Box
    var matcher: MentionMatcher { box.matcher }

    /// Compiles the matcher on a thread of its own with a large stack: compiling (ICU's
    /// transliterators among others) needs more stack than Swift concurrency's worker threads
    /// have, and overflowed them when the reader was made inside a task (as in tests).
    /// `day`: the text's date, for the office-holders' names (``MentionMatcher/on(_:)``).
    init(codebook: Codebook, on day: LocalDate? = nil) throws(TextProcessingError) {
        final class Slot: Sendable { let matcher = Mutex<Result<MentionMatcher, TextProcessingError>?>(nil) }
        let slot = Slot()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let compiled = Result { () throws(TextProcessingError) in try MentionMatcher(codebook: codebook) }
            slot.matcher.withLock { $0 = compiled }
            done.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
        done.wait()
        guard let compiled = slot.matcher.withLock({ $0 }) else { fatalError("the compiling thread signals only after storing its result") }
        let whole = try compiled.get()
        box = Box(day.map(whole.on) ?? whole)
    }

    /// The ids of the subjects mentioned, each once, in order of first mention.
    func subjects(in text: String) throws(TextProcessingError) -> [String] {
        var seen: Set<String> = []
        return try matcher.mentions(in: text).map(\.subject).filter { seen.insert($0).inserted }
    }
}

/// A search key that is blind to script: Kazakh and Russian Cyrillic are transliterated to Latin
/// (BGN/PCGN), then case, diacritics and the spellings on which BGN and the 2021 alphabet differ
/// (zh/j, kh/h, sh/ş, ch/ç, ng/ñ, q/k, ya/ia…) are folded, so "Nur Otan", "Nūr Otan", "Нұр Отан" and
/// "Нур Отан" all give `nur otan`. Made once: opening the transliterator takes a while.
public struct ScriptBlindKey {
    private let toLatin: KazakhLatin?

    public init() { toLatin = KazakhLatin(.bgn) }

    public func callAsFunction(_ text: String) throws(TextProcessingError) -> String {
        let folded = try TextNormalizer.fold(text)
        let latin = try toLatin.map { (t) throws(TextProcessingError) in try t(folded) } ?? folded
        var key = latin.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        for (spelling, canonical) in [("zh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("ng", "n"),
                                      ("ı", "i"), ("q", "k"), ("yu", "iu"), ("ya", "ia"), ("yo", "io"), ("ʹ", ""), ("ʺ", ""), ("'", ""), ("’", "")] {
            key = key.replacingOccurrences(of: spelling, with: canonical)
        }
        return key.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
