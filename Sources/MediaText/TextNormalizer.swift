/// Normalization and folding of Kazakh and Russian text (DESIGN §4, steps 2 and 3).
public enum TextNormalizer {
    /// NFC, with Latin look-alike letters inside Cyrillic words replaced by the Cyrillic letters
    /// they imitate (`Қазақстан` typed with a Latin `a`, `Әдiлет` with a Latin `i`). Words wholly
    /// in one script are left alone: `Nur Otan` stays Latin.
    public static func normalize(_ text: String) -> String {
        let units = ICU.nfc(Array(text.utf16))
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var i = 0
        while i < units.count {
            var j = i
            while j < units.count, Folding.isWordUnit(units[j]) { j += 1 }
            if j > i {
                out += Folding.repaired(Array(units[i..<j]))
                i = j
            } else {
                out.append(units[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// The form text is matched in: normalized, case folded, `ё`→`е`, Latin diacritics dropped
    /// (`Nūr` = `Nur`), quotes removed and dashes unified to `-`.
    public static func fold(_ text: String) -> String {
        String(decoding: Folding.fold(text), as: UTF16.self)
    }

    /// The words of `text` by ICU's word break iterator, as substrings of the original.
    public static func words(_ text: String) -> [Substring] {
        let units = Array(text.utf16)
        let utf16 = text.utf16
        return ICU.words(units).map { r in
            let lo = utf16.index(utf16.startIndex, offsetBy: r.lowerBound)
            let hi = utf16.index(lo, offsetBy: r.count)
            return text[lo..<hi]
        }
    }
}
