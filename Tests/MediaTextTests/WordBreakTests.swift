import CICU
import Foundation
import Testing
@testable import MediaText

/// The matcher's own word breaks against ICU's word break iterator.
@Suite struct WordBreakTests {
    /// Letters of four scripts, digits, every kind of joiner and separator the rules treat apart,
    /// marks and format characters, line ends and spaces.
    static let palette: [UInt16] = Array(
        "аБқӘңЁёzQéı1905_.,;:'’‘\"«»-–—‐…·!?()[]/№% \u{A0}\u{202F}\u{2007}\t\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{AD}\u{200B}\u{200C}\u{200D}\u{2060}\u{0301}\u{0483}ΟαΤ\u{0387}\u{037E}\u{2024}\u{FE52}\u{FF0E}\u{203F}\u{2044}\u{066B}٣ʼ\u{02BB}\u{00B7}\u{FE55}\u{FF1A}\u{0589}\u{FEFF}".utf16)

    static func icu(_ units: [UInt16]) -> [Range<Int>] { try! ICU.words(units) }

    static func own(_ units: [UInt16]) -> [Range<Int>]? {
        var starts = [Int32](repeating: 0, count: units.count)
        var ends = [Int32](repeating: 0, count: units.count)
        let n = units.withUnsafeBufferPointer { WordBreaks.words($0, starts: &starts, ends: &ends) }
        return n.map { n in (0..<n).map { Int(starts[$0])..<Int(ends[$0]) } }
    }

    @Test func equalToICUOnGeneratedText() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state >> 1)
        }
        var compared = 0
        for round in 0..<200_000 {
            let length = next() % 24
            // Half the strings draw mostly letters and digits, so that joiners fall between them.
            let units: [UInt16] = (0..<length).map { _ in
                round % 2 == 0 && next() % 3 != 0 ? Self.palette[next() % 12] : Self.palette[next() % Self.palette.count]
            }
            guard let own = Self.own(units) else {
                Issue.record("no fallback expected for \(units.map { String(format: "%04X", $0) })")
                continue
            }
            let icu = Self.icu(units)
            if own != icu {
                Issue.record("\(units.map { String(format: "%04X", $0) }): ICU \(icu), own \(own)")
                return
            }
            compared += 1
        }
        #expect(compared == 200_000)
    }

    @Test func equalToICUOnTestDocuments() throws {
        var texts = [ScanEquivalenceTests.paragraph.replacingOccurrences(of: "😀", with: ""), KazakhMentionTestsText.all]
        if SharedData.available { texts.append(String(try RealTextTests.kazakhNews().prefix(300_000))) }
        for text in texts {
            let units = Array(text.utf16)
            let own = try #require(Self.own(units))
            #expect(own == Self.icu(units))
        }
    }

    @Test func leavesEmojiHebrewAndDictionaryScriptsToICU() {
        for text in ["Нұр Отан 😀", "שָׁלוֹם", "東京", "ภาษาไทย", "カタカナ", "🇰🇿", "한국", "Нұр\u{200D}\u{2764}"] {
            #expect(Self.own(Array(text.utf16)) == nil, "\(text)")
        }
    }

    /// Units outside the blocks the class table reads from ICU (Georgian, Devanagari, Cherokee)
    /// send the window to ICU, and the matcher finds the same there.
    @Test func leavesBlocksOutsideTheTableToICU() throws {
        for text in ["Нұр Отан ვ", "партия हिन्दी «Ауыл»", "Ꭰ Ак жол"] {
            #expect(Self.own(Array(text.utf16)) == nil, "\(text)")
            #expect(try Shipped.matcher.mentions(in: text) == Shipped.matcher.mentionsWithoutPrefilter(in: text), "\(text)")
        }
        #expect(try Shipped.matcher.mentions(in: "Нұр Отан ვ").map(\.subject) == ["nur-otan"])
    }

    /// Full stops inside words (Н.Назарбаев) are split off by the matcher only where the breaks
    /// joined a word across a middle character.
    @Test func toldWhenAMiddleCharacterJoinsAWord() {
        var starts = [Int32](repeating: 0, count: 16), ends = [Int32](repeating: 0, count: 16)
        for (text, joined) in [("Нұр Отан. Ауыл", false), ("Н.Назарбаев", true), ("3.5 млн", true), ("а. б", false), ("Aýyl'dyń", true)] {
            var saw = false, middle = false
            let units = Array(text.utf16)
            _ = units.withUnsafeBufferPointer { WordBreaks.words($0, starts: &starts, ends: &ends, sawExtend: &saw, joinedMiddle: &middle) }
            #expect(middle == joined, "\(text)")
        }
    }

    /// The matcher skips looking for combining marks in a window whose breaks saw no Extend or
    /// Format character: every mark must be one (or left to ICU).
    @Test func everyCombiningMarkIsExtendOrLeftToICU() {
        #expect(WordBreaks.marksAreExtend)
        var starts = [Int32](repeating: 0, count: 8), ends = [Int32](repeating: 0, count: 8)
        for (text, extend) in [("Нұр Отан", false), ("Нұ\u{0301}р", true), ("а \u{0483}б", true), ("\u{AD}ауыл", true)] {
            var saw = false, middle = false
            let units = Array(text.utf16)
            _ = units.withUnsafeBufferPointer { WordBreaks.words($0, starts: &starts, ends: &ends, sawExtend: &saw, joinedMiddle: &middle) }
            #expect(saw == extend, "\(text)")
        }
    }
}
