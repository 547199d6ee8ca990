import MediaCoder
import Testing

@Suite struct KeyDecoderTests {
    @Test func readsArrowsPagesAndDeleteSequences() {
        var d = KeyDecoder()
        let keys = d.feed(Array("\u{1B}[A\u{1B}[B\u{1B}OC\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[Z".utf8))
        #expect(keys == [.up, .down, .right, .pageUp, .pageDown, .delete, .backTab])
    }

    @Test func keepsASequenceSplitAcrossReads() {
        var d = KeyDecoder()
        #expect(d.feed([0x1B, UInt8(ascii: "[")]) == [])
        #expect(d.flush() == [])
        #expect(d.feed([UInt8(ascii: "B")]) == [.down])
    }

    @Test func readsCyrillicSplitAcrossReads() {
        var d = KeyDecoder()
        let bytes = Array("Қаз".utf8)
        #expect(d.feed(Array(bytes[0..<1])) == [])
        #expect(d.feed(Array(bytes[1...])) == [.char("Қ"), .char("а"), .char("з")])
    }

    @Test func treatsALoneEscapeAsTheEscapeKey() {
        var d = KeyDecoder()
        #expect(d.feed([0x1B]) == [])
        #expect(d.flush() == [.escape])
    }

    @Test func readsEnterBackspaceAndControlKeys() {
        var d = KeyDecoder()
        #expect(d.feed([0x0D, 0x7F, 0x03, 0x09, 0x61]) == [.enter, .backspace, .ctrl("c"), .tab, .char("a")])
    }
}
