import CICU
import Foundation

extension MentionMatcher {
    /// A word of the text, as the matcher sees it.
    struct Token {
        var start: Int
        var end: Int
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
        /// A line break stands between it and the previous word (round 37: recorded here, read
        /// by round 36's headline election).
        var lineBefore: Bool
        /// An opening parenthesis stands right before it.
        var parenBefore: Bool
        var parenAfter: Bool
    }

    /// How far around a candidate the window reaches (UTF-16 units, then to a space): a party
    /// word three words before, the longest alias with suffixes, an abbreviation in parentheses
    /// and a party word three words after.
    static let lookBehind = 48
    static let lookAhead = 128
    /// Round 61: how much further apart (UTF-8 bytes) two candidates may be and still share a window:
    /// a chain's link headed by «руководитель» runs up to fourteen words (ru-fh11, ru-fi1).
    static let headedLinkReach = 256
    /// Round 32: the nominative «глава», whose «-а» is no genitive.
    static let nominativeGlava: [UInt16] = Array("глава".utf16)

    /// What a span found in a window is: a mention, or one that the rest of the text decides
    /// (``resolve(_:)``), or an excluded use of an alias (Президент России), which ends what
    /// ``Alias/Context/afterMention`` aliases may refer back to.
    enum Status: Equatable, Sendable {
        case definite
        /// A ``Alias/Context/person`` surname without a cue nearby: a mention if an earlier mention
        /// of the subject contains this surname.
        case person(surname: [UInt16])
        case afterMention
        case blocked
        /// Ruled out by an exclusion of an alias that is not a common title («пресс-служба главы
        /// государства», «назначен премьер-министром»): consumed, but no bar to later titles.
        case consumed

        var ruledOut: Bool { self == .blocked || self == .consumed }
    }

    struct Span {
        var subject: Int
        var start: Int
        var end: Int
        var status: Status
        /// Index of its last token in the window, for joining the next name of the same reference.
        var lastToken: Int
        /// Ends in a name after «в лице»: a name joined by «и» or a comma is one more representative.
        var listsRepresentatives = false
    }

    /// Whether a folded word is some alias phrase's first word: `true` when an alias is that word
    /// alone, else the phrase nodes that need a next word (`Қазақстан` in `Қазақстан патриоттары
    /// партиясы`), empty when it starts none.
    func firstWord(_ folded: [UInt16], upper: Int, words found: inout [Int32]) -> (alone: Bool, pending: [Int32]) {
        found.removeAll(keepingCapacity: true)
        folded.withUnsafeBufferPointer { words(of: $0, leadingUpper: upper, into: &found) }
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
                   words found: inout [Int32], scratch: inout [UInt16]) throws(TextProcessingError) -> Bool {
        var more = false
        return try continues(pending, units: units, after: after, words: &found, scratch: &scratch, needsMore: &more)
    }

    /// ``continues(_:units:after:words:scratch:)``, telling in `needsMore` that `units` ended
    /// after a region's adjective it read past: the words after it decide.
    func continues(_ pending: [Int32], units: UnsafeBufferPointer<UInt16>, after: Int,
                   words found: inout [Int32], scratch: inout [UInt16], needsMore: inout Bool) throws(TextProcessingError) -> Bool {
        // The next word, across spaces, line breaks, quotes and dashes only.
        let kinds = Folding.table.kinds
        var i = after
        // Round 26: past a region's adjective, or two joined by «и» («глава Теректинского района»,
        // «главы Шетского и Актогайского районов»), as ``longestMatch`` reads them.
        var skipped = 0
        while true {
            while i < units.count {
                let k = kinds[Int(units[i])]
                if k.contains(.letter) { break }
                guard k.contains(.space) || k.contains(.lineBreak) || k.contains(.openingQuote) || k.contains(.closingQuote)
                        || k.contains(.hyphen) || k.contains(.ignorable) else { return false }
                i += 1
            }
            let start = i
            // Apostrophes too: letters of the 2017 Kazakh Latin alphabet (sai'lay').
            while i < units.count, Folding.isWordUnit(units[i]) || kinds[Int(units[i])].contains(.apostrophe) { i += 1 }
            guard i > start else {
                needsMore = skipped > 0 && i == units.count
                return false
            }
            scratch.removeAll(keepingCapacity: true)
            try Folding.appendFolded(UnsafeBufferPointer(rebasing: units[start..<i]), to: &scratch)
            found.removeAll(keepingCapacity: true)
            let upper = leadingUpper(units, start, i)
            scratch.withUnsafeBufferPointer { words(of: $0, leadingUpper: upper, into: &found) }
            if pending.contains(where: { node in found.contains { phraseChild(node, $0) != nil } }) { return true }
            let adjective = upper > 0 && scratch.withUnsafeBufferPointer { $0.hasSuffix(in: MentionGrammar.placeAdjectiveEndings, longerThan: 5) }
            let and = skipped == 1 && scratch.withUnsafeBufferPointer { $0.isOne(of: MentionGrammar.andWords) }
            // Round 28: the first part of a hyphenated adjective («Северо-Казахстанской»).
            let part = upper > 0 && i < units.count && kinds[Int(units[i])].contains(.hyphen)
            guard skipped < 3, adjective || and || part else { return false }
            skipped += 1
        }
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

    /// Tokenizes one window (``WordBreaks``, or ICU's word break iterator for text those rules
    /// leave to it) and matches phrases starting at the candidates.
    func match(window: UnsafeBufferPointer<UInt16>, offset: Int, all: UnsafeBufferPointer<UInt16>,
               breaker: inout WordBreaker, candidates: ArraySlice<Int>,
               into result: inout [Span]) throws(TextProcessingError) {
        let (starts, ends, words, marks, stops) = try breaker.words(window)
        guard words > 0 else { return }
        // The token list and the word cache are the breaker's (one per thread), reused from window
        // to window: they are handed back when the window is done.
        var tokens = breaker.tokens
        breaker.tokens = []
        var wordCache = breaker.wordCache
        breaker.wordCache = WordCache()
        defer {
            breaker.tokens = tokens
            breaker.wordCache = wordCache
        }
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(words)
        var previousEnd = offset
        for t in 0..<words {
            let wordStart = offset + Int(starts[t]), wordEnd = offset + Int(ends[t])
            if !stops {
                tokens.append(token(all, start: wordStart, end: wordEnd, previousEnd: previousEnd))
                previousEnd = wordEnd
                continue
            }
            // ICU keeps a full stop between letters inside the word (Н.Назарбаев, А.И.Мырзахметов):
            // initials and surname are words of their own here.
            var s = wordStart
            while s < wordEnd {
                var e = s
                while e < wordEnd, all[e] != 0x2E { e += 1 }
                if e > s {
                    tokens.append(token(all, start: s, end: e, previousEnd: previousEnd))
                    previousEnd = e
                }
                s = e + 1
            }
        }
        let count = tokens.count
        let folded = breaker.folds
        try folded.reset(all: all, tokens: tokens, marks: marks)
        wordCache.reset(tokens: count)
        var next = candidates.startIndex
        var t = 0
        var consumedUntil = 0
        let windowFirst = result.count
        while t < count, next < candidates.endIndex {
            let s = tokens[t].start
            while next < candidates.endIndex, candidates[next] < s { next += 1 }
            guard next < candidates.endIndex else { break }
            if candidates[next] != s || s < consumedUntil { t += 1; continue }
            if let found = longestMatch(at: t, tokens: tokens, folded: folded, all: all, cache: &wordCache) {
                var span = Span(subject: found.subject, start: tokens[t].start, end: found.end, status: found.status,
                                lastToken: found.nextToken - 1)
                // «главой правительства будет назначен», «кандидат в президенты»: no mention, and
                // no bar to later titles.
                if !span.status.ruledOut, predicateOrVacancy(first: t, last: found.nextToken - 1, tokens: tokens, folded: folded, all: all) {
                    span.status = .consumed
                }
                // A capitalised common word right after a name starts the next reference: «Премьер-министр
                // Олжас Бектенов ⟨Үкімет⟩ отырысында» (a title comes before the name it joins).
                // An abbreviation joins only as a gloss in brackets: «партия Казахстана (ОСДП)» (round 16).
                if !span.status.ruledOut, let i = result.lastIndex(where: { !$0.status.ruledOut }), i >= windowFirst,
                   result[i].subject == span.subject, result[i].end <= span.start,
                   !found.abbreviation || gloss(from: result[i].lastToken, to: t, end: found.end, tokens: tokens, folded: folded, all: all)
                    || officerApposition(from: result[i].lastToken, to: t, titleLast: found.nextToken - 1, tokens: tokens, folded: folded, all: all)
                    || officerBeforeBody(from: result[i].lastToken, to: t, titleLast: found.nextToken - 1, tokens: tokens, folded: folded, all: all),
                   // … but not a quoted one after a gloss in brackets (round 26: «Демократической
                   // партии Казахстана (ДПК) "Ак жол"», the bracket's abbreviation an alias too).
                   // Round 28: not two epithets of one person («Елбасы, Ұлт көшбасшысы …»).
                   !(found.commonWord && result[i].lastToken + 1 == t
                     && !(tokens[t].quoteBefore && result[i].end < all.count && all[result[i].end - 1] == 0x29)
                     && !(epithetEnds(result[i].lastToken, folded: folded) && epithetOpens(t, tokens: tokens, folded: folded)
                          && Self.oneComma(tokens[result[i].lastToken].end..<tokens[t].start, all: all))),
                   !bodyThenHolder(from: result[i].lastToken, to: t, tokens: tokens, folded: folded),
                   !dativeOfficerBetween(from: result[i].lastToken, to: t, last: found.nextToken - 1, tokens: tokens, folded: folded) {
                    let previous = result[i]
                    let represents = representation(after: previous, first: t, tokens: tokens, folded: folded, all: all)
                    if !twoFullNames(previous, first: t, last: found.nextToken - 1, tokens: tokens, folded: folded, all: all),
                       represents
                        || oneReference(from: previous.lastToken, to: t, tokens: tokens, folded: folded, all: all, cache: &wordCache)
                        || apposition(from: previous.lastToken, to: t, end: found.end, titleLast: found.nextToken - 1,
                                      tokens: tokens, folded: folded, all: all)
                        || gloss(from: previous.lastToken, to: t, end: found.end, tokens: tokens, folded: folded, all: all)
                        || officerApposition(from: previous.lastToken, to: t, titleLast: found.nextToken - 1,
                                             tokens: tokens, folded: folded, all: all)
                        || signatureBlock(from: previous.lastToken, to: t, tokens: tokens, folded: folded, all: all) {
                        // «Адилет» Максут Нарикбаев: the party and its leader are one reference.
                        span.start = previous.start
                        if previous.status == .definite { span.status = .definite }
                        span.listsRepresentatives = represents
                        result.removeSubrange(i...)
                    }
                }
                result.append(span)
                consumedUntil = found.end
                t = found.nextToken
            } else {
                t += 1
            }
        }
    }

    /// Round 26: whether a person is named before token `first` in its clause — a capitalised word
    /// with a personal name's ending («Сапарбаев», «Сапарбаевты», «Серікұлы») or a personal
    /// pronoun — within what every window holds before a candidate (``lookBehind``).
    func personBefore(_ first: Int, tokens: [Token], folded: TokenFolds, all: UnsafeBufferPointer<UInt16>) -> Bool {
        var t = first - 1
        var bytes = 0
        while t >= 0, !tokens[t + 1].hardGap {
            bytes += UTF16Units.utf8Count(all, tokens[t].start..<tokens[t + 1].start)
            guard bytes < 2 * Self.lookBehind else { return false }
            let w = folded[t]
            if w.isOne(of: grammar.kazakhPronouns) || w.isOne(of: grammar.kazakhObjectPronouns) { return true }
            if personName(t, tokens: tokens, folded: folded) { return true }
            t -= 1
        }
        return false
    }

    /// Whether only titles, party words, the country, initials and parenthesized words stand
    /// between token `last` and token `first` (at most four words, no sentence punctuation, no
    /// line break: a headline and the line under it are two references).
    static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }

    func oneReference(from last: Int, to first: Int, tokens: [Token], folded: TokenFolds, all: UnsafeBufferPointer<UInt16>,
                      cache: inout WordCache) -> Bool {
        // «Жағанова «Руханият» партиясынан шығарылды»: a name (not an abbreviation or a party word)
        // right before a quoted party name is the person and the party, two references; the
        // apposition puts the party first («Адилет» Максут Нарикбаев).
        if first == last + 1, tokens[first].quoteBefore, !tokens[last].quoteAfter,
           tokens[last].leadingUpper > 0, tokens[last].leadingUpper < tokens[last].end - tokens[last].start,
           !hasPartyWord(last, tokens: tokens, folded: folded, cache: &cache) {
            return false
        }
        // Round 49: two surnames side by side are two people, «Назарбаевтың Тоқаевты ұдайы
        // қолдауы» (ru-ee20 of the sixty-fourth set): Nazarbayev's support for Tokayev.
        // Surnames only, not a patronymic before the surname: «Нұрсұлтан Әбішұлы Назарбаевтың» is one.
        if first == last + 1, !tokens[first].hardGap, surname(last, tokens: tokens, folded: folded),
           surname(first, tokens: tokens, folded: folded) {
            return false
        }
        // Round 50: nor a surname and a lower-case title right after it with no comma, «передачи
        // председательства от Нурсултана Назарбаева президенту Касым-Жомарту Токаеву» (ru-ei13 of the
        // sixty-fifth set): an apposition after a name takes a comma.
        // The surname in the genitive, the title in the dative (from one to the other); «Мәсімов
        // үкіметі» and «назначить Серика Ахметова премьер-министром» stay one.
        if first == last + 1, !tokens[first].hardGap, tokens[first].leadingUpper == 0, surname(last, tokens: tokens, folded: folded),
           folded[last].last == 0x0430 || folded[last].last == 0x044F,
           folded[first].hasSuffix(in: grammar.russianDativeEndings, longerThan: 3) {
            return false
        }
        // «Үкіметінің мүшелері Үкіметтің жаңа құрамы …»: a body named again after its own title
        // word («мүшелері», «члены») opens the next phrase, two references; the words between join
        // a body only to a person's name (round 24).
        if first > last + 1, folded[last].hasPrefix(in: grammar.bodyTitles), folded[first].hasPrefix(in: grammar.bodyTitles) {
            return false
        }
        // Round 33: a person's title, a conjunction and a body's members are two references
        // («с участием Премьер-министра и членов Правительства»), as the body and its members are.
        if first == last + 3, !folded[last].hasPrefix(in: grammar.bodyTitles), folded[first].hasPrefix(in: grammar.bodyTitles),
           !tokens[last + 1].hardGap, !tokens[last + 2].hardGap, !tokens[first].hardGap,
           folded[last + 1].isOne(of: grammar.conjunctions), folded[last + 2].hasPrefix(in: grammar.memberWords) {
            return false
        }
        // «правительство во главе с Каримом Масимовым»: the body and its head named after «во
        // главе с» are one reference (fifteenth set; round 21). Only for one subject: «"Нур Отан" во
        // главе с первым президентом» is the party and the President.
        // Round 28: the country may stand between («правительство страны во главе с Алиханом
        // Смаиловым»), up to two of the words that join a reference.
        var led = last
        while led + 1 < first - 3, led < last + 2, !tokens[led + 1].hardGap, folded[led + 1].hasPrefix(inWords: gapWords) { led += 1 }
        if first == led + 4, !tokens[led + 1].hardGap, !tokens[led + 2].hardGap, !tokens[led + 3].hardGap,
           !tokens[first].hardGap, folded[led + 1].elementsEqual(MentionGrammar.ledBy[0]),
           folded[led + 2].elementsEqual(MentionGrammar.ledBy[1]), folded[led + 3].isOne(of: MentionGrammar.ledByWith) {
            return true
        }
        let kinds = Folding.table.kinds
        // Round 31: «под руководством» as «во главе с», a comma before it or not: «правительство
        // под руководством премьер-министра Аскара Мамина», «кабинета министров, под руководством
        // Алихана Смаилова».
        if first == led + 3, !tokens[led + 2].hardGap, !tokens[first].hardGap,
           folded[led + 1].elementsEqual(MentionGrammar.underLeadership[0]),
           folded[led + 2].elementsEqual(MentionGrammar.underLeadership[1]),
           !tokens[led + 1].hardGap || (tokens[led].end..<tokens[led + 1].start).allSatisfy({ i in
               all[i] == 0x2C || kinds[Int(all[i])].contains(.space)
           }) {
            return true
        }
        // Round 28 (the lead's ruling on apposition chains): titles of one holder chained by a comma
        // or «и / және» before that holder's name are one reference, each link of the chain up to
        // four words: «президент Казахстана и глава партии Нурсултан Назарбаев», «председатель
        // партии ОСДП, руководитель партийной фракции, депутат Мажилиса Асхат Рахимжанов». Only a
        // title before (not a person's name: «Токаев и лидер партии Нурсултан Назарбаев» are two)
        // leading into a name (not a title: «Первый Президент, глава государства Касым-Жомарт
        // Токаев» are two holders).
        let chain = !personName(last, tokens: tokens, folded: folded) && nameOpens(first, tokens: tokens, folded: folded)
        // Two epithets of one person with only a comma or a conjunction between: «Елбасы, Ұлт
        // көшбасшысы Нұрсұлтан Назарбаев», «Тұңғыш Президенті, Елбасы Н.Назарбаевтың».
        if epithetEnds(last, folded: folded), epithetOpens(first, tokens: tokens, folded: folded),
           (last + 1..<first).allSatisfy({ folded[$0].isOne(of: grammar.conjunctions) }),
           (tokens[last].end..<tokens[first].start).allSatisfy({ i in
               let u = all[i]
               return u == 0x2C || kinds[Int(u)].contains(.space) || kinds[Int(u)].contains(.letter)
           }) {
            return true
        }
        var depth = 0, words = 0, comma = false, present = 0
        // Round 60: a link after a comma headed by a head's noun may name its body at length:
        // «Премьер-министр, руководитель Республиканского штаба по координации противопаводковых
        // мероприятий и ликвидации последствий паводкового периода Олжас Бектенов» (ru-fh11).
        var headedLink = false
        // Only before a person's name (not «Руководитель Администрации Президента, члены Правительства»);
        // read once, when such a link opens.
        var personAfter: Bool?
        // An age word right after its number and a hyphen or space: «65-летний», «65 жастағы».
        func age(_ t: Int) -> Bool {
            let s = tokens[t].start
            guard s >= 2, folded[t].hasPrefix(in: MentionGrammar.ageWords) else { return false }
            return Self.isDigit(all[s - 2]) && (all[s - 1] == 0x20 || kinds[Int(all[s - 1])].contains(.hyphen))
        }
        var i = tokens[last].end
        var k = last + 1
        while i < tokens[first].start {
            if k < first, i == tokens[k].start {
                let token = tokens[k]
                if depth == 0 {
                    if token.end - token.start == 1, token.end < all.count, all[token.end] == 0x2E {
                        i = token.end + 1  // an initial and its full stop
                        k += 1
                        continue
                    }
                    // An initial without its full stop, right before a name that is not in capitals:
                    // «Премьер-Министрі К Мәсімов» (round 18).
                    if k == first - 1, token.end - token.start == 1, token.leadingUpper == 1,
                       tokens[first].leadingUpper == 1, tokens[first].end - tokens[first].start > 2 {
                        i = token.end
                        k += 1
                        continue
                    }
                    // Round 25: a person's age between the title and the name, the number and
                    // «-летний / жастағы» («президент Казахстана 65-летний Касым-Жомарт Токаев»).
                    if age(k) || (Self.isDigit(all[token.start]) && k + 1 < first && age(k + 1)) {
                        i = token.end
                        k += 1
                        continue
                    }
                    let f = folded[k]
                    // «негізін қалаушы және бұрынғы басшысы»: a conjunction between two titles
                    // joins them and is not counted.
                    if k > last + 1 || chain, k + 1 < first, f.isOne(of: grammar.conjunctions),
                       folded[k + 1].hasPrefix(inWords: gapWords) {
                        i = token.end
                        k += 1
                        continue
                    }
                    // Round 39: «төрағалығымен» (under the chairmanship of) after a holder's name
                    // opens the next phrase: «Премьер-Министр Олжас Бектеновтің төрағалығымен
                    // Қазақстан Үкіметінің отырысы» is the Prime Minister and the Government.
                    if f.hasPrefix(in: grammar.chairmanshipWords) { return false }
                    words += 1
                    if f.hasPrefix(in: MentionGrammar.presentWords) { present += 1 }
                    guard words <= 4 || headedLink && words <= MentionGrammar.headedLinkWords, f.hasPrefix(inWords: gapWords)
                            || headedLink && !personName(k, tokens: tokens, folded: folded)
                                && !f.hasSuffix(in: grammar.russianVerbEndings, longerThan: 5)
                            || hasPartyWord(k, tokens: tokens, folded: folded, cache: &cache)
                    else { return false }
                }
                i = token.end
                k += 1
                continue
            }
            let u = all[i]
            let kind = kinds[Int(u)]
            if u == 0x28 {
                depth += 1
            } else if u == 0x29 {
                depth = max(0, depth - 1)
            } else if depth == 0, !(kind.contains(.space) || kind.contains(.openingQuote)
                                    || kind.contains(.closingQuote) || kind.contains(.hyphen) || kind.contains(.ignorable) || u == 0x2C),
                      !(Self.isDigit(u) && k < first && age(k)) {
                return false
            }
            if u == 0x2C, depth == 0 {
                comma = true
                // The next link of a chain of titles.
                if chain, k < first, folded[k].hasPrefix(inWords: gapWords) {
                    words = 0; present = 0
                    headedLink = false
                    if folded[k].hasPrefix(in: MentionGrammar.linkHeads) {
                        if personAfter == nil {
                            personAfter = personName(first, tokens: tokens, folded: folded)
                                || first + 1 < tokens.count && !tokens[first + 1].hardGap && personName(first + 1, tokens: tokens, folded: folded)
                        }
                        headedLink = personAfter!
                    }
                }
            }
            i += 1
        }
        // «Нур Отан», «Нур Отан»: a list repeats a name; a comma joins only a title (…, г-н Касымов).
        // Not a Russian title in the instrumental and a name in another case: «внесенную
        // Президентом страны, Нурсултан Назарбаев подписал» ends one clause and opens the next (round 10).
        if comma, folded[last].hasSuffix(in: grammar.instrumentalEndings, longerThan: 3),
           !folded[first].hasSuffix(in: grammar.instrumentalEndings, longerThan: 3),
           !folded[first].hasSuffix(in: grammar.instrumentalAdjectiveEndings, longerThan: 3) {
            return false
        }
        // «Премьер-Министр Әлихан Смайылов қазіргі Үкімет құрамының …»: «қазіргі» alone joins
        // nothing; it joins a title after it («партиясының қазіргі төрағасы»: round 16).
        if words > 0, present == words { return false }
        return depth == 0 && (!comma || words > 0)
    }

    /// Whether a folded word is all digits (a count: «239»).
    static func isNumber<W: Collection>(_ word: W) -> Bool where W.Element == UInt16 {
        !word.isEmpty && word.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Round 47: a count in digits or Russian words, «52», «пяти», «одному».
    func isCount(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        Self.isNumber(word) || word.isOne(of: grammar.russianNumerals)
    }

    /// Round 28: whether token `t` is a capitalised word with a personal name's ending, up to four
    /// letters of case ending after it («Токаев», «Назарбаевтың», «Серікұлы»).
    func personName(_ t: Int, tokens: [Token], folded: TokenFolds) -> Bool {
        // The closure holds the list alone: capturing the matcher would copy it.
        let stems = grammar.personalNameStems
        return Self.capitalised(t, tokens: tokens, folded: folded) { $0.hasSuffix(in: stems, longerThan: 3) }
    }

    /// Round 49: a surname only (-ов, -ев, -ин), not a patronymic («Абишевича», «Әбішұлы»), with up
    /// to four letters of case ending after it.
    func surname(_ t: Int, tokens: [Token], folded: TokenFolds) -> Bool {
        !folded[t].contains(in: grammar.patronymicParts)
            && Self.capitalised(t, tokens: tokens, folded: folded) { $0.hasSuffix(in: MentionGrammar.surnameEndings, longerThan: 3) }
    }

    /// Whether token `t` is capitalised and, with up to four letters cut off its end, `stem` holds.
    static func capitalised(_ t: Int, tokens: [Token], folded: TokenFolds, stem: (UnsafeBufferPointer<UInt16>) -> Bool) -> Bool {
        guard tokens[t].leadingUpper > 0 else { return false }
        let w = folded[t]
        return (0...min(4, max(0, w.count - 4))).contains { cut in stem(UnsafeBufferPointer(rebasing: w[0..<(w.count - cut)])) }
    }

    /// Round 28: whether a reference starting at token `t` opens with a name: a capitalised word
    /// that is no title, party or joining word, or an initial.
    func nameOpens(_ t: Int, tokens: [Token], folded: TokenFolds) -> Bool {
        tokens[t].leadingUpper > 0 && !folded[t].hasPrefix(inWords: gapWords) && !folded[t].hasPrefix(in: grammar.oneHolderTitles)
            && !folded[t].hasPrefix(in: grammar.epithetFirstWordList)
    }

    /// Round 28: the first President's epithets, which name one person: «Елбасы», «Тұңғыш
    /// Президент», «Первый Президент», «Ұлт көшбасшысы», «Лидер нации», «национальный лидер».
    func epithetEnds(_ t: Int, folded: TokenFolds) -> Bool {
        let w = folded[t]
        if w.hasPrefix(in: grammar.epithetWordList) { return true }
        guard t > 0 else { return false }
        return grammar.epithetPairLists.contains { pair in
            folded[t - 1].hasPrefix(in: pair.0) && w.hasPrefix(in: pair.1)
        }
    }
    func epithetOpens(_ t: Int, tokens: [Token], folded: TokenFolds) -> Bool {
        let w = folded[t]
        if w.hasPrefix(in: grammar.epithetWordList) { return true }
        guard t + 1 < tokens.count, !tokens[t + 1].hardGap else { return false }
        return grammar.epithetPairLists.contains { pair in
            w.hasPrefix(in: pair.0) && folded[t + 1].hasPrefix(in: pair.1)
        }
    }

    /// «Нурсултан Назарбаев, президент Казахстана»: a lower-case title of the same subject set off
    /// by one comma or dash right after its name or title, closing the clause. A title followed by
    /// a name introduces that person instead: «Первый Президент, глава государства Касым-Жомарт
    /// Токаев» are two people. A capitalised title of two words or more whose last word is a title
    /// joins a name the same way: «Нұрсұлтан Назарбаев, Қазақстан Республикасының Президенті:»
    /// (round 15); two names or two titles with a comma between may be a list.
    func apposition(from last: Int, to first: Int, end: Int, titleLast: Int, tokens: [Token], folded: TokenFolds,
                    all: UnsafeBufferPointer<UInt16>) -> Bool {
        guard first == last + 1 else { return false }
        if tokens[first].leadingUpper > 0 {
            func title(_ t: Int) -> Bool {
                folded[t].hasPrefix(inWords: gapWords) || folded[t].hasPrefix(in: grammar.oneHolderTitles)
            }
            guard titleLast > first, title(titleLast), !title(last), tokens[last].leadingUpper > 0 else { return false }
        }
        let kinds = Folding.table.kinds
        var marks = 0
        for i in tokens[last].end..<tokens[first].start {
            let u = all[i], k = kinds[Int(u)]
            if k.contains(.space) { continue }
            guard u == 0x2C || k.contains(.hyphen) else { return false }
            marks += 1
        }
        return marks == 1 && closesClause(at: end, all: all)
    }

    /// «Бақыт Мелдешов, ҚР Орталық Сайлау Комиссиясының мүшесі:», «Нұрлан Әбдіров, ҚР ОСК
    /// төрағасы»: a person's name, one comma, the country at most (two capitalised words that join
    /// a reference), the body's name and one officer's or member's word closing the clause are one
    /// reference (round 17; round 15 did the one-person titles).
    func officerApposition(from last: Int, to first: Int, titleLast: Int, tokens: [Token], folded: TokenFolds,
                           all: UnsafeBufferPointer<UInt16>) -> Bool {
        guard first > last, first <= last + 3, tokens[last].leadingUpper > 0, tokens[first].leadingUpper > 0,
              !folded[last].hasPrefix(inWords: gapWords), !folded[last].hasPrefix(in: grammar.oneHolderTitles) else { return false }
        let officer = titleLast + 1
        guard officer < tokens.count, !tokens[officer].hardGap, tokens[officer].leadingUpper == 0,
              folded[officer].hasPrefix(in: grammar.officerWords) || folded[officer].hasPrefix(in: grammar.memberWords),
              closesClause(at: tokens[officer].end, all: all) else { return false }
        // The country between: «ҚР», «Қазақстан Республикасының».
        for k in (last + 1)..<first {
            guard tokens[k].leadingUpper > 0, folded[k].hasPrefix(inWords: gapWords) else { return false }
        }
        guard Self.oneComma(tokens[last].end..<tokens[last + 1].start, all: all) else { return false }
        return ((last + 2)..<(first + 1)).allSatisfy { k in Self.onlySpaces(tokens[k - 1].end..<tokens[k].start, all: all) }
    }

    /// «Берик Имашев, председатель ЦИК РК:»: a person's name, one comma, one lower-case officer's or
    /// member's word, the body's abbreviation and the country at most, closing the clause, are one
    /// reference (round 18; the Russian order of ``officerApposition``).
    func officerBeforeBody(from last: Int, to first: Int, titleLast: Int, tokens: [Token], folded: TokenFolds,
                           all: UnsafeBufferPointer<UInt16>) -> Bool {
        guard first == last + 2, tokens[last].leadingUpper > 0, !folded[last].hasPrefix(inWords: gapWords),
              !folded[last].hasPrefix(in: grammar.oneHolderTitles) else { return false }
        let officer = last + 1
        // A line in capitals writes the officer's word so too (round 19: «ВЛАДИСЛАВ КОСАРЕВ,
        // ПРЕДСЕДАТЕЛЬ КНПК:»).
        func capitals(_ t: Int) -> Bool { tokens[t].leadingUpper == tokens[t].end - tokens[t].start }
        guard tokens[officer].leadingUpper == 0 || capitals(officer) && capitals(last),
              folded[officer].hasPrefix(in: grammar.officerWords) || folded[officer].hasPrefix(in: grammar.memberWords) else { return false }
        guard Self.oneComma(tokens[last].end..<tokens[officer].start, all: all),
              Self.onlySpaces(tokens[officer].end..<tokens[first].start, all: all) else { return false }
        // The country after the body: «ЦИК РК», «ЦИК Республики Казахстан».
        var end = tokens[titleLast].end
        var k = titleLast + 1
        while k < tokens.count, k <= titleLast + 2, tokens[k].leadingUpper > 0, !tokens[k].hardGap,
              Self.onlySpaces(end..<tokens[k].start, all: all), folded[k].hasPrefix(inWords: gapWords) {
            end = tokens[k].end
            k += 1
        }
        return closesClause(at: end, all: all)
    }

    /// «заседания правительства премьер-министр Серик Ахметов»: a body in the Russian genitive
    /// closing one phrase and a one-person title opening the next are two references (round 18).
    func bodyThenHolder(from last: Int, to first: Int, tokens: [Token], folded: TokenFolds) -> Bool {
        first == last + 1 && folded[last].hasPrefix(in: grammar.bodyTitles)
            && folded[last].hasSuffix(in: grammar.russianGenitiveEndings, longerThan: 3)
            && folded[first].hasPrefix(in: grammar.oneHolderTitles) && !folded[first].hasPrefix(in: grammar.notOneHolderTitles)
    }

    /// «Назарбаев партия басшылығына Тоқаевтың кандидатурасын ұсынды»: an officer's word in the
    /// Kazakh dative between two names of one subject is the post one offers the other, two
    /// references (round 18); a name in the dative after it agrees with it, an apposition
    /// («төрағасына Бәйбекке»).
    func dativeOfficerBetween(from previousLast: Int, to first: Int, last: Int, tokens: [Token], folded: TokenFolds) -> Bool {
        guard first > previousLast + 1, !folded[last].hasSuffix(in: grammar.kazakhDatives, longerThan: 3) else { return false }
        // An ending after the officer's word: «төраға» itself ends as a dative does.
        return ((previousLast + 1)..<first).contains { k in
            let word = folded[k]
            return grammar.officerWords.words.contains { officer in
                word.count > officer.count + 1 && word.starts(with: officer)
                    && UnsafeBufferPointer(rebasing: word[officer.count...]).hasSuffix(in: grammar.kazakhDatives, longerThan: 1)
            }
        }
    }

    /// «ОСДП [Общенациональная социал-демократическая партия]»: a name in brackets right after
    /// another of the same subject glosses it, one reference (round 15); the country may close
    /// the full name before the bracket: «социал-демократическая партия Казахстана (ОСДП)» (round
    /// 16), at most two of the words that join a reference.
    func gloss(from last: Int, to first: Int, end: Int, tokens: [Token], folded: TokenFolds,
               all: UnsafeBufferPointer<UInt16>) -> Bool {
        let kinds = Folding.table.kinds
        var opening: UInt16 = 0
        // Round 44: the bracket may name the abbreviation as the text's short form, «Центральной
        // избирательной комиссии (далее – ЦИК)», «аудан әкімдігі (бұдан әрі – әкімдік)».
        var lead = first
        if first - 1 > last, folded[first - 1].isOne(of: grammar.henceforthWords) {
            lead = first - 1
        } else if first - 2 > last, folded[first - 1].isOne(of: grammar.henceforthSecondWords),
                  folded[first - 2].isOne(of: grammar.henceforthWords) {
            lead = first - 2
        }
        if lead != first {
            for i in tokens[first - 1].end..<tokens[first].start {
                let u = all[i]
                guard kinds[Int(u)].contains(.space) || u == 0x2D || u == 0x2013 || u == 0x2014 else { return false }
            }
        }
        var k = last + 1, start = tokens[last].end
        while k < lead, k <= last + 2, !tokens[k].hardGap, !tokens[k].parenBefore, folded[k].hasPrefix(inWords: gapWords) {
            start = tokens[k].end
            k += 1
        }
        guard k == lead else { return false }
        for i in start..<tokens[lead].start {
            let u = all[i]
            if kinds[Int(u)].contains(.space) { continue }
            guard opening == 0, u == 0x28 || u == 0x5B else { return false }
            opening = u
        }
        guard opening != 0 else { return false }
        var i = end
        while i < all.count, kinds[Int(all[i])].contains(.space) { i += 1 }
        return i < all.count && all[i] == (opening == 0x28 ? 0x29 : 0x5D)
    }

    /// «Қасым-Жомарт Тоқаев Нұрсұлтан Назарбаевқа»: two full names side by side, each of two
    /// capitalised words that are no titles, are two people (round 15); «Назарбаев Нұрсұлтан
    /// Әбішұлы», a surname before the given name and patronymic, stays one.
    func twoFullNames(_ previous: Span, first: Int, last: Int, tokens: [Token], folded: TokenFolds,
                      all: UnsafeBufferPointer<UInt16>) -> Bool {
        let end = previous.lastToken
        guard first == end + 1, last >= first + 1, end >= 1, tokens[end - 1].start >= previous.start,
              !tokens[first].hardGap, !tokens[first].joined, !tokens[first].parenBefore else { return false }
        for i in tokens[end].end..<tokens[first].start where !Folding.table.kinds[Int(all[i])].contains(.space) { return false }
        func name(_ t: Int) -> Bool {
            tokens[t].leadingUpper > 0 && tokens[t].leadingUpper < tokens[t].end - tokens[t].start
                && !folded[t].hasPrefix(inWords: gapWords) && !folded[t].hasPrefix(in: grammar.oneHolderTitles)
        }
        // A person's name is two words (the first may be hyphenated) after no third capitalised
        // word of the span but a title: «Центральной Избирательной Комиссии Куандык Турганкулов»
        // is a body's name and its chairman, one reference (round 16).
        var given = end - 1
        while given > 0, tokens[given].joined { given -= 1 }
        if given > 0, tokens[given - 1].start >= previous.start, name(given - 1) { return false }
        return name(end - 1) && name(end) && name(first) && name(first + 1)
    }

    /// Whether the characters in `range` are all spaces (none at all counts).
    static func onlySpaces(_ range: Range<Int>, all: UnsafeBufferPointer<UInt16>) -> Bool {
        let kinds = Folding.table.kinds
        return range.allSatisfy { kinds[Int(all[$0])].contains(.space) }
    }

    /// Whether the characters in `range` are one comma among spaces: «Имашев, председатель».
    static func oneComma(_ range: Range<Int>, all: UnsafeBufferPointer<UInt16>) -> Bool {
        let kinds = Folding.table.kinds
        var commas = 0
        for i in range where !kinds[Int(all[i])].contains(.space) {
            guard all[i] == 0x2C else { return false }
            commas += 1
        }
        return commas == 1
    }

    /// Whether only spaces and closing quotes stand between `end` and a clause's end (a comma,
    /// full stop, semicolon, colon, question or exclamation mark, closing parenthesis, line
    /// break or the text's end).
    func closesClause(at end: Int, all: UnsafeBufferPointer<UInt16>) -> Bool {
        let kinds = Folding.table.kinds
        var i = end
        while i < all.count {
            let u = all[i], k = kinds[Int(u)]
            if k.contains(.lineBreak) { return true }
            if k.contains(.space) || k.contains(.closingQuote) || k.contains(.ignorable) { i += 1; continue }
            return u == 0x2C || u == 0x2E || u == 0x3B || u == 0x3A || u == 0x3F || u == 0x21 || u == 0x29 || u == 0x2026
        }
        return true
    }

    /// «ОСДП «Азат» в лице Болата Абилова и Амиржана Косанова»: the people named after «в лице»
    /// represent the party before it, one reference with it, and so does each name joined to them
    /// by a comma or a conjunction.
    func representation(after previous: Span, first: Int, tokens: [Token], folded: TokenFolds,
                        all: UnsafeBufferPointer<UInt16>) -> Bool {
        let gap = (previous.lastToken + 1)..<first
        let kinds = Folding.table.kinds
        var commas = 0
        // The characters between the two spans outside the gap's words, walking both in order.
        var i = tokens[previous.lastToken].end
        var k = gap.lowerBound
        while i < tokens[first].start {
            while k < gap.upperBound, tokens[k].end <= i { k += 1 }
            if k < gap.upperBound, tokens[k].start <= i { i = tokens[k].end; continue }
            let u = all[i], kind = kinds[Int(u)]
            i += 1
            if kind.contains(.space) || kind.contains(.openingQuote) || kind.contains(.closingQuote) { continue }
            guard u == 0x2C else { return false }
            commas += 1
        }
        if commas == 0, gap.count == grammar.representedBy.count,
           zip(gap, grammar.representedBy).allSatisfy({ folded[$0].elementsEqual($1) }) {
            return true
        }
        guard previous.listsRepresentatives else { return false }
        return (gap.isEmpty && commas == 1) || (gap.count == 1 && commas == 0 && folded[gap.lowerBound].isOne(of: grammar.conjunctions))
    }

    /// A signed document's block: the body, an officer's title on a line of its own and the
    /// officer's name under it («Орталық сайлау комиссиясының / Төрағасы / Қ. Тұрғанқұлов»). Only
    /// titles, the country and initials stand between, over at least two line breaks.
    func signatureBlock(from last: Int, to first: Int, tokens: [Token], folded: TokenFolds, all: UnsafeBufferPointer<UInt16>) -> Bool {
        guard first > last + 1, first - last <= 6 else { return false }
        let kinds = Folding.table.kinds
        var officer = false
        for k in (last + 1)..<first {
            let token = tokens[k]
            if token.end - token.start == 1, token.end < all.count, all[token.end] == 0x2E { continue }
            let f = folded[k]
            guard f.hasPrefix(inWords: gapWords) else { return false }
            if f.hasPrefix(in: grammar.officerWords) { officer = true }
        }
        guard officer else { return false }
        // Round 35: a full stop right after the title's last word ends a sentence («…, — деді Үкімет
        // басшысы.»); a signature's title has none (an initial's stop is its own).
        let closing = tokens[first - 1]
        if closing.end - closing.start > 1, closing.end < all.count, all[closing.end] == 0x2E { return false }
        // The name under the title is a person's: a body there opens the text after a headline
        // («… – Үкімет басшысы / ҚР Үкіметінде … отырысы өтті»: round 25).
        if (first..<min(first + 3, tokens.count)).contains(where: { folded[$0].hasPrefix(in: grammar.bodyTitles) }) { return false }
        var lineBreaks = 0
        for i in tokens[last].end..<tokens[first].start {
            let u = all[i], k = kinds[Int(u)]
            if k.contains(.lineBreak) { lineBreaks += 1; continue }
            guard k.contains(.space) || k.contains(.letter) || k.contains(.apostrophe) || k.contains(.mark) || u == 0x2E else { return false }
        }
        return lineBreaks >= 2
    }

    /// Whether the span from token `first` to `last`, in lower case, is a title used as a predicate
    /// or naming a vacancy (docs/METHODOLOGY.md, "Mentions: what counts"): no mention.
    ///
    /// - Russian predicate: the title (or an officer's title before it: главой правительства) in
    ///   the instrumental, not after a preposition (с президентом), with a verb of being or
    ///   becoming within three words (назначен, стал, остается, является, избран).
    /// - Kazakh predicate: a copula after the title, or after an officer's title that follows it
    ///   (әкімі болып, әкімінің орынбасары болды); or the title closing a clause that opens with a
    ///   pronoun at most three words before it (ол ауданның қазіргі әкімі) or has a dash after its
    ///   first word (22 – … әкімдері,
    ///   Нурсултан Абишевич – елбасы).
    /// - Post: a lower-case title after «пост» or «должность» (покинул пост акима); a one-person
    ///   title, in either case, before the post taken up or left (басшысы қызметіне кірісті), or
    ///   before its duties performed by an acting holder (Премьер-министрдің міндеттерін атқару).
    /// - Vacancy: «в» before a plural title (кандидат в президенты); a Kazakh dative title with a
    ///   candidacy or election word within three words after it (аудан әкіміне кімдер сайлауға
    ///   түсті, әкімдікке 243 кандидат).
    func predicateOrVacancy(first: Int, last: Int, tokens: [Token], folded: TokenFolds, all: UnsafeBufferPointer<UInt16>) -> Bool {
        let g = grammar
        let after = last + 1
        func inClause(_ t: Int) -> Bool { t < tokens.count && !tokens[t].hardGap }
        func kazakhCopulaAfter(_ last: Int, capitalised: Bool = false) -> Bool {
            var c = last + 1
            var copulas = g.kazakhCopulas
            if inClause(c), folded[c].hasPrefix(in: g.officerWords) {
                c += 1
                copulas = g.kazakhCopulasAfterOfficer
            }
            if inClause(c), folded[c].isOne(of: g.kazakhPronouns) { c += 1 }
            if capitalised, inClause(c), folded[c].isOne(of: g.kazakhPastCopula) { return false }
            guard inClause(c), !folded[c - 1].hasSuffix(in: g.kazakhObliqueEndings, longerThan: 3) else { return false }
            // Round 30: a count before the title («ауылдық деңгейде 239 әкім болса»: there are 239
            // akims) makes «бол-» say how many holders there are, not what someone is.
            if c == last + 1, first > 0, !tokens[first].hardGap, Self.isNumber(folded[first - 1]) { return false }
            // Round 43: «болған» anywhere in the sentence after a lower-case title in the nominative
            // is a past post, as at the sentence's end (round 16): «бес облысында әкім болған
            // Бердібек», «Кентау қаласының әкімі болған Дәурен», «ауыл әкімі болған жылдары».
            if !capitalised, folded[c].hasPrefix(in: g.kazakhCareerCopulas) { return true }
            // Round 56: «емес» closing the sentence (kk-ew10); before a comma it sets the title
            // against another who acts («мұны әкім емес, халық шешеді»), the title a subject.
            if folded[c].isOne(of: g.kazakhNegativeCopulas), c + 1 >= tokens.count || tokens[c + 1].hardGap,
               tokens[c].end >= all.count || all[tokens[c].end] != 0x2C {  // ,
                return true
            }
            return folded[c].hasPrefix(in: copulas) || folded[c].isOne(of: g.kazakhImperativeCopulas)
        }
        // The post of a one-person title, in either case: «мемлекет басшысы қызметіне»,
        // «Премьер-министрдің міндеттерін».
        if inClause(after), !tokens[after].joined,
           folded[last].hasPrefix(in: g.oneHolderTitles), !folded[last].hasPrefix(in: g.notOneHolderTitles),
           !g.isPluralTitle(folded[last]) {
            if folded[after].hasPrefix(in: g.postAfterWords),
               !folded[after].hasPrefix(in: g.leftPostWords) || personBefore(first, tokens: tokens, folded: folded, all: all) {
                return true
            }
            if folded[after].hasPrefix(in: g.dutyWords) {
                var q = after + 1
                // Round 64: up to eight words, the deputy who carries the duties named between («Қала
                // әкімінің міндетін енді уақытша оның орынбасары Қайролла Галеев атқаратын болады», kk-fp7);
                // only words every window holds.
                while q <= after + 8, inClause(q), UTF16Units.utf8Count(all, tokens[first].start..<tokens[q].end) < 2 * Self.lookAhead {
                    if folded[q].hasPrefix(in: g.actingWords) {
                        // Round 28: «әкімінің міндетін атқарушы Н.Сапаров», the acting holder named
                        // after the agent noun, is that person in the office, no post.
                        let n = q + 1
                        let named = folded[q].hasPrefix(in: g.actingHolderWordList) && inClause(n) && tokens[n].leadingUpper > 0
                            && (nameOpens(n, tokens: tokens, folded: folded) || personName(n, tokens: tokens, folded: folded)
                                || (tokens[n].end - tokens[n].start == 1 && tokens[n].end < all.count && all[tokens[n].end] == 0x2E))
                        if !named { return true }
                        break
                    }
                    q += 1
                }
            }
            // Round 42: a deputy's post the title's genitive names, served («қызмет атқар-»): a
            // career, «облысы әкімінің орынбасары қызметін атқарып келген», «қаласы әкімінің
            // орынбасарынан аудан әкімінің орынбасарына дейінгі қызмет атқарды». Lower-case words
            // between (no name: «… орынбасары Ержан Әли қызметін атқарады» is that deputy at work);
            // not the agent noun or a name after the verb (the deputy acting now, as round 28).
            // Round 64: «бірінші» before the deputy, and «лауазымдарына қызмет еткен» (served in the
            // posts) after it: «облысы әкімінің бірінші орынбасары лауазымдарына қызмет еткен» (kk-fp16).
            let officer = inClause(after + 1) && folded[after].hasPrefix(in: g.kazakhFirstWords) ? after + 1 : after
            if folded[last].hasSuffix(in: g.kazakhGenitiveEndings, longerThan: 3), folded[officer].hasPrefix(in: g.officerWords) {
                var q = officer + 1
                while q <= officer + 6, inClause(q), tokens[q].leadingUpper == 0 {
                    if folded[q].hasPrefix(in: g.dutyWords) {
                        // Right after the deputy's title, or after a range's «дейінгі» (up to): not
                        // «орынбасары секілді жауапты қызметтерді атқарған» (kk-bk24 counts it).
                        guard q == officer + 1 || folded[q - 1].isOne(of: g.uptoWords)
                                || q == officer + 2 && folded[q - 1].hasPrefix(in: g.kazakhPostNouns) else { break }
                        let n = q + 1
                        if inClause(n), folded[n].hasPrefix(in: g.actingWords) && !folded[n].hasPrefix(in: g.actingHolderWordList)
                            || folded[n].hasPrefix(in: g.kazakhServedWords),
                           !(inClause(n + 1) && tokens[n + 1].leadingUpper > 0) {
                            return true
                        }
                        break
                    }
                    q += 1
                }
            }
        }
        // A Kazakh title ending in the accusative (its last word in lower case: a title, not a
        // name) before «сайла-»: «Қазақстан президентін сайлауда».
        // Only an office's title: «"Руханият" партиясын сайлаудан алып тастаған» removes a party.
        // A one-person title in the genitive before the verbal noun of its filling, «сайлану» /
        // «тағайындалу», is the post, as «президент сайлауы»: «екінші президенттің сайлануы»
        // (the election of the second president: round 20); in Latin too.
        if inClause(after), folded[last].hasSuffix(in: g.kazakhGenitiveEndings, longerThan: 3),
           folded[last].hasPrefix(in: g.oneHolderTitles), !folded[last].hasPrefix(in: g.notOneHolderTitles),
           folded[after].hasPrefix(in: MentionGrammar.fillingNouns) {
            return true
        }
        // In Latin the genitive's ң (ń, ñ, ŋ) folds to n, so «basshysynyń» would read as an
        // accusative «-yn»: a word ending in that letter is a genitive (round 20).
        // Up to two words of manner may stand between (round 21): «ауылымыздың әкімін бір ауыздан
        // сайлап», «әкімдерін тікелей сайлау».
        // Capitalised too (round 22: «Еліміздің екінші Президентін сайлаған күні»), but only a
        // plain accusative (not «Қазақстан Президенті сайлау заңнамасына қол қойды», the
        // possessive), and not «Елбасын», which reads as his name.
        if tokens[last].leadingUpper == 0 || (tokens[last].leadingUpper == 1 && !folded[last].hasPrefix(in: g.nameLikeTitles)
                                               && folded[last].hasSuffix(in: g.kazakhPlainAccusativeEndings, longerThan: 3)),
           folded[last].hasSuffix(in: g.kazakhAccusativeEndings, longerThan: 3),
           folded[last].hasPrefix(in: g.oneHolderTitles), inClause(after),
           !MentionGrammar.latinEng.contains(all[tokens[last].end - 1]) {
            var verb = after
            while verb < after + 4, inClause(verb + 1), folded[verb].isOne(of: g.kazakhElectionManner) { verb += 1 }
            // Not the voters («Президентті сайлаушылар қолдады»).
            if folded[verb].hasPrefix(in: g.kazakhElectVerbs), !folded[verb].hasPrefix(in: g.notCandidacyWords) { return true }
            // Round 47: «таңда-» (choose) too, as round 33 reads it for holders in general:
            // «тұрғындары аудан басшысын таңдау құқығына ие болмақ» (kk-dz14, the election).
            if folded[verb].hasPrefix(in: g.kazakhChooseVerbs) { return true }
        }
        // A person named after the title, after one lower-case word at most (the region), on the
        // title's own line (round 36: a headline's election ends at its line break, «… где
        // состоятся выборы акимов / В Центральной избирательной комиссии …»): «избрать акима
        // области Ансара Мусаханова» (round 14), «назначил нового акима Ивана Петрова» (round 38).
        // `twoWords`: a given name and a surname, both capitalised (the election's check);
        // otherwise one capitalised word that is no adjective in the genitive («новых акимов
        // Костанайской области» is the region's).
        func namedAfter(twoWords: Bool) -> Bool {
            var named = after
            // Round 45: the word skipped is the unit's, no copula or preposition («нового акима в
            // Актобе», «нового главу региона будет К. Масимов»: a place, a person after the verb).
            if inClause(named), tokens[named].leadingUpper == 0 {
                if folded[named].isOne(of: g.russianFutureCopulas) || folded[named].isOne(of: MentionGrammar.russianPastCopulas)
                    || folded[named].isOne(of: g.russianPrepositions) || folded[named].isOne(of: g.postPrepositions)
                    || folded[named].isOne(of: MentionGrammar.inWords) {
                    return false
                }
                named += 1
            }
            guard inClause(named), tokens[named].leadingUpper > 0,
                  !((last + 1)...named).contains(where: { tokens[$0].lineBefore }) else { return false }
            if twoWords { return inClause(named + 1) && !tokens[named + 1].joined && tokens[named + 1].leadingUpper > 0 }
            return !folded[named].hasSuffix(in: g.russianGenitiveAdjectiveEndings, longerThan: 3)
        }
        // Round 43: a holder's name after the title, the unit's adjectives and nouns in the genitive
        // read past: «акима города Астаны Бакыта Султанова».
        // `genitive`: the name's second word in the genitive too, not the clause's subject after a
        // post («Должность акима Туркестана Рашид Аюпов занял»).
        func holderNamedPastUnit(genitive: Bool = false) -> Bool {
            var unit = after, read = 0
            while read < 3, inClause(unit), folded[unit].hasSuffix(in: g.russianGenitiveAdjectiveEndings, longerThan: 3)
                    || tokens[unit].leadingUpper == 0 && folded[unit].hasPrefix(in: MentionGrammar.russianUnitGenitives) {
                unit += 1
                read += 1
            }
            return inClause(unit) && inClause(unit + 1) && tokens[unit].leadingUpper > 0
                && tokens[unit + 1].leadingUpper > 0 && !tokens[unit + 1].joined
                && !(after...(unit + 1)).contains { tokens[$0].lineBefore }
                && (!genitive || folded[unit + 1].hasSuffix(in: g.russianGenitiveEndings, longerThan: 3))
        }
        // Before the title only what every window holds is read, so that the scan decides alike in
        // any window: the prefilter's window reaches at least 2 × lookBehind UTF-8 bytes before a
        // candidate (UTF8Scan.swift). A token before `first` is seen when it starts that close; the
        // gap before a token (its hardGap) is known when the token before it is seen too.
        func seen(_ t: Int) -> Bool {
            guard t >= 0 else { return false }
            return UTF16Units.utf8Count(all, tokens[t].start..<tokens[first].start) < 2 * Self.lookBehind
        }
        // A sentence's end (not a clause's) in the gap before token `t`.
        func sentenceBreak(before t: Int) -> Bool {
            (tokens[t - 1].end..<tokens[t].start).contains { MentionGrammar.isSentenceBreak(all[$0]) }
        }
        // Token `t` opens its sentence: the text's start, a line break, or a seen sentence break
        // before it, so that every window decides alike.
        func opensSentence(_ t: Int) -> Bool {
            t == 0 || (seen(t - 1) && (tokens[t].lineBefore || tokens[t].hardGap && sentenceBreak(before: t)))
        }
        // Round 31: a negated nominal predicate closing its clause, «Назарбаев уже не президент.»,
        // «Токаев не мой президент!»: says what someone is not. Not a contrast («не президент, а
        // правительство»), nor a title the clause goes on after («не президент решает»).
        if first == last, tokens[first].leadingUpper == 0, folded[first].isOne(of: g.negatedPredicateTitles),
           !inClause(after), !(after < tokens.count && folded[after].isOne(of: g.contrastWords)) {
            var n = first - 1
            if seen(n), !tokens[n + 1].hardGap, folded[n].isOne(of: g.negatedPredicateBetween) { n -= 1 }
            if seen(n), !tokens[n + 1].hardGap, folded[n].isOne(of: g.negation) { return true }
        }
        // Vacancy: «в президенты», «кандидат в Президенты РК» (a capital does not make it the
        // office-holder); only a one-person title: not a body («перешли на работу в акиматы») nor
        // a party («споры в партии патриотов»).
        // Round 31: a plural adjective may stand between («кандидатов в сельские акимы»).
        var into = first - 1
        if seen(into - 1), !tokens[first].hardGap, tokens[into].leadingUpper == 0,
           folded[into].hasSuffix(in: g.intoPostAdjectiveEndings, longerThan: 4) {
            into -= 1
        }
        if seen(into), !tokens[into + 1].hardGap, !tokens[first].hardGap,
           folded[into].elementsEqual(g.intoPost) || folded[into].elementsEqual(g.intoPostLookAlike),
           let final = folded[first].last, final == 0x44B || final == 0x438,
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            return true
        }
        // Round 38: the new holder a vote or an appointment is still to bring is the post filled:
        // «предстоит выбрать нового главу региона», «назначались новые акимы», «голосовать за
        // нового акима», «назначения нового премьер-министра»; not the appointees of a done
        // appointment («назначены новые акимы»). A one-person title only (not «назначении нового
        // правительства», the body), and not one a capitalised name follows, after one lower-case
        // word at most («назначил нового акима Ивана Петрова»: that person, as round 14's).
        if seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap, tokens[first - 1].leadingUpper == 0,
           folded[first - 1].isOne(of: g.newHolderAdjectives),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            let w = first - 2
            let filling = folded[w].hasPrefix(in: g.fillingWords) && !folded[w].hasPrefix(in: g.notFillingWords)
            let voting = seen(w - 1) && !tokens[w].hardGap && folded[w].elementsEqual(g.forWord)
                && folded[w - 1].hasPrefix(in: g.voteWords)
            if filling || voting, !namedAfter(twoWords: false) { return true }
        }
        // Round 45: the new holder a future vote or appointment will bring, its verb after the
        // title and its unit (three words on at most in its clause, within what every window holds):
        // «Нового главу региона выберут на собрании депутатов», as round 38's «предстоит выбрать
        // нового главу региона»; in either case of letters, not a named holder.
        if seen(first - 1), !tokens[first].hardGap, folded[first - 1].isOne(of: g.newHolderAdjectives),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles),
           !namedAfter(twoWords: false) {
            var q = after, words = 0
            while words < 3, inClause(q), UTF16Units.utf8Count(all, tokens[first].start..<tokens[q].end) < 2 * Self.lookAhead {
                if folded[q].hasPrefix(in: g.futureFillingVerbs) { return true }
                words += 1
                q += 1
            }
        }
        // Round 43: voting for holders in the plural, «новый» or not: «Сельчане впервые будут
        // голосовать за акимов» (the posts an election fills, as «выборы акимов»).
        if seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap,
           folded[last].hasSuffix(in: g.russianGenitivePluralEndings, longerThan: 3),
           folded[first - 1].elementsEqual(g.forWord), folded[first - 2].hasPrefix(in: g.voteWords),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles),
           !namedAfter(twoWords: false) {
            return true
        }
        // Round 43: a holder still to come, the nominative title after «будет / будут назначен,
        // избран» («когда в городе будет назначен аким») or before «(еще) не (был) назначен»
        // («глава города еще не был назначен»): the post, as round 41's «будет избираться».
        if tokens[first].leadingUpper == 0, folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            if seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap,
               folded[first - 1].hasPrefix(in: MentionGrammar.filledVerbs), folded[first - 2].isOne(of: g.russianFutureCopulas),
               !namedAfter(twoWords: true) {
                return true
            }
            var q = after
            if inClause(q), folded[q].hasPrefix(in: MentionGrammar.notYet) { q += 1 }
            if inClause(q), folded[q].elementsEqual(MentionGrammar.negationWord) {
                q += 1
                if inClause(q), MentionGrammar.wasWords.contains(where: { folded[q].elementsEqual($0) }) { q += 1 }
                if inClause(q), folded[q].hasPrefix(in: MentionGrammar.filledVerbs) { return true }
            }
        }
        // Round 48: the short passive of electing right before a lower-case title that no given
        // name and surname follow: the post the vote filled, an election's outcome («прямым
        // голосованием были избраны аким города Курчатова и аким Абайского района», «был избран
        // аким района Жанасемей», ru-eg15). A second title joined by «и» is read back over the
        // first's unit to the verb. The sitting holder elected to another post is named and counts
        // («председателем областного филиала избран ⟦аким области Ерик Султанов⟧», ru-d9; ru-ea5).
        if tokens[first].leadingUpper == 0, folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles),
           seen(first - 1), !tokens[first].hardGap {
            var verb = first - 1
            if folded[verb].isOne(of: MentionGrammar.andWords) {
                var b = verb - 1
                while b > verb - 5, seen(b), !tokens[b + 1].hardGap, !folded[b].hasPrefix(in: g.intoPostTitles) { b -= 1 }
                if seen(b - 1), !tokens[b + 1].hardGap, !tokens[b].hardGap, folded[b].hasPrefix(in: g.intoPostTitles),
                   tokens[b].leadingUpper == 0 {
                    verb = b - 1
                }
            }
            if folded[verb].isOne(of: MentionGrammar.russianElectedPassives), !namedAfter(twoWords: true) {
                return true
            }
        }
        // Round 48: a title inside a quoted name given to a nomination, a project, a rating, a
        // contest, a programme or a prize, the naming word right before the opening quote, or
        // before the first of a list of such names: «в номинации "Лучший аким в социальных сетях
        // 2019"», «в номинациях "Самый активный аким", "Самый народный аким"» (ru-ed2), «в рамках
        // проекта «Рейтинг акимов»» (ru-ed22), «ведущий программы «Акимы»» (ru-bm10). A name, not
        // a holder; no development text annotates a title so quoted.
        if folded[first].hasPrefix(in: g.intoPostTitles) || folded[first].hasPrefix(in: g.bodyTitles) {
            // The opening quote of the name holding the title, up to four words before it.
            func opening(_ from: Int) -> Int? {
                var q = from
                while q > from - 5, seen(q) {
                    if q < from, tokens[q].quoteAfter { return nil }
                    if tokens[q].quoteBefore { return q }
                    if tokens[q].hardGap { return nil }
                    q -= 1
                }
                return nil
            }
            if var q = opening(first) {
                var names = 0
                while names < 2, seen(q - 1), tokens[q - 1].quoteAfter, let previous = opening(q - 1) {
                    q = previous
                    names += 1
                }
                if seen(q - 1), !tokens[q].hardGap, folded[q - 1].hasPrefix(in: MentionGrammar.namedThingsBefore) {
                    return true
                }
            }
        }
        // A site named after a body or an office, in Kazakh, and a council attached to a body, in
        // either case: «үкімет сайтына», «Орталық сайлау комиссиясы жанындағы сарапшылық кеңес»
        // (round 17; round 14 did the Russian «на сайте правительства»).
        // Round 41: not the Russian cases of «сайт», «портал» («на интервью Жармахана Туякбая
        // порталу Матрица.kz»: given to the portal), which no Kazakh possessive takes.
        if inClause(after), folded[after].hasPrefix(in: g.kazakhAttachedWords),
           !folded[after].isOne(of: MentionGrammar.russianSiteCases),
           !folded[last].hasSuffix(in: g.kazakhGenitiveEndings, longerThan: 3) {
            return true
        }
        // Round 61: … and the site of a body's head, «деп хабарлайды үкімет басшысының ресми сайты»
        // (kk-fi11): the head's office, as «Мемлекет басшысының баспасөз қызметі»; bars nothing.
        if inClause(after), folded[after].hasPrefix(in: g.kazakhHeadWords),
           folded[after].hasSuffix(in: g.kazakhGenitiveEndings, longerThan: 3) {
            var q = after + 1
            if inClause(q), folded[q].hasPrefix(in: g.officialWords) { q += 1 }
            if inClause(q), folded[q].hasPrefix(in: g.kazakhSiteWords) { return true }
        }
        // «кандидат в президента» (round 15): after a candidacy word «в» makes any form of a
        // one-person title the post run for; without it «выстрелил в президента» is the President.
        if seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap,
           folded[first - 1].elementsEqual(g.intoPost) || folded[first - 1].elementsEqual(g.intoPostLookAlike),
           folded[first - 2].hasPrefix(in: g.candidacyWords), !folded[first - 2].hasPrefix(in: g.notCandidacyWords),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            return true
        }
        // The post after a preposition and a post noun, in either case (round 15): «на пост
        // Президента РК», «кандидата на пост Главы государства». Without the preposition only in
        // lower case (below): «пост Президента в соцсетях» may be what he wrote online.
        // Round 28: not a person's name after it, the subject of the clause («освободить от
        // должности Касым-Жомарт Токаев»).
        // Round 49: nor a holder named in the genitive after the title, «о назначении на эту должность
        // акима города Астаны Бакыта Султанова» (ru-eg17 of the sixty-fourth set: the akim made the
        // party's city chairman).
        let named = tokens[first].leadingUpper > 0 && (first...last).contains { personName($0, tokens: tokens, folded: folded) }
            || tokens[first].leadingUpper == 0 && holderNamedPastUnit(genitive: true)
        if seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap, !named,
           folded[first - 1].isOne(of: g.postNouns) || folded[first - 1].isOne(of: g.seatNouns),
           folded[first - 2].isOne(of: g.postPrepositions) {
            return true
        }
        // The capacity (round 15): «Президент ретінде», «Қазақстан президенті ретіндегі»; «я, как
        // Президент», «мной как главой государства», after a personal pronoun only: «Как Президент
        // отметил» and «как Президентом, так и Правительством» are the President.
        // Only a one-person title: «мы, как партия» and «Үкімет ретінде» are still the body speaking.
        if inClause(after), !tokens[after].joined, folded[after].hasPrefix(in: g.kazakhCapacityWords),
           folded[last].hasPrefix(in: g.oneHolderTitles), !folded[last].hasPrefix(in: g.notOneHolderTitles) {
            return true
        }
        // How the post is filled, in the present: «Қазақстан президенті 7 жылдық мерзімге бір рет
        // қана сайланады» (is elected) is the office, not its holder (round 16); the verb at most
        // eight words on in the clause, within what every window holds (2 × lookAhead UTF-8 bytes).
        // The verb is looked for first: the title's checks cost more than the search.
        // Holders in general, a plural title, are filled so in the past too: «Бұрын әкімдер
        // тағайындалып келді», «аудан әкімдері де осы әдіспен сайланды» (round 17, as «акимы были
        // избраны»).
        do {
            var q = after
            let plural = g.isPluralTitle(folded[last])
            // Only words that begin as «сайланады» (or, after a plural, «тағайындалды») can (с, or
            // c, s in Latin; т, t) are folded.
            func mayBe(_ t: Int) -> Bool {
                switch all[tokens[t].start] {
                case 0x441, 0x421, 0x63, 0x43, 0x73, 0x53: true
                case 0x442, 0x422, 0x74, 0x54: plural
                default: false
                }
            }
            func verb(_ t: Int) -> Bool {
                folded[t].hasPrefix(in: g.kazakhElectedVerbs)
                    || plural && (folded[t].hasPrefix(in: g.kazakhAppointedVerbs) || folded[t].hasPrefix(in: g.kazakhElectedPastVerbs))
            }
            while inClause(q), q <= last + 8, !(mayBe(q) && verb(q)) {
                // Another title first: the verb is its own («қалаларының әкімдері тиісті әкімдер
                // тағайындалғанға дейін …»).
                if plural, folded[q].hasPrefix(in: g.oneHolderTitles) { q = last + 9; break }
                q += 1
            }
            if inClause(q), q <= last + 8, folded[last].hasPrefix(in: g.oneHolderTitles),
               !folded[last].hasPrefix(in: g.notOneHolderTitles) {
                if UTF16Units.utf8Count(all, tokens[first].start..<tokens[q].end) < 2 * Self.lookAhead { return true }
            }
        }
        // Round 31: holders in general, a plural title in lower case as the object, with the
        // election's verb later in its clause (eight words on at most, within what every window
        // holds): «ауыл әкімдерін тұрғындар сайлап келеді», «акимов поселков и сельских округов
        // в Казахстане выбирают депутаты маслихатов». Not the voters («сайлаушылар»).
        // Round 47: a one-word title opening its sentence too, its capital the sentence's: «Акимов
        // 32 сельских округов и города районного значения выбрали в СКО» (ru-ea22's headline).
        if tokens[last].leadingUpper == 0 || first == last && tokens[first].leadingUpper == 1 && opensSentence(first),
           inClause(after) {
            // Round 33: a count right before a singular title is holders in general too («халық 775
            // әкімді таңдауы тиіс»: Kazakh counts take the singular).
            let counted = seen(first - 1) && !tokens[first].hardGap && Self.isNumber(folded[first - 1])
            let kazakh = folded[last].hasPrefix(in: g.oneHolderTitles) && !folded[last].hasPrefix(in: g.notOneHolderTitles)
                && (g.isPluralTitle(folded[last]) || counted) && folded[last].hasSuffix(in: g.kazakhAccusativeEndings, longerThan: 5)
                && !MentionGrammar.latinEng.contains(all[tokens[last].end - 1])
                // The 2017 alphabet's ң is «n'»: «a'kimderinin'» is a genitive.
                && !(tokens[last].end < all.count && (all[tokens[last].end] == 0x27 || all[tokens[last].end] == 0x2019))
                && all[tokens[last].end - 1] != 0x27 && all[tokens[last].end - 1] != 0x2019
            let russian = !kazakh && folded[last].hasPrefix(in: g.intoPostTitles) && !folded[last].hasPrefix(in: g.bodyTitles)
                && folded[last].hasSuffix(in: g.russianPluralGenitiveEndings, longerThan: 4)
            if kazakh || russian {
                var q = after
                while inClause(q), q <= last + 8 {
                    if kazakh ? ((folded[q].hasPrefix(in: g.kazakhElectVerbs) || folded[q].hasPrefix(in: g.kazakhChooseVerbs))
                                 && !folded[q].hasPrefix(in: g.notCandidacyWords))
                              : folded[q].isOne(of: g.russianElectVerbsAfter) {
                        if UTF16Units.utf8Count(all, tokens[first].start..<tokens[q].end) < 2 * Self.lookAhead { return true }
                        break
                    }
                    // Another title first: the verb is its own.
                    if folded[q].hasPrefix(in: g.oneHolderTitles) { break }
                    q += 1
                }
            }
        }
        // «Тұңғыш Президентіміз сайланған күн»: the day (year, time) a title was elected is an
        // election's date, as «День первого президента» is a holiday (round 22).
        if inClause(after), inClause(after + 1), folded[after].isOne(of: g.electedParticiple),
           folded[after + 1].hasPrefix(in: g.electionTimeNouns) {
            return true
        }
        // Round 53: an ordinal may stand between, «Вы, как Первый Президент» (ru-er7).
        var asWord = first - 1
        if seen(asWord - 1), !tokens[first].hardGap, folded[asWord].hasPrefix(in: g.russianFirstWords) { asWord -= 1 }
        if seen(asWord - 1), !tokens[asWord + 1].hardGap, !tokens[first].hardGap, folded[asWord].elementsEqual(g.capacityWord),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            if folded[asWord - 1].isOne(of: g.capacityPronouns) { return true }
        }
        // Round 47: «как» before a lower-case title in the accusative or genitive («-а», «-я»), no
        // pronoun needed: the capacity someone is seen in, the post («вспоминали не как
        // зампремьера, а как акима Астаны», ru-eb22; «Я не прошу меня любить как акима», ru-bz10).
        // The nominative acts («как президент отметил»).
        if tokens[first].leadingUpper == 0, seen(first - 1), !tokens[first].hardGap,
           folded[first - 1].elementsEqual(g.capacityWord), let end = folded[first].last, end == 0x430 || end == 0x44F,
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles),
           !folded[first].elementsEqual(Self.nominativeGlava) {
            return true
        }
        // The future copula between an instrumental title and a name: «премьером будет Масимов»
        // says who will hold the post; «президентом будет подписан указ» is the agent.
        if folded[last].hasSuffix(in: g.instrumentalEndings, longerThan: 3), inClause(after), inClause(after + 1),
           folded[after].isOne(of: g.russianFutureCopulas), tokens[after + 1].leadingUpper > 0 {
            return true
        }
        // Round 39: a one-person title in the instrumental before an infinitive copula, three words
        // on at most in its clause (within what every window holds), is what someone may or may
        // not be, the post: «главой Туркестанской области Шукееву не бывать», «президентом ему не
        // стать», «акимом может быть только человек со стажем». Not without the copula («встреча с
        // главой области Шукеевым прошла») nor the finite past («президентом был подписан указ»),
        // nor after a preposition («встреча с акимом может быть перенесена»: the meeting may be).
        if folded[first].hasSuffix(in: g.instrumentalEndings, longerThan: 3),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles),
           !(seen(first - 1) && !tokens[first].hardGap && folded[first - 1].isOne(of: g.instrumentalPrepositions)) {
            var q = after
            while inClause(q), q <= last + 3 {
                if folded[q].isOne(of: g.infinitiveCopulas) {
                    if UTF16Units.utf8Count(all, tokens[first].start..<tokens[q].end) < 2 * Self.lookAhead { return true }
                    break
                }
                q += 1
            }
        }
        // Round 39: a nominal predicate after a personal pronoun and a spaced dash, and each title
        // of its list: «с 2010 года он — Елбасы, «Лидер нации», пожизненно первый президент» says
        // what he is. The list's first word after the dash a title; its items joined by commas
        // (quotes allowed), three words at most before the next one, in one sentence. Not a
        // description first («он — человек, которого уважает президент»: the President), nor a
        // title after another dash or a sentence's end.
        if seen(first - 1) {
            let kinds = Folding.table.kinds
            var k = first, words = 0
            while seen(k - 1), words <= 3 {
                var dash = false, space = false, commas = 0, other = false
                for i in tokens[k - 1].end..<tokens[k].start {
                    let u = all[i], kind = kinds[Int(u)]
                    if kind.contains(.space) { space = true }
                    else if kind.contains(.hyphen) { dash = true }
                    else if u == 0x2C { commas += 1 }
                    else if !(kind.contains(.openingQuote) || kind.contains(.closingQuote)) { other = true }
                }
                if other || commas > 1 || (dash && (commas > 0 || !space)) { break }
                if dash {
                    if folded[k - 1].isOne(of: g.dashPronouns),
                       folded[k].hasPrefix(in: g.intoPostTitles) || folded[k].hasPrefix(in: g.oneHolderTitles) {
                        return true
                    }
                    break
                }
                words = commas == 1 ? 0 : words + 1
                k -= 1
            }
        }
        // Round 39: the holder a text says is needed is the post to be filled, a one-person title
        // in the nominative with the need at most four lower-case words before it in its clause:
        // «нужен будет более активный аким», «нужен новый премьер». Not a title in the genitive
        // after another noun («нужна поддержка президента Казахстана»: the President's), nor the title before
        // the need («аким нужен жителям» is the akim).
        if folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles),
           !folded[first].hasSuffix(in: g.russianGenitiveEndings, longerThan: 3) || folded[first].elementsEqual(Self.nominativeGlava) {
            var n = first - 1
            while seen(n), n >= first - 5, !tokens[n + 1].hardGap {
                if folded[n].isOne(of: g.needWords) { return true }
                if tokens[n].leadingUpper > 0 { break }
                n -= 1
            }
        }
        // A capital does not make a one-person title with a Kazakh copula after it a mention:
        // «Премьер-Министрі болып тағайындалды» says what someone became (round 10).
        // So does a body's head: «ҮКІМЕТ БАСШЫСЫ КІМ БОЛАДЫ?».
        let oneHolder = folded[last].hasPrefix(in: g.oneHolderTitles) && !folded[last].hasPrefix(in: g.notOneHolderTitles)
        let bodyHead = folded[last].hasPrefix(in: g.bodyTitles) && inClause(after) && folded[after].hasPrefix(in: g.officerWords)
        if tokens[first].leadingUpper > 0, oneHolder || bodyHead, kazakhCopulaAfter(last, capitalised: true) {
            return true
        }
        // A holiday named after the office, in either case: «День первого президента», «ко Дню
        // Первого Президента» (round 14; the Kazakh «Тұңғыш Президент күні» is the codebook's).
        // Round 32: «глава» ends as a genitive does but is the nominative («Во второй половине дня
        // глава государства посетит»): the day is the sentence's time, not a holiday.
        // Round 63: not a person's name, whose «-ев» is no genitive ending («На следующий день Токаев
        // вылетел в Бишкек», ru-fn11).
        if folded[first].hasSuffix(in: g.russianGenitiveEndings, longerThan: 3), !folded[first].elementsEqual(Self.nominativeGlava),
           !personName(first, tokens: tokens, folded: folded) {
            var day = first - 1
            if seen(day), !tokens[day + 1].hardGap, folded[day].hasSuffix(in: g.russianGenitiveAdjectiveEndings, longerThan: 3) {
                day -= 1
            }
            if seen(day), !tokens[day + 1].hardGap, folded[day].isOne(of: g.dayWords) { return true }
        }
        // A Kazakh career (round 16): «болған» closing the sentence right after a title word in the
        // nominative, the candidate that title or an item listed before it between commas. Only
        // words every window holds after the candidate are read (2 × lookAhead UTF-8 bytes).
        func kazakhCareerEnds() -> Bool {
            func reached(_ end: Int) -> Bool {
                guard end <= all.count else { return false }
                return UTF16Units.utf8Count(all, tokens[first].start..<end) < 2 * Self.lookAhead
            }
            // The copula is looked for first (most titles have none), then the gaps and the window.
            var q = after
            // A word's folded form is made when first read: only words that begin as «болған» can
            // (б, or b in the Latin alphabets) are folded.
            func mayBe(_ t: Int) -> Bool {
                switch all[tokens[t].start] { case 0x431, 0x411, 0x62, 0x42: true; default: false }
            }
            // Round 64: or «лауазымдарына қызмет еткен / атқарған» (served in the posts) after the last
            // title: «Шымкент қаласының әкімі, … әкімінің бірінші орынбасары лауазымдарына қызмет еткен.» (kk-fp16).
            func servedPosts(_ t: Int) -> Bool {
                switch all[tokens[t].start] { case 0x43B, 0x41B, 0x6C, 0x4C: break; default: return false }
                return t + 2 < tokens.count && !tokens[t + 1].hardGap && !tokens[t + 2].hardGap
                    && folded[t].hasPrefix(in: g.kazakhPostNouns) && folded[t + 1].hasPrefix(in: g.kazakhServiceWords)
                    && folded[t + 2].hasPrefix(in: g.kazakhServedWords)
            }
            while q < tokens.count, q - after < 16, !(mayBe(q) && folded[q].hasPrefix(in: g.kazakhCareerCopulas)), !servedPosts(q) {
                // The sentence's end stops the search (a hard gap is a clause's end or a sentence's).
                if tokens[q].hardGap, (tokens[q - 1].end..<tokens[q].start).contains(where: { MentionGrammar.isSentenceBreak(all[$0]) }) {
                    return false
                }
                q += 1
            }
            guard q < tokens.count, q - after < 16 else { return false }
            let copula = q
            // The sentence ends after the copula, or after «қызмет еткен».
            let copulaEnd = servedPosts(q) ? q + 2 : q
            q = after
            var listed = false
            while q <= copula {
                let gap = tokens[q - 1].end..<tokens[q].start
                if gap.contains(where: { MentionGrammar.isSentenceBreak(all[$0]) }) { return false }
                if gap.contains(where: { all[$0] == 0x2C }) { listed = true }
                if q == copula {
                    guard reached(tokens[copulaEnd].end + 1), q == after || listed, !tokens[q].hardGap,
                          folded[q - 1].hasPrefix(in: g.oneHolderTitles) || folded[q - 1].hasPrefix(in: g.officerWords),
                          !folded[q - 1].hasSuffix(in: g.kazakhObliqueEndings, longerThan: 3) else { return false }
                    var i = tokens[copulaEnd].end
                    while i < all.count, all[i] == 0x20 { i += 1 }
                    return i < all.count && reached(i + 1) && MentionGrammar.isSentenceBreak(all[i])
                }
                q += 1
            }
            return false
        }
        // Vacancy: a dative title before a candidacy word.
        func dativeVacancy() -> Bool {
            guard folded[last].hasSuffix(in: g.kazakhDatives, longerThan: 3) else { return false }
            var q = after
            while q <= last + 3, inClause(q) {
                if folded[q].hasPrefix(in: g.candidacyWords), !folded[q].hasPrefix(in: g.notCandidacyWords) { return true }
                q += 1
            }
            return false
        }
        // The same with the title opening a sentence, its capital the sentence's: «Әкімдікке
        // кандидатурасын ұсыну … басталады» (round 16). Mid-sentence a capitalised title in the
        // dative may be the holder («Президентке кандидатураны ұсынды»).
        // Only an office's or a body's title: «Нұр Отанға кандидаттар» are the party's.
        if tokens[first].leadingUpper == 1, seen(first - 1),
           folded[last].hasPrefix(in: g.oneHolderTitles) || folded[last].hasPrefix(in: g.bodyTitles),
           sentenceBreak(before: first),
           dativeVacancy() {
            return true
        }
        // A body attached to a one-person office, in either case (round 19): «институт при
        // Президенте РК», as «жанындағы»; a name after the title still counts on its own.
        if seen(first - 1), !tokens[first].hardGap, folded[first - 1].elementsEqual(MentionGrammar.attachedTo),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            return true
        }
        // «округтердің әкімі бола алады»: who can become the holder (round 22), in
        // either case («Ол Президент бола алады»).
        if inClause(after), inClause(after + 1), folded[after].isOne(of: g.canBecome),
           folded[after + 1].hasPrefix(in: g.canBecomeAuxiliary) {
            return true
        }
        // «халықтың таңдауымен сайланатын Президент»: the holder to be elected (round 22).
        if seen(first - 1), !tokens[first].hardGap, folded[first - 1].isOne(of: g.toBeElected),
           folded[last].hasPrefix(in: g.oneHolderTitles) {
            return true
        }
        // Round 45: the same participle of appointing, and past the unit's noun before the title
        // in lower case: «Жаңадан тағайындалатын қала әкімі өңірдегі жағдайды түсініп …» (the new
        // holder still to come, as the Russian «в ожидании нового акима»).
        if tokens[first].leadingUpper == 0, seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap,
           tokens[first - 1].leadingUpper == 0, folded[first - 1].hasPrefix(in: g.kazakhUnitNouns),
           folded[first - 2].isOne(of: g.toBeElected), folded[last].hasPrefix(in: g.oneHolderTitles) {
            return true
        }
        // Round 45: a Kazakh holder's seat falling vacant, «ауыл әкімінің орыны босайды» (the post),
        // and votes for a lower-case title in the dative, counted or plural, «4 әкімге дауыс беру
        // керек» (the posts an election fills, as round 43's «голосовать за акимов»).
        if tokens[last].leadingUpper == 0, inClause(after), inClause(after + 1),
           folded[last].hasPrefix(in: g.oneHolderTitles), !folded[last].hasPrefix(in: g.notOneHolderTitles) {
            if folded[last].hasSuffix(in: g.kazakhGenitiveEndings, longerThan: 3), folded[after].isOne(of: g.kazakhSeatWords),
               folded[after + 1].hasPrefix(in: g.kazakhVacantWords) {
                return true
            }
            // Holders counted or in the plural only: «ең сымбатты әкіміне дауыс беріп» (kk-bh17) is a
            // sitting akim voted for in a contest.
            if folded[last].hasSuffix(in: g.kazakhDatives, longerThan: 3), folded[after].isOne(of: g.kazakhVoteWords),
               folded[after + 1].hasPrefix(in: g.kazakhGiveWords),
               g.isPluralTitle(folded[last]) || seen(first - 1) && !tokens[first].hardGap && Self.isNumber(folded[first - 1]) {
                return true
            }
        }
        // Round 33: the holder-elect being registered, an election's outcome before the post is
        // taken up: «сайланған» / «избранного» right before the title, a word of registration
        // within two words after it («сайланған әкімді тіркеу жүзеге асырылады», «сайланған
        // әкімді тіркеп») or right before the participle («регистрация избранного акима»). The
        // elected holder presented or at work counts («жаңадан сайланған аудан әкімі
        // таныстырылып»).
        // One lower-case word may stand between, the title's unit («сайланған аудан әкімін тіркеп»).
        func elected(_ t: Int) -> Bool {
            folded[t].isOne(of: g.electedParticiple) || folded[t].hasPrefix(in: g.russianElectedParticiples)
        }
        var participle = first - 1
        if seen(participle - 1), !tokens[first].hardGap, !tokens[participle].hardGap, tokens[participle].leadingUpper == 0,
           !elected(participle), elected(participle - 1) {
            participle -= 1
        }
        if seen(participle), !tokens[first].hardGap, elected(participle),
           (first...last).contains(where: { folded[$0].hasPrefix(in: g.intoPostTitles) && !folded[$0].hasPrefix(in: g.bodyTitles) }) {
            if seen(participle - 1), !tokens[participle].hardGap, folded[participle - 1].hasPrefix(in: g.registrationWords) { return true }
            var q = after
            while q <= after + 1, inClause(q) {
                if folded[q].hasPrefix(in: g.registrationWords) { return true }
                q += 1
            }
            // Round 45: an election's outcome, the elected counted or described (the lead's ruling
            // after round 43). Kazakh: the participle, a count between or not, before a title in the
            // genitive, the whole of which a part or a figure is taken («Сайланған әкімдердің
            // екеуі», «Сайланған 40 әкімнің 10 …», «сайланған әкімдердің орташа жасы»). Russian: a
            // share or a figure of the elected, «из» (a count between or not) or a noun of number or
            // age right before the participle («Из 151 избранного акима», «средний возраст
            // избранных акимов», «Треть избранных акимов»); not the elected acted on («возлагают
            // надежды на избранных акимов»).
            if folded[participle].isOne(of: g.electedParticiple) {
                // The part or figure right after the title: a count, a numeral («екеуі», «үштен
                // бірі»), «орташа» (average), «көпшілігі»; not the elected at work («жаңадан
                // сайланған ауыл әкімдерінің де есептері тыңдалуда», kk-dw11 counts it).
                if folded[last].hasSuffix(in: g.kazakhGenitiveEndings, longerThan: 3), inClause(after),
                   Self.isNumber(folded[after]) || folded[after].hasPrefix(in: g.kazakhPartWords)
                    || folded[after].isOne(of: g.kazakhPartWholeWords) {
                    return true
                }
            } else if tokens[first].leadingUpper == 0 {
                var b = participle - 1
                var counts = 0
                while counts < 2, seen(b - 1), !tokens[b + 1].hardGap,
                      Self.isNumber(folded[b]) || tokens[b].joined && Self.isNumber(folded[b - 1]) {
                    b -= 1
                    counts += 1
                }
                if seen(b), !tokens[b + 1].hardGap,
                   folded[b].isOne(of: MentionGrammar.outOfWords) || folded[b].hasPrefix(in: g.figureNouns) {
                    return true
                }
            }
        }
        // Round 45: the elected counted after the verb, «были избраны 52 акимов районов», «было
        // избрано 2334 акима сельских округов» (as round 15's «122 акима были избраны»).
        if tokens[first].leadingUpper == 0, seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap,
           Self.isNumber(folded[first - 1]), folded[first - 2].isOne(of: g.electedCounted),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            return true
        }
        // Round 47: the active past before the count, «выбрали», «избрали», a distributive «по»
        // between or not, and the count in words too: «жители выбрали по одному акиму сельского
        // округа» (ru-ea22), as «были избраны 52 акимов».
        if tokens[first].leadingUpper == 0, seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap,
           isCount(folded[first - 1]),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            var v = first - 2
            if folded[v].elementsEqual(g.distributiveWord), seen(v - 1), !tokens[v].hardGap { v -= 1 }
            if folded[v].isOne(of: g.electedCountedActive) || folded[v].isOne(of: g.electedCounted) { return true }
        }
        // Round 33: a post's duties right before its title in lower case («временно исполнять
        // обязанности акимов», «исполняющим обязанности акима области»): the post an acting holder
        // fills, no holder; not a body. The acting holder named after the title is that person in
        // the office and counts («исполняющий обязанности акима города Бекжан Бапышев»), as the
        // Kazakh «міндетін атқарушы Н.Сапаров» (round 28).
        if seen(first - 1), !tokens[first].hardGap, tokens[first].leadingUpper == 0,
           folded[first - 1].hasPrefix(in: g.russianDutyWords),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles),
           !(first...last).contains(where: { personName($0, tokens: tokens, folded: folded) }),
           // The unit may stand between («акима Кербулакского района Жаната Жунусбекова»); round
           // 47: only the unit, capitalised or its lower-case genitives, not a verb («обязанности
           // акима назначен Олег Крук», ru-dz19: the post, someone appointed to it).
           !(after..<(after + 4)).contains(where: { t in
               (after...t).allSatisfy(inClause) && tokens[t].leadingUpper > 0
                   && (after..<t).allSatisfy({ u in tokens[u].leadingUpper > 0
                       || folded[u].hasSuffix(in: g.russianGenitiveAdjectiveEndings, longerThan: 3)
                       || folded[u].hasPrefix(in: MentionGrammar.russianUnitGenitives) })
                   && UTF16Units.utf8Count(all, tokens[first].start..<tokens[t].end) < 2 * Self.lookAhead
                   && (personName(t, tokens: tokens, folded: folded) || nameOpens(t, tokens: tokens, folded: folded))
           }) {
            return true
        }
        // Round 26: at a sentence's start the capital says nothing: an instrumental title with a
        // predicate verb within three words after it is the post («Руководителем Акмолинской
        // области назначили …», «Акимом района назначен …»); not a body, the agent of a passive.
        // A person's title only: «Центризбирком должен объявить» is a body in the nominative.
        // Round 60: «новым» before it opens the sentence too, the verb up to six words on: «Новым
        // акимом Талгара в ходе выборов накануне избран …» (ru-ds25).
        let newOpens = seen(first - 1) && !tokens[first].hardGap && !tokens[first].lineBefore
            && folded[first - 1].hasPrefix(in: MentionGrammar.newWords)
            && folded[first - 1].hasSuffix(in: g.instrumentalAdjectiveEndings, longerThan: 3)
            && (first - 1 == 0 || tokens[first - 1].hardGap || tokens[first - 1].lineBefore)
        if first == 0 || tokens[first].hardGap || newOpens, folded[first].hasSuffix(in: g.instrumentalEndings, longerThan: 3),
           folded[first].hasPrefix(in: g.intoPostTitles) || folded[first].hasPrefix(in: g.headWords),
           !folded[first].hasPrefix(in: g.bodyTitles) {
            var q = after, words = 0
            while words < (newOpens ? 6 : 3), inClause(q) {
                if folded[q].hasPrefix(in: g.russianPredicateVerbs), !folded[q].hasPrefix(in: g.notRussianPredicateVerbs) { return true }
                if !(q + 1 < tokens.count && tokens[q + 1].joined) { words += 1 }
                q += 1
            }
        }
        // Round 40: «Президент Казахстана выбирается на срок — 7 лет»: the office an election fills,
        // stated as a rule; the passive present right after a one-person title, in any case of
        // letters. Only a word every window holds (2 × lookAhead UTF-8 bytes past the title).
        if inClause(after), folded[after].isOne(of: MentionGrammar.electedInGeneral),
           folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles),
           UTF16Units.utf8Count(all, tokens[first].start..<tokens[after].end) < 2 * Self.lookAhead {
            return true
        }
        // Round 41: the same rule in the impersonal present, the title its object in the accusative
        // («Президента избирают на пять лет»; «Президент избирает» acts), and in the future passive
        // a few words on in its clause («аким этого села будет избираться, когда подойдет срок»).
        if folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            func reached(_ t: Int) -> Bool { UTF16Units.utf8Count(all, tokens[first].start..<tokens[t].end) < 2 * Self.lookAhead }
            if inClause(after), reached(after), folded[after].isOne(of: MentionGrammar.electedImpersonal),
               let end = folded[last].last, MentionGrammar.accusativeTitleEnds.contains(end) {
                return true
            }
            var q = after, words = 0
            while words < 4, inClause(q + 1), reached(q + 1) {
                if folded[q].isOne(of: g.russianFutureCopulas), folded[q + 1].isOne(of: MentionGrammar.electedFuture) { return true }
                words += 1
                q += 1
            }
        }
        func verb(_ t: Int) -> Bool {
            folded[t].hasPrefix(in: g.russianPredicateVerbs) && !folded[t].hasPrefix(in: g.notRussianPredicateVerbs)
        }
        // Three words after the title; a hyphenated word is one («акимом Северо-Казахстанской
        // области стал»).
        // Round 28: two capitalised words joined by «и» are one («акимами Алатауского и
        // Турксибского районов назначены»).
        func verbAfter() -> Bool {
            var q = after
            var words = 0, adjectives = 0
            while words < 3, inClause(q) {
                if verb(q) { return true }
                let paired = inClause(q + 2) && tokens[q].leadingUpper > 0 && folded[q + 1].elementsEqual(Self.andWord)
                    && tokens[q + 2].leadingUpper > 0
                if paired { q += 2; continue }
                // Round 41: the unit's adjectives in the genitive are read past, at most two
                // («акимом Каратобинского сельского округа избран»: the unit is one noun).
                if adjectives < 2, folded[q].hasSuffix(in: g.russianGenitiveAdjectiveEndings, longerThan: 4) {
                    adjectives += 1
                    q += 1
                    continue
                }
                if !(q + 1 < tokens.count && tokens[q + 1].joined) { words += 1 }
                q += 1
            }
            return false
        }
        if tokens[first].leadingUpper > 0 {
            // Round 43: a capitalised instrumental title opening its sentence, a predicate verb
            // after it: «Акимом Усть-Каменогорска стал уроженец Павлодара», «Главой города назначен
            // …» (the post someone takes, as mid-sentence; the text's start, a line break or a seen
            // sentence break before it).
            if [first, first + 1].contains(where: { h in
                    h <= last && (h == first || tokens[h].joined) && folded[h].hasSuffix(in: g.instrumentalEndings, longerThan: 3)
                }), folded[first].hasPrefix(in: g.intoPostTitles) || folded[first].hasPrefix(in: g.headWords),
               !folded[first].hasPrefix(in: g.bodyTitles),
               opensSentence(first),
               verbAfter() {
                return true
            }
            // Round 30: a capitalised one-person title in the instrumental right after a verb of
            // becoming or being: «желающих стать Президентом РК» is the post, as in lower case.
            // «Премьер-министром»: the compound's second half carries the case.
            let instrumental = [first, first + 1].contains { h in
                h <= last && (h == first || tokens[h].joined) && folded[h].hasSuffix(in: g.instrumentalEndings, longerThan: 3)
            }
            if seen(first - 1), !tokens[first].hardGap, folded[first - 1].isOne(of: MentionGrammar.becomingVerbs), instrumental,
               folded[first].hasPrefix(in: g.intoPostTitles) || folded[first].hasPrefix(in: g.headWords),
               !folded[first].hasPrefix(in: g.bodyTitles) {
                return true
            }
            // Round 52: a capitalised body after a lower-case officer's or member's title that names a
            // post, a capacity or a predicate is that post, as in lower case: «занимавшая должность
            // секретаря Центризбиркома», «в качестве члена ЦИК», «назначен членом Центризбиркома»,
            // «секретарем Центризбиркома избран» (ru-em6 of the sixty-sixth set).
            // Not a party: «избран председателем Партии патриотов» names the party (ru-t5).
            if seen(first - 1), !tokens[first].hardGap, tokens[first - 1].leadingUpper == 0,
               folded[first].hasPrefix(in: g.bodyTitles) || folded[first].hasPrefix(in: MentionGrammar.commissionWords),
               folded[first - 1].hasPrefix(in: g.officerWords) || folded[first - 1].hasPrefix(in: g.memberWords) {
                let officer = first - 1
                if seen(officer - 1), !tokens[officer].hardGap,
                   folded[officer - 1].isOne(of: g.postNouns) || folded[officer - 1].elementsEqual(MentionGrammar.capacityNoun.utf16) {
                    return true
                }
                if folded[officer].hasSuffix(in: g.instrumentalEndings, longerThan: 3) {
                    if seen(officer - 1), !tokens[officer].hardGap, verb(officer - 1) { return true }
                    if seen(officer - 2), !tokens[officer].hardGap, !tokens[officer - 1].hardGap, verb(officer - 2),
                       !folded[officer - 1].isOne(of: g.russianPrepositions) { return true }
                    if verbAfter() { return true }
                }
            }
            // Round 30: a capitalised body after a past head's title, «экс-глава Кабмина», «бывший
            // руководитель Правительства», is the past holder's title (the capital is the body's
            // own), as «бывший глава правительства» below.
            if folded[first].hasPrefix(in: g.bodyTitles), seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap,
               tokens[first - 1].leadingUpper == 0, folded[first - 1].hasPrefix(in: g.headWords),
               folded[first - 2].hasPrefix(in: g.formerWords) || folded[first - 2].isOne(of: g.exWord) {
                return true
            }
            return false
        }
        // An election's outcome: «122 акима были избраны» (round 15). Only words every window
        // holds after the candidate are read (the prefilter's window reaches 2 × lookAhead UTF-8
        // bytes past it), so that the scan decides alike in any window.
        if folded[first].hasPrefix(in: g.intoPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            func reached(_ t: Int) -> Bool {
                return UTF16Units.utf8Count(all, tokens[first].start..<tokens[t].end) < 2 * Self.lookAhead
            }
            var q = after, words = 0
            while inClause(q), words < 6 {
                if folded[q].elementsEqual(MentionGrammar.pluralElected[0]) {
                    if inClause(q + 1), reached(q + 1), folded[q + 1].elementsEqual(MentionGrammar.pluralElected[1]) { return true }
                    break
                }
                if !tokens[q].joined { words += 1 }
                q += 1
            }
        }
        // A site named after a body or an office: «на сайте правительства» (round 14). Round 46:
        // not the akimat, «сообщает сайт ⟦акимата области⟧», as `documents/` annotates it.
        if seen(first - 1), !tokens[first].hardGap, folded[first - 1].hasPrefix(in: g.siteNouns),
           !folded[first].hasPrefix(in: g.akimatTitles) { return true }
        // The post: «әкім лауазымына», «на пост президента», «от должности премьер-министра».
        if inClause(after), folded[after].hasPrefix(in: g.kazakhPostWords) { return true }
        // A past holder: «бывший глава правительства Казахстана», «облысының бұрынғы әкімі»,
        // «экс-премьер»; a name after the title still counts on its own. Not a body: «члены
        // прежнего кабмина» are the Government still in office (round 10).
        var former = first - 1
        let body = folded[first].hasPrefix(in: g.bodyTitles)
        if seen(former), !tokens[first].hardGap, tokens[former].leadingUpper == 0,
           folded[former].hasPrefix(in: g.headWords) {
            former -= 1
        }
        if !body || former < first - 1, seen(former), !tokens[former + 1].hardGap,
           folded[former].hasPrefix(in: g.formerWords) || folded[former].isOne(of: g.exWord) {
            return true
        }
        // Round 37: the holder then, «тогдашний аким» (in ``MentionGrammar/formerWords``) and
        // «сол кездегі (қала) әкімі», past the Kazakh unit's noun before its title, as «бұрынғы».
        if !body, seen(first - 1), !tokens[first].hardGap {
            var then = first - 1
            if tokens[then].leadingUpper == 0, folded[then].hasPrefix(in: g.kazakhUnitNouns), seen(then - 1), !tokens[then].hardGap { then -= 1 }
            if seen(then - 1), !tokens[then + 1].hardGap, !tokens[then].hardGap, folded[then].isOne(of: g.kazakhThenWords),
               folded[then - 1].isOne(of: g.kazakhThatWord) {
                return true
            }
        }
        // A post noun right before the title, with or without a preposition: «гонке за пост
        // президента», «покинул пост акима».
        if seen(first - 1), !tokens[first].hardGap, !named, folded[first - 1].isOne(of: g.postNouns) { return true }
        // Round 51: the seat right after a verb of taking or vacating it is the post, as round 43's
        // seat opening its sentence («займет место акима города», ru-eh9); «подтвердил место акима в
        // десятке» (a rank) stays the holder's.
        if seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap, !named,
           folded[first - 1].isOne(of: g.seatNouns), folded[first - 2].hasPrefix(in: MentionGrammar.seatTakenWords) {
            return true
        }
        // Round 53: a deputy's or another officer's post, the officer between, an ordinal before it
        // or not: «занимал должность первого заместителя акима ВКО» (ru-es9), «заступила на должность
        // заместителя главы города» (ru-er3).
        var officer = first - 1
        if seen(officer), !tokens[first].hardGap, tokens[officer].leadingUpper == 0, folded[officer].hasPrefix(in: g.officerWords) {
            if seen(officer - 1), !tokens[officer].hardGap, folded[officer - 1].hasPrefix(in: g.russianFirstWords) { officer -= 1 }
            if seen(officer - 1), !tokens[officer].hardGap, !named, folded[officer - 1].isOne(of: g.postNouns) { return true }
        }
        // Holders still to be appointed, an adjective between or not: «до назначения
        // соответствующих акимов».
        var appointment = first - 1
        if seen(appointment), !tokens[first].hardGap, tokens[appointment].leadingUpper == 0,
           folded[appointment].hasSuffix(in: g.russianGenitiveAdjectiveEndings, longerThan: 3) {
            appointment -= 1
        }
        if seen(appointment - 1), !tokens[appointment + 1].hardGap, !tokens[appointment].hardGap,
           folded[appointment].hasPrefix(in: g.appointmentNouns), folded[appointment - 1].elementsEqual(g.untilWord) {
            return true
        }
        // Round 28: the post to be filled, «нового / новых» between: «назначения нового акима»,
        // «назначить нового градоначальника», «кандидатуры новых акимов»; a one-person title only
        // («назначении нового правительства» is the body).
        if seen(first - 2), !tokens[first].hardGap, !tokens[first - 1].hardGap,
           folded[first - 1].isOne(of: MentionGrammar.newForms),
           folded[first - 2].hasPrefix(in: MentionGrammar.fillingWordsBefore),
           folded[first].hasPrefix(in: MentionGrammar.filledPostTitles), !folded[first].hasPrefix(in: g.bodyTitles) {
            return true
        }

        // Russian: an instrumental head without a preposition, near a verb of being or becoming.
        var head: Int?
        for h in [first, first + 1] where h <= last && (h == first || tokens[h].joined) {
            if folded[h].hasSuffix(in: g.instrumentalEndings, longerThan: 3) { head = h }
        }
        if head == nil, seen(first - 1), !tokens[first].hardGap, tokens[first - 1].leadingUpper == 0,
           folded[first - 1].hasPrefix(inWords: gapWords), folded[first - 1].hasSuffix(in: g.instrumentalEndings, longerThan: 3) {
            head = first - 1
        }
        // A body in the instrumental is the agent of a passive, no post anyone holds: «Сельским
        // акиматом назначен человек» (round 24); «назначен главой правительства» still is the post.
        if let h = head, !(h >= first && folded[h].hasPrefix(in: g.bodyTitles)) {
            var p = min(h, first) - 1
            var adjectives = 0
            while seen(p), adjectives < 2, !tokens[p + 1].hardGap, tokens[p].leadingUpper == 0,
                  folded[p].hasSuffix(in: g.instrumentalAdjectiveEndings, longerThan: 3) {
                p -= 1
                adjectives += 1
            }
            // The word before is read (a clause starts there, or it is no preposition); text start
            // or a word out of sight decides nothing.
            let known = seen(p)
            let preposition = known && !tokens[p + 1].hardGap && folded[p].isOne(of: g.russianPrepositions)
            if known, !preposition {
                if !tokens[p + 1].hardGap, folded[p].isOne(of: MentionGrammar.russianPastCopulas) { return true }
                // Round 48: the future copula likewise says what someone will be: «именно она будет
                // президентом» (ru-ee3), as «был премьер-министром».
                if !tokens[p + 1].hardGap, folded[p].isOne(of: g.russianFutureCopulas) { return true }
                if !tokens[p + 1].hardGap, h >= first, folded[p].isOne(of: MentionGrammar.workNouns),
                   !folded[h].hasSuffix(in: [MentionGrammar.genitivePluralEy], longerThan: 3) { return true }
                // Three words back; a person's name there (up to three capitalised words) is not
                // counted: «Назначить Туймебаева Жансейта Кансейтулы акимом области» (round 11).
                var q = min(h, first) - 1
                var back = 0, names = 0
                while seen(q), back < 3, !tokens[q + 1].hardGap {
                    // Round 42: an event called by the holder, «Выборы назначены президентом страны»:
                    // an election or a sitting right before the passive is its subject, the title its agent.
                    if verb(q), seen(q - 1), !tokens[q].hardGap, folded[q - 1].hasPrefix(in: MentionGrammar.calledEvents) { break }
                    if verb(q) { return true }
                    if tokens[q].leadingUpper > 0, names < 3 { names += 1 } else { back += 1 }
                    q -= 1
                }
                // A career listed after the verb, across commas and «и» within the sentence:
                // «являлся акимом Петропавловска, замакима области и акимом Павлодара» (an earlier
                // instrumental between says the list continues the predicate).
                // The list's first item is the verb's own predicate (within three words of it), and a
                // preposition ends the search: «встречался с акимом и президентом» are companions.
                q = min(h, first) - 1
                var listed: Int?
                while seen(q), q >= min(h, first) - 10, !sentenceBreak(before: q + 1) {
                    if folded[q].isOne(of: g.russianPrepositions) { break }
                    if verb(q) {
                        if let item = listed, item - q <= 3 { return true }
                        break
                    }
                    if tokens[q].leadingUpper == 0, folded[q].hasSuffix(in: g.instrumentalEndings, longerThan: 3) { listed = q }
                    q -= 1
                }
                // Three words after it.
                if verbAfter() { return true }
            }
        }

        // Round 43: a new holder's candidacy, the post to be filled («жаңа әкімнің кандидатурасын
        // ұсынды»), and the akim's service after the bare «әкімдік» («әкімдік қызметімді
        // аяқтаймын»; not its staff, «әкімдік қызметкерлері»).
        if inClause(after) {
            if seen(first - 1), !tokens[first].hardGap, folded[first - 1].isOne(of: g.kazakhNew),
               folded[after].hasPrefix(in: g.kazakhCandidacy) {
                return true
            }
            if first == last, folded[first].isOne(of: g.bareAkimat), folded[after].hasPrefix(in: g.akimService),
               !folded[after].hasPrefix(in: g.akimStaff) {
                return true
            }
        }
        // Kazakh copula after the title in the nominative, possibly after an officer's title.
        if kazakhCopulaAfter(last) { return true }
        if kazakhCareerEnds() { return true }
        // Round 47: a plural title in the genitive before «қатарында» (among) closing its clause
        // or sentence, a class someone is said to be among, a nominal predicate: «Асайын Байханов —
        // әлеуметтік желіде белсенді әкімдердің қатарында.» (kk-dz19). Only what every window
        // holds is read.
        if tokens[last].leadingUpper == 0, inClause(after), g.isPluralTitle(folded[last]),
           folded[last].hasSuffix(in: g.kazakhGenitiveEndings, longerThan: 3), folded[after].isOne(of: g.kazakhAmongWords) {
            var i = tokens[after].end
            while i < all.count, all[i] == 0x20 { i += 1 }
            if i < all.count, UTF16Units.utf8Count(all, tokens[first].start..<(i + 1)) < 2 * Self.lookAhead,
               MentionGrammar.isSentenceBreak(all[i]) || all[i] == 0x2C {
                return true
            }
        }
        // Round 47: a career's list of posts closed by the plural «қызметтерін атқарды» (several
        // posts served): «Әр жылдары Теміртау әкімі, Жезқазған және Арқалық қалаларының әкімі,
        // Қарағанды облысы әкімінің орынбасары қызметтерін атқарды» (kk-dz18). A lower-case title
        // in the nominative, the list's items joined by commas, within its sentence and what every
        // window holds; the list's last word a title or an officer's.
        if tokens[first].leadingUpper == 0, !folded[last].hasSuffix(in: g.kazakhObliqueEndings, longerThan: 3) {
            var q = after
            while q < tokens.count, !tokens[q].lineBefore, !(tokens[q].hardGap && sentenceBreak(before: q)), q - after < 16,
                  UTF16Units.utf8Count(all, tokens[first].start..<tokens[q].end) < 2 * Self.lookAhead {
                if folded[q].hasPrefix(in: g.kazakhPostsServed) {
                    if q + 1 < tokens.count, !tokens[q + 1].hardGap, folded[q + 1].hasPrefix(in: g.actingWords),
                       folded[q - 1].hasPrefix(in: g.oneHolderTitles) || folded[q - 1].hasPrefix(in: g.officerWords),
                       UTF16Units.utf8Count(all, tokens[first].start..<tokens[q + 1].end) < 2 * Self.lookAhead {
                        return true
                    }
                    break
                }
                q += 1
            }
        }

        // A Russian title in the genitive after a post (на пост, от должности) or an election
        // (выборы, выборы сельских).
        let genitive = [first, first + 1].contains { h in
            h <= last && (h == first || tokens[h].joined) && folded[h].hasSuffix(in: g.russianGenitiveEndings, longerThan: 3)
                // «глава» is the nominative (round 22: «выборы глава государства назначил»).
                && !folded[h].elementsEqual(Self.headNominative)
        }
        if genitive {
            var p = first - 1
            // «на должность главы правительства», «кандидатура нового главы правительства»: the
            // post of the body's head (round 14).
            var head = false
            if seen(p - 1), !tokens[p + 1].hardGap, tokens[p].leadingUpper == 0, folded[p].hasPrefix(in: g.headWords),
               folded[p].hasSuffix(in: g.russianGenitiveEndings, longerThan: 3) || folded[p].last == 0x44B {
                p -= 1
                head = true
            }
            // The head's press service or site: «пресс-служба главы правительства» (round 19).
            if head, seen(p), !tokens[p + 1].hardGap, folded[p].hasPrefix(in: MentionGrammar.headAgencyNouns) { return true }
            if seen(p), !tokens[p + 1].hardGap, tokens[p].leadingUpper == 0,
               folded[p].hasSuffix(in: g.russianGenitiveAdjectiveEndings, longerThan: 3) { p -= 1 }
            // «избрать акима области Ансара Мусаханова»: a person named after the title is elected
            // to something else; the akim is that person (round 14). Two capitalised words.
            let person = namedAfter(twoWords: true)
            // Round 58: «себе» between the verb and the post: «впервые выбрали себе акимов» (ru-fc3).
            if seen(p - 1), !tokens[p + 1].hardGap, !tokens[p].hardGap, folded[p].isOne(of: MentionGrammar.reflexiveDatives) { p -= 1 }
            if !person, seen(p), !tokens[p + 1].hardGap, folded[p].hasPrefix(in: g.russianElectionWords) { return true }
            // Round 47: a count of the posts between, in digits or words, before the unit's
            // adjective or not: «выборы пяти акимов сельских округов» (ru-ea27), «о предстоящих
            // выборах 836 сельских акимов» (ru-eb16).
            if !person, !head, seen(p - 1), !tokens[p + 1].hardGap, !tokens[p].hardGap,
               isCount(folded[p]),
               folded[p - 1].hasPrefix(in: g.russianElectionWords) {
                return true
            }
            // Round 45: the second of two posts an election fills, joined by «и» to the first's
            // genitive plural (three lower-case words at most): «выборы депутатов маслихатов и
            // районных акимов».
            if !person, !head, seen(p), !tokens[p + 1].hardGap, folded[p].elementsEqual(Self.andWord) {
                var q = p - 1, words = 0
                while words < 3, seen(q), !tokens[q + 1].hardGap, tokens[q].leadingUpper == 0,
                      folded[q].hasSuffix(in: g.russianGenitivePluralEndings, longerThan: 3) {
                    q -= 1
                    words += 1
                }
                if words > 0, seen(q), !tokens[q + 1].hardGap, folded[q].hasPrefix(in: g.russianElectionWords) { return true }
            }
            // Round 45: an appointment's object, the post being filled, for every office (the lead's
            // ruling after round 43): «согласия на назначение акима Актюбинской области», «указ о
            // назначении акимов нескольких областей», «назначение главы правительства»; the sitting
            // holder reappointed («о переназначении акима региона») and a holder named after the
            // title (round 14's check) count, and so does a body (round 28: «указ о назначении нового
            // правительства», the appointees), though not its head («назначение нового главы кабинета
            // министров»).
            if !person, head || !folded[first].hasPrefix(in: g.bodyTitles), seen(p), !tokens[p + 1].hardGap,
               folded[p].hasPrefix(in: g.appointmentNouns) {
                return true
            }
            if head, seen(p), !tokens[p + 1].hardGap, folded[p].hasPrefix(in: g.candidacyWords),
               !folded[p].hasPrefix(in: g.notCandidacyWords) {
                return true
            }
            // Round 43: the seat opening its sentence («Место акима Аркалыка стало вакантным»), a
            // career or the duties of a post («карьера акима города», «обязанности акима города
            // исполняет заместитель»); not a holder named after the title.
            if seen(p), !tokens[p + 1].hardGap, !namedAfter(twoWords: true), !holderNamedPastUnit() {
                // («обязанностей» ends as an adjective would: the word right before the title too.)
                if folded[p].hasPrefix(in: MentionGrammar.careerNouns) || !head && folded[first - 1].hasPrefix(in: MentionGrammar.careerNouns) {
                    return true
                }
                if tokens[p].leadingUpper > 0, folded[p].elementsEqual(MentionGrammar.seatSubject),
                   opensSentence(p),
                   (after..<min(after + 6, tokens.count)).contains(where: { q in
                       (after...q).allSatisfy { inClause($0) } && folded[q].hasPrefix(in: MentionGrammar.seatTakenWords)
                           && UTF16Units.utf8Count(all, tokens[first].start..<tokens[q].end) < 2 * Self.lookAhead
                   }) {
                    return true
                }
            }
            if seen(p - 1), !tokens[p + 1].hardGap, !tokens[p].hardGap, folded[p].isOne(of: g.postNouns) || folded[p].isOne(of: g.seatNouns),
               folded[p - 1].isOne(of: g.postPrepositions) {
                return true
            }
            // Round 33: the posts in the plural need no preposition: «29 занимали посты акимов»,
            // «распределили посты министров» (several posts, held or shared out, never one holder).
            if seen(p), !tokens[p + 1].hardGap, folded[p].isOne(of: g.pluralPostNouns) { return true }
        }

        if dativeVacancy() { return true }

        // Kazakh nominal predicate closing its clause: the clause's words in sight before the title.
        // Round 60: a Russian title's unit after it closes the clause with it, up to four words, not a
        // person's name: «В 2005-2007 годах - заместитель акима Уральска.», «с ноября 2009 года - аким
        // Карагандинской области.» (a career line, ru-fi11; the development set's ru-be21).
        var closing = last
        // Only when the title itself does not close its clause (most candidates read no further).
        if !folded[first].hasPrefix(in: g.bodyTitles), !closesClause(at: tokens[last].end, all: all) {
            // The unit's words: an abbreviation in capitals, an adjective, a unit noun, and at most
            // one place name, in the genitive, last («акимом области Бериком Уали»: a holder's name).
            while closing + 1 < tokens.count, closing - last < 4, inClause(closing + 1), !tokens[closing + 1].joined,
                  UTF16Units.utf8Count(all, tokens[first].start..<tokens[closing + 1].end) < 2 * Self.lookAhead {
                let t = closing + 1, length = tokens[t].end - tokens[t].start
                if tokens[t].leadingUpper == length && length >= 2
                    || tokens[t].leadingUpper > 0 && folded[t].hasSuffix(in: g.russianGenitiveAdjectiveEndings, longerThan: 3)
                    || tokens[t].leadingUpper == 0 && folded[t].hasPrefix(in: MentionGrammar.russianUnitGenitives) {
                    closing = t
                    continue
                }
                if tokens[t].leadingUpper == 1, folded[t].hasSuffix(in: MentionGrammar.placeGenitiveEndings, longerThan: 3) { closing = t }
                break
            }
        }
        if closing > last, !closesClause(at: tokens[closing].end, all: all) { closing = last }
        if closesClause(at: tokens[closing].end, all: all) {
            var start = first
            while seen(start - 1), !tokens[start].hardGap { start -= 1 }
            let opens = seen(start - 1) && tokens[start].hardGap
            if opens, start < first, first - start <= 4, folded[start].isOne(of: g.kazakhPronouns) { return true }
            // The dash between subject and predicate: after a word, not after a title (лидер –
            // глава государства names who the leader is), and only lower-case words after it
            // (INTERFAX.RU - Первый президент Казахстана is a dateline).
            let kinds = Folding.table.kinds
            var dash: Int?
            for k in start..<first where dash == nil {
                for i in tokens[k].end..<tokens[k + 1].start where kinds[Int(all[i])].contains(.hyphen) {
                    let spaced = kinds[Int(all[i - 1])].contains(.space) || (i + 1 < all.count && kinds[Int(all[i + 1])].contains(.space))
                    if spaced { dash = k; break }
                }
            }
            // Not a Russian title in the genitive plural, the object of a verb, never a predicate.
            // Round 60: nor a singular genitive right after a lower-case noun, the noun's owner («это не
            // только ошибка акима,», ru-fg1); an officer's title before it keeps the rule («— заместитель акима»).
            let ownedBy = first - 1 >= start && tokens[first - 1].leadingUpper == 0 && !tokens[first].joined
                && folded[first].hasSuffix(in: g.russianGenitiveEndings, longerThan: 3) && !folded[first].elementsEqual(Self.nominativeGlava)
                && !folded[first - 1].hasPrefix(in: g.officerWords) && !folded[first - 1].hasPrefix(inWords: gapWords)
                && !folded[first - 1].hasPrefix(in: MentionGrammar.deputyPrefixes)
                && !folded[first - 1].isOne(of: MentionGrammar.afterDashPrepositions)
            if let d = dash, !(d < first - 1 && ownedBy), !folded[d].hasPrefix(inWords: gapWords),
               // A count before the dash lists, it says what no one is («24 – аким города, 24 – …», ru-u19).
               closing == last || !Self.isNumber(folded[d]), !folded[last].hasPrefix(in: g.partyNouns),
               !folded[last].hasSuffix(in: g.russianGenitivePluralEndings, longerThan: 4),
               !folded[last].hasSuffix(in: MentionGrammar.russianObliquePluralEndings, longerThan: 4),
               ((d + 1)...first).allSatisfy({ tokens[$0].leadingUpper == 0
                   // Round 41: a place's name before its unit in the Kazakh genitive, after a
                   // person's name and the dash («Әділет Қожанбаев – Көкпекті ауданының қазіргі
                   // әкімі;»: what the candidate is); a dateline has no genitive unit after it.
                   || ($0 < first && $0 == d + 1 && tokens[d].leadingUpper > 0 && tokens[$0 + 1].leadingUpper == 0
                       && folded[$0 + 1].hasPrefix(in: g.kazakhUnitNouns)
                       && folded[$0 + 1].hasSuffix(in: g.kazakhGenitiveEndings, longerThan: 3)) }),
               // Round 39: not past a verb, the sentence going on («требование протестующих —
               // отправил в отставку правительство»: the object; «15 — назначаются главой
               // государства»: the agent).
               !((d + 1)..<first).contains(where: { folded[$0].hasSuffix(in: g.russianVerbEndings, longerThan: 5) }),
               // Round 48: nor after a preposition right after the dash, no nominative predicate
               // («С вопросами о наболевшем — к ⟦главе Южно-Казахстанской области⟧», ru-ed6); a
               // new holder after it stays out, one still to come («Отложенные сборы – к новому
               // премьеру?», ru-au6, not annotated), but not a body, new or not («– о новом
               // ⟦правительстве Казахстана⟧», ru-cw1).
               !(d + 1 < first && folded[d + 1].isOne(of: MentionGrammar.afterDashPrepositions)
                 && (folded[first].hasPrefix(in: g.bodyTitles)
                     || !((d + 2)..<first).contains(where: { folded[$0].hasPrefix(in: MentionGrammar.newWords) }))) {
                return true
            }
        }
        return false
    }

    func token(_ all: UnsafeBufferPointer<UInt16>, start: Int, end: Int, previousEnd: Int) -> Token {
        let kinds = Folding.table.kinds
        let upper = leadingUpper(all, start, end)
        var soft = true, joined = previousEnd < start, hard = false, paren = false
        var joiner = false, line = false, lines = 0
        for i in previousEnd..<start {
            let u = all[i]
            let k = kinds[Int(u)]
            // Round 60: a blank line ends a paragraph, and so a clause, punctuated or not: a
            // headline's «Нужны реформы» is no need of the President who opens the next line (ru-fg1).
            // (A CR LF pair is one line break.)
            if k.contains(.lineBreak) {
                line = true
                if !(u == 0x0A && i > previousEnd && all[i - 1] == 0x0D) { lines += 1 }
                if lines > 1 { hard = true }
            }
            if k.contains(.space) || k.contains(.lineBreak) { joined = false; continue }
            if k.contains(.hyphen) || k.contains(.apostrophe) { joiner = true; continue }
            if k.contains(.openingQuote) || k.contains(.closingQuote) || k.contains(.ignorable) { continue }
            soft = false
            joined = false
            if u == 0x28 { paren = true } else { hard = true }
        }
        if !joiner { joined = false }
        return Token(start: start, end: end, leadingUpper: upper,
                     quoteBefore: start > 0 && kinds[Int(all[start - 1])].contains(.openingQuote),
                     quoteAfter: end < all.count && kinds[Int(all[end])].contains(.closingQuote),
                     softGap: soft, joined: joined, hardGap: hard, lineBefore: line, parenBefore: paren,
                     parenAfter: end < all.count && all[end] == 0x29)
    }

    /// The alias words a token can be: its folded form is a word's stem plus an ending that word takes.
    func words(of f: UnsafeBufferPointer<UInt16>, leadingUpper: Int, into out: inout [Int32]) {
        do {
            let lo = 0, hi = f.count
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
                        if ok, !words[Int(e.word)].abbreviation || leadingUpper >= i - lo { out.append(e.word) }
                    }
                }
                guard i < hi else { break }
                node = wordTrie.child(node, f[i])
                if node < 0 { break }
                i += 1
            }
        }
    }

    /// Where token `t`'s alias words are in `cache.ids`, looked up on first need.
    func cachedWords(_ t: Int, tokens: [Token], folded: TokenFolds, cache: inout WordCache) -> Range<Int> {
        let known = cache.ranges[2 * t]
        if known >= 0 { return Int(known)..<Int(known + cache.ranges[2 * t + 1]) }
        let start = cache.ids.count
        words(of: folded[t], leadingUpper: tokens[t].leadingUpper, into: &cache.ids)
        cache.ranges[2 * t] = Int32(start)
        cache.ranges[2 * t + 1] = Int32(cache.ids.count - start)
        return start..<cache.ids.count
    }

    /// Whether token `t` is a party word (партия, партиясы, party …).
    func hasPartyWord(_ t: Int, tokens: [Token], folded: TokenFolds, cache: inout WordCache) -> Bool {
        for i in cachedWords(t, tokens: tokens, folded: folded, cache: &cache) where isPartyWord[Int(cache.ids[i])] { return true }
        return false
    }

    /// The shortest word in which two swapped letters are read as a misprint of an alias word.
    static let transposedWordLength = 7

    /// The phrase nodes after `node` that token `t` reaches with two adjacent letters swapped back.
    func transposedChildren(of node: Int32, token t: Int, tokens: [Token], folded: TokenFolds) -> [Int32] {
        // A swap after the first unit no alias word has there leaves that mismatch: only swaps up
        // to it can reach a word, and most words of a text miss at their first or second unit.
        let f = folded[t]
        var reach = 0, trieNode = UnitTrie.root
        while reach < f.count {
            let next = wordTrie.child(trieNode, f[reach])
            if next < 0 { break }
            trieNode = next
            reach += 1
        }
        // A word the alias words' trie reads through is a beginning of one of them, no misprint.
        guard reach < f.count else { return [] }
        var word = Array(f)
        var ids: [Int32] = [], out: [Int32] = []
        for k in 0...min(reach, word.count - 2) where word[k] != word[k + 1] {
            word.swapAt(k, k + 1)
            ids.removeAll(keepingCapacity: true)
            word.withUnsafeBufferPointer { words(of: $0, leadingUpper: tokens[t].leadingUpper, into: &ids) }
            for id in ids {
                if let child = phraseChild(node, id), !out.contains(child) { out.append(child) }
            }
            word.swapAt(k, k + 1)
        }
        return out
    }

    /// The longest alias phrase starting at token `first` whose context holds (a definite one
    /// before a tentative one of the same length), or else the longest one an exclusion rules out.
    func longestMatch(at first: Int, tokens: [Token], folded: TokenFolds, all: UnsafeBufferPointer<UInt16>,
                      cache: inout WordCache) -> (subject: Int, end: Int, nextToken: Int, status: Status, abbreviation: Bool, commonWord: Bool)? {
        var best: (rule: Int, last: Int, status: Status)?
        var blocked: (rule: Int, last: Int)?
        // The stack is the cache's, reused from candidate to candidate.
        var stack = cache.stack
        cache.stack = []
        stack.append((0, first))
        while let (node, t) = stack.popLast() {
            guard t < tokens.count, t == first || tokens[t].softGap else { continue }
            func visit(_ child: Int32) {
                for r in phraseRules[Int(child)] {
                    if let b = best, t < b.last || (t == b.last && (b.status == .definite || b.status == .afterMention)) { continue }
                    switch verdict(rules[r], first: first, last: t, tokens: tokens, folded: folded, all: all, cache: &cache) {
                    case .holds: best = (r, t, .definite)
                    case .tentative:
                        let status: Status = rules[r].context == .afterMention ? .afterMention : .person(surname: rules[r].surname)
                        if best == nil || t > best!.last { best = (r, t, status) }
                    case .excluded: if blocked == nil || t > blocked!.last { blocked = (r, t) }
                    case .fails: break
                    }
                }
                stack.append((child, t + 1))
            }
            var continued = false
            let known = cachedWords(t, tokens: tokens, folded: folded, cache: &cache)
            for i in known {
                guard let child = phraseChild(node, cache.ids[i]) else { continue }
                continued = true
                visit(child)
            }
            // Two letters swapped in a long word of a multi-word alias whose words before it match
            // («Орталық сайлау комиссяисының»: round 14); never its first word, nor a word that is
            // itself an alias word.
            if !continued, known.isEmpty, t > first, folded[t].count >= Self.transposedWordLength {
                for child in transposedChildren(of: node, token: t, tokens: tokens, folded: folded) { visit(child) }
            }
            // Round 26: a region's capitalised adjective inside a Russian title, before the unit's
            // noun («глава Теректинского района», «главе администрации Туркестанской области»), or
            // two joined by «и» («главы Букейординского и Жанибекского районов»): read past.
            // Round 28: a hyphenated one too («главы Северо-Казахстанской области»).
            let hyphenated = !continued && t > first && t + 1 < tokens.count && !tokens[t].hardGap && tokens[t].leadingUpper > 0
                && !tokens[t].joined && tokens[t + 1].joined
                && folded[t + 1].hasSuffix(in: MentionGrammar.placeAdjectiveEndings, longerThan: 5)
            if hyphenated || (!continued && t > first && placeAdjective(t, tokens: tokens, folded: folded)) {
                var next = hyphenated ? t + 2 : t + 1
                if next + 1 < tokens.count, !tokens[next].hardGap, folded[next].isOne(of: MentionGrammar.andWords),
                   placeAdjective(next + 1, tokens: tokens, folded: folded) {
                    next += 2
                }
                if next < tokens.count, !tokens[next].hardGap, folded[next].hasPrefix(in: MentionGrammar.placeNouns) {
                    stack.append((node, next))
                }
            }
        }
        cache.stack = stack
        guard let best else {
            // Consumed, so that a shorter alias inside it does not match: «имени Нурсултана Назарбаева».
            guard let blocked else { return nil }
            // Only a common title's exclusion (Президент России) bars that title later in the text;
            // a compound of it (вице-премьер, a deputy's office) is another title and bars nothing.
            // A title excluded as a post by the word before it («по представлению нового премьера»,
            // «кандидатура премьер-министра») bars nothing either: only another country's office
            // makes the text's later bare titles that country's (round 24).
            // Nor does the office counted or a place named after it (round 25: «Үкімет үйінде»).
            // Nor an account named after the office (round 26: «Twitter Главы государства»).
            let post = first > 0 && !tokens[first].hardGap && (folded[first - 1].hasPrefix(in: MentionGrammar.postWordsBefore)
                                                              || folded[first - 1].hasPrefix(in: grammar.accountWords)
                                                              || (tokens[first - 1].joined && first > 1 && folded[first - 2].hasPrefix(in: grammar.accountWords)))
                || foreignOffices.placeOrCount(subject: rules[blocked.rule].subject, first: first, last: blocked.last,
                                               tokens: tokens, folded: folded, all: all)
            // Round 32: nor an agency of this country's office, the word before it one of this
            // country's agencies and no other country's name after («Пресс-служба президента
            // поделилась видео», then «президент заметил»); «администрации президента России» bars.
            // Round 51: nor this country's election of the office («провести досрочные выборы президента»,
            // then «альтернативы действующему президенту»: ru-ej2); «выборы президента США» bars.
            let agency = first > 0 && !tokens[first].hardGap
                && (folded[first - 1].hasPrefix(in: MentionGrammar.agencyWordsBefore)
                    || folded[first - 1].hasPrefix(in: grammar.russianElectionWords))
                && !(blocked.last + 1 < tokens.count && !tokens[blocked.last + 1].hardGap
                     && !rules[blocked.rule].notFollowedBy.words.isEmpty
                     && folded[blocked.last + 1].hasPrefix(in: rules[blocked.rule].notFollowedBy))
            // Round 51: nor a deputy's title before it, this country's deputy («назначении … заместителя
            // премьера», then «обновления состава правительства»: ru-ei6), as «вице-премьер» joined.
            let deputy = first > 0 && !tokens[first].hardGap && folded[first - 1].hasPrefix(in: grammar.deputyWords)
            // Round 57: nor a name in quotes that opens on the title («НАО "Правительство для граждан"»).
            let quotedName = tokens[first].quoteBefore && !tokens[blocked.last].quoteAfter
            let title = (rules[blocked.rule].context == .capitalised || rules[blocked.rule].context == .afterMention)
                && !tokens[first].joined && !post && !agency && !deputy && !quotedName
            return (rules[blocked.rule].subject, tokens[blocked.last].end, blocked.last + 1, title ? .blocked : .consumed, false, false)
        }
        let rule = rules[best.rule]
        var last = best.last
        // A suffix hyphenated onto the alias: ЖСДП-ның, ҚПП-на, «Ауыл»-ға.
        if last + 1 < tokens.count, tokens[last + 1].joined {
            let bits = suffixes.bits(of: folded[last + 1])
            if bits & (Inflection.Kind.kazakh.rawValue | Inflection.Kind.russianAll.rawValue | Inflection.Kind.latin.rawValue) != 0 { last += 1 }
        }
        var end = tokens[last].end
        // The abbreviation in parentheses after a full name is the same mention: … партия (ОСДП).
        if last + 1 < tokens.count, tokens[last + 1].parenBefore, tokens[last + 1].parenAfter {
            let a = last + 1
            for i in cachedWords(a, tokens: tokens, folded: folded, cache: &cache) {
                guard let child = phraseChild(0, cache.ids[i]) else { continue }
                if phraseRules[Int(child)].contains(where: { rules[$0].subject == rule.subject }) {
                    last = a
                    end = tokens[a].end + 1
                    break
                }
            }
        }
        return (rule.subject, end, last + 1, best.status, rule.abbreviation, rule.context == .capitalised)
    }

    /// A capitalised Russian adjective of a place («Туркестанской», «Теректинского»), in the clause.
    func placeAdjective(_ t: Int, tokens: [Token], folded: TokenFolds) -> Bool {
        t < tokens.count && !tokens[t].hardGap && tokens[t].leadingUpper > 0 && !tokens[t].joined
            && folded[t].hasSuffix(in: MentionGrammar.placeAdjectiveEndings, longerThan: 5)
    }

    enum Verdict { case holds, tentative, excluded, fails }

    /// A Russian title in the nominative after an election word: a masculine one with no ending
    /// («дату выборов президент должен назначить», round 18), «глава» and the soft-sign titles
    /// («выборы глава государства назначил», «председатель»: round 22), whose genitives are
    /// «главы», «председателя».
    static func russianNominativeTitle(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let last = word.last else { return false }
        if MentionGrammar.isRussianConsonant(last) || last == 0x44C { return true }  // ь
        return word.elementsEqual(Self.headNominative)
    }
    static let headNominative = Array("глава".utf16)
    /// «и» joining two capitalised words after a title in the instrumental (round 28).
    static let andWord = Array("и".utf16)

    /// Round 53: whether the text from `start` to `end` is glued into a handle or an address: «@» or
    /// «_» or «/» right before it, or a lower-case Latin letter and a dot before its own lower-case
    /// Latin letter; «_» right after, or a dot and a lower-case Latin letter.
    static func inAddress(start: Int, end: Int, all: UnsafeBufferPointer<UInt16>) -> Bool {
        if start > 0, all[start - 1] == 0x40 || all[start - 1] == 0x5F || all[start - 1] == 0x2F { return true }
        // «@ulytau.akimat»: lower-case Latin letters on both sides of the dot (an initial's dot
        // follows a capital; «zakon.kz.ОСДП», a sentence glued to the next, starts with one).
        if start > 1, all[start - 1] == 0x2E, (0x61...0x7A).contains(all[start - 2]), (0x61...0x7A).contains(all[start]) { return true }
        if end < all.count, all[end] == 0x5F { return true }
        if end + 1 < all.count, all[end] == 0x2E, (0x61...0x7A).contains(all[end + 1]) { return true }
        return false
    }

    /// Round 50: a fund, library or other named place at token `w` (none when -1).
    func placeNoun(_ w: Int, folded: TokenFolds) -> Bool {
        w >= 0 && folded[w].hasPrefix(in: grammar.namedPlaceNouns)
    }
    /// Round 49: «имени» at token `w` after a named place (none when -1): «парк имени».
    func placeNamedAfter(_ w: Int, tokens: [Token], folded: TokenFolds) -> Bool {
        w >= 1 && !tokens[w].hardGap && folded[w].isOne(of: grammar.namedAfterRussian) && folded[w - 1].hasPrefix(in: grammar.namedPlaceNouns)
    }

    func verdict(_ rule: borrowing Rule, first: Int, last: Int, tokens: [Token], folded: TokenFolds, all: UnsafeBufferPointer<UInt16>,
                 cache: inout WordCache) -> Verdict {
        func f(_ t: Int) -> UnsafeBufferPointer<UInt16> { folded[t] }
        // An office-holder's name out of office on the text's day names no subject.
        guard rule.inEffect else { return .fails }
        // Round 53: a word of a social-media handle or a web address names an account, not the
        // subject, and bars nothing («@akimat_qaragandy», «qalasy_akimdigi», «facebook.com/akimat.priozersk»,
        // ru-er9 of the sixty-seventh set). Initials stay: «Н.Назарбаев» has its dot before.
        if Self.inAddress(start: tokens[first].start, end: tokens[last].end, all: all) { return .fails }
        // Round 58: a surname in the plural is the family, not its holder: «Назарбаевтар әулетінің
        // зиратында» (kk-fc6), «семейный совет Назарбаевых» (the development set's ru-ck4).
        if tokens[last].leadingUpper > 0, rule.surname.count > 4, f(last).count > rule.surname.count,
           f(last).starts(with: rule.surname),
           MentionGrammar.surnameEndings.contains(where: { rule.surname.count > $0.count && rule.surname.suffix($0.count).elementsEqual($0) }) {
            let rest = f(last).dropFirst(rule.surname.count)
            if grammar.kazakhPlurals.contains(where: { rest.starts(with: $0) })
                || MentionGrammar.russianFamilyPlurals.contains(where: { rest.elementsEqual($0) }) {
                return .fails
            }
        }
        // Round 58: an organisation's head (MentionGrammar.organizationGenitives).
        if last + 1 < tokens.count, !tokens[last + 1].hardGap, !tokens[last + 1].joined,
           f(last + 1).isOne(of: MentionGrammar.organizationGenitives), f(last).hasPrefix(in: grammar.oneHolderTitles) {
            return .fails
        }
        // Round 58: «ел басы» with «ел» inflected is the idiom «елдің басын қосу» (kl-fc1), not the epithet.
        if last == first + 1, f(first).count > 2, f(first).hasPrefix(in: grammar.elWords), f(last).hasPrefix(in: grammar.basWords) {
            return .fails
        }
        var after = last + 1
        if after < tokens.count, tokens[after].joined {
            // A compound's second half is read too: «премьер-лига» is the Premier League.
            if !rule.notFollowedBy.words.isEmpty, f(after).hasPrefix(in: rule.notFollowedBy) { return .excluded }
            after += 1
        }
        // An ordinal between is read past: «Премьер-министрдің бірінші / 1-інші орынбасары» (round 22).
        if after + 1 < tokens.count, !tokens[after].hardGap, !rule.notFollowedBy.words.isEmpty {
            var ordinal = after
            // «1-інші», «2-ші»: the digits, then the suffix joined to them.
            if f(ordinal).allSatisfy({ (0x30...0x39).contains($0) }), ordinal + 2 < tokens.count, tokens[ordinal + 1].joined { ordinal += 1 }
            let isOrdinal = ordinal > after ? f(ordinal).isOne(of: grammar.kazakhOrdinalSuffixes)
                : f(ordinal).hasSuffix(in: grammar.kazakhOrdinalEndings, longerThan: 3)
            if isOrdinal, !tokens[ordinal + 1].hardGap, f(ordinal + 1).hasPrefix(in: rule.notFollowedBy) { return .excluded }
        }
        if after < tokens.count, !tokens[after].hardGap, !rule.notFollowedBy.words.isEmpty {
            let next = f(after)
            // The voters and suffrage follow a title as an election word does, but name no election.
            if next.hasPrefix(in: rule.notFollowedBy), !next.hasPrefix(in: grammar.voterWords),
               !(next.hasPrefix(in: grammar.suffrageWords) && after + 1 < tokens.count && !tokens[after + 1].hardGap
                 && f(after + 1).hasPrefix(in: grammar.rightWords)),
               // Round 32: a holder's campaign, the title in the genitive before «сайлауалды»
               // («Аудан әкімінің сайлауалды бағдарламасы»), names no election either.
               !(f(last).hasSuffix(in: grammar.kazakhGenitiveEndings, longerThan: 3) && next.hasPrefix(in: grammar.campaignWords)) {
                return .excluded
            }
        }
        // Round 52: a second name joined by a Kazakh «and», then the excluded word, rules the first out
        // too: «Ақжол мен Қауыншы тұрғындары», «Ақжол және Қауыншы елді мекенінің» (two villages).
        if after + 2 < tokens.count, !rule.notFollowedBy.words.isEmpty, !tokens[after].hardGap, !tokens[after + 1].hardGap,
           !tokens[after + 2].hardGap, f(after).isOne(of: grammar.kazakhAnd), tokens[after + 1].leadingUpper > 0,
           f(after + 2).hasPrefix(in: rule.notFollowedBy)
            || after + 3 < tokens.count && !tokens[after + 3].hardGap
            && rule.notFollowedByPairs.contains(where: { f(after + 2).starts(with: $0.0) && f(after + 3).starts(with: $0.1) }) {
            return .excluded
        }
        // Round 36: a Kazakh title in the genitive before its election with a particle or words of
        // the election's manner between («ауылдық округ әкімдерінің де сайлауы», «Ауыл
        // әкімдерінің алғашқы тікелей сайлауы»), as «әкімдерінің сайлауы»; not the voters, the
        // campaign or suffrage («әкімінің де сайлаушылары», «сайлауалды»).
        if after + 1 < tokens.count, !rule.notFollowedBy.words.isEmpty,
           f(last).hasSuffix(in: grammar.kazakhGenitiveEndings, longerThan: 3) {
            var t = after
            while t < tokens.count, t < after + 3, !tokens[t].hardGap, f(t).isOne(of: grammar.kazakhElectionBetween) { t += 1 }
            if t > after, t < tokens.count, !tokens[t].hardGap, f(t).hasPrefix(in: grammar.suffrageWords),
               f(t).hasPrefix(in: rule.notFollowedBy), !f(t).hasPrefix(in: grammar.voterWords), !f(t).hasPrefix(in: grammar.campaignWords),
               !(t + 1 < tokens.count && !tokens[t + 1].hardGap && f(t + 1).hasPrefix(in: grammar.rightWords)) {
                return .excluded
            }
        }
        // Round 34: an organisation the codebook names after a title, one or two adjectives in the
        // genitive between («Президент общественного фонда "Мир Евразии"», «президента Национальной
        // академии наук»), is another organisation's head, as «Президент фонда».
        if after < tokens.count, !rule.notFollowedBy.words.isEmpty {
            var t = after
            while t < tokens.count, t < after + 2, !tokens[t].hardGap,
                  f(t).hasSuffix(in: grammar.russianGenitiveAdjectiveEndings, longerThan: 3) { t += 1 }
            if t > after, t < tokens.count, !tokens[t].hardGap, f(t).hasPrefix(in: grammar.organisationNouns),
               f(t).hasPrefix(in: rule.notFollowedBy) {
                return .excluded
            }
        }
        if after + 1 < tokens.count, !tokens[after].hardGap, !tokens[after + 1].hardGap, !rule.notFollowedByPairs.isEmpty {
            let next = f(after), second = f(after + 1)
            if rule.notFollowedByPairs.contains(where: { next.starts(with: $0.0) && second.starts(with: $0.1) }) { return .excluded }
        }
        if foreignOffices.excludes(subject: rule.subject, context: rule.context, holderName: !rule.during.isEmpty, aliasStem: rule.surname,
                                   first: first, last: last,
                                   after: after, tokens: tokens, folded: folded, all: all) {
            return .excluded
        }
        if rule.during.isEmpty, rule.context != .person, foreignOffices.peopleBefore(subject: rule.subject, first: first, tokens: tokens, folded: folded) {
            return .fails
        }
        // Round 60: a title or body quoted as a word, not used: after «слово / термин» («как переводится
        // слово "правительство"?»), or quoted alone as a whole sentence, the word given («"Үкімет".»,
        // ru-fg14). Names quoted as names keep their own rules (parties' quotes and party words).
        if rule.context != .quoted, rule.context != .partyWord, rule.context != .person,
           tokens[first].quoteBefore, tokens[last].quoteAfter {
            if first > 0, !tokens[first].hardGap, f(first - 1).isOne(of: MentionGrammar.wordNouns) { return .fails }
            func stop(_ a: Int, _ b: Int) -> Bool { (a..<b).contains { MentionGrammar.isSentenceBreak(all[$0]) } }
            if first == last, first > 0, last + 1 < tokens.count,
               stop(tokens[first - 1].end, tokens[first].start), stop(tokens[last].end, tokens[last + 1].start) {
                return .fails
            }
        }
        // «еліміздің басынан … өткен жоқ», «елдің басына түсті»: a country's genitive before «басына /
        // басынан» is the idiom of what befalls a country, not the title «ел басы» (round 22).
        if first < last, f(last).isOne(of: grammar.befallHeadForms),
           f(first).hasSuffix(in: grammar.kazakhGenitiveEndings, longerThan: 3) {
            return .excluded
        }
        // «еліміздің басым бөлігінде»: «басым» (most) after «ел», not the title (round 24).
        if first < last, f(last).isOne(of: grammar.predominantForms) { return .excluded }
        // The title's residence, a place named after the office, not its holder (round 21):
        // «Президентінің резиденциясында», with a place's adjective or the residence's quoted name
        // between («ҚР Президентінің Бейжіңдегі резиденциясында», «Elbasynyń "Aqorda" rezıdensııasynda»).
        if after < tokens.count, !tokens[after].hardGap {
            var r = after
            if !f(r).hasPrefix(in: grammar.residenceWords) {
                if tokens[r].quoteBefore {
                    while r < tokens.count, r < after + 3, !tokens[r].quoteAfter { r += 1 }
                    r += 1
                } else if f(r).hasSuffix(in: grammar.kazakhLocativeAdjectiveEndings, longerThan: 4) {
                    r += 1
                } else {
                    r = tokens.count
                }
            }
            if r < tokens.count, !tokens[r].hardGap, f(r).hasPrefix(in: grammar.residenceWords) { return .excluded }
        }
        // A site's name: «деп хабарлайды Elbasy.kz», the dot right after the name (round 11).
        if last + 1 < tokens.count, tokens[last].end < all.count, all[tokens[last].end] == 0x2E,
           tokens[last + 1].start == tokens[last].end + 1, f(last + 1).isOne(of: grammar.siteEndings) {
            return .excluded
        }
        // The quoted title of a legal act names a document: «"… Үкіметі туралы" Жарлық»; the act's
        // capitalised words may come between («"… Президенті туралы" Қазақстан Республикасы
        // Конституциялық заңының»: round 14).
        func act(after about: Int) -> Bool {
            var t = about + 1
            while t < tokens.count, t <= about + 4, !tokens[t].hardGap {
                if f(t).hasPrefix(in: grammar.legalActWords) { return true }
                guard tokens[about].quoteAfter, tokens[t].leadingUpper > 0 else { return false }
                t += 1
            }
            return false
        }
        if after + 1 < tokens.count, !tokens[after].hardGap, f(after).isOne(of: grammar.aboutWord), act(after: after) {
            return .excluded
        }
        // Round 34: the Russian act named after an office, its quoted title opening with «О / Об»
        // and the alias one or two words after it («закон «О Первом Президенте Республики Казахстан
        // — Елбасы»», «указа «О Правительстве»»), the act's word right before the quote: a fixed
        // name, as the holiday «Тұңғыш Президент күні». A title deeper inside the act's title stays
        // («Указу «О проведении встреч акимов с населением»»: akims in general, annotated so).
        // Further on, its capitalised words or titles between: «— Елбасы», «— елбасы» at its end.
        for q in stride(from: first - 1, through: max(1, first - 6), by: -1)
        where tokens[q].quoteBefore && !tokens[q].hardGap && f(q).isOne(of: grammar.russianAboutWords)
            && ((q + 1)...first).allSatisfy({ !tokens[$0].hardGap && !tokens[$0].quoteBefore })
            && (q + 1 >= first - 1 || ((q + 2)..<first).allSatisfy({
                tokens[$0].leadingUpper > 0 || f($0).hasPrefix(in: grammar.oneHolderTitles)
                    || f($0).hasPrefix(in: grammar.russianFirstWords) }))
            && f(q - 1).hasPrefix(in: grammar.russianLegalActWords) {
            return .excluded
        }
        // … and so does a title further inside it, up to the quote's end: «"Әкімдердің есеп беруі
        // туралы" Жарлық»; a quote that opens first is another title.
        var inTitle = after
        while inTitle + 1 < tokens.count, inTitle <= after + 14, !tokens[inTitle].hardGap, !tokens[inTitle].quoteBefore {
            if tokens[inTitle].quoteAfter {
                if f(inTitle).isOne(of: grammar.aboutWord), act(after: inTitle) { return .excluded }
                break
            }
            inTitle += 1
        }
        // The tail of a quoted name before a project noun names the project: «"Ашық әкімдік"
        // жобасы» (round 14); the quote opens on a word before the alias, in the same clause.
        if tokens[last].quoteAfter, !tokens[first].quoteBefore, last + 1 < tokens.count, !tokens[last + 1].hardGap,
           f(last + 1).hasPrefix(in: grammar.projectNouns) {
            var q = first - 1
            while q >= 0, q >= first - 6, !tokens[q + 1].hardGap {
                if tokens[q].quoteBefore { return .excluded }
                q -= 1
            }
        }
        // The head of a quoted name of two to four words before a programme's or a project's noun
        // names it, as round 14's tail: «"Әкім сағаты" жобасы», «"Аким на связи" программасы» (round 23).
        if tokens[first].quoteBefore, !tokens[last].quoteAfter {
            var q = last + 1
            while q < tokens.count, q < last + 3, !tokens[q].hardGap, !tokens[q].quoteAfter { q += 1 }
            if q < tokens.count, q <= last + 3, !tokens[q].hardGap, tokens[q].quoteAfter, q + 1 < tokens.count, !tokens[q + 1].hardGap,
               f(q + 1).hasPrefix(in: MentionGrammar.programmeNouns) || f(q + 1).hasPrefix(in: grammar.projectNouns) {
                return .excluded
            }
        }
        // One quoted word before or after a programme's noun names the programme: «"Әкім"
        // бағдарламасы», «"Ауыл" жобасы», «передача «Аким»» (round 20: a TV programme); a party's
        // programme has its party word between («"Ауыл" партиясының бағдарламасы»).
        // Not after a party word: «партии «Ауыл» бағдарламасы» is the party's.
        if first == last, tokens[first].quoteBefore, tokens[last].quoteAfter,
           first == 0 || tokens[first].hardGap || !f(first - 1).hasPrefix(in: MentionGrammar.partyStems) {
            if last + 1 < tokens.count, !tokens[last + 1].hardGap, f(last + 1).hasPrefix(in: MentionGrammar.programmeNouns) {
                return .excluded
            }
            if first > 0, !tokens[first].hardGap, f(first - 1).hasPrefix(in: MentionGrammar.programmeNouns) { return .excluded }
        }
        // A title quoted as a status or a term: «узаконенный "лидер нации"», «"Елбасы" мәртебесі»
        // (round 21).
        if tokens[first].quoteBefore, tokens[last].quoteAfter {
            if first > 0, !tokens[first].hardGap, f(first - 1).hasPrefix(in: grammar.statusWordsBefore) { return .excluded }
            if after < tokens.count, !tokens[after].hardGap, f(after).hasPrefix(in: grammar.statusWordsAfter) { return .excluded }
        }
        // Round 34: unquoted too, a one-person office's title right after «статус» («имея статус
        // Елбасы», «отмена статуса елбасы», «наделении его статусом лидера нации») or a Kazakh title
        // in the nominative right before «мәртебе-» («Елбасы мәртебесін алып тастау») is the status,
        // no holder; the holder named right after it is the person («статус Первого Президента
        // Нурсултана Назарбаева»), and the Kazakh genitive is his («Елбасының мәртебесі»).
        if !tokens[first].quoteBefore, foreignOffices.personalOffices.contains(rule.subject), rule.during.isEmpty,
           rule.context != .person, !f(first).hasPrefix(in: grammar.bodyTitles),
           !(after < tokens.count && !tokens[after].hardGap
             && (personName(after, tokens: tokens, folded: folded) || nameOpens(after, tokens: tokens, folded: folded))) {
            // Not the nominative subject after it («Статус Президент подтвердил»).
            if first > 0, !tokens[first].hardGap, f(first - 1).hasPrefix(in: grammar.russianStatusWords),
               !Self.russianNominativeTitle(f(first)) {
                // Round 41: the rank («звания лидера нации») fails without barring the text's later
                // bare titles («памятники ⟦первому президенту⟧»).
                return f(first - 1).hasPrefix(in: grammar.russianRankWords) ? .fails : .excluded
            }
            if after < tokens.count, !tokens[after].hardGap, f(after).hasPrefix(in: grammar.kazakhStatusWords),
               !f(last).hasSuffix(in: grammar.kazakhGenitiveEndings, longerThan: 3) {
                return .excluded
            }
        }
        // «Д.Назарбаева»: an initial a name's exclusions list, one letter and its full stop right
        // before it, is another person of that family (round 18: Dariga).
        if first > 0, !rule.notPrecededBy.singles.isEmpty, tokens[first - 1].end - tokens[first - 1].start == 1,
           tokens[first - 1].end < all.count, all[tokens[first - 1].end] == 0x2E,
           Self.onlySpaces((tokens[first - 1].end + 1)..<tokens[first].start, all: all),
           f(first - 1).hasPrefix(inWords: rule.notPrecededBy) {
            return .excluded
        }
        if first > 0, !tokens[first].hardGap, !rule.notPrecededBy.words.isEmpty {
            let previous = f(first - 1)
            // «дату выборов президент должен назначить»: a title in the nominative (a masculine one
            // with no ending) after an election word is the next clause's subject, not the office
            // elected (round 18); «выборы президента» stays the election.
            // A one-letter word of the list is an initial, not every word it begins.
            // Round 41: the powers extended are the sitting holder's own term, the person, not the
            // office: «по продлению полномочий президента Казахстана», «продлить полномочия
            // Президента РК до 2020 года» (ru-v2, the sixtieth set's dq7 and dq8); «срок
            // полномочий» may stand between. «сложил полномочия президента» stays the post.
            let extended = previous.hasPrefix(in: grammar.powersWords) && (1...2).contains { k in
                first - 1 - k >= 0 && (first - k...first - 1).allSatisfy({ !tokens[$0].hardGap })
                    && f(first - 1 - k).hasPrefix(in: grammar.extendWords)
            }
            if previous.hasPrefix(inWords: rule.notPrecededBy), !extended,
               !(previous.hasPrefix(in: grammar.russianElectionWords) && Self.russianNominativeTitle(f(first))) {
                return .excluded
            }
            // Round 62: a possessive between («все заместители нашего премьер-министра», ru-fk4).
            if first > 1, !tokens[first - 1].hardGap, previous.isOne(of: MentionGrammar.russianPossessives),
               f(first - 2).hasPrefix(inWords: rule.notPrecededBy) {
                return .excluded
            }
            // Round 37: the capacity past one adjective in the genitive («в качестве избранного
            // президента Казахстана»), as round 25's «в качестве главы государства».
            if first > 1, !tokens[first - 1].hardGap, tokens[first - 1].leadingUpper == 0,
               previous.hasSuffix(in: grammar.russianGenitiveAdjectiveEndings, longerThan: 3),
               f(first - 2).elementsEqual(MentionGrammar.capacityNoun.utf16), f(first - 2).hasPrefix(inWords: rule.notPrecededBy) {
                return .excluded
            }
        }
        // Round 41: a body after its head's title after a deputy's title («первый заместитель
        // главы кабмина Роман Скляр»): the deputy Prime Minister's title. (The Kazakh «үкімет
        // басшысының бірінші орынбасары» is annotated both ways: kk-bt23 counts it, kk-dn18 not.)
        if f(first).hasPrefix(in: grammar.bodyTitles) {
            if first > 1, !tokens[first].hardGap, !tokens[first - 1].hardGap, f(first - 1).hasPrefix(in: grammar.headWords),
               f(first - 2).hasPrefix(in: grammar.deputyWords) {
                return .fails
            }
        }
        // Round 41: a subject's name inside the quoted name of an enterprise, its legal form right
        // before the quote («директор РГП «Информационно-технический центр ЦИК РК»»), is part of
        // that organisation's name, as «ТОО «Ак жол»» (round 22).
        var quote = first
        while quote > 0, quote >= first - 6, !tokens[quote].quoteBefore, !tokens[quote - 1].quoteAfter { quote -= 1 }
        if quote > 0, quote >= first - 6, tokens[quote].quoteBefore, !tokens[quote - 1].joined,
           tokens[quote - 1].leadingUpper == tokens[quote - 1].end - tokens[quote - 1].start,
           f(quote - 1).isOne(of: MentionGrammar.enterpriseForms) {
            return .fails
        }
        // Round 41: «во главе региона» (at the head of the region: «год во главе региона») is the
        // preposition «во главе», a place in the hierarchy, never the title «глава региона»; a body
        // after it is read by its own alias («во главе ⟦кабинета министров⟧»).
        if first > 0, !tokens[first].hardGap, f(first).elementsEqual(MentionGrammar.ledBy[1]),
           f(first - 1).elementsEqual(MentionGrammar.ledBy[0]) {
            return .fails
        }
        // Round 57: a site named after a bare akimat, with no place (the ruling before the fortieth set:
        // a page with no place): «опубликованном на сайте акимата.», «через сайт акимата - astana.gov.kz»
        // (ru-ez16); «сайт акимата Семея», «на сайте акимата области / столицы» name the akimat. Not the
        // Kazakh «әкімдіктің сайты», annotated both ways (kk-ew4 no, the development set's kk-bb5 yes).
        if first == last, f(first).hasPrefix(in: MentionGrammar.akimatStems), tokens[first].leadingUpper == 0 {
            if first > 0, !tokens[first].hardGap, f(first - 1).hasPrefix(in: MentionGrammar.siteWords),
               !(after < tokens.count && !tokens[after].hardGap && (tokens[after].leadingUpper > 0 || f(after).hasPrefix(in: MentionGrammar.sitePlaceNouns)
                                     || placeAdjective(after, tokens: tokens, folded: folded))) {
                return .fails
            }
        }
        // Round 26: a social network's account named after a one-person office, the title in the
        // genitive right after it («со ссылкой на Twitter Главы государства», «в Telegram-канале
        // президента»): an agency, as «сайт Главы государства»; in the nominative it is the holder
        // writing there («написал в Twitter Президент»).
        if first > 0, !tokens[first].hardGap, foreignOffices.personalOffices.contains(rule.subject), rule.during.isEmpty,
           f(first).hasPrefix(in: grammar.oneHolderTitles) || f(first).hasPrefix(in: grammar.headWords),
           !f(first).hasPrefix(in: grammar.bodyTitles), !Self.russianNominativeTitle(f(first)) {
            var p = first - 1
            if tokens[p].joined, p > 0, !f(p).hasPrefix(in: grammar.accountWords) { p -= 1 }
            if f(p).hasPrefix(in: grammar.accountWords) { return .excluded }
        }
        // An office-holder's name as his appointment is announced (round 17; SOURCES.md rounds
        // 9–10): «Смайылов ҚР премьер-министрі қызметіне тағайындалды», «Смайыловты премьер-министр
        // ретінде тағайындау»; his candidacy («Маминнің кандидатурасын») is left out by the
        // codebook's «кандидатур» exclusions since the ruling before round 18 (SOURCES.md). The verb
        // within five words in the clause; «былтыр … жетекші болып тағайындалған» further on is his
        // career.
        if !rule.during.isEmpty, after < tokens.count, !tokens[after].hardGap {
            let accusative = f(last).hasSuffix(in: grammar.kazakhAccusativeEndings, longerThan: 3)
            var t = after, words = 0
            while t < tokens.count, words < 5, !tokens[t].hardGap {
                let word = f(t)
                if word.hasPrefix(in: grammar.kazakhAppointedVerbs) { return .excluded }
                if accusative, word.hasPrefix(in: grammar.kazakhAppointingNouns) { return .excluded }
                if word.hasSuffix(in: grammar.appointeeSearchStops, longerThan: 3) { break }
                if !(t + 1 < tokens.count && tokens[t + 1].joined) { words += 1 }
                t += 1
            }
        }
        // Round 39: the Soviet state's body, «Кеңес үкіметі орнасымен 1920 жылы», «советское
        // правительство»: not Kazakhstan's, as round 37's «ЦИК СССР». Not «Қауіпсіздік Кеңесі
        // Үкіметке …» (a council's possessive).
        if first > 0, !tokens[first].hardGap, f(first).hasPrefix(in: grammar.bodyTitles),
           f(first - 1).isOne(of: grammar.sovietNoun) || f(first - 1).hasPrefix(in: grammar.sovietAdjectives) {
            return .excluded
        }
        // Round 46: a Russian region's cabinet, «пресс-служба областного правительства» (Omsk's):
        // Kazakhstan's regions have akimats.
        if first > 0, !tokens[first].hardGap, f(first).hasPrefix(in: MentionGrammar.governmentStems),
           f(first - 1).hasPrefix(in: grammar.regionalGovernmentAdjectives) {
            return .excluded
        }
        // Round 39: a holder's surname alone before a comma and a house number with a slash or a
        // letter, «это Назарбаева, 20/1», «Назарбаева, 12а»: an address on the street named after
        // him (the codebook leaves out «улица Назарбаева»). Not «Назарбаев, 20 лет назад».
        if first == last, tokens[last].leadingUpper > 0, ForeignOffices.isName(rule.surname) {
            var i = tokens[last].end
            if i < all.count, all[i] == 0x2C {
                i += 1
                while i < all.count, all[i] == 0x20 { i += 1 }
                var digits = 0
                while i < all.count, digits < 4, Self.isDigit(all[i]) { digits += 1; i += 1 }
                if (1...3).contains(digits), i < all.count, all[i] == 0x2F || (all[i] >= 0x430 && all[i] <= 0x44F) {
                    return .excluded
                }
            }
        }
        // Round 49: a holder's surname in a woman's declension, «оценивать шансы Назарбаевой»
        // (Dariga Nazarbayeva, ru-ee3 of the sixty-fourth set): a man's «-ов / -ев» never ends in
        // «-ой / -ою».
        if ForeignOffices.isName(rule.surname), f(last).count == rule.surname.count + 2,
           f(last).starts(with: rule.surname), f(last).hasSuffix(in: grammar.feminineSurnameEndings, longerThan: 3) {
            return .excluded
        }
        // Round 50: the same surname in the nominative opening a clause before a verb in the
        // feminine past, «По данным Zakon, Назарбаева решила …» (Dariga, ru-ei14 of the sixty-fifth
        // set); «у Назарбаева была встреча» (a preposition before) stays.
        if ForeignOffices.isName(rule.surname), first == last, f(last).count == rule.surname.count + 1,
           f(last).starts(with: rule.surname), f(last).last == 0x0430,
           first == 0 || tokens[first].hardGap || tokens[first].lineBefore,
           after < tokens.count, !tokens[after].hardGap, tokens[after].leadingUpper == 0,
           f(after).hasSuffix(in: grammar.feminineVerbEndings, longerThan: 3) {
            return .excluded
        }
        // Round 39: a holder's name before «атындағы» (named after) is a school's or a place's name,
        // after him or a namesake: «№40 N.Ábdirov atyndaǵy negizgi orta mektep», as the codebook's
        // «Назарбаев атындағы» exclusions. Round 49: a personal office's title too, «Тұңғыш
        // Президент атындағы саябақ».
        if !rule.during.isEmpty || foreignOffices.personalOffices.contains(rule.subject), after < tokens.count,
           !tokens[after].hardGap, f(after).hasPrefix(in: grammar.namedAfterWords) {
            return .excluded
        }
        // The word right before the title, and the one before an adjective in the genitive between
        // («имени Первого Президента»); -1 where there is none. Plain indices, not a closure: a
        // closure capturing the matcher copies it at every candidate (a third of the scan's time).
        let wordBefore = first >= 1 && !tokens[first].hardGap ? first - 1 : -1
        let wordBeforeAdjective = first >= 2 && !tokens[first - 1].hardGap
            && f(first - 1).hasSuffix(in: grammar.russianGenitiveAdjectiveEndings, longerThan: 3) ? first - 2 : -1
        // Round 50: a personal office's title in the genitive right after such a place or body is its
        // name too, «глава фонда первого президента» (ru-ei12 of the sixty-fifth set), «Библиотека
        // Первого Президента». A title only: «стал фондом Назарбаева» is his (ru-bv18).
        if !ForeignOffices.isName(rule.surname), foreignOffices.personalOffices.contains(rule.subject),
           f(first).hasSuffix(in: grammar.russianGenitiveEndings, longerThan: 3),
           placeNoun(wordBefore, folded: folded) || placeNoun(wordBeforeAdjective, folded: folded) {
            return .excluded
        }
        // Round 49: the same in Russian, «имени» after the named place or body: «парк имени первого
        // президента РК» (ru-ed23 of the sixty-fourth set); «от имени Президента» (on his behalf)
        // and «в бюллетене не будет имени Назарбаева» (his name) stay.
        if placeNamedAfter(wordBefore, tokens: tokens, folded: folded) || placeNamedAfter(wordBeforeAdjective, tokens: tokens, folded: folded) {
            return .excluded
        }
        // Round 39: a holder's bare title in lower case («бывший президент», from 2019 Nazarbayev)
        // before a personal name none of the codebook's is that person's title: «во главе с бывшим
        // президентом Владимиром Ворониным», «с экс-президентом Игорем Додоном» (Moldova's), as
        // round 37's for a sitting head's title; «с бывшим президентом Назарбаевым» stays.
        if !rule.during.isEmpty, tokens[last].leadingUpper == 0, after < tokens.count, !tokens[after].hardGap,
           foreignOffices.personalOffices.contains(rule.subject),
           foreignOffices.unknownPersonAfter(last: last, after: after, tokens: tokens, folded: folded) {
            return .excluded
        }
        // «округ №1 — Аким Турсунов», «певца Акима Апачева»: «Аким / Әкім» capitalised inside a
        // sentence before a capitalised surname is a given name (round 22); a title there is written
        // in lower case («аким Есимов»), and at a sentence's or a line's start it stays the title
        // («Аким Есимов заявил»), as does a place after it («Аким Алматы»).
        if first == last, first > 0, last + 1 < tokens.count, !tokens[first].hardGap, tokens[first].leadingUpper == 1,
           !tokens[first].quoteBefore, f(first).isOne(of: grammar.akimGivenNameForms),
           !tokens[last + 1].hardGap, !tokens[last + 1].joined, tokens[last + 1].leadingUpper == 1,
           f(last + 1).hasSuffix(in: MentionGrammar.surnameEndings, longerThan: 3)
            // Round 34: the Kazakh «Әкім» before any capitalised name, its ending or none
            // («дәрігер Әкім Тұрсынмен»): the Kazakh title after a name takes the possessive
            // («облыс әкімі»), and a title before one is written in lower case. Not before a full
            // name of two capitalised words, which the title may head («Әкім Жеңіс Қасымбек»).
            || (f(first).isOne(of: grammar.kazakhAkimGivenName) && nameOpens(last + 1, tokens: tokens, folded: folded)
                && !(last + 2 < tokens.count && !tokens[last + 2].hardGap && nameOpens(last + 2, tokens: tokens, folded: folded))),
           !(tokens[first - 1].end..<tokens[first].start).contains(where: { all[$0] == 0x0A || all[$0] == 0x0D }) {
            return .excluded
        }
        // Round 30: «қаланың әкімшілік полиция басқармасы»: the bare adjective ending a span after
        // the unit (the administration would take the possessive: «қаланың әкімшілігі»).
        // Round 42: not after the unit's adjective, «қалалық әкімшілік» (the city administration).
        if first < last, f(last).isOne(of: grammar.bareAdjectiveTitles), !f(last - 1).isOne(of: grammar.unitAdjectives) { return .fails }
        switch rule.context {
        case .any:
            return .holds
        case .capitalised:
            guard tokens[first].leadingUpper > 0 else { return .fails }
            // Round 27: a body's title that is also a room («Кабинет») only inside a sentence: at
            // the text's, a line's or a sentence's start the capital may be the sentence's.
            if f(first).hasPrefix(in: grammar.commonNounBodies) {
                var i = tokens[first].start - 1
                let kinds = Folding.table.kinds
                while i >= 0, all[i] != 0x0A, all[i] != 0x0D,
                      kinds[Int(all[i])].contains(.space) || kinds[Int(all[i])].contains(.openingQuote)
                        || kinds[Int(all[i])].contains(.hyphen) {
                    i -= 1
                }
                if i < 0 || [0x2E, 0x21, 0x3F, 0x0A, 0x0D, 0x2026].contains(all[i]) { return .fails }
                // Round 60: nor one owned by the lower-case noun after it, a room or an online account:
                // «через Кабинет налогоплательщика» (ru-fg16); the Cabinet is «Кабинет министров» there.
                if first == last, last + 1 < tokens.count, !tokens[last + 1].hardGap, !tokens[last + 1].joined,
                   tokens[last + 1].leadingUpper == 0, f(last + 1).hasSuffix(in: MentionGrammar.russianSingularGenitiveEndings, longerThan: 5) {
                    return .fails
                }
            }
            // «Акжол Меирбеков»: an unquoted one-word name right before a capitalised surname is
            // a given name (round 16); not a title or a body («Президент Назарбаев»).
            if first == last, !tokens[first].quoteBefore, !tokens[last].quoteAfter, last + 1 < tokens.count,
               !tokens[last + 1].hardGap, !tokens[last + 1].joined, !tokens[last + 1].quoteBefore, tokens[last + 1].leadingUpper == 1,
               f(last + 1).hasSuffix(in: MentionGrammar.surnameEndings, longerThan: 3),
               !f(first).hasPrefix(in: grammar.oneHolderTitles), !f(first).hasPrefix(in: grammar.bodyTitles),
               !f(first).hasPrefix(inWords: gapWords) {
                return .fails
            }
            return .holds
        case .quoted:
            return tokens[first].quoteBefore && tokens[last].quoteAfter ? .holds : .fails
        case .afterMention:
            // «сообщили в правительстве», «как заявили в правительстве»: the body as the source
            // of what is reported, a Kazakhstan news item's own Government, whether or not a
            // mention came before (round 24; another country's text drops it as a bare title).
            if first == last, first > 1, !tokens[first].hardGap, !tokens[first - 1].hardGap,
               f(first).hasPrefix(in: MentionGrammar.governmentStems), f(first).last == 0x0435,  // е: the locative
               f(first - 1).isOne(of: MentionGrammar.inWords), f(first - 2).hasPrefix(in: MentionGrammar.reportingVerbs) {
                return .holds
            }
            // Round 55: the Government's session, whether or not a mention came before: «сказал на
            // заседании правительства», «үкімет отырысында» (always the body in the development set).
            // Round 56: its decree and its press service likewise («проект постановления правительства»,
            // «со ссылкой на пресс-службу правительства»); another country's text drops them as bare titles.
            if first == last, first > 0, !tokens[first].hardGap, f(first).hasPrefix(in: MentionGrammar.governmentStems),
               f(first).last == 0x0430,  // а: the genitive
               f(first - 1).hasPrefix(in: MentionGrammar.russianSessionWords)
                || (first > 1 && tokens[first - 1].joined && f(first - 1).hasPrefix(in: MentionGrammar.serviceWords)
                    && f(first - 2).elementsEqual(MentionGrammar.pressWord)) {
                return .holds
            }
            // Round 60: the agent of a decision in the passive, «правительством утвержден генеральный
            // план», «утвержденной правительством программы» (ru-fg8): the Government deciding.
            if first == last, f(first).hasPrefix(in: MentionGrammar.governmentStems),
               f(first).hasSuffix(in: MentionGrammar.instrumentalSingular, longerThan: 3) {
                if first > 0, !tokens[first].hardGap, f(first - 1).hasPrefix(in: MentionGrammar.passiveDecisions) { return .holds }
                var t = last + 1
                if t < tokens.count, !tokens[t].hardGap, f(t).isOne(of: MentionGrammar.wasForms) { t += 1 }
                if t < tokens.count, !tokens[t].hardGap, f(t).hasPrefix(in: MentionGrammar.passiveDecisions) { return .holds }
            }
            if first == last, last + 1 < tokens.count, !tokens[last + 1].hardGap, f(first).elementsEqual(MentionGrammar.kazakhGovernment),
               f(last + 1).hasPrefix(in: MentionGrammar.kazakhSessionWords) {
                return .holds
            }
            return .tentative
        case .partyWord:
            var t = last + 1
            // Round 30: a name opening a quotation that goes on past it with «және / и» is a longer
            // name, another party's: «"Әділет және даму партиясын"» (Turkey's AKP), not «"Әділет"».
            var quoteGoesOn = tokens[first].quoteBefore && !tokens[last].quoteAfter, joined = false
            while t < tokens.count, t <= last + 3, !tokens[t].hardGap {
                // After the name a Kazakh party word heads it only with its possessive («Ауыл»
                // партиясы); «ауыл тұрғындары партияны қолдайды» is villagers supporting a party.
                if hasPartyWord(t, tokens: tokens, folded: folded, cache: &cache),
                   f(t).count <= MentionGrammar.barePartyWordLength || MentionGrammar.hasKazakhPossessive(f(t)) {
                    return quoteGoesOn && joined ? .fails : .holds
                }
                if tokens[t].quoteBefore { quoteGoesOn = false }
                if quoteGoesOn, f(t).isOne(of: grammar.conjunctions) { joined = true }
                if tokens[t].quoteAfter { quoteGoesOn = false }
                t += 1
            }
            // Before the name only the Russian order, right before it: партия «Ауыл». A Kazakh
            // possessive (партиясы) belongs to the name before it: «"Ауыл" партиясы ауыл тұрғындары».
            if first > 0, !tokens[first].hardGap,
               hasPartyWord(first - 1, tokens: tokens, folded: folded, cache: &cache),
               !MentionGrammar.hasKazakhPossessive(f(first - 1)) {
                return .holds
            }
            return .fails
        case .person:
            // Initials right before: Г.Касымов, Г. Касымов, Н.Ә.Назарбаев (the first one counts).
            var p = first - 1
            var initial: UInt16?
            while p >= 0, tokens[p].end - tokens[p].start == 1, tokens[p].end < all.count, all[tokens[p].end] == 0x2E {
                initial = folded[p].first
                if p == 0 || tokens[p].hardGap { break }
                p -= 1
            }
            if let initial, rule.initials.contains(initial) { return .holds }
            // A given name one or two words before (a patronymic may stand between), also in
            // brackets right before: «за (Гани) Касымова» (round 20).
            var q = first - 1
            while q >= 0, q >= first - 2,
                  !tokens[q + 1].hardGap || (q + 1 == first && tokens[q].end < all.count && all[tokens[q].end] == 0x29
                                             && tokens[first].start == tokens[q].end + 2) {
                let word = f(q)
                if word.hasPrefix(in: rule.given) { return .holds }
                q -= 1
            }
            // Another given name right before, inside the sentence, is another person of that
            // family: «оның ұлы Әлжан Имашевтің» (round 16; round 9 did the President's relatives).
            // Not a title, a role or an abbreviation, nor a sentence's first word («Кеше Имашев»).
            if first >= 2, !tokens[first].hardGap, !tokens[first - 1].hardGap, tokens[first - 1].leadingUpper == 1,
               tokens[first - 1].end - tokens[first - 1].start > 2, !tokens[first].joined, !tokens[first - 1].joined {
                let word = f(first - 1)
                if !word.hasPrefix(inWords: gapWords), !word.hasPrefix(in: grammar.oneHolderTitles), !word.hasPrefix(in: rule.roles) {
                    return .fails
                }
            }
            // A role word within three words on either side, in the same clause.
            var t = first - 1
            while t >= 0, t >= first - 3, !tokens[t + 1].hardGap {
                let word = f(t)
                if word.hasPrefix(in: rule.roles) { return .holds }
                t -= 1
            }
            t = last + 1
            while t < tokens.count, t <= last + 3, !tokens[t].hardGap {
                let word = f(t)
                if word.hasPrefix(in: rule.roles) { return .holds }
                t += 1
            }
            return .tentative
        }
    }

    /// Decides the tentative spans by what comes before them in the text, in order: a surname
    /// stands if an earlier mention of its subject contains it; a common title stands once any
    /// subject was mentioned before (the text is about the country's politics) and no excluded
    /// use of one of its aliases came before.
    static func resolve(_ spans: [(mention: Mention, status: Status)]) throws(TextProcessingError) -> [Mention] {
        var out: [Mention] = []
        var foldedBySubject: [String: [[UInt16]]] = [:]
        var excluded: Set<String> = []
        var consumedSubjects: Set<String> = []
        // Only a surname needs the earlier mentions' folded text: fold those of its subjects only.
        var surnameSubjects: Set<String> = []
        for (m, status) in spans { if case .person = status { surnameSubjects.insert(m.subject) } }
        // A title before the text's first mention (a headline: «В правительстве создается штаб»)
        // stands on a definite mention later in the text, unless the text excludes the subject anywhere.
        let definiteLater = spans.contains { $0.status == .definite }
        let blockedAnywhere = Set(spans.filter { $0.status == .blocked }.map(\.mention.subject))
        // So does a surname there («Смайылов министрлерге: …», then «Премьер-министр Әлихан
        // Смайылов»): on a definite mention of its subject later in the text that contains it,
        // or his full name there as the object of his appointment (round 18: «утверждая
        // кандидатуру Алихана Смаилова» names the man the headline's surname is).
        var definiteFolded: [String: [[UInt16]]] = [:]
        for (m, status) in spans where (status == .definite || status == .consumed) && surnameSubjects.contains(m.subject) {
            definiteFolded[m.subject, default: []].append(try Folding.fold(m.text))
        }
        func contain(_ texts: [[UInt16]]?, _ surname: [UInt16]) -> Bool {
            texts?.contains { text in
                text.count >= surname.count && (0...(text.count - surname.count)).contains { text[$0..<($0 + surname.count)].elementsEqual(surname) }
            } ?? false
        }
        for (m, status) in spans {
            var keep = false
            switch status {
            case .definite: keep = true
            case .blocked: excluded.insert(m.subject)
            // A holder named as his appointment is announced is no mention, but his surname later
            // in the text is (round 17: «Смайылов … тағайындалды», then «Ол Смайылов жөнінде»).
            case .consumed:
                consumedSubjects.insert(m.subject)
                if surnameSubjects.contains(m.subject) { foldedBySubject[m.subject, default: []].append(try Folding.fold(m.text)) }
            // A text that names another country's president leaves a bare «президент» undecided.
            // Round 26: a place or an agency named after the subject's office, consumed, anchors its
            // later lower-case titles as a mention would («Үкімет үйінде министрлер мен үкімет
            // қызметкерлері»): the text speaks of this country's office.
            case .afterMention:
                keep = out.isEmpty && !consumedSubjects.contains(m.subject) ? definiteLater && !blockedAnywhere.contains(m.subject)
                    : !excluded.contains(m.subject)
            case .person(let surname):
                // Round 26: before the first mention of its own subject, whatever came before
                // («Акиматы неэффективно работают – Смаилов», then «премьер-министр Казахстана
                // Алихан Смаилов»).
                keep = contain(foldedBySubject[m.subject], surname)
                    || (!out.contains { $0.subject == m.subject } && contain(definiteFolded[m.subject], surname))
            }
            if keep {
                out.append(m)
                if surnameSubjects.contains(m.subject) { foldedBySubject[m.subject, default: []].append(try Folding.fold(m.text)) }
            }
        }
        return out
    }
}

extension MentionMatcher {
    /// The same matching without the prefilter and windows: ICU tokenizes the whole text and
    /// every word is tried as a phrase start. Slow; the reference the fast path is tested against.
    func mentionsWithoutPrefilter(in text: String) throws(TextProcessingError) -> [Mention] {
        let units = UTF16Units.of(text)
        var spans: [Span] = []
        var breaker = WordBreaker(icuOnly: true)
        // Every word start, initials split off as the matcher splits them.
        var starts: [Int] = []
        for w in try ICU.words(units) {
            starts.append(w.lowerBound)
            for i in w where units[i] == 0x2E && i + 1 < w.upperBound { starts.append(i + 1) }
        }
        try units.withUnsafeBufferPointer { (all) throws(TextProcessingError) in
            try match(window: all, offset: 0, all: all, breaker: &breaker, candidates: starts[...], into: &spans)
        }
        let offsets = ScalarOffsets(units)
        return try otherCountryTitles(parentheticalGlosses(addressedLeaders(introducedMembers(Self.resolve(spans.map { s in
            (Mention(subject: subjects[s.subject], start: offsets.scalar(at: s.start), end: offsets.scalar(at: s.end),
                     text: String(decoding: units[s.start..<s.end], as: UTF16.self)), s.status)
        }), text: { text }), text: { text }), text: { text }), text: { text })
    }
}

/// The folded forms of a window's tokens (``Folding/appendFolded(_:to:)``), each made when first
/// asked for: most words of a window are never looked at. A window with combining marks is
/// folded whole up front, since composing them (NFC) runs through ICU, which may fail. One per
/// thread (the ``WordBreaker``'s), its buffers reused from window to window.
final class TokenFolds {
    private var all = UnsafeBufferPointer<UInt16>(start: nil, count: 0)
    /// Per token, where its letters start and end in ``all``, a pair after another.
    private var bounds: UnsafeMutablePointer<Int32>
    /// Folded forms, one after another; a form is never longer than its word without marks.
    private var units: UnsafeMutablePointer<UInt16>
    /// Read and written by one thread only (the window's), so without runtime exclusivity checks,
    /// which cost more than the folding.
    @exclusivity(unchecked) private var used = 0
    /// Per token, where its form starts in ``units`` (-1 while not made) and its length, a pair
    /// after another.
    private var spans: UnsafeMutablePointer<Int32>
    private var tokenCapacity = 256
    private var unitCapacity = 4096

    init() {
        bounds = .allocate(capacity: 2 * tokenCapacity)
        spans = .allocate(capacity: 2 * tokenCapacity)
        units = .allocate(capacity: unitCapacity)
    }

    deinit {
        bounds.deallocate()
        spans.deallocate()
        units.deallocate()
    }

    /// Starts on a new window's tokens. `marks` false promises that the window has no combining
    /// marks (its word breaks saw none); true has them looked for.
    func reset(all: UnsafeBufferPointer<UInt16>, tokens: [MentionMatcher.Token], marks: Bool) throws(TextProcessingError) {
        self.all = all
        used = 0
        if tokenCapacity < tokens.count {
            bounds.deallocate()
            spans.deallocate()
            tokenCapacity = max(tokens.count, 2 * tokenCapacity)
            bounds = .allocate(capacity: 2 * tokenCapacity)
            spans = .allocate(capacity: 2 * tokenCapacity)
        }
        for (t, token) in tokens.enumerated() {
            bounds[2 * t] = Int32(token.start)
            bounds[2 * t + 1] = Int32(token.end)
        }
        // Tokens are in order and apart: their letters lie between the first's start and the last's end.
        let range = tokens.isEmpty ? 0..<0 : tokens[0].start..<tokens[tokens.count - 1].end
        reserve(range.count)
        let hasMarks = marks && Folding.table.kinds.withUnsafeBufferPointer { kinds in
            for i in range where kinds[Int(all[i])].contains(.mark) { return true }
            return false
        }
        guard hasMarks else {
            spans.initialize(repeating: -1, count: 2 * tokens.count)
            return
        }
        // Combining marks (rare): every word is folded now, since composing them runs through ICU,
        // which may fail. A word without marks folds the same now or later.
        var folded: [UInt16] = []
        for (t, token) in tokens.enumerated() {
            let start = Int32(folded.count)
            try Folding.appendFolded(UnsafeBufferPointer(rebasing: all[token.start..<token.end]), to: &folded)
            spans[2 * t] = start
            spans[2 * t + 1] = Int32(folded.count) - start
        }
        reserve(folded.count)
        folded.withUnsafeBufferPointer { units.initialize(from: $0.baseAddress!, count: $0.count) }
        used = folded.count
    }

    private func reserve(_ count: Int) {
        guard unitCapacity < count else { return }
        units.deallocate()
        unitCapacity = max(count, 2 * unitCapacity)
        units = .allocate(capacity: unitCapacity)
    }

    /// The folded form of token `t`, valid until the next ``reset(all:tokens:marks:)``.
    subscript(t: Int) -> UnsafeBufferPointer<UInt16> {
        if spans[2 * t] < 0 {
            spans[2 * t] = Int32(used)
            let word = UnsafeBufferPointer(rebasing: all[Int(bounds[2 * t])..<Int(bounds[2 * t + 1])])
            used = Folding.writeFoldedComposed(word, to: UnsafeMutableBufferPointer(start: units, count: unitCapacity), at: used)
            spans[2 * t + 1] = Int32(used) - spans[2 * t]
        }
        return UnsafeBufferPointer(start: units + Int(spans[2 * t]), count: Int(spans[2 * t + 1]))
    }
}

/// The alias words of a window's tokens (``MentionMatcher/words(of:leadingUpper:into:)``), each
/// looked up when first asked for, in one flat list: one per thread (the ``WordBreaker``'s),
/// reused from window to window instead of an array per token.
struct WordCache {
    /// Per token, where its words start in ``ids`` (-1 while not looked up) and how many.
    var ranges: [Int32] = []
    var ids: [Int32] = []
    /// ``MentionMatcher/longestMatch(at:tokens:folded:all:cache:)``'s stack of phrase nodes.
    var stack: [(node: Int32, token: Int)] = []

    mutating func reset(tokens: Int) {
        ranges.removeAll(keepingCapacity: true)
        ranges.append(contentsOf: repeatElement(-1, count: 2 * tokens))
        ids.removeAll(keepingCapacity: true)
    }
}
