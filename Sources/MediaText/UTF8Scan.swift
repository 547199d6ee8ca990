import CICU
import Foundation

/// The scan of UTF-8 text: the prefilter reads the bytes directly, and only the windows around
/// its candidates are transcoded to UTF-16 for ICU, so large files never exist in UTF-16.
extension MentionMatcher {
    /// A candidate word start: its byte offset and its scalar offset from the part's start.
    struct Candidate {
        var byte: Int
        var scalar: Int
    }

    /// Mentions starting in `bytes[from..<to]`, scalar offsets counted from `from`, and the
    /// number of scalars in that range; nil if the bytes are not valid UTF-8. `from` and `to`
    /// must be character boundaries; windows read beyond them. Throws when ICU fails.
    func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int)
        throws(TextProcessingError) -> (mentions: [(mention: Mention, status: Status)], scalars: Int)? {
        guard let (candidates, scalars) = try candidateStarts(utf8: bytes, from: from, to: to) else { return nil }
        guard !candidates.isEmpty else { return ([], scalars) }
        var breaker = WordBreaker()
        var mentions: [(mention: Mention, status: Status)] = []
        var spans: [Span] = []
        // One window's stops and UTF-16 units, reused from window to window.
        var stops: [Int] = []
        var units: [UInt16] = []
        var landed: [Int] = []
        let n = bytes.count
        var c = 0
        while c < candidates.count {
            // Windows end at spaces, or (in text without spaces) at most 256 bytes further on, at
            // a character boundary.
            var lo = max(0, candidates[c].byte - 2 * Self.lookBehind)
            let floor = max(0, lo - 256)
            while lo > floor, !Self.isSpaceByte(bytes[lo - 1]) { lo -= 1 }
            while lo > 0, lo < candidates[c].byte, bytes[lo] & 0xC0 == 0x80 { lo += 1 }
            var hi = min(n, candidates[c].byte + 2 * Self.lookAhead)
            var last = c
            // Round 61: candidates a long chain of titles apart share a window, so that the chain
            // can join its title to the holder's name (``MentionMatcher/headedLinkReach``).
            while last + 1 < candidates.count, candidates[last + 1].byte < hi + Self.headedLinkReach {
                last += 1
                hi = min(n, candidates[last].byte + 2 * Self.lookAhead)
            }
            let ceiling = min(n, hi + 256)
            while hi < ceiling, !Self.isSpaceByte(bytes[hi]) { hi += 1 }
            while hi < n, bytes[hi] & 0xC0 == 0x80 { hi += 1 }
            stops.removeAll(keepingCapacity: true)
            stops.append(lo)
            for k in c...last { stops.append(candidates[k].byte) }
            stops.append(hi)
            guard let (count, astral) = UTF16Units.transcode(bytes, stops: stops, into: &units, landed: &landed) else { return nil }
            spans.removeAll(keepingCapacity: true)
            try units.withUnsafeBufferPointer { (all) throws(TextProcessingError) in
                let w = UnsafeBufferPointer(rebasing: all[0..<count])
                try match(window: w, offset: 0, all: w, breaker: &breaker, candidates: landed[1..<(landed.count - 1)], into: &spans)
                guard !spans.isEmpty else { return }
                let origin = candidates[c].scalar - UTF16Units.scalarCount(UnsafeBufferPointer(rebasing: bytes[lo..<candidates[c].byte]))
                let offsets = astral ? ScalarOffsets(w) : ScalarOffsets()
                for s in spans {
                    mentions.append((Mention(subject: subjects[s.subject], start: origin + offsets.scalar(at: s.start),
                                             end: origin + offsets.scalar(at: s.end),
                                             text: UTF16Units.string(UnsafeBufferPointer(rebasing: w[s.start..<s.end]))), s.status))
                }
            }
            c = last + 1
        }
        return (mentions, scalars)
    }

    /// The UTF-16 unit of the character at `i` of valid UTF-8 and its length in bytes; a
    /// character outside the BMP is 0xD800 (a letter that starts no alias). Nil if ill-formed.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (unit: UInt16, length: Int)? {
        let n = bytes.count
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (UInt16(b0), 1) }
        if b0 >= 0xC2, b0 < 0xE0, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
            return (UInt16((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)), 2)
        }
        if b0 >= 0xE0, b0 < 0xF0, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
            let c = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            guard c >= 0x800, c < 0xD800 || c > 0xDFFF else { return nil }
            return (UInt16(c), 3)
        }
        if b0 >= 0xF0, b0 < 0xF5, i + 3 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80, bytes[i + 3] & 0xC0 == 0x80 {
            let c = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            guard c >= 0x10000, c <= 0x10FFFF else { return nil }
            return (0xD800, 4)
        }
        return nil
    }

    /// ASCII letters and digits: they continue a word.
    static let asciiWordByte: [Bool] = (0..<128).map { b in
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }

    @inline(__always)
    static func isSpaceByte(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// The prefilter over UTF-8: every word (run of letters) whose coarse form starts like an
    /// alias phrase's first word, confirmed by the exact word matcher. Validates as it goes.
    func candidateStarts(utf8 bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int)
        throws(TextProcessingError) -> (candidates: [Candidate], scalars: Int)? {
        var scratch = Scratch()
        var out: [Candidate] = []
        var total = 0
        let n = bytes.count
        // The trie as a table over text units (skeleton included): one load per letter. Words
        // are taken one at a time: the gap before a word, its letters while the trie still
        // matches, then the rest of it skipped without decoding where it can be.
        let ok: Bool = try Folding.scanClass.withUnsafeBufferPointer { (scan) throws(TextProcessingError) in
            try starts.withDense { (trie) throws(TextProcessingError) in
                var i = from, scalar = 0
                while i < to {
                    // Between words: until a letter.
                    guard let (u0, length0) = Self.decode(bytes, at: i) else { return false }
                    i += length0; scalar += 1
                    guard scan[Int(u0)] & Folding.startsWord != 0 else { continue }
                    let runByte = i - length0, runScalar = scalar - 1
                    var node = trie.child(UnitTrie.root, u0)
                    var hit = node >= 0 && trie.payload[node] != 0
                    // The word's letters while the trie matches; `ended` when a non-word character
                    // (consumed) ended the word there.
                    var end = to
                    var ended = false
                    while node >= 0, !hit, i < to {
                        guard let (u, length) = Self.decode(bytes, at: i) else { return false }
                        let k = scan[Int(u)]
                        if k & Folding.inWord == 0 {
                            end = i; ended = true
                            i += length; scalar += 1
                            break
                        }
                        if k & Folding.skipped == 0 {
                            node = trie.child(node, u)
                            hit = node >= 0 && trie.payload[node] != 0
                        }
                        i += length; scalar += 1
                    }
                    if !ended {
                        // The rest of a word whose fate is known: skip ASCII letters and digits and
                        // two-byte Cyrillic letters (lead bytes D0–D3) without decoding them.
                        while i < to {
                            // Four two-byte Cyrillic letters at once: leads D0–D3, then continuations.
                            if i + 8 <= to {
                                let x = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                                if x & 0xC0FC_C0FC_C0FC_C0FC == 0x80D0_80D0_80D0_80D0 { i += 8; scalar += 4; continue }
                            }
                            let b = bytes[i]
                            if b < 0x80 {
                                if Self.asciiWordByte[Int(b)] { i += 1; scalar += 1; continue }
                            } else if b >= 0xD0, b <= 0xD3, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
                                i += 2; scalar += 1; continue
                            }
                            guard let (u, length) = Self.decode(bytes, at: i) else { return false }
                            if scan[Int(u)] & Folding.inWord == 0 {
                                end = i
                                i += length; scalar += 1
                                break
                            }
                            i += length; scalar += 1
                        }
                    }
                    if hit, try confirm(bytes, from: runByte, to: end, scratch: &scratch) {
                        out.append(Candidate(byte: runByte, scalar: runScalar))
                    }
                }
                total = scalar
                return true
            }
        }
        return ok ? (out, total) : nil
    }

    /// Buffers the prefilter reuses from word to word.
    struct Scratch {
        var run: [UInt16] = []
        var folded: [UInt16] = []
        var next: [UInt16] = []
        var found: [Int32] = []
        var memo = FirstWordMemo()
        /// Whether a first word that needs a next word, the gap and that word start a phrase.
        var pairs = FirstWordMemo()
    }

    /// Whether the word in `bytes[from..<to]` (valid UTF-8) starts an alias phrase, looking at
    /// the next word when every phrase it starts needs one.
    func confirm(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, scratch: inout Scratch) throws(TextProcessingError) -> Bool {
        // What the word itself decides depends on its bytes alone, and news repeats its words.
        let word = UnsafeBufferPointer(rebasing: bytes[from..<end])
        var decision = scratch.memo.decision(for: word)
        if decision == nil {
            scratch.run.removeAll(keepingCapacity: true)
            _ = UTF16Units.appendWord(bytes, from: from, to: end, into: &scratch.run)
            scratch.folded.removeAll(keepingCapacity: true)
            let upper = try scratch.run.withUnsafeBufferPointer { (r) throws(TextProcessingError) in
                try Folding.appendFolded(r, to: &scratch.folded)
                return leadingUpper(r, 0, r.count)
            }
            let first = firstWord(scratch.folded, upper: upper, words: &scratch.found)
            let made: FirstWordMemo.Decision = first.alone ? .alone : first.pending.isEmpty ? .none : .pending(first.pending)
            scratch.memo.remember(word, made)
            decision = made
        }
        guard case .pending(let pending) = decision! else { return decision! == .alone }
        // The gap and the next word only, decoded (up to 192 bytes on).
        scratch.run.removeAll(keepingCapacity: true)
        var stop = UTF16Units.appendWord(bytes, from: end, to: min(bytes.count, end + 192), into: &scratch.run, gapAndOneWord: true)
        // Round 28: a hyphenated word whole («глава Северо-Казахстанской области»): its second part too.
        if stop < bytes.count, bytes[stop] == 0x2D {
            stop = UTF16Units.appendWord(bytes, from: stop, to: min(bytes.count, stop + 192), into: &scratch.run, gapAndOneWord: true)
        }
        // What follows depends on both words and the gap, as bytes: «Қазақстан Республикасы».
        let pair = UnsafeBufferPointer(rebasing: bytes[from..<stop])
        if let known = scratch.pairs.decision(for: pair) { return known == .alone }
        var more = false
        var next = try scratch.run.withUnsafeBufferPointer { (r) throws(TextProcessingError) in
            try continues(pending, units: r, after: 0, words: &scratch.found, scratch: &scratch.next, needsMore: &more)
        }
        // Round 26: past a region's adjective the next words decide («глава Теректинского
        // района», «главы Шетского и Актогайского районов»): up to three more, and the pair is
        // not remembered, since it decided nothing.
        if more {
            var further = stop
            for _ in 0..<3 where further < bytes.count {
                further = UTF16Units.appendWord(bytes, from: further, to: min(bytes.count, further + 192), into: &scratch.run, gapAndOneWord: true)
            }
            next = try scratch.run.withUnsafeBufferPointer { (r) throws(TextProcessingError) in
                try continues(pending, units: r, after: 0, words: &scratch.found, scratch: &scratch.next)
            }
            return next
        }
        scratch.pairs.remember(pair, next ? .alone : .none)
        return next
    }
}

/// What ``MentionMatcher/firstWord(_:upper:words:)`` decided for a word, by the word's UTF-8
/// bytes: one hash lookup instead of decoding, folding and walking the word trie again. One
/// per thread; it forgets everything when full, so memory stays bounded (a few MB at most).
struct FirstWordMemo {
    enum Decision: Equatable {
        case none
        case alone
        /// The phrase nodes that need the next word.
        case pending([Int32])
    }

    private struct Entry {
        var hash: UInt64
        var start: Int32
        var length: Int32
        var decision: Decision
    }

    /// Keys longer than this are decided afresh each time.
    static let longestKey = 160
    static let capacity = 1 << 14

    /// Open addressing: entry index + 1, 0 when empty; at least twice as many slots as entries
    /// (grown as entries come, so a short text pays for a small table).
    private var slots = [Int32](repeating: 0, count: 256)
    private var entries: [Entry] = []
    private var keys: [UInt8] = []

    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(word.count)
        let raw = UnsafeRawPointer(word.baseAddress!)
        var i = 0
        while i + 8 <= word.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01B3
            h ^= h >> 29
            i += 8
        }
        while i < word.count {
            h = (h ^ UInt64(word[i])) &* 0x100_0000_01B3
            i += 1
        }
        return h ^ (h >> 32)
    }

    func decision(for word: UnsafeBufferPointer<UInt8>) -> Decision? {
        guard word.count <= Self.longestKey, !entries.isEmpty else { return nil }
        let h = Self.hash(word)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            let entry = entries[e - 1]
            if entry.hash == h, Int(entry.length) == word.count {
                let same = keys.withUnsafeBufferPointer { k in
                    memcmp(k.baseAddress! + Int(entry.start), word.baseAddress!, word.count) == 0
                }
                if same { return entry.decision }
            }
            s = (s + 1) & mask
        }
    }

    mutating func remember(_ word: UnsafeBufferPointer<UInt8>, _ decision: Decision) {
        guard word.count <= Self.longestKey, word.count > 0 else { return }
        if entries.count == Self.capacity {
            entries.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
            for i in slots.indices { slots[i] = 0 }
        } else if 2 * (entries.count + 1) > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            for e in entries.indices { place(entries[e].hash, Int32(e + 1)) }
        }
        let h = Self.hash(word)
        entries.append(Entry(hash: h, start: Int32(keys.count), length: Int32(word.count), decision: decision))
        keys.append(contentsOf: word)
        place(h, Int32(entries.count))
    }

    private mutating func place(_ h: UInt64, _ entry: Int32) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = entry
    }
}
