import Foundation
import Synchronization

/// Text the parallel scan reads from every thread: an immutable, `Sendable` value (a `String`,
/// or the `Data` of a file, mapped) that lends out its UTF-8 bytes in place, so no thread holds
/// a pointer it was not given and nothing is copied.
protocol UTF8Text: Sendable {
    func withUTF8Bytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R
}

extension String: UTF8Text {
    func withUTF8Bytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        var text = self
        // Native strings are contiguous UTF-8: withUTF8 lends their storage without copying.
        let result: Result<R, E> = text.withUTF8 { bytes in
            do throws(E) { return .success(try body(bytes)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

/// A file's bytes after any UTF-8 byte order mark.
struct FileBytes: UTF8Text {
    let data: Data

    func withUTF8Bytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            do throws(E) { return .success(try body(bytes)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

extension MentionMatcher {
    /// Every mention in `text`, in order, without overlaps (the longest alias wins). Throws
    /// when ICU fails: never a partial list.
    public func mentions(in text: String) throws(TextProcessingError) -> [Mention] {
        try mentions(utf8: text) ?? []
    }

    /// Mentions in a file's bytes (after any BOM), or nil if they are not valid UTF-8.
    func mentions(utf8File data: Data) throws(TextProcessingError) -> [Mention]? {
        try mentions(utf8: FileBytes(data: data))
    }

    /// One part's result: its mentions and scalar count, nil when its bytes are not UTF-8.
    typealias PartResult = Result<(mentions: [(mention: Mention, status: Status)], scalars: Int)?, TextProcessingError>

    /// Mentions in UTF-8 text, or nil if it is not valid UTF-8.
    ///
    /// A large text is cut at spaces into one part per processor. Each part transcodes its bytes,
    /// with a margin on both sides so that windows and context reach across the cut, to UTF-16
    /// for ICU, and keeps the mentions that start inside it; a mention running over a cut is
    /// kept once. Nothing holds the whole text in UTF-16. Each thread borrows the bytes from
    /// the immutable `text` itself.
    func mentions(utf8 text: some UTF8Text) throws(TextProcessingError) -> [Mention]? {
        let n = text.withUTF8Bytes { $0.count }
        let parts = n < 1 << 20 ? 1 : min(8, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let bounds: [Int] = text.withUTF8Bytes { bytes in
            var cuts = [0]
            for p in 1..<max(parts, 1) {
                var c = max(cuts.last!, n * p / parts)
                while c < n, bytes[c] != 0x20, bytes[c] != 0x0A { c += 1 }
                cuts.append(c)
            }
            cuts.append(n)
            return cuts
        }
        let results = Mutex<[PartResult?]>(Array(repeating: nil, count: parts))
        let work: @Sendable (Int) -> Void = { p in
            let found = PartResult { () throws(TextProcessingError) in
                try text.withUTF8Bytes { (bytes) throws(TextProcessingError) in
                    try scanUTF8(bytes, from: bounds[p], to: bounds[p + 1])
                }
            }
            results.withLock { $0[p] = found }
        }
        if parts == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: work) }
        let partResults = results.withLock { $0 }
        var merged: [(mention: Mention, status: Status)] = []
        var base = 0
        for p in 0..<parts {
            guard let part = try partResults[p]!.get() else { return nil }
            for var m in part.mentions {
                m.mention.start += base
                m.mention.end += base
                if merged.last.map({ m.mention.start >= $0.mention.end }) ?? true { merged.append(m) }
            }
            base += part.scalars
        }
        // The whole text for the document-level rules, decoded once if either reads it.
        var decoded: String?
        let whole = {
            if let decoded { return decoded }
            let d = text.withUTF8Bytes { String(decoding: $0, as: UTF8.self) }
            decoded = d
            return d
        }
        return try otherCountryTitles(parentheticalGlosses(addressedLeaders(introducedMembers(Self.resolve(merged), text: whole), text: whole),
                                                              text: whole), text: whole)
    }
}
