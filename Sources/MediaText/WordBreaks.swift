import CICU

/// Word boundaries as ICU's word break iterator sets them, for text of letters, digits,
/// punctuation and spaces: UAX #29's rules WB3–WB13b over the Word_Break property ICU reports,
/// with ICU's tailoring (a colon does not join letters). ICU's iterator costs about a fifth of the
/// mention scan; these rules cover the Kazakh and Russian news it scans. Text with a character
/// they do not cover (dictionary scripts, emoji, Hebrew, kana, characters outside the BMP) is
/// left to ICU: ``words(_:starts:ends:)`` returns nil. Tested equal to ICU on generated text.
enum WordBreaks {
    /// Classes of code units, from the Word_Break property.
    static let other: UInt8 = 0, letter: UInt8 = 1, numeric: UInt8 = 2, midLetter: UInt8 = 3, midNum: UInt8 = 4
    static let midNumLet: UInt8 = 5, extendNumLet: UInt8 = 6, extendFormat: UInt8 = 7
    static let carriageReturn: UInt8 = 8, lineFeed: UInt8 = 9, newline: UInt8 = 10, unsupported: UInt8 = 11

    /// The blocks whose classes are read from ICU (Latin, Greek, Cyrillic, Armenian, Hebrew,
    /// Arabic; Latin and Greek extended; punctuation, symbols, currency and letterlike signs, CJK
    /// punctuation; presentation and half- and full-width forms): the text of Kazakh and Russian
    /// news. The rest are ``unsupported``, so a window holding one goes to ICU, which breaks it
    /// alike: reading ICU's properties for all 65,536 units cost about 18 M instructions a run.
    static let covered: [ClosedRange<Int>] = [0x0000...0x06FF, 0x1E00...0x1FFF, 0x2000...0x2BFF, 0x2E00...0x2E7F,
                                              0x3000...0x303F, 0xFE00...0xFFFF]

    static func isCovered(_ u: Int) -> Bool {
        for range in covered where range.contains(u) { return true }
        return false
    }

    /// The class of every UTF-16 code unit; surrogates and units outside ``covered`` are ``unsupported``.
    static let classes: [UInt8] = (0..<0x10000).map { u in
        if (0xD800...0xDFFF).contains(u) { return unsupported }
        guard isCovered(u) else { return unsupported }
        // ICU's root rules take the colon out of MidLetter (it joins letters only in Swedish).
        if u == 0x3A || u == 0xFE55 || u == 0xFF1A { return other }
        switch cicu_word_break(UInt32(u)) {
        case -1: return unsupported
        case 1: return letter  // ALetter
        case 2, 9, 21: return extendFormat  // Format, Extend, ZWJ
        case 4: return midLetter
        case 5: return midNum
        case 6: return numeric
        case 7: return extendNumLet
        case 8: return carriageReturn
        case 10: return lineFeed
        case 11, 15: return midNumLet  // MidNumLet, Single_Quote (which acts as one outside Hebrew)
        case 12: return newline
        default: return other  // Other, WSegSpace, Double_Quote
        }
    }

    /// Writes the start and end offsets of the words of `text` (spans ICU marks as letters or
    /// numbers) and returns how many; nil when the text holds a character these rules leave to ICU.
    /// `starts` and `ends` must hold `text.count` elements.
    static func words(_ text: UnsafeBufferPointer<UInt16>, starts: UnsafeMutablePointer<Int32>,
                      ends: UnsafeMutablePointer<Int32>) -> Int? {
        var extend = false, middle = false
        return words(text, starts: starts, ends: ends, sawExtend: &extend, joinedMiddle: &middle)
    }

    /// ``words(_:starts:ends:)``, also telling whether a mark or format character (``extendFormat``)
    /// was seen — when not, the text has no combining marks (every mark is Word_Break Extend, see
    /// ``marksAreExtend``) — and whether a middle character (a full stop, an apostrophe, a colon
    /// between digits …) joined two parts of a word — when not, no word holds a full stop. The
    /// matcher then need not look for either again.
    static func words(_ text: UnsafeBufferPointer<UInt16>, starts: UnsafeMutablePointer<Int32>,
                      ends: UnsafeMutablePointer<Int32>, sawExtend: inout Bool, joinedMiddle: inout Bool) -> Int? {
        let found: (count: Int, extend: Bool, joined: Bool)? = classes.withUnsafeBufferPointer { table in
            let n = text.count
            var count = 0
            var extend = false, joined = false
            var i = 0
            while i < n {
                let c = table[Int(text[i])]
                switch c {
                case letter, numeric, extendNumLet:
                    let start = i
                    var last = c
                    var significant = 1
                    i += 1
                    var lastEnd = i
                    while i < n, table[Int(text[i])] == extendFormat { i += 1; extend = true }
                    var end = i
                    while i < n {
                        let d = table[Int(text[i])]
                        // The common case first: another letter, or a mark after one (WB4).
                        if d == letter {
                            last = d
                            significant += 1
                            i += 1
                            lastEnd = i
                            end = i
                            continue
                        }
                        if d == extendFormat {
                            extend = true
                            i += 1
                            end = i
                            continue
                        }
                        if d == numeric || d == extendNumLet {
                            // WB5, WB8–WB10, WB13a, WB13b: letters, digits and connectors join.
                            last = d
                            significant += 1
                            i += 1
                            lastEnd = i
                            while i < n, table[Int(text[i])] == extendFormat { i += 1; extend = true }
                            end = i
                            continue
                        }
                        // WB6/7 and WB11/12: one middle character between two letters or two digits.
                        let middle = (last == letter && (d == midLetter || d == midNumLet))
                            || (last == numeric && (d == midNum || d == midNumLet))
                        guard middle else { break }
                        var j = i + 1
                        while j < n, table[Int(text[j])] == extendFormat { j += 1; extend = true }
                        guard j < n, table[Int(text[j])] == last else { break }
                        joined = true
                        i = j
                    }
                    // ICU's rule status: a span ending in a connector (_, U+202F) is a word only if
                    // something stands before it and no mark or format character follows it.
                    if last != extendNumLet || (significant > 1 && end == lastEnd) {
                        starts[count] = Int32(start)
                        ends[count] = Int32(end)
                        count += 1
                    }
                case carriageReturn:
                    i += 1
                    if i < n, table[Int(text[i])] == lineFeed { i += 1 }
                case unsupported:
                    return nil
                default:
                    // Anything else (with the marks and format characters after it) is no word.
                    if c == extendFormat { extend = true }
                    i += 1
                    while i < n, table[Int(text[i])] == extendFormat { i += 1; extend = true }
                }
            }
            return (count, extend, joined)
        }
        guard let found else { return nil }
        sawExtend = found.extend
        joinedMiddle = found.joined
        return found.count
    }

    /// Whether every combining mark of the character table (Mn, Mc, Me) is ``extendFormat`` or
    /// ``unsupported`` here, as UAX #29 defines Extend: then a text in which ``words(_:starts:ends:sawExtend:)``
    /// saw no ``extendFormat`` has no marks. Checked once, against the tables themselves.
    static let marksAreExtend: Bool = classes.withUnsafeBufferPointer { table in
        let kinds = CharacterTable.shared.kinds
        for u in 0..<0x10000 where kinds[u].contains(.mark) {
            if table[u] != extendFormat && table[u] != unsupported { return false }
        }
        return true
    }
}

/// The words of one window after another: ``WordBreaks`` where its rules cover the text, else
/// ICU's word break iterator, opened on first need and kept (opening one costs far more than
/// setting a new text). One per thread.
struct WordBreaker: ~Copyable {
    private var icu: UnsafeMutableRawPointer?
    /// ICU for every window: the reference the matcher's own breaks are tested against.
    private let icuOnly: Bool

    /// Word starts and ends of the last window, reused from window to window.
    private var starts: UnsafeMutablePointer<Int32>
    private var ends: UnsafeMutablePointer<Int32>
    private var capacity = 1024
    /// The matcher's tokens and their alias words of the last window, reused from window to
    /// window (``MentionMatcher/match(window:offset:all:breaker:candidates:into:)``).
    var tokens: [MentionMatcher.Token] = []
    var wordCache = WordCache()
    /// The folded forms of the last window's tokens, their buffers reused from window to window.
    let folds = TokenFolds()

    init(icuOnly: Bool = false) {
        self.icuOnly = icuOnly
        starts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
    }

    deinit {
        cicu_wordbreaker_close(icu)
        starts.deallocate()
        ends.deallocate()
    }

    /// The words of `text`: their start and end offsets (valid until the next call), how many,
    /// whether the text may hold combining marks and whether a word may hold a full stop (each
    /// false only when surely not).
    mutating func words(_ text: UnsafeBufferPointer<UInt16>) throws(TextProcessingError)
        -> (starts: UnsafePointer<Int32>, ends: UnsafePointer<Int32>, count: Int, marks: Bool, stops: Bool) {
        if capacity < text.count {
            starts.deallocate()
            ends.deallocate()
            capacity = max(text.count, 2 * capacity)
            starts = .allocate(capacity: capacity)
            ends = .allocate(capacity: capacity)
        }
        if !icuOnly {
            var extend = false, middle = false
            if let n = WordBreaks.words(text, starts: starts, ends: ends, sawExtend: &extend, joinedMiddle: &middle) {
                return (UnsafePointer(starts), UnsafePointer(ends), n, extend || !WordBreaks.marksAreExtend, middle)
            }
        }
        let n = try icuWords(text, starts: starts, ends: ends)
        return (UnsafePointer(starts), UnsafePointer(ends), n, true, true)
    }

    /// Writes the start and end offsets of the words of `text` (see ``WordBreaks/words(_:starts:ends:)``)
    /// and returns how many; throws when ICU fails.
    mutating func words(_ text: UnsafeBufferPointer<UInt16>, starts: UnsafeMutablePointer<Int32>,
                        ends: UnsafeMutablePointer<Int32>) throws(TextProcessingError) -> Int {
        if !icuOnly, let n = WordBreaks.words(text, starts: starts, ends: ends) { return n }
        return try icuWords(text, starts: starts, ends: ends)
    }

    /// The words of `text` by ICU's word break iterator.
    private mutating func icuWords(_ text: UnsafeBufferPointer<UInt16>, starts: UnsafeMutablePointer<Int32>,
                                   ends: UnsafeMutablePointer<Int32>) throws(TextProcessingError) -> Int {
        if icu == nil {
            var error: Int32 = 0
            icu = cicu_wordbreaker_open(&error)
            if icu == nil { throw TextProcessingError("opening the word break iterator", code: error) }
        }
        let n = cicu_wordbreaker_words(icu, text.baseAddress, Int32(text.count), starts, ends, Int32(text.count))
        if n < 0 { throw TextProcessingError("word breaking", code: -n) }
        return Int(n)
    }
}
