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

    /// The class of every UTF-16 code unit; surrogates are ``unsupported``.
    static let classes: [UInt8] = (0..<0x10000).map { u in
        if (0xD800...0xDFFF).contains(u) { return unsupported }
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
        classes.withUnsafeBufferPointer { table in
            let n = text.count
            var count = 0
            var i = 0
            @inline(__always) func skipExtend(_ j: inout Int) {
                while j < n, table[Int(text[j])] == extendFormat { j += 1 }
            }
            while i < n {
                let c = table[Int(text[i])]
                switch c {
                case letter, numeric, extendNumLet:
                    let start = i
                    var last = c
                    var significant = 1
                    i += 1
                    var lastEnd = i
                    skipExtend(&i)
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
                            skipExtend(&i)
                            end = i
                            continue
                        }
                        // WB6/7 and WB11/12: one middle character between two letters or two digits.
                        let middle = (last == letter && (d == midLetter || d == midNumLet))
                            || (last == numeric && (d == midNum || d == midNumLet))
                        guard middle else { break }
                        var j = i + 1
                        skipExtend(&j)
                        guard j < n, table[Int(text[j])] == last else { break }
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
                    i += 1
                    skipExtend(&i)
                }
            }
            return count
        }
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
    var wordCache: [[Int32]?] = []

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

    /// The words of `text`: their start and end offsets (valid until the next call) and how many.
    mutating func words(_ text: UnsafeBufferPointer<UInt16>) throws(TextProcessingError)
        -> (starts: UnsafePointer<Int32>, ends: UnsafePointer<Int32>, count: Int) {
        if capacity < text.count {
            starts.deallocate()
            ends.deallocate()
            capacity = max(text.count, 2 * capacity)
            starts = .allocate(capacity: capacity)
            ends = .allocate(capacity: capacity)
        }
        let n = try words(text, starts: starts, ends: ends)
        return (UnsafePointer(starts), UnsafePointer(ends), n)
    }

    /// Writes the start and end offsets of the words of `text` (see ``WordBreaks/words(_:starts:ends:)``)
    /// and returns how many; throws when ICU fails.
    mutating func words(_ text: UnsafeBufferPointer<UInt16>, starts: UnsafeMutablePointer<Int32>,
                        ends: UnsafeMutablePointer<Int32>) throws(TextProcessingError) -> Int {
        if !icuOnly, let n = WordBreaks.words(text, starts: starts, ends: ends) { return n }
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
