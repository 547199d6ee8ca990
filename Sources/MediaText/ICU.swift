import CICU

/// Swift face of the C shim over the system ICU: UTF-16 arrays in and out.
enum ICU {
    static var version: String { String(cString: cicu_version()) }

    /// NFC of `text`.
    static func nfc(_ text: [UInt16]) throws(TextProcessingError) -> [UInt16] {
        try grow(text, initial: text.count + 8, operation: "NFC normalization") { src, n, dest, cap in cicu_nfc(src, n, dest, cap) }
    }

    /// Whether the text is already NFC: most Kazakh and Russian text is, and then NFC is a copy.
    static func isNFC(_ text: [UInt16]) throws(TextProcessingError) -> Bool {
        let result = text.withUnsafeBufferPointer { cicu_is_nfc($0.baseAddress, Int32($0.count)) }
        if result < 0 { throw TextProcessingError("the NFC check", code: -result) }
        return result == 1
    }

    /// UTF-16 spans of the words of `text`, by ICU's word break iterator.
    static func words(_ text: [UInt16]) throws(TextProcessingError) -> [Range<Int>] {
        guard !text.isEmpty else { return [] }
        var starts = [Int32](repeating: 0, count: text.count)
        var ends = [Int32](repeating: 0, count: text.count)
        let n = text.withUnsafeBufferPointer { t in
            starts.withUnsafeMutableBufferPointer { s in
                ends.withUnsafeMutableBufferPointer { e in
                    cicu_words(t.baseAddress, Int32(t.count), s.baseAddress, e.baseAddress, Int32(t.count))
                }
            }
        }
        if n < 0 { throw TextProcessingError("word breaking", code: -n) }
        return (0..<Int(n)).map { Int(starts[$0])..<Int(ends[$0]) }
    }

    /// UTF-16 offsets where sentences end, by ICU's sentence break iterator.
    static func sentenceEnds(_ text: [UInt16]) throws(TextProcessingError) -> [Int] {
        guard !text.isEmpty else { return [] }
        var ends = [Int32](repeating: 0, count: text.count)
        let n = text.withUnsafeBufferPointer { t in
            ends.withUnsafeMutableBufferPointer { e in
                cicu_sentences(t.baseAddress, Int32(t.count), e.baseAddress, Int32(t.count))
            }
        }
        if n < 0 { throw TextProcessingError("sentence breaking", code: -n) }
        return n > 0 ? ends[0..<Int(n)].map(Int.init) : [text.count]
    }

    /// Candidate charsets with ICU's confidence (0–100), best first.
    static func detect(_ bytes: ArraySlice<UInt8>) -> [(name: String, confidence: Int)] {
        var names = [CChar](repeating: 0, count: 32 * 16)
        var confidences = [Int32](repeating: 0, count: 16)
        let n = bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { c in
                cicu_detect(c.baseAddress, Int32(c.count), &names, &confidences, 16)
            }
        }
        guard n > 0 else { return [] }
        return (0..<Int(n)).map { i in
            let name = names[(32 * i)..<(32 * i + 32)].withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            return (name, Int(confidences[i]))
        }
    }

    /// Decodes with ICU's converter; nil when a byte has no character in `charset`.
    static func decode(_ bytes: ArraySlice<UInt8>, charset: String) -> [UInt16]? {
        if bytes.isEmpty { return [] }
        var dest = [UInt16](repeating: 0, count: bytes.count * 2 + 4)
        let n = bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { c in
                dest.withUnsafeMutableBufferPointer { d in
                    cicu_to_uchars(charset, c.baseAddress, Int32(c.count), d.baseAddress, Int32(d.count))
                }
            }
        }
        guard n >= 0, Int(n) <= dest.count else { return nil }
        dest.removeLast(dest.count - Int(n))
        return dest
    }

    /// Encodes with ICU's converter; nil when a character has no byte in `charset`.
    static func encode(_ text: [UInt16], charset: String) -> [UInt8]? {
        if text.isEmpty { return [] }
        var dest = [UInt8](repeating: 0, count: text.count * 4 + 4)
        let n = text.withUnsafeBufferPointer { t in
            dest.withUnsafeMutableBufferPointer { d in
                d.withMemoryRebound(to: CChar.self) { c in
                    cicu_from_uchars(charset, t.baseAddress, Int32(t.count), c.baseAddress, Int32(c.count))
                }
            }
        }
        guard n >= 0, Int(n) <= dest.count else { return nil }
        dest.removeLast(dest.count - Int(n))
        return dest
    }

    /// Calls a "write into dest, return length or needed length" ICU function, growing once.
    private static func grow(_ src: [UInt16], initial: Int, operation: String,
                             _ call: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32) throws(TextProcessingError) -> [UInt16] {
        var capacity = initial
        for _ in 0..<2 {
            var dest = [UInt16](repeating: 0, count: capacity)
            let n = src.withUnsafeBufferPointer { s in
                dest.withUnsafeMutableBufferPointer { d in call(s.baseAddress, Int32(s.count), d.baseAddress, Int32(d.count)) }
            }
            if n < 0 { throw TextProcessingError(operation, code: -n) }
            if Int(n) <= capacity {
                dest.removeLast(capacity - Int(n))
                return dest
            }
            capacity = Int(n)
        }
        throw TextProcessingError(operation, code: 15)  // U_BUFFER_OVERFLOW_ERROR: the length asked for did not hold
    }
}

/// A compiled ICU transliterator (system id or own rules). ICU transliterators are not
/// thread-safe, so each value owns its own and is used from one thread at a time.
final class ICUTransliterator {
    private let handle: OpaquePointer

    let id: String

    /// Opens a system transliterator (`Kazakh-Latin/BGN`) or, given `rules`, a custom one.
    init(id: String, rules: String? = nil, reverse: Bool = false) throws(TextProcessingError) {
        var error: Int32 = 0
        let opened: OpaquePointer?
        if let rules {
            let units = Array(rules.utf16)
            opened = units.withUnsafeBufferPointer { cicu_translit_open(id, $0.baseAddress, Int32($0.count), reverse ? 1 : 0, &error) }
        } else {
            opened = cicu_translit_open(id, nil, 0, reverse ? 1 : 0, &error)
        }
        guard let opened else { throw TextProcessingError("opening the transliterator \(id)", code: error) }
        handle = opened
        self.id = id
    }

    deinit { cicu_translit_close(handle) }

    func callAsFunction(_ text: String) throws(TextProcessingError) -> String {
        var units = Array(text.utf16)
        let length = units.count
        var capacity = max(16, length * 3)
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - length)
            let n = buffer.withUnsafeMutableBufferPointer { cicu_translit_run(handle, $0.baseAddress, Int32(length), Int32(capacity)) }
            if n < 0 { throw TextProcessingError("transliteration (\(id))", code: -n) }
            if Int(n) <= capacity {
                buffer.removeLast(capacity - Int(n))
                return String(decoding: buffer, as: UTF16.self)
            }
            capacity = Int(n) + 16
            units = Array(text.utf16)
        }
    }
}
