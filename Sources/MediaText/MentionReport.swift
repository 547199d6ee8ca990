import Foundation
import MediaModel

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
    public static func scan(files paths: [String], matcher: MentionMatcher, encoding: TextEncoding? = nil,
                            context: Bool = false, progress: ((Int, Int) -> Void)? = nil) throws -> MentionReport {
        var files: [File] = []
        var problems: [InputError] = []
        let decoder = TextDecoder()
        for (i, path) in paths.enumerated() {
            progress?(i, paths.count)
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
                problems.append(InputError(file: path, "cannot read the file: \((error as NSError).localizedDescription)"))
                continue
            }
            // UTF-8 (the usual case) goes straight to UTF-16, without a String in between.
            var units: [UInt16]
            let found: TextEncoding
            if encoding == nil || encoding == .utf8, let direct = UTF16Units.ofUTF8(data) {
                units = direct
                found = .utf8
            } else {
                do {
                    let decoded = try decoder.decode(data, as: encoding)
                    units = UTF16Units.of(decoded.text)
                    found = decoded.encoding
                } catch {
                    problems.append(InputError(file: path, error.message))
                    continue
                }
            }
            let spans = units.withUnsafeBufferPointer { matcher.scan($0) }
            let offsets = ScalarOffsets(units)
            let mentions = spans.map { s in
                Mention(subject: matcher.subjects[s.subject], start: offsets.scalar(at: s.start), end: offsets.scalar(at: s.end),
                        text: String(decoding: units[s.start..<s.end], as: UTF16.self))
            }
            let sentences = context ? Self.sentences(around: spans.map(\.start), in: units) : []
            files.append(File(path: path, encoding: found, mentions: mentions, sentences: sentences))
        }
        progress?(paths.count, paths.count)
        if !problems.isEmpty { throw InputErrors(problems) }
        return MentionReport(files: files)
    }

    /// The sentence (by ICU's sentence break iterator) holding each UTF-16 offset.
    static func sentences(around offsets: [Int], in units: [UInt16]) -> [String] {
        guard !offsets.isEmpty else { return [] }
        let ends = ICU.sentenceEnds(units)
        return offsets.map { o in
            var lo = 0, hi = ends.count
            while lo < hi { let mid = (lo + hi) / 2; if ends[mid] <= o { lo = mid + 1 } else { hi = mid } }
            let start = lo == 0 ? 0 : ends[lo - 1]
            let end = lo < ends.count ? ends[lo] : units.count
            let text = String(decoding: units[start..<end], as: UTF16.self)
            return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
    }
}
