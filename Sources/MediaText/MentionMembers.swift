/// The document-level rule of round 16 (docs/METHODOLOGY.md, "Mentions: what counts"): a person
/// a text introduces with an election commission's title — its member, secretary or deputy
/// chairman, «ОСК мүшесі Константин Петров», «член ЦИК Ляззат Сулеймен» — counts as the
/// commission when the text names that person again by surname, with or without the given name
/// or an initial. Runs on the resolved mentions and the whole text, the same in both scan paths,
/// and only reads the text when it mentions a commission.
extension MentionMatcher {
    /// Beginnings of the folded titles that introduce a commission's officer (not its chairman,
    /// whom the codebook lists by name); «зампред председателя …» is the deputy (round 17), and so
    /// is «замглавы ЦИК» (round 20).
    static let memberTitles = ["мүше", "член", "хатшы", "секретар", "орынбасар", "заместител", "зампред", "замглав"]
    /// The plural of a member's title, right after the commission (round 17), and the words that
    /// join the names listed after it.
    static let pluralMemberTitles = ["мүшелер", "члены"]
    static let listConjunctions = ["пен", "мен", "бен", "және", "и"]

    /// Whether a folded word is the introduced surname in another case: it begins with the stem
    /// (Петров → Петровтың), or the stem, introduced in an oblique case, begins with it
    /// («Константин Петровтың айтуынша», then «Петров»); at most four letters of ending.
    static func sameSurname(_ word: [UInt16], _ stem: [UInt16]) -> Bool {
        if word.count >= stem.count { return word.count - stem.count <= 4 && word.starts(with: stem) }
        return word.count >= 4 && stem.count - word.count <= 4 && stem.starts(with: word)
    }

    /// Unicode's `Alphabetic`, answered from ranges for the scripts of Kazakh and Russian news
    /// (ASCII, Latin-1 and Latin Extended-A/B, Cyrillic and its supplement) and from the property
    /// tables for the rest: the word split below reads every character of a whole text, and the
    /// table lookup was most of a 50 MB text's time (perf, `bench-mentions.py --mb 50`).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80, 0xD7, 0xF7: return false
        case 0xC0...0x24F, 0x400...0x481, 0x48A...0x52F: return true
        default: return scalar.properties.isAlphabetic
        }
    }

    func introducedMembers(_ mentions: [Mention], text: () -> String) throws(TextProcessingError) -> [Mention] {
        guard mentions.contains(where: { commissionSubjects.contains($0.subject) }) else { return mentions }
        let scalars = Array(text().unicodeScalars)
        // Words: runs of letters (an apostrophe between letters belongs to the word, as in the
        // 2017 Latin alphabet); folded only when read (near a commission's mention, or
        // capitalised once someone was introduced), so that most texts pay for the split alone.
        var words: [(start: Int, end: Int)] = []
        var i = 0
        func letter(_ k: Int) -> Bool { k < scalars.count && Self.isLetter(scalars[k]) }
        while i < scalars.count {
            guard letter(i) else { i += 1; continue }
            var j = i + 1
            while j < scalars.count, letter(j) || ((scalars[j] == "'" || scalars[j] == "\u{2019}") && letter(j + 1)) { j += 1 }
            words.append((i, j))
            i = j
        }
        var foldedWords: [Int: [UInt16]] = [:]
        // A folding failure is kept and thrown once the pass ends: never a partial list.
        var failure: TextProcessingError?
        func folded(_ w: Int) -> [UInt16] {
            if let f = foldedWords[w] { return f }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[words[w].start..<words[w].end])
            do {
                let f = try Folding.fold(String(word))
                foldedWords[w] = f
                return f
            } catch {
                failure = error
                return []
            }
        }
        // In Cyrillic and the Latin alphabets («OSK múshesi Marat Sársembaev»: round 22).
        let members = grammar.memberTitles
        func capitalised(_ w: Int) -> Bool {
            let (s, e) = words[w]
            return scalars[s].properties.isUppercase && (e - s == 1 || !scalars[s + 1].properties.isUppercase)
        }
        func initial(_ w: Int) -> Bool {
            words[w].end - words[w].start == 1 && words[w].end < scalars.count && scalars[words[w].end] == "."
        }
        // Whether a sentence ends between words a and b (a full stop after an initial does not).
        func sentenceBreak(_ a: Int, _ b: Int) -> Bool {
            if initial(a) { return false }
            return (words[a].end..<words[b].start).contains { k in ".!?;\n".unicodeScalars.contains(scalars[k]) }
        }
        func member(_ w: Int) -> Bool {
            let f = folded(w)
            return members.contains { f.starts(with: $0) }
        }
        // The surname's stem: the word without a final а/я/a (Петрова → Петров), if four letters remain.
        func surnameStem(_ w: Int) -> [UInt16]? {
            var stem = folded(w)
            if let last = stem.last, last == 0x430 || last == 0x44F || last == 0x61 { stem.removeLast() }
            return stem.count >= 4 ? stem : nil
        }
        func slice(_ start: Int, _ end: Int) -> String {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            return String(text)
        }
        func firstWord(from offset: Int) -> Int {
            var lo = 0, hi = words.count
            while lo < hi { let mid = (lo + hi) / 2; if words[mid].start < offset { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        // The introduced people: subject, surname's stem, where the introduction ends.
        var people: [(subject: String, given: [UInt16], stem: [UInt16], from: Int)] = []
        // Names listed after a plural member title, each a mention of its own.
        var listed: [Mention] = []
        let plurals = grammar.pluralMemberTitles
        let listConjunctions = grammar.listConjunctions
        func pluralMember(_ w: Int) -> Bool {
            let f = folded(w)
            return plurals.contains { f.starts(with: $0) }
        }
        // The surnames of the introductions: one introduced again («ОСК мүшесі Шавхат Өтемісов»
        // twice) is that mention's own name, not another reference.
        var introductions: Set<Int> = []
        for m in mentions where commissionSubjects.contains(m.subject) {
            let a = firstWord(from: m.start), b = firstWord(from: m.end)
            guard a < b else { continue }
            // The title inside the mention («ОСК мүшесі …» found whole), one or two words after it
            // («ОСК мүшесі», «… төрағасының орынбасары»), or up to two words before it («член ЦИК», «член Центральной …»).
            var n = b
            // The plural title, right after the mention: «комиссиясының мүшелері Шавкат Өтемісов пен
            // Анастасия Щегорцова» — each name listed after it is the commission (round 17).
            var plural = false
            if let k = (a..<b).first(where: member) {
                n = k + 1
            } else if b < words.count, !sentenceBreak(b - 1, b), member(b) {
                n = b + 1
                plural = pluralMember(b)
            } else if b + 1 < words.count, !sentenceBreak(b - 1, b), !sentenceBreak(b, b + 1), member(b + 1) {
                n = b + 2  // «комиссиясы төрағасының орынбасары»: the chairman's deputy
            } else if !(a > 0 && !sentenceBreak(a - 1, a) && member(a - 1))
                        && !(a > 1 && !sentenceBreak(a - 2, a - 1) && !sentenceBreak(a - 1, a) && member(a - 2)) {
                continue
            }
            // The name after it, past at most three lower-case words or the country's name.
            var skipped = 0
            while n < words.count, skipped < 3, n > 0, !sentenceBreak(n - 1, n),
                  !capitalised(n) || folded(n).starts(with: Array("казахстан".utf16)) || folded(n).starts(with: Array("республик".utf16)) {
                n += 1
                skipped += 1
            }
            guard n + 1 < words.count, n > 0, !sentenceBreak(n - 1, n), !sentenceBreak(n, n + 1),
                  capitalised(n), capitalised(n + 1), words[n + 1].end - words[n + 1].start > 2 else { continue }
            guard let stem = surnameStem(n + 1) else { continue }
            people.append((m.subject, folded(n), stem, words[n + 1].end))
            introductions.insert(n + 1)
            guard plural, n == b + 1 else { continue }
            // Each name of the list: two capitalised words, joined by a comma or a conjunction.
            var name = n
            while name + 1 < words.count, !sentenceBreak(name, name + 1), capitalised(name), capitalised(name + 1),
                  words[name + 1].end - words[name + 1].start > 2 {
                let start = words[name].start, end = words[name + 1].end
                if !listed.contains(where: { $0.start < end && start < $0.end }),
                   !mentions.contains(where: { $0.start < end && start < $0.end }) {
                    listed.append(Mention(subject: m.subject, start: start, end: end, text: slice(start, end)))
                }
                if name != n {
                    if let stem = surnameStem(name + 1) { people.append((m.subject, folded(name), stem, words[name + 1].end)) }
                    introductions.insert(name + 1)
                }
                var next = name + 2
                guard next < words.count, !sentenceBreak(name + 1, next) else { break }
                let between = (words[name + 1].end..<words[next].start).contains { scalars[$0] == "," }
                if !between {
                    guard listConjunctions.contains(folded(next)), next + 1 < words.count, !sentenceBreak(next, next + 1) else { break }
                    next += 1
                }
                name = next
            }
        }
        if let failure { throw failure }
        guard !people.isEmpty else { return mentions }
        var added: [Mention] = listed
        var found = mentions
        var taken = (mentions + listed).map { ($0.start, $0.end) }
        for w in words.indices where capitalised(w) && words[w].end - words[w].start > 2 && !introductions.contains(w) {
            guard let person = people.first(where: { p in
                words[w].start >= p.from && Self.sameSurname(folded(w), p.stem)
            }) else { continue }
            guard !taken.contains(where: { $0.0 < words[w].end && words[w].start < $0.1 }) else { continue }
            // With the given name or its initial right before it.
            var start = words[w].start
            if w > 0, words[w - 1].start >= person.from, capitalised(w - 1), !sentenceBreak(w - 1, w),
               initial(w - 1) ? folded(w - 1).first == person.given.first : folded(w - 1) == person.given,
               !taken.contains(where: { $0.0 < words[w - 1].end && words[w - 1].start < $0.1 }) {
                start = words[w - 1].start
            }
            taken.append((start, words[w].end))
            // «Сәбила Мұстафина, Орталық сайлау комиссиясының хатшысы:», «Ольга Петрова, секретарь
            // ЦИК:»: the name, one comma, the commission's mention and an officer's word after it
            // or before it, closing the clause, are one reference (round 17's apposition, for a
            // person the text introduced: round 24); the mention grows to the name.
            func clauseEnds(_ a: Int, _ b: Int) -> Bool {
                sentenceBreak(a, b) || (words[a].end..<words[b].start).contains { scalars[$0] == ":" || scalars[$0] == "," }
            }
            if w + 1 < words.count, !sentenceBreak(w, w + 1),
               (words[w].end..<words[w + 1].start).allSatisfy({ scalars[$0] == "," || scalars[$0].properties.isWhitespace }),
               (words[w].end..<words[w + 1].start).filter({ scalars[$0] == "," }).count == 1 {
                let officerFirst = member(w + 1)
                let from = officerFirst ? words[w + 1].end : words[w + 1].start
                if let b = found.firstIndex(where: { m in
                    m.subject == person.subject && m.start >= from && (from..<m.start).allSatisfy { scalars[$0].properties.isWhitespace }
                }) {
                    let body = found[b], k = firstWord(from: body.end)
                    let closes = officerFirst ? k == words.count || (k > 0 && clauseEnds(k - 1, k))
                        : k < words.count && member(k) && (k + 1 == words.count || clauseEnds(k, k + 1))
                    if closes {
                        found[b] = Mention(subject: body.subject, start: start, end: body.end, text: slice(start, body.end))
                        continue
                    }
                }
            }
            added.append(Mention(subject: person.subject, start: start, end: words[w].end, text: slice(start, words[w].end)))
        }
        if let failure { throw failure }
        guard !added.isEmpty || found != mentions else { return mentions }
        return (found + added).sorted { $0.start < $1.start }
    }
}

/// The document-level rule of round 18 (docs/METHODOLOGY.md, "Mentions: what counts"): a listed
/// leader addressed by his given name alone in an interview («— Амиржан, что произошло?») counts,
/// once the text has named him in full. Only a given name the codebook lists for a person's
/// surname (`given:`), spelt as in that full name, only after it, and only as an address: a dash
/// or a line's start before it and a comma right after it («Нурсултан» is also a city; «в
/// Нурсултане, где» is no address).
extension MentionMatcher {
    /// The dashes that open a line of an interview, in UTF-8: - ‐ ‒ – — ― −.
    static let addressDashes: [[UInt8]] = [[0x2D], [0xE2, 0x80, 0x90], [0xE2, 0x80, 0x92], [0xE2, 0x80, 0x93],
                                           [0xE2, 0x80, 0x94], [0xE2, 0x80, 0x95], [0xE2, 0x88, 0x92]]

    func addressedLeaders(_ mentions: [Mention], text: () -> String) throws(TextProcessingError) -> [Mention] {
        guard !leaderGivenNames.isEmpty else { return mentions }
        // The given names of leaders named in full: a word of a mention of their subject that is
        // one of its given names, with a word after it in the mention (the surname).
        var named: [(subject: String, given: [UInt8], from: Int)] = []
        // Folded once per distinct word, and only a capitalised word: most mentions hold none.
        var folds: [Substring: [UInt16]] = [:]
        for m in mentions {
            guard let names = leaderGivenNames[m.subject], m.text.contains(where: { $0.isWhitespace }) else { continue }
            let words = m.text.split(whereSeparator: { $0.isWhitespace })
            for word in words.dropLast() where word.first?.isUppercase == true {
                let f: [UInt16]
                if let known = folds[word] { f = known } else { f = try Folding.fold(String(word)); folds[word] = f }
                if names.contains(f), !named.contains(where: { $0.subject == m.subject && $0.given.elementsEqual(word.utf8) }) {
                    named.append((m.subject, Array(word.utf8), m.end))
                }
            }
        }
        guard !named.isEmpty else { return mentions }
        // The text is searched as UTF-8 bytes for those spellings (a whole text may be tens of
        // megabytes; only the hits are converted to scalar offsets, in order).
        var whole = text()
        var hits: [(byte: Int, name: Int)] = []
        whole.withUTF8 { bytes in
            for (n, person) in named.enumerated() {
                let given = person.given
                guard let first = given.first, bytes.count >= given.count else { continue }
                var p = 0
                while p + given.count < bytes.count {
                    defer { p += 1 }
                    guard bytes[p] == first, bytes[p + given.count] == 0x2C,
                          (1..<given.count).allSatisfy({ bytes[p + $0] == given[$0] }) else { continue }
                    // Spaces, then a dash or a line's start, before it.
                    var b = p
                    while b > 0, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || (b > 1 && bytes[b - 2] == 0xC2 && bytes[b - 1] == 0xA0) {
                        b -= bytes[b - 1] == 0xA0 ? 2 : 1
                    }
                    let opens = b == 0 || bytes[b - 1] == 0x0A || bytes[b - 1] == 0x0D
                        || Self.addressDashes.contains { dash in b >= dash.count && (0..<dash.count).allSatisfy { bytes[b - dash.count + $0] == dash[$0] } }
                    if opens { hits.append((p, n)) }
                }
            }
        }
        guard !hits.isEmpty else { return mentions }
        hits.sort { $0.byte < $1.byte }
        var added: [Mention] = []
        whole.withUTF8 { bytes in
            var byte = 0, scalar = 0
            for hit in hits {
                while byte < hit.byte {
                    if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
                    byte += 1
                }
                let person = named[hit.name]
                let length = person.given.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                let start = scalar, end = scalar + length
                guard person.from <= start, !mentions.contains(where: { $0.start < end && start < $0.end }) else { continue }
                added.append(Mention(subject: person.subject, start: start, end: end, text: String(decoding: person.given, as: UTF8.self)))
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.start < $1.start }
    }
}
