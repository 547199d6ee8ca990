import Foundation
import MediaModel
import Synchronization

/// The mentions found in a set of files: what `mediamon mentions` reports.
public struct MentionReport: Sendable {
    public struct File: Sendable {
        public var path: String
        public var encoding: TextEncoding
        public var mentions: [Mention]
        /// With `context`: the sentence each mention stands in, whitespace collapsed.
        public var sentences: [String]
    }

    public var files: [File]

    /// Mentions per subject id, over all files; subjects without mentions are left out.
    public var counts: [String: Int] {
        var counts: [String: Int] = [:]
        for file in files { for m in file.mentions { counts[m.subject, default: 0] += 1 } }
        return counts
    }

    public var totalMentions: Int { files.reduce(0) { $0 + $1.mentions.count } }

    /// Reads, decodes and scans every file. A file that cannot be read or decoded is an
    /// ``InputError`` naming it; all such problems are reported together, and nothing else.
    /// A failure of ICU itself is a ``TextProcessingError``, thrown at once.
    ///
    /// Files are scanned in parallel (a file of a megabyte or more is also split across processors
    /// inside ``MentionMatcher``), in groups of four per processor, so that memory follows a group
    /// of files and progress is reported from the calling thread; the result is in the order of
    /// `paths`, as if scanned one after another.
    public static func scan(files paths: [String], matcher: MentionMatcher, encoding: TextEncoding? = nil,
                            context: Bool = false, progress: ((Int, Int) -> Void)? = nil) throws -> MentionReport {
        var files: [File] = []
        var problems: [InputError] = []
        // Several files per processor in a group, so that one slow file holds up little.
        let group = 4 * max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        var first = 0
        while first < paths.count {
            progress?(first, paths.count)
            let batch = Array(paths[first..<min(paths.count, first + group)])
            let outcomes = Mutex<[Result<Outcome, TextProcessingError>?]>(Array(repeating: nil, count: batch.count))
            let work: @Sendable (Int) -> Void = { k in
                let outcome = Result { () throws(TextProcessingError) in
                    try scanOne(batch[k], matcher: matcher, encoding: encoding, context: context)
                }
                outcomes.withLock { $0[k] = outcome }
            }
            if batch.count == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: batch.count, execute: work) }
            for outcome in outcomes.withLock({ $0 }) {
                switch try outcome!.get() {
                case .file(let file): files.append(file)
                case .problem(let problem): problems.append(problem)
                }
            }
            first += batch.count
        }
        progress?(paths.count, paths.count)
        if !problems.isEmpty { throw InputErrors(problems) }
        return MentionReport(files: files)
    }

    /// One file's mentions, or the problem that stops it from being read or decoded.
    enum Outcome: Sendable {
        case file(File)
        case problem(InputError)
    }

    static func scanOne(_ path: String, matcher: MentionMatcher, encoding: TextEncoding?, context: Bool)
        throws(TextProcessingError) -> Outcome {
        let decoder = TextDecoder()
        guard FileManager.default.fileExists(atPath: path) else { return .problem(InputError(file: path, "no such file")) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
            return .problem(InputError(file: path, "cannot read the file: \((error as NSError).localizedDescription)"))
        }
        // UTF-8 (the usual case) is scanned in place, without a String in between.
        var found: TextEncoding = .utf8
        var mentions: [Mention]? = nil
        var decodedText: String? = nil
        if encoding == nil || encoding == .utf8 {
            mentions = try matcher.mentions(utf8File: data)
        }
        if mentions == nil {
            let decoded: DecodedText
            do {
                decoded = try decoder.decode(data, as: encoding)
            } catch {
                return .problem(InputError(file: path, error.message))
            }
            found = decoded.encoding
            mentions = try matcher.mentions(in: decoded.text)
            decodedText = decoded.text
        }
        var sentences: [String] = []
        if context, let mentions, !mentions.isEmpty {
            let text = decodedText ?? ((try? decoder.decode(data, as: .utf8))?.text ?? "")
            sentences = try Self.sentences(around: mentions, in: text)
        }
        return .file(File(path: path, encoding: found, mentions: mentions ?? [], sentences: sentences))
    }

    /// The sentence (by ICU's sentence break iterator) each mention stands in.
    static func sentences(around mentions: [Mention], in text: String) throws(TextProcessingError) -> [String] {
        let units = UTF16Units.of(text)
        let ends = try ICU.sentenceEnds(units)
        // Scalar offsets to UTF-16 offsets, walking once.
        var utf16 = 0, scalar = 0
        var result: [String] = []
        var iterator = text.unicodeScalars.makeIterator()
        for m in mentions {
            while scalar < m.start, let s = iterator.next() { utf16 += s.utf16.count; scalar += 1 }
            var lo = 0, hi = ends.count
            while lo < hi { let mid = (lo + hi) / 2; if ends[mid] <= utf16 { lo = mid + 1 } else { hi = mid } }
            let start = lo == 0 ? 0 : ends[lo - 1]
            let end = lo < ends.count ? ends[lo] : units.count
            let sentence = String(decoding: units[start..<end], as: UTF16.self)
            result.append(sentence.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
        }
        return result
    }
}
