import CICU
import Foundation

extension MentionMatcher {
    /// A word of the text, as the matcher sees it.
    struct Token {
        var start: Int
        var end: Int
        /// Range of its folded form in the window's fold buffer.
        var foldStart: Int
        var foldEnd: Int
        /// How many letters at its start are capitals.
        var leadingUpper: Int
        var quoteBefore: Bool
        var quoteAfter: Bool
        /// Only spaces, line breaks, quotes and dashes since the previous word: a phrase may continue.
        var softGap: Bool
        /// Attached to the previous word by a hyphen or apostrophe (`ЖСДП-ның`, `«Ауыл»-ға`).
        var joined: Bool
        /// A sentence or clause ends between it and the previous word.
        var hardGap: Bool
        /// An opening parenthesis stands right before it.
        var parenBefore: Bool
        var parenAfter: Bool
    }

    /// How far around a candidate the window reaches (UTF-16 units, then to a space): a party
    /// word three words before, the longest alias with suffixes, an abbreviation in parentheses
    /// and a party word three words after.
    static let lookBehind = 48
    static let lookAhead = 128

    typealias Span = (subject: Int, start: Int, end: Int)

    /// Whether a folded word is some alias phrase's first word: `true` when an alias is that word
    /// alone, else the phrase nodes that need a next word (`Қазақстан` in `Қазақстан патриоттары
    /// партиясы`), empty when it starts none.
    func firstWord(_ folded: [UInt16], upper: Int, words found: inout [Int32]) -> (alone: Bool, pending: [Int32]) {
        found.removeAll(keepingCapacity: true)
        words(of: Self.plain(folded.count, upper: upper), folded: folded, into: &found)
        var pending: [Int32] = []
        for w in found {
            guard let node = phraseChild(0, w) else { continue }
            if !phraseRules[Int(node)].isEmpty { return (true, []) }
            if pending.isEmpty { pending.reserveCapacity(found.count) }
            pending.append(node)
        }
        return (false, pending)
    }

    /// Whether the word after `after` in `units` continues one of the `pending` phrases: common
    /// first words like `Қазақстан` or `мемлекет` then cost no window.
    func continues(_ pending: [Int32], units: UnsafeBufferPointer<UInt16>, after: Int,
                   words found: inout [Int32], scratch: inout [UInt16]) -> Bool {
        // The next word, across spaces, line breaks, quotes and dashes only.
        let kinds = Folding.table.kinds
        var i = after
        while i < units.count {
            let k = kinds[Int(units[i])]
            if k.contains(.letter) { break }
            guard k.contains(.space) || k.contains(.lineBreak) || k.contains(.openingQuote) || k.contains(.closingQuote)
                    || k.contains(.hyphen) || k.contains(.ignorable) else { return false }
            i += 1
        }
        let start = i
        while i < units.count, Folding.isWordUnit(units[i]) { i += 1 }
        guard i > start else { return false }
        scratch.removeAll(keepingCapacity: true)
        Folding.appendFolded(UnsafeBufferPointer(rebasing: units[start..<i]), to: &scratch)
        found.removeAll(keepingCapacity: true)
        words(of: Self.plain(scratch.count, upper: leadingUpper(units, start, i)), folded: scratch, into: &found)
        return pending.contains { node in found.contains { phraseChild(node, $0) != nil } }
    }

    static func plain(_ count: Int, upper: Int) -> Token {
        Token(start: 0, end: 0, foldStart: 0, foldEnd: count, leadingUpper: upper, quoteBefore: false,
              quoteAfter: false, softGap: false, joined: false, hardGap: false, parenBefore: false, parenAfter: false)
    }

    func leadingUpper(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Int {
        let kinds = Folding.table.kinds
        var upper = 0
        for i in start..<end {
            let k = kinds[Int(units[i])]
            if k.contains(.upper) { upper += 1 } else if k.contains(.letter) { break }
        }
        return upper
    }

    /// Tokenizes one window with ICU and matches phrases starting at the candidates.
    func match(window: UnsafeBufferPointer<UInt16>, offset: Int, all: UnsafeBufferPointer<UInt16>,
               breaker: UnsafeMutableRawPointer?, candidates: ArraySlice<Int>,
               into result: inout [(subject: Int, start: Int, end: Int)]) {
        var starts = [Int32](repeating: 0, count: window.count)
        var ends = [Int32](repeating: 0, count: window.count)
        let count = Int(cicu_wordbreaker_words(breaker, window.baseAddress, Int32(window.count), &starts, &ends, Int32(window.count)))
        guard count > 0 else { return }
        var folded: [UInt16] = []
        folded.reserveCapacity(window.count)
        var tokens: [Token] = []
        tokens.reserveCapacity(count)
        var previousEnd = offset
        for t in 0..<count {
            let s = offset + Int(starts[t]), e = offset + Int(ends[t])
            let f0 = folded.count
            Folding.appendFolded(UnsafeBufferPointer(rebasing: all[s..<e]), to: &folded)
            tokens.append(token(all, start: s, end: e, fold: f0..<folded.count, previousEnd: previousEnd))
            previousEnd = e
        }
        var wordCache = [[Int32]?](repeating: nil, count: count)
        var next = candidates.startIndex
        var t = 0
        var consumedUntil = 0
        while t < count, next < candidates.endIndex {
            let s = tokens[t].start
            while next < candidates.endIndex, candidates[next] < s { next += 1 }
            guard next < candidates.endIndex else { break }
            if candidates[next] != s || s < consumedUntil { t += 1; continue }
            if let found = longestMatch(at: t, tokens: tokens, folded: folded, all: all, cache: &wordCache) {
                result.append((found.subject, tokens[t].start, found.end))
                consumedUntil = found.end
                t = found.nextToken
            } else {
                t += 1
            }
        }
    }

    func token(_ all: UnsafeBufferPointer<UInt16>, start: Int, end: Int, fold: Range<Int>, previousEnd: Int) -> Token {
        let kinds = Folding.table.kinds
        let upper = leadingUpper(all, start, end)
        var soft = true, joined = previousEnd < start, hard = false, paren = false
        var joiner = false
        for i in previousEnd..<start {
            let u = all[i]
            let k = kinds[Int(u)]
            if k.contains(.space) || k.contains(.lineBreak) { joined = false; continue }
            if k.contains(.hyphen) || k.contains(.apostrophe) { joiner = true; continue }
            if k.contains(.openingQuote) || k.contains(.closingQuote) || k.contains(.ignorable) { continue }
            soft = false
            joined = false
            if u == 0x28 { paren = true } else { hard = true }
        }
        if !joiner { joined = false }
        return Token(start: start, end: end, foldStart: fold.lowerBound, foldEnd: fold.upperBound, leadingUpper: upper,
                     quoteBefore: start > 0 && kinds[Int(all[start - 1])].contains(.openingQuote),
                     quoteAfter: end < all.count && kinds[Int(all[end])].contains(.closingQuote),
                     softGap: soft, joined: joined, hardGap: hard, parenBefore: paren,
                     parenAfter: end < all.count && all[end] == 0x29)
    }

    /// The alias words a token can be: its folded form is a word's stem plus an ending that word takes.
    func words(of token: Token, folded: [UInt16]) -> [Int32] {
        var out: [Int32] = []
        words(of: token, folded: folded, into: &out)
        return out
    }

    func words(of token: Token, folded: [UInt16], into out: inout [Int32]) {
        folded.withUnsafeBufferPointer { f in
            let lo = token.foldStart, hi = token.foldEnd
            var node = UnitTrie.root
            var i = lo
            while true {
                if wordTrie.payload[node] != 0 {
                    for e in entryTable[node] {
                        let ok: Bool
                        if i == hi {
                            ok = e.mask & Self.exact != 0
                        } else {
                            var r = i
                            if f[r] == 0x2D || f[r] == 0x27 || f[r] == 0x2019 { r += 1 }
                            ok = r < hi && suffixes.bits(of: UnsafeBufferPointer(rebasing: f[r..<hi])) & e.mask != 0
                        }
                        if ok, !words[Int(e.word)].abbreviation || token.leadingUpper >= i - lo { out.append(e.word) }
                    }
                }
                guard i < hi else { break }
                node = wordTrie.child(node, f[i])
                if node < 0 { break }
                i += 1
            }
        }
    }

    func cachedWords(_ t: Int, tokens: [Token], folded: [UInt16], cache: inout [[Int32]?]) -> [Int32] {
        if let w = cache[t] { return w }
        let w = words(of: tokens[t], folded: folded)
        cache[t] = w
        return w
    }

    /// The longest alias phrase starting at token `first` whose context holds.
    func longestMatch(at first: Int, tokens: [Token], folded: [UInt16], all: UnsafeBufferPointer<UInt16>,
                      cache: inout [[Int32]?]) -> (subject: Int, end: Int, nextToken: Int)? {
        var best: (rule: Int, last: Int)?
        var stack: [(node: Int32, token: Int)] = [(0, first)]
        while let (node, t) = stack.popLast() {
            guard t < tokens.count, t == first || tokens[t].softGap else { continue }
            for w in cachedWords(t, tokens: tokens, folded: folded, cache: &cache) {
                guard let child = phraseChild(node, w) else { continue }
                for r in phraseRules[Int(child)] where best == nil || t > best!.last {
                    if contextHolds(rules[r], first: first, last: t, tokens: tokens, folded: folded, cache: &cache) {
                        best = (r, t)
                    }
                }
                stack.append((child, t + 1))
            }
        }
        guard let best else { return nil }
        let rule = rules[best.rule]
        var last = best.last
        // A suffix hyphenated onto the alias: ЖСДП-ның, ҚПП-на, «Ауыл»-ға.
        if last + 1 < tokens.count, tokens[last + 1].joined {
            let s = tokens[last + 1]
            let bits = suffixes.bits(of: folded[s.foldStart..<s.foldEnd])
            if bits & (Inflection.Kind.kazakh.rawValue | Inflection.Kind.russian.rawValue | Inflection.Kind.latin.rawValue) != 0 { last += 1 }
        }
        var end = tokens[last].end
        // The abbreviation in parentheses after a full name is the same mention: … партия (ОСДП).
        if last + 1 < tokens.count, tokens[last + 1].parenBefore, tokens[last + 1].parenAfter {
            let a = last + 1
            for w in cachedWords(a, tokens: tokens, folded: folded, cache: &cache) {
                guard let child = phraseChild(0, w) else { continue }
                if phraseRules[Int(child)].contains(where: { rules[$0].subject == rule.subject }) {
                    last = a
                    end = tokens[a].end + 1
                    break
                }
            }
        }
        return (rule.subject, end, last + 1)
    }

    func contextHolds(_ rule: Rule, first: Int, last: Int, tokens: [Token], folded: [UInt16], cache: inout [[Int32]?]) -> Bool {
        var after = last + 1
        if after < tokens.count, tokens[after].joined { after += 1 }
        if after < tokens.count, !tokens[after].hardGap, !rule.notFollowedBy.isEmpty {
            let f = folded[tokens[after].foldStart..<tokens[after].foldEnd]
            if rule.notFollowedBy.contains(where: { f.starts(with: $0) }) { return false }
        }
        switch rule.context {
        case .any:
            return true
        case .capitalised:
            return tokens[first].leadingUpper > 0
        case .quoted:
            return tokens[first].quoteBefore && tokens[last].quoteAfter
        case .partyWord:
            var t = last + 1
            while t < tokens.count, t <= last + 3, !tokens[t].hardGap {
                if cachedWords(t, tokens: tokens, folded: folded, cache: &cache).contains(where: partyWords.contains) { return true }
                t += 1
            }
            t = first - 1
            while t >= 0, t >= first - 3, !tokens[t + 1].hardGap {
                if cachedWords(t, tokens: tokens, folded: folded, cache: &cache).contains(where: partyWords.contains) { return true }
                t -= 1
            }
            return false
        }
    }
}

extension MentionMatcher {
    /// The same matching without the prefilter and windows: ICU tokenizes the whole text and
    /// every word is tried as a phrase start. Slow; the reference the fast path is tested against.
    func mentionsWithoutPrefilter(in text: String) -> [Mention] {
        let units = UTF16Units.of(text)
        var spans: [Span] = []
        units.withUnsafeBufferPointer { all in
            let breaker = cicu_wordbreaker_open()
            defer { cicu_wordbreaker_close(breaker) }
            let starts = ICU.words(units).map(\.lowerBound)
            match(window: all, offset: 0, all: all, breaker: breaker, candidates: starts[...], into: &spans)
        }
        let offsets = ScalarOffsets(units)
        return spans.map { s in
            Mention(subject: subjects[s.subject], start: offsets.scalar(at: s.start), end: offsets.scalar(at: s.end),
                    text: String(decoding: units[s.start..<s.end], as: UTF16.self))
        }
    }
}
