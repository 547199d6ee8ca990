/// How much a decoding looks like Kazakh or Russian prose, per non-ASCII character.
///
/// A wrong code page still gives letters, but the wrong ones: KOI8-R read as windows-1251
/// flips the case inside words ("вЫБОРЫ"), RK1048 read as windows-1251 puts Serbian and
/// Macedonian letters where Kazakh ones belong ("Ќазаќстан"), PT154 read as RK1048 gives
/// Belarusian "ў" for "ұ", and DOS or Mac code pages give box drawing and symbols. The
/// score rewards the letters of the Russian and Kazakh alphabets in a sane case pattern and
/// penalises everything else above ASCII. Good readings score about 1.5–2, wrong ones below 0.
enum CyrillicPlausibility {
    /// Russian letters by frequency band, and the nine Kazakh letters.
    static let frequent = Set("оеаинтсрвлкмдпу".unicodeScalars)
    static let usual = Set("яыьгзбчйхжшю".unicodeScalars)
    static let rare = Set("цщэфъё".unicodeScalars)
    static let kazakh = Set("әғқңөұүһі".unicodeScalars)
    /// Punctuation that Russian and Kazakh text uses above ASCII.
    static let punctuation = Set("«»—–…“”„‘’№\u{A0}•·".unicodeScalars)

    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        switch v {
        case 0x410...0x42F: return Unicode.Scalar(v + 0x20)!
        case 0x400...0x40F: return Unicode.Scalar(v + 0x50)!
        case 0x460...0x4FF where v & 1 == 0: return Unicode.Scalar(v + 1)!
        default: return s
        }
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x400...0x42F).contains(v) || ((0x460...0x4FF).contains(v) && v & 1 == 0)
    }

    static func score(_ text: String) -> Double {
        var total = 0.0
        var count = 0
        var wordLetters = 0
        var wordUpper = 0
        var wordLower = 0
        var capitalOnly = true

        var wordASCII = 0

        func endWord() {
            // Cyrillic letters inside Latin words: Western text read in a Cyrillic code page.
            if wordASCII > 0, wordLetters > 0 { total -= 4 * Double(wordLetters) }
            wordASCII = 0
            // Words mixing case inside (ВЫБОРЫ and Выборы are fine, вЫБОРЫ is not).
            if wordUpper > 0, wordLower > 0, !(wordUpper == 1 && capitalOnly) { total -= 3 * Double(min(wordUpper, wordLower)) }
            wordLetters = 0; wordUpper = 0; wordLower = 0; capitalOnly = true
        }

        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                let letter = (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                if letter { wordASCII += 1 } else if wordLetters > 0 || wordASCII > 0 { endWord() }
                continue
            }
            count += 1
            if (0x400...0x4FF).contains(v) {
                let l = lower(s)
                if isUpper(s) {
                    wordUpper += 1
                    if wordLetters > 0 { capitalOnly = false }
                } else {
                    wordLower += 1
                }
                wordLetters += 1
                if frequent.contains(l) { total += 2 } else if usual.contains(l) { total += 1.5 } else if kazakh.contains(l) { total += 1.5 } else if rare.contains(l) { total += 0.5 } else { total -= 5 }
            } else {
                if wordLetters > 0 || wordASCII > 0 { endWord() }
                total += punctuation.contains(s) ? 0 : -4
            }
        }
        endWord()
        return count == 0 ? 0 : total / Double(count)
    }
}
