import Testing
@testable import MediaText

/// The bucketed word lists the matcher's rules read (``WordList``) answer as a plain scan of
/// their words does.
@Suite struct WordListTests {
    @Test func answersAsAScanOfItsWordsDoes() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state >> 1)
        }
        // Few letters, so that words share their first units and buckets hold several words.
        let letters: [UInt16] = Array("абвәқ".utf16)
        func word(_ length: Int) -> [UInt16] { (0..<length).map { _ in letters[next() % letters.count] } }
        var compared = 0
        for round in 0..<3000 {
            var words = (0..<(next() % 8)).map { _ in word(1 + next() % 4) }
            if round % 50 == 0 { words.append([]) }
            let list = WordList(words)
            for _ in 0..<20 {
                let text = word(next() % 7)
                let minimum = next() % 4
                text.withUnsafeBufferPointer { t in
                    #expect(t.hasPrefix(in: list) == words.contains { text.starts(with: $0) }, "\(text) \(words)")
                    let suffix = text.count > minimum && words.contains { text.count > $0.count && text.suffix($0.count).elementsEqual($0) }
                    #expect(t.hasSuffix(in: list, longerThan: minimum) == suffix, "\(text) \(words)")
                }
                compared += 1
            }
        }
        #expect(compared == 60_000)
    }
}
