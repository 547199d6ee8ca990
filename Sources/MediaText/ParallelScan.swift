import Foundation

/// One part of a parallel scan: its result, written by the thread that scanned it.
private final class PartResults: @unchecked Sendable {
    var mentions: [[(mention: Mention, status: MentionMatcher.Status)]?]
    var scalars: [Int]
    let lock = NSLock()

    init(parts: Int) {
        mentions = Array(repeating: nil, count: parts)
        scalars = Array(repeating: 0, count: parts)
    }
}

private struct Bytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
}

extension MentionMatcher {
    /// Every mention in `text`, in order, without overlaps (the longest alias wins).
    public func mentions(in text: String) -> [Mention] {
        var text = text
        return text.withUTF8 { mentions(utf8: $0) } ?? []
    }

    /// Mentions in UTF-8 bytes (after any BOM), or nil if they are not valid UTF-8.
    ///
    /// A large text is cut at spaces into one part per processor. Each part transcodes its bytes,
    /// with a margin on both sides so that windows and context reach across the cut, to UTF-16
    /// for ICU, and keeps the mentions that start inside it; a mention running over a cut is
    /// kept once. Nothing holds the whole text in UTF-16.
    func mentions(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Mention]? {
        let n = bytes.count
        let parts = n < 1 << 20 ? 1 : min(8, max(1, ProcessInfo.processInfo.activeProcessorCount))
        var cuts = [0]
        for p in 1..<max(parts, 1) {
            var c = max(cuts.last!, n * p / parts)
            while c < n, bytes[c] != 0x20, bytes[c] != 0x0A { c += 1 }
            cuts.append(c)
        }
        cuts.append(n)
        let bounds = cuts
        let results = PartResults(parts: parts)
        let shared = Bytes(buffer: bytes)
        let work: @Sendable (Int) -> Void = { p in
            let found = scanUTF8(shared.buffer, from: bounds[p], to: bounds[p + 1])
            results.lock.withLock {
                results.mentions[p] = found?.mentions
                results.scalars[p] = found?.scalars ?? 0
            }
        }
        if parts == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: work) }
        var merged: [(mention: Mention, status: Status)] = []
        var base = 0
        for p in 0..<parts {
            guard let part = results.mentions[p] else { return nil }
            for var m in part {
                m.mention.start += base
                m.mention.end += base
                if merged.last.map({ m.mention.start >= $0.mention.end }) ?? true { merged.append(m) }
            }
            base += results.scalars[p]
        }
        return Self.resolve(merged)
    }
}
