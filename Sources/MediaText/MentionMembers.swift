/// The document-level rule of round 16 (docs/METHODOLOGY.md, "Mentions: what counts"): a person
/// a text introduces with an election commission's title — its member, secretary or deputy
/// chairman, «ОСК мүшесі Константин Петров», «член ЦИК Ляззат Сулеймен» — counts as the
/// commission when the text names that person again by surname, with or without the given name
/// or an initial. Runs on the resolved mentions and the whole text, the same in both scan paths,
/// and only reads the text when it mentions a commission.
extension MentionMatcher {
    /// Beginnings of the folded titles that introduce a commission's officer (not its chairman,
    /// whom the codebook lists by name); «зампред председателя …» is the deputy (round 17).
    static let memberTitles = ["мүше", "член", "хатшы", "секретар", "орынбасар", "заместител", "зампред"]
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

    func introducedMembers(_ mentions: [Mention], text: () -> String) throws(TextProcessingError) -> [Mention] {
        guard mentions.contains(where: { commissionSubjects.contains($0.subject) }) else { return mentions }
        let scalars = Array(text().unicodeScalars)
        // Words: runs of letters (an apostrophe between letters belongs to the word, as in the
        // 2017 Latin alphabet); folded only when read (near a commission's mention, or
        // capitalised once someone was introduced), so that most texts pay for the split alone.
        var words: [(start: Int, end: Int)] = []
        var i = 0
        func letter(_ k: Int) -> Bool { k < scalars.count && scalars[k].properties.isAlphabetic }
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
        let members = try Self.memberTitles.map { (w) throws(TextProcessingError) in try Folding.fold(w) }
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
        let plurals = try Self.pluralMemberTitles.map { (w) throws(TextProcessingError) in try Folding.fold(w) }
        let listConjunctions = Set(try Self.listConjunctions.map { (w) throws(TextProcessingError) in try Folding.fold(w) })
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
            added.append(Mention(subject: person.subject, start: start, end: words[w].end, text: slice(start, words[w].end)))
            taken.append((start, words[w].end))
        }
        if let failure { throw failure }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.start < $1.start }
    }
}

/// The document-level rule of round 18 (docs/METHODOLOGY.md, "Mentions: what counts"): a listed
/// leader addressed by his given name alone in an interview («— Амиржан, что произошло?») counts,
/// once the text has named him in full. Only a given name the codebook lists for a person's
/// surname (`given:`), only after a mention holding it before a further word, and only as an
/// address: a dash or a line's start before it and a comma right after it («Нурсултан» is also a
/// city; «в Нурсултане, где» is no address).
extension MentionMatcher {
    /// The dashes that open a line of an interview.
    static let addressDashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"]

    func addressedLeaders(_ mentions: [Mention], text: () -> String) throws(TextProcessingError) -> [Mention] {
        guard !leaderGivenNames.isEmpty else { return mentions }
        // The given names of leaders named in full: a word of a mention of their subject that is
        // one of its given names, with a word after it in the mention (the surname).
        var named: [(subject: String, given: [UInt16], from: Int)] = []
        // Folded once per distinct word, and only a capitalised word: most mentions hold none.
        var folds: [Substring: [UInt16]] = [:]
        for m in mentions {
            guard let names = leaderGivenNames[m.subject], m.text.contains(where: { $0.isWhitespace }) else { continue }
            let words = m.text.split(whereSeparator: { $0.isWhitespace })
            for word in words.dropLast() where word.first?.isUppercase == true {
                let f: [UInt16]
                if let known = folds[word] { f = known } else { f = try Folding.fold(String(word)); folds[word] = f }
                if names.contains(f) { named.append((m.subject, f, m.end)) }
            }
        }
        guard !named.isEmpty else { return mentions }
        let scalars = Array(text().unicodeScalars)
        func letter(_ k: Int) -> Bool { k < scalars.count && scalars[k].properties.isAlphabetic }
        var added: [Mention] = []
        var i = 0
        while i < scalars.count {
            guard letter(i), i == 0 || !letter(i - 1) else { i += 1; continue }
            var j = i + 1
            while letter(j) { j += 1 }
            defer { i = j }
            // A comma right after the word, a dash or a line's start before it (spaces between).
            guard j < scalars.count, scalars[j] == ",", scalars[i].properties.isUppercase else { continue }
            var b = i - 1
            while b >= 0, scalars[b] == " " || scalars[b] == "\u{A0}" || scalars[b] == "\t" { b -= 1 }
            guard b < 0 || scalars[b] == "\n" || scalars[b] == "\r" || Self.addressDashes.contains(scalars[b]) else { continue }
            guard !mentions.contains(where: { $0.start < j && i < $0.end }) else { continue }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[i..<j])
            let f = try Folding.fold(String(word))
            guard let person = named.first(where: { $0.given == f && $0.from <= i }) else { continue }
            added.append(Mention(subject: person.subject, start: i, end: j, text: String(word)))
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.start < $1.start }
    }
}
