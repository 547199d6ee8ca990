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
    /// A failure of ICU itself is a ``TextProcessingError``, thrown at once.
    public static func scan(files paths: [String], matcher: MentionMatcher, encoding: TextEncoding? = nil,
                            context: Bool = false, progress: ((Int, Int) -> Void)? = nil) throws -> MentionReport {
        var files: [File] = []
        var problems: [InputError] = []
        let decoder = TextDecoder()
        for (i, path) in paths.enumerated() {
            progress?(i, paths.count)
            guard FileManager.default.fileExists(atPath: path) else {
                problems.append(InputError(file: path, "no such file"))
                continue
            }
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
                problems.append(InputError(file: path, "cannot read the file: \((error as NSError).localizedDescription)"))
                continue
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
                    problems.append(InputError(file: path, error.message))
                    continue
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
            files.append(File(path: path, encoding: found, mentions: mentions ?? [], sentences: sentences))
        }
        progress?(paths.count, paths.count)
        if !problems.isEmpty { throw InputErrors(problems) }
        return MentionReport(files: files)
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
