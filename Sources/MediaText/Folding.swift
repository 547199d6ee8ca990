/// The per-word steps of normalization and folding, on UTF-16 code units, shared by the
/// public ``TextNormalizer`` and the mention matcher's hot loop.
enum Folding {
    static let table = CharacterTable.shared

    /// Whether a word mixes Cyrillic (or Greek look-alike) and Latin letters, the sign of
    /// look-alike letters typed in.
    @inline(__always)
    static func isMixedScript(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let table = self.table
        var cyrillic = false, latin = false
        for u in units {
            let k = table.kinds[Int(u)]
            if k.contains(.cyrillic) { cyrillic = true } else if k.contains(.latin) { latin = true }
            if cyrillic && latin { return true }
        }
        return false
    }

    /// Whether a word's Latin letters stand for Cyrillic ones when matching: it is mixed-script, or
    /// it has two or more letters and all are Latin look-alikes («Hyp», «OCK»), typed in to dodge
    /// filters. Only for matching: ``TextNormalizer`` leaves such words as written. A mixed word
    /// that is Latin with Cyrillic look-alikes in it («ákіmder», «Prezıdenttіń»: round 20) is not.
    @inline(__always)
    static func standsForCyrillic(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        repair(units) == .toCyrillic
    }

    enum Repair { case none, toCyrillic, toLatin }

    /// Which look-alikes a word's letters are read as: ``standsForCyrillic(_:)``, or (`toLatin`) a
    /// Latin word with Cyrillic look-alikes in it; one pass over the word.
    @inline(__always)
    static func repair(_ units: UnsafeBufferPointer<UInt16>) -> Repair {
        let table = self.table
        var cyrillic = false, latin = false, allLookAlike = true
        var letters = 0
        for u in units {
            let k = table.kinds[Int(u)]
            if k.contains(.cyrillic) {
                cyrillic = true
            } else if k.contains(.latin) {
                latin = true
                letters += 1
                if table.cyrillicLookAlike[Int(u)] == 0 { allLookAlike = false }
            } else if k.contains(.letter) {
                allLookAlike = false
            }
            if cyrillic && latin { return latinWithCyrillicLookAlikes(units) ? .toLatin : .toCyrillic }
        }
        return latin && !cyrillic && allLookAlike && letters >= 2 ? .toCyrillic : .none
    }

    /// Cyrillic letters that look like Latin ones, as the Latin letter: in a Latin word they are
    /// typed for it (Kazakh keyboards put «і» where the Latin «i» is; Abai.kz keeps «ә» in its
    /// Latin: «tәuelsiz»; one regional site types the small «к» too: «áкіmі», «окrýgіnіń», round
    /// 35). Only true look-alikes: the small «м», «т», «н», «в» are small capitals, no Latin letter.
    static let latinLookAlike: [UInt16] = {
        var map = [UInt16](repeating: 0, count: 0x10000)
        let pairs: [(Character, Character)] = [
            ("а", "a"), ("с", "c"), ("е", "e"), ("о", "o"), ("р", "p"), ("х", "x"), ("у", "y"), ("і", "i"),
            ("һ", "h"), ("ә", "ä"), ("ј", "j"), ("ѕ", "s"), ("к", "k"),
            ("А", "A"), ("В", "B"), ("С", "C"), ("Е", "E"), ("Н", "H"), ("І", "I"), ("К", "K"), ("М", "M"),
            ("О", "O"), ("Р", "P"), ("Т", "T"), ("Х", "X"), ("У", "Y"), ("Ә", "Ä"), ("Ј", "J"), ("Ѕ", "S"),
        ]
        for (cyrillic, latin) in pairs { map[Int(cyrillic.utf16.first!)] = latin.utf16.first! }
        return map
    }()

    /// Whether a mixed-script word is Latin with Cyrillic look-alikes typed in: every Cyrillic letter
    /// has a Latin twin and some Latin letter has no Cyrillic one («ákіmder»: á, k, m, d, r), so the
    /// word cannot be a Cyrillic word with Latin look-alikes. Only for mixed words, off the hot path.
    static func latinWithCyrillicLookAlikes(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let table = self.table
        var plainLatin = false
        for u in units {
            let k = table.kinds[Int(u)]
            if k.contains(.cyrillic) {
                if latinLookAlike[Int(u)] == 0 { return false }
            } else if k.contains(.latin), table.cyrillicLookAlike[Int(u)] == 0 {
                plainLatin = true
            }
        }
        return plainLatin
    }

    /// The Latin twin of `u` when the word is Latin with Cyrillic look-alikes; `u` otherwise.
    @inline(__always)
    static func latinTwin(_ u: UInt16, _ latinWord: Bool) -> UInt16 {
        guard latinWord else { return u }
        let l = latinLookAlike[Int(u)]
        return l != 0 ? l : u
    }

    /// A word with its Latin look-alikes replaced by the Cyrillic letters they imitate, when the
    /// word is mixed-script; the word itself otherwise.
    static func repaired(_ word: [UInt16]) -> [UInt16] {
        let mixed = word.withUnsafeBufferPointer { standsForCyrillic($0) }
        guard mixed else { return word }
        return word.map { u in
            let c = table.cyrillicLookAlike[Int(u)]
            return c != 0 ? c : u
        }
    }

    /// Appends the folded form of one word (NFC, look-alikes repaired, case folded, ё→е,
    /// Latin diacritics dropped, quotes and soft hyphens removed, dashes unified to "-").
    @inline(__always)
    static func appendFolded(_ word: UnsafeBufferPointer<UInt16>, to out: inout [UInt16]) throws(TextProcessingError) {
        let table = self.table
        var hasMark = false
        for u in word where table.kinds[Int(u)].contains(.mark) { hasMark = true; break }
        if hasMark {
            let composed = try ICU.nfc(Array(word))
            composed.withUnsafeBufferPointer { appendFoldedComposed($0, to: &out) }
        } else {
            appendFoldedComposed(word, to: &out)
        }
    }

    @inline(__always)
    private static func appendFoldedComposed(_ word: UnsafeBufferPointer<UInt16>, to out: inout [UInt16]) {
        forEachFoldedUnit(of: word) { out.append($0) }
    }

    /// ``appendFolded(_:to:)`` for a word without combining marks, written into `out` from
    /// `at` (which must have room for the word); returns where it stopped.
    @inline(__always)
    static func writeFoldedComposed(_ word: UnsafeBufferPointer<UInt16>, to out: UnsafeMutableBufferPointer<UInt16>, at: Int) -> Int {
        var o = at
        forEachFoldedUnit(of: word) { out[o] = $0; o += 1 }
        return o
    }

    /// The one folding loop both writers share: each unit of a word without combining marks,
    /// look-alikes repaired, folded, with ignorables and quotes left out.
    @inline(__always)
    private static func forEachFoldedUnit(of word: UnsafeBufferPointer<UInt16>, _ emit: (UInt16) -> Void) {
        let table = self.table
        let r = repair(word)
        let mixed = r == .toCyrillic, latinWord = r == .toLatin
        for var u in word {
            if mixed { let c = table.cyrillicLookAlike[Int(u)]; if c != 0 { u = c } }
            u = latinTwin(u, latinWord)
            let k = table.kinds[Int(u)]
            if k.contains(.ignorable) || k.contains(.openingQuote) || k.contains(.closingQuote) { continue }
            emit(table.folded[Int(u)])
        }
    }

    /// The folded form of a whole text, word by word (words split at anything not a letter).
    static func fold(_ text: String) throws(TextProcessingError) -> [UInt16] {
        let units = UTF16Units.of(text)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        try units.withUnsafeBufferPointer { (all) throws(TextProcessingError) in
            var i = 0
            while i < all.count {
                var j = i
                while j < all.count, isWordUnit(all[j]) { j += 1 }
                if j > i {
                    try appendFolded(UnsafeBufferPointer(rebasing: all[i..<j]), to: &out)
                    i = j
                } else {
                    let u = all[i]
                    let k = table.kinds[Int(u)]
                    if !(k.contains(.openingQuote) || k.contains(.closingQuote) || k.contains(.ignorable)) {
                        out.append(table.folded[Int(u)])
                    }
                    i += 1
                }
            }
        }
        return out
    }

    @inline(__always)
    static func isWordUnit(_ u: UInt16) -> Bool {
        let k = table.kinds[Int(u)]
        return k.contains(.letter) || k.contains(.mark) || k.contains(.digit) || (k.contains(.ignorable) && !k.contains(.space))
    }

    /// Bits of ``scanClass``.
    static let startsWord: UInt8 = 1, inWord: UInt8 = 2, skipped: UInt8 = 4

    /// Per code unit, for the prefilter's scan: can it start a word (a letter), continue one
    /// (letter, digit, mark, soft hyphen), and is it skipped when folding (mark, soft hyphen)?
    static let scanClass: [UInt8] = (0..<0x10000).map { u in
        let k = table.kinds[u]
        var c: UInt8 = 0
        if k.contains(.letter) { c |= startsWord | inWord }
        if k.contains(.digit) { c |= inWord }
        if k.contains(.mark) || (k.contains(.ignorable) && !k.contains(.space)) { c |= inWord | skipped }
        // The 2017 Kazakh Latin alphabet writes letters with apostrophes (Ayy'l, sai'lau), and ICU
        // keeps an apostrophe between letters inside the word.
        if k.contains(.apostrophe) { c |= inWord | skipped }
        return c
    }

    /// A coarse key per code unit for the matcher's prefilter: folded, with Latin look-alikes and
    /// their Cyrillic twins (and н/һ, й/и) merged, so that any spelling an exact match could
    /// have maps to the same key. Coarser than needed is fine: it only picks where to look.
    static let skeleton: [UInt16] = {
        var map = table.folded
        let merge: [(String, String)] = [
            ("a", "а"), ("c", "с"), ("e", "е"), ("o", "о"), ("p", "р"), ("x", "х"), ("y", "у"), ("i", "і"),
            ("ə", "а"), ("b", "в"), ("k", "к"), ("m", "м"), ("t", "т"), ("h", "н"), ("һ", "н"), ("й", "и"),
        ]
        var canon = [UInt16](0...0xFFFF)
        for (from, to) in merge { canon[Int(from.utf16.first!)] = to.utf16.first! }
        // A Cyrillic letter typed into a Latin word is read as its Latin twin (`latinLookAlike`),
        // folded: «Kәrim» is «Kärim», folded «karim». Its key is the twin's, from the same table
        // the folding uses, so the two cannot drift apart.
        for u in 0..<0x10000 where latinLookAlike[u] != 0 {
            let twin = canon[Int(table.folded[Int(latinLookAlike[u])])]
            canon[Int(table.folded[u])] = twin
        }
        for u in 0..<0x10000 { map[u] = canon[Int(map[u])] }
        return map
    }()
}
