/// Normalization and folding of Kazakh and Russian text (DESIGN §4, steps 2 and 3).
public enum TextNormalizer {
    /// NFC, with Latin look-alike letters inside Cyrillic words replaced by the Cyrillic letters
    /// they imitate (`Қазақстан` typed with a Latin `a`, `Әдiлет` with a Latin `i`). Words wholly
    /// in one script are left alone: `Nur Otan` stays Latin. Throws when ICU fails.
    public static func normalize(_ text: String) throws(TextProcessingError) -> String {
        var units = UTF16Units.of(text)
        var changed = false
        if try !ICU.isNFC(units) {
            units = try ICU.nfc(units)
            changed = true
        }
        let lookAlike = Folding.table.cyrillicLookAlike
        units.withUnsafeMutableBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                guard Folding.isWordUnit(buffer[i]) else { i += 1; continue }
                var j = i + 1
                while j < buffer.count, Folding.isWordUnit(buffer[j]) { j += 1 }
                // Only mixed-script words are repaired, in place; most words are left as they are.
                if Folding.isMixedScript(UnsafeBufferPointer(rebasing: buffer[i..<j])) {
                    for k in i..<j {
                        let c = lookAlike[Int(buffer[k])]
                        if c != 0 { buffer[k] = c; changed = true }
                    }
                }
                i = j
            }
        }
        // Unchanged text is returned as it came: no copy back from UTF-16.
        return changed ? UTF16Units.string(units) : text
    }

    /// The form text is matched in: normalized, case folded, `ё`→`е`, Latin diacritics dropped
    /// (`Nūr` = `Nur`), quotes removed and dashes unified to `-`.
    public static func fold(_ text: String) throws(TextProcessingError) -> String {
        UTF16Units.string(try Folding.fold(text))
    }

    /// The words of `text` by ICU's word break iterator, as substrings of the original.
    public static func words(_ text: String) throws(TextProcessingError) -> [Substring] {
        let units = Array(text.utf16)
        let utf16 = text.utf16
        return try ICU.words(units).map { r in
            let lo = utf16.index(utf16.startIndex, offsetBy: r.lowerBound)
            let hi = utf16.index(lo, offsetBy: r.count)
            return text[lo..<hi]
        }
    }
}
