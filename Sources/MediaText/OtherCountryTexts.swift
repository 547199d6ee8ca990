import MediaModel

/// The document-level rule of round 23 (docs/METHODOLOGY.md, "Mentions: what counts", Round 23):
/// a bare title — «Президент», «Глава государства», «премьер-министр», «ОСК», «коммунистік партия»,
/// a subject whose aliases the codebook excludes next to Russia's name, with no holder's name in
/// it — is another country's when the text has named another country (its name or capital, in
/// any case: «Ресейде», «в Ташкенте», «Премьер Японии») before it and nothing of Kazakhstan's
/// before it: no Kazakhstan word («Казахстан», «Қазақстан», «Астана», «Ақорда», «еліміз», «РК»,
/// «ҚР») and no mention at all. A reader takes the title for the first country the text names;
/// once the text has spoken of Kazakhstan, its titles are ours again, and a text that opens on
/// ours keeps them all («Мемлекет басшысы Мәскеуге барды. Президент …»).
extension MentionMatcher {
    func otherCountryTitles(_ mentions: [Mention], text: () -> String) throws(TextProcessingError) -> [Mention] {
        let offices = foreignOffices
        let mentions = try governorTitles(mentions, text: text, offices: offices)
        guard !offices.countrySubjects.isEmpty, let firstMention = mentions.first?.start else { return mentions }
        // Only a text that names another country before its first mention can lose a title: look
        // for one there first, and fold the mentions only then (a text dense with mentions pays
        // for its opening alone).
        guard try namesOtherCountry(before: firstMention, in: text(), offices: offices) else {
            return try otherCountryItem(mentions, text: text(), offices: offices)
        }
        // Bare titles, and where the first other mention (it anchors the text in Kazakhstan) starts.
        let bare = try bareTitles(mentions, offices: offices)
        var anchor = Int.max
        for (m, isBare) in zip(mentions, bare) where !isBare { anchor = min(anchor, m.start) }
        guard let lastBare = zip(mentions, bare).filter({ $0.1 }).map({ $0.0.start }).max() else { return mentions }
        // The text's words up to the last bare title: the first other country and the first Kazakhstan word.
        var foreign = Int.max
        // A mention before any other country anchors the text: nothing more to read.
        try Self.readCountryWords(text(), offices: offices, other: { foreign == .max },
                                  stop: { $0 > lastBare || $0 > anchor || (foreign == .max && $0 > firstMention) }) { start, reading in
            if reading == .own { anchor = min(anchor, start) } else { foreign = start }
            return false
        }
        guard foreign != .max, foreign < firstMention else { return mentions }
        return zip(mentions, bare).filter { m, isBare in !(isBare && foreign < m.start && m.start < anchor) }.map(\.0)
    }

    /// Round 29: the item-level reading. A text whose every mention is a bare title, that names
    /// another country (its name or capital, anywhere: «Премьер-министр Дэвид Кэмерон … жителей
    /// Лондона», «Президент Ислам Каримов … областей Узбекистана») and never Kazakhstan («РК»,
    /// «Астана», «еліміз», …) is that country's item: its bare titles are that country's, even
    /// the one that opens it. One Kazakhstan word or one mention that names a holder or the
    /// country anchors the text as round 23's rule does.
    private func otherCountryItem(_ mentions: [Mention], text whole: String, offices: ForeignOffices) throws(TextProcessingError) -> [Mention] {
        // Stop at the first mention that is not bare (round 30: no reading of the rest).
        guard try allBare(mentions, offices: offices) else { return mentions }
        var foreign = Int.max, own = false
        try Self.readCountryWords(whole, offices: offices, other: { foreign == .max }, stop: { _ in false }) { start, reading in
            if reading == .own { own = true; return true }
            foreign = min(foreign, start)
            return false
        }
        guard !own, foreign < Self.leadEnd(whole) else { return mentions }
        // Only an item that opens on another country's holder by name: the first title followed
        // by a given name and surname that are no holder's and no country's («Президент Ислам
        // Каримов», «Премьер-министр Дэвид Кэмерон»). A text that opens on a bare title alone
        // («Мемлекет басшысы Мәскеуге барды») is ours, as round 23 reads it.
        // Round 31: or on a title in its lead with another person's name after it, the country's
        // name between or not («вотум доверия премьер-министру Франсуа Байру» in the first
        // paragraph under a headline that opens on «правительство»; «Бывший президент Бразилии
        // Луис Инасиу Лула да Силва»).
        let lead = Self.leadEnd(whole)
        var opens = false
        // The text's scalars once (round 33): each lead mention reads its few words after it by
        // index, not by walking the text from its start.
        let scalars = Array(whole.unicodeScalars)
        for m in mentions where m.start < lead {
            if try opensOnForeignName(after: m.end, in: scalars, offices: offices) { opens = true; break }
        }
        // Round 42: or on a dateline that names another country at the body's start, under the
        // headline: «Ташкент, Узбекистан (UzDaily.uz) — Сегодня …» (ru-du6: «вручен подарок
        // Президента» in the headline above it is Uzbekistan's President).
        if !opens, try opensOnForeignDateline(scalars, lead: lead, offices: offices) { opens = true }
        guard opens else { return mentions }
        // A holder's name anywhere in the text («Президент Қасым-Жомарт Тоқаевқа Қытайға сапары»,
        // out of his term by the text's day) and the first President's own epithets («Елбасы»,
        // a title only Kazakhstan gives) anchor it in Kazakhstan.
        for m in mentions {
            let words = try m.text.split(whereSeparator: { !$0.isLetter }).map { (w) throws(TextProcessingError) in try Folding.fold(String(w)) }
            if words.contains(where: { w in Self.ownEpithets.contains { w.starts(with: $0) } }) { return mentions }
        }
        for word in whole.split(whereSeparator: { !$0.isLetter }) where word.first?.isUppercase == true && word.count >= 3 {
            if offices.namesHolder([try Folding.fold(String(word))]) { return mentions }
        }
        return []
    }

    /// Whether two capitalised words (not in capitals) follow `end` after a space each, neither a
    /// holder's name word nor a country's: another person named after the title.
    /// Round 31: one capitalised word naming another country may stand between («президент
    /// Бразилии Луис Инасиу»).
    private func opensOnForeignName(after end: Int, in scalars: [Unicode.Scalar], offices: ForeignOffices) throws(TextProcessingError) -> Bool {
        var words: [String] = [], current = String.UnicodeScalarView()
        for offset in max(end, 0)..<max(end, scalars.count) {
            let scalar = scalars[offset]
            if scalar.properties.isAlphabetic || scalar == "-" { current.append(scalar); continue }
            guard scalar == " ", !current.isEmpty || words.isEmpty && offset == end else { break }
            if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
            if words.count == 3 { break }
        }
        if words.count < 3, !current.isEmpty { words.append(String(current)) }
        if let w = words.first, w.first?.isUppercase == true, words.count >= 3,
           offices.isOtherCountry(try Folding.fold(w), capitals: false) {
            words.removeFirst()
        }
        guard words.count >= 2 else { return false }
        for w in words.prefix(2) {
            guard let c = w.unicodeScalars.first, c.properties.isUppercase, w.count >= 3,
                  !w.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "-" }) else { return false }
            let f = try Folding.fold(w)
            if offices.namesHolder([f]) || offices.isOtherCountry(f, capitals: false)
                || offices.ownCountryStems.contains(where: { f.starts(with: $0) }) { return false }
        }
        return true
    }

    /// Round 42: a dateline at the start of the lead's second line: a capitalised place (up to 40
    /// scalars), a comma, another country's name, an outlet in brackets or none, then a dash.
    private func opensOnForeignDateline(_ scalars: [Unicode.Scalar], lead: Int, offices: ForeignOffices) throws(TextProcessingError) -> Bool {
        func blank(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\r" || c == " " || c == "\t" }
        var i = 0
        while i < scalars.count, blank(scalars[i]) { i += 1 }
        while i < scalars.count, scalars[i] != "\n", scalars[i] != "\r" { i += 1 }
        while i < scalars.count, blank(scalars[i]) { i += 1 }
        guard i < lead, i < scalars.count, scalars[i].properties.isUppercase else { return false }
        var j = i
        while j < scalars.count, j - i < 40, scalars[j] != ",", scalars[j] != "\n", scalars[j] != "\r" { j += 1 }
        guard j < scalars.count, scalars[j] == "," else { return false }
        j += 1
        while j < scalars.count, scalars[j] == " " { j += 1 }
        var word = String.UnicodeScalarView()
        while j < scalars.count, scalars[j].properties.isAlphabetic || scalars[j] == "-" { word.append(scalars[j]); j += 1 }
        guard let c = word.first, c.properties.isUppercase, word.count >= 3,
              offices.isOtherCountry(try Folding.fold(String(word)), capitals: false) else { return false }
        while j < scalars.count, scalars[j] == " " { j += 1 }
        if j < scalars.count, scalars[j] == "(" {
            let open = j
            while j < scalars.count, j - open < 60, scalars[j] != ")", scalars[j] != "\n" { j += 1 }
            guard j < scalars.count, scalars[j] == ")" else { return false }
            j += 1
            while j < scalars.count, scalars[j] == " " { j += 1 }
        }
        return j < scalars.count && (scalars[j] == "\u{2014}" || scalars[j] == "\u{2013}" || scalars[j] == "-")
    }

    /// The first President's epithets, Kazakhstan's alone: «Елбасы», «Ұлт көшбасшысы», «лидер нации».
    static let ownEpithets: [[UInt16]] = ["елбас", "elbas", "ұлт", "нации", "ult", "ūlt"].map { Array($0.utf16) }

    /// Where the text's lead ends: the end of its second non-empty line (a headline and the
    /// first paragraph, or the first two paragraphs), in Unicode scalars as mentions count.
    /// A foreign item names its country there; a Kazakhstan item that names another country
    /// only further on («Ауғанстандағы жағдайға да тоқталды» in the fourth paragraph) stays ours.
    static func leadEnd(_ whole: String) -> Int {
        var offset = 0, lines = 0, lineHasText = false
        for scalar in whole.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if lineHasText { lines += 1; if lines == 2 { return offset } }
                lineHasText = false
            } else if !scalar.properties.isWhitespace {
                lineHasText = true
            }
            offset += 1
        }
        return offset
    }

    /// Whether each mention is a bare title (round 23): a country subject's or a local office's
    /// alias with no holder's name and no Kazakhstan word in it.
    private func bareTitles(_ mentions: [Mention], offices: ForeignOffices) throws(TextProcessingError) -> [Bool] {
        var bare: [Bool] = []
        for m in mentions { bare.append(try isBareTitle(m, offices: offices)) }
        return bare
    }

    /// Whether every mention is a bare title, stopping at the first that is not (round 30).
    private func allBare(_ mentions: [Mention], offices: ForeignOffices) throws(TextProcessingError) -> Bool {
        for m in mentions where !(try isBareTitle(m, offices: offices)) { return false }
        return true
    }

    private func isBareTitle(_ m: Mention, offices: ForeignOffices) throws(TextProcessingError) -> Bool {
        guard offices.countrySubjects.contains(m.subject) || offices.localSubjects.contains(m.subject) else { return false }
        let words = try m.text.split(whereSeparator: { !$0.isLetter }).map { (w) throws(TextProcessingError) in try Folding.fold(String(w)) }
        var isBare = !offices.namesHolder(words)
            && !words.contains { w in offices.ownCountryAbbreviations.contains(w) || offices.ownCountryStems.contains { w.starts(with: $0) } }
        // Round 26: a region's head by a descriptive title («глава района», «облыс
        // басшысы») is bare too; «аким», «әкім», «акимат» are Kazakhstan's own words.
        // Words with the 2017 alphabet's apostrophes inside («a'kimi»).
        if isBare, offices.localSubjects.contains(m.subject) {
            let local = try m.text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" })
                .map { (w) throws(TextProcessingError) in try Folding.fold(String(w)) }
            isBare = !local.contains { w in offices.localOfficeStems.contains { w.starts(with: $0) } }
        }
        return isBare
    }

    /// What a word of the text's opening says of the country: Kazakhstan's («Қазақстан»,
    /// «Астанада», «РК», «еліміз») or another's name or capital (``ForeignOffices/isOtherCountry``).
    enum CountryWord { case own, other }

    /// Reads the words of `whole` in order and hands each that names a country, with its start,
    /// to `visit`, until `visit` returns true or `stop` holds at an offset (the word under way
    /// there is read too). Another country is
    /// looked up only while `other()` holds. The one reading of a word that `otherCountryTitles`
    /// and its pre-check `namesOtherCountry` share.
    static func readCountryWords(_ whole: String, offices: ForeignOffices, other: () -> Bool, stop: (Int) -> Bool,
                                 visit: (Int, CountryWord) throws(TextProcessingError) -> Bool) throws(TextProcessingError) {
        var start = -1
        var word = String.UnicodeScalarView()
        // Whether only spaces stand between the last line break and here, and where the word under way began.
        var lineStart = true, wordOpensLine = false
        // Whether the word under way is glued to a number or to a word and a dot before it: «24KZ»,
        // a channel's name, «BAQ.KZ», a site's, not Kazakhstan's abbreviation (round 25).
        var previousGlues = false, previousLetter = false, wordGlued = false
        // Round 26: a people's name waiting for «елі» after it (the country: «Қырғыз елінің
        // президенті», «Қазақ елі»), with where it started.
        var people: (start: Int, reading: CountryWord)?
        func close(before next: Unicode.Scalar?) throws(TextProcessingError) -> Bool {
            let waiting = people
            people = nil
            guard let first = word.first, word.count >= 2 else { return false }
            let upper = first.properties.isUppercase
            let allCaps = word.allSatisfy { !isLetter($0) || $0.properties.isUppercase }
            // «еліміз», «елінің» in lower case, also with a Latin or Greek look-alike «е».
            // «всероссийский» (round 26) in lower case.
            // Round 41: «мажилисменам», «маслихата» in lower case (Kazakhstan's own bodies).
            guard upper || first == "е" || first == "e" || first == "ε" || (first == "в" && word.count > 11)
                    || (first == "м" && word.count >= 7) else { return false }
            let f = try Folding.fold(String(word))
            if let waiting, offices.isCountryNoun(f), waiting.reading == .own || other() { return try visit(waiting.start, waiting.reading) }
            // Round 52: a people's Russian adjective before «Республика» names that republic too
            // («Президент Кыргызской Республики Садыр Жапаров», then «Глава государства», ru-eo1).
            if let waiting, waiting.reading == .other, upper, f.starts(with: ForeignOffices.russianRepublicStem), other() {
                return try visit(waiting.start, .other)
            }
            // A people's name may be a country's too («Иран»): it is read as that below as well.
            if upper, !allCaps, let reading = offices.peopleReading(f) { people = (start, reading) }
            else if upper, !allCaps, ForeignOffices.russianPeoples.contains(where: { f.starts(with: $0) }) { people = (start, .other) }
            if (allCaps && offices.ownCountryAbbreviations.contains(f) && !wordGlued) || offices.ownCountryStems.contains(where: { f.starts(with: $0) }) {
                // A dateline, our city in capitals opening a line before a full stop or a comma
                // («АСТАНА. KAZINFORM –», «АЛМАТЫ, 5 мая»), is where the agency's desk sits, on
                // every item it sends: it says nothing of the country the news is about (round 24).
                if allCaps, wordOpensLine, next == "." || next == "," { return false }
                return try visit(start, .own)
            }
            if upper, other(), offices.isOtherCountry(f, capitals: allCaps && word.count <= 4) || !allCaps && offices.isOtherLeader(f) {
                return try visit(start, .other)
            }
            // Round 26: «всероссийский» (all-Russian) names Russia in lower case too.
            if !upper, other(), offices.isAllRussian(f) { return try visit(start, .other) }
            return false
        }
        _ = try readWords(whole, stop: stop, opening: { offset in
            start = offset
            wordOpensLine = lineStart
            wordGlued = previousGlues
        }, after: { scalar in
            if scalar == "\n" || scalar == "\r" { lineStart = true } else if !scalar.properties.isWhitespace { lineStart = false }
            previousGlues = (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar == "." && previousLetter)
            previousLetter = isLetter(scalar)
        }, close: { (closed, next) throws(TextProcessingError) in
            word = closed
            return try close(before: next)
        })
    }

    /// Reads `text`'s words in order, a word being letters and the 2017 Latin alphabet's apostrophes
    /// inside one («I'ran», «Tu'rki'i'ada»): `opening` gets a word's start (in Unicode scalars) at its
    /// first letter, `close` the word and the scalar right after it (nil at the text's end or at
    /// `stop`, where the word under way is read too), `after` every scalar once its word is closed.
    /// True when `close` ended the reading. The one word walk of `readCountryWords` and
    /// `governorTitles`.
    static func readWords(_ text: String, stop: (Int) -> Bool = { _ in false }, opening: (Int) -> Void = { _ in },
                          after: (Unicode.Scalar) -> Void = { _ in },
                          close: (String.UnicodeScalarView, Unicode.Scalar?) throws(TextProcessingError) -> Bool) throws(TextProcessingError) -> Bool {
        var word = String.UnicodeScalarView()
        var offset = 0
        for scalar in text.unicodeScalars {
            if stop(offset) { break }
            if isLetter(scalar) || (!word.isEmpty && (scalar == "'" || scalar == "\u{2019}")) {
                if word.isEmpty { opening(offset) }
                word.append(scalar)
            } else if !word.isEmpty {
                let closed = word
                word = String.UnicodeScalarView()
                if try close(closed, scalar) { return true }
            }
            after(scalar)
            offset += 1
        }
        return word.isEmpty ? false : try close(word, nil)
    }

    /// Round 47: a region's head by a descriptive title («Глава региона», «глава области», «өңір
    /// басшысы»: round 26's bare local titles) in a text that names a governor with a capitalised
    /// word after him («Губернатор Омской области Виталий Хоценко», a Russian region's) and never
    /// the akim's own words («аким», «әкім», «акимат») is that governor: «Глава региона отметил,
    /// что Казахстан остается ключевым партнером Омской области» (ru-ec15). The development
    /// texts that name «губернатор … области» and no akim annotate no region's head (ru-bf8,
    /// ru-cd24); ru-df21's «⟦региональные губернаторы⟧», Kazakhstan's akims, has no capital after.
    private func governorTitles(_ mentions: [Mention], text: () -> String, offices: ForeignOffices) throws(TextProcessingError) -> [Mention] {
        guard mentions.contains(where: { offices.localSubjects.contains($0.subject) }) else { return mentions }
        var bare: [Bool] = []
        for m in mentions { bare.append(offices.localSubjects.contains(m.subject) ? try isBareTitle(m, offices: offices) : false) }
        guard bare.contains(true) else { return mentions }
        var governor = false, afterGovernor = false
        // An akim's word ends the reading: the text is Kazakhstan's.
        let akim = try Self.readWords(text()) { (word, next) throws(TextProcessingError) in
            guard word.count >= 3 else {
                if let next, !next.properties.isWhitespace { afterGovernor = false }
                return false
            }
            let f = try Folding.fold(String(word))
            if offices.localOfficeStems.contains(where: { f.starts(with: $0) }) { return true }
            if afterGovernor, word.first?.properties.isUppercase == true { governor = true }
            // Punctuation right after «губернатор» parts it from the name.
            afterGovernor = Self.governorStems.contains { f.starts(with: $0) } && (next?.properties.isWhitespace ?? true)
            return false
        }
        guard !akim, governor else { return mentions }
        return zip(mentions, bare).filter { !$0.1 }.map(\.0)
    }
    static let governorStems: [[UInt16]] = [Array("губернатор".utf16)]

    /// Whether a capitalised word before `end` is another country's name or capital that no
    /// Kazakhstan word precedes: the words `otherCountryTitles` reads, up to the first mention.
    private func namesOtherCountry(before end: Int, in whole: String, offices: ForeignOffices) throws(TextProcessingError) -> Bool {
        var found = false
        try Self.readCountryWords(whole, offices: offices, other: { true }, stop: { $0 > end }) { _, reading in
            found = reading == .other
            return true
        }
        return found
    }

    /// Round 29: a mention opening a parenthesis right after a mention of the same subject glosses
    /// it — «все акимы (главы областей, городов, районов, сел) назначаются» is one reference, the
    /// parenthesis says what the word means. The gloss goes (the first mention stands for both);
    /// another subject in the parenthesis («Президент (Мажилис)…») stays. Its own step of the
    /// scan after resolution (round 30; round 29 ran it inside ``otherCountryTitles``), before
    /// round 23's rule reads the bare titles.
    func parentheticalGlosses(_ mentions: [Mention], text: () -> String) -> [Mention] {
        var candidates: [Int] = []
        for i in mentions.indices.dropFirst() {
            let a = mentions[i - 1], b = mentions[i]
            if a.subject == b.subject, b.start > a.end, b.start - a.end <= 3 { candidates.append(i) }
        }
        guard !candidates.isEmpty else { return mentions }
        let scalars = Array(text().unicodeScalars)
        var drop = Set<Int>()
        for i in candidates {
            let a = mentions[i - 1], b = mentions[i]
            guard a.end >= 0, b.start <= scalars.count else { continue }
            let between = scalars[a.end..<b.start]
            if between.last == "(", between.dropLast().allSatisfy({ $0.properties.isWhitespace }) { drop.insert(i) }
        }
        return drop.isEmpty ? mentions : mentions.indices.filter { !drop.contains($0) }.map { mentions[$0] }
    }
}
