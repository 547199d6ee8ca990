import Foundation

/// The UTF-16 code units of text, transcoded straight from UTF-8: ICU works on UTF-16, and
/// copying Swift's `utf16` view of a large native string is slow.
enum UTF16Units {
    static func of(_ text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { transcode($0)! }
    }

    /// How many UTF-8 bytes `units[range]` take: the scan's windows are measured in UTF-8 bytes
    /// (a surrogate counts two, so a pair counts four).
    @inline(__always)
    static func utf8Count(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        var bytes = 0
        for i in range {
            let u = units[i]
            bytes += u < 0x80 ? 1 : u < 0x800 || (0xD800..<0xE000).contains(u) ? 2 : 3
        }
        return bytes
    }

    /// A String from UTF-16 units, transcoded by hand: the standard library's UTF-16 path is
    /// several times slower than its UTF-8 one. Unpaired surrogates become U+FFFD, as there.
    static func string(_ units: [UInt16]) -> String {
        units.withUnsafeBufferPointer { string($0) }
    }

    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        String(unsafeUninitializedCapacity: units.count * 3) { bytes in
            var o = 0
            var i = 0
            let n = units.count
            while i < n {
                let u = units[i]
                i += 1
                var scalar = UInt32(u)
                if u < 0x80 { bytes[o] = UInt8(u); o += 1; continue }
                if u < 0x800 {
                    bytes[o] = UInt8(0xC0 | (u >> 6)); bytes[o + 1] = UInt8(0x80 | (u & 0x3F)); o += 2; continue
                }
                if (0xD800...0xDBFF).contains(u), i < n, (0xDC00...0xDFFF).contains(units[i]) {
                    scalar = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                    i += 1
                    bytes[o] = UInt8(0xF0 | (scalar >> 18)); bytes[o + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                    bytes[o + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F)); bytes[o + 3] = UInt8(0x80 | (scalar & 0x3F))
                    o += 4
                    continue
                }
                if (0xD800...0xDFFF).contains(u) { scalar = 0xFFFD }
                bytes[o] = UInt8(0xE0 | (scalar >> 12)); bytes[o + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                bytes[o + 2] = UInt8(0x80 | (scalar & 0x3F))
                o += 3
            }
            return o
        }
    }

    /// Transcodes UTF-8, or returns nil at the first ill-formed sequence (overlong forms,
    /// surrogates and values past U+10FFFF included).
    static func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt16]? {
        transcode(bytes, stops: [0, bytes.count])?.units
    }

    /// Transcodes `bytes[stops.first!..<stops.last!]` into one array, telling where each stop
    /// landed in it and whether a character outside the BMP was seen; nil if ill-formed.
    /// Stops must fall on character boundaries.
    static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, stops: [Int]) -> (units: [UInt16], stops: [Int], astral: Bool)? {
        var units: [UInt16] = []
        var landed: [Int] = []
        guard let window = transcode(bytes, stops: stops, into: &units, landed: &landed) else { return nil }
        units.removeSubrange(window.count...)
        return (units, landed, window.astral)
    }

    /// ``transcode(_:stops:)`` into reused buffers: `units` grows as needed and holds the
    /// window in its first `count` elements; `landed` is overwritten. Nil if ill-formed.
    static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, stops: [Int], into units: inout [UInt16],
                          landed: inout [Int]) -> (count: Int, astral: Bool)? {
        let need = stops.last! - stops.first!
        if units.count < need { units = [UInt16](repeating: 0, count: max(need, 2 * units.count)) }
        landed.removeAll(keepingCapacity: true)
        landed.append(0)
        var valid = true
        var astral = false
        var o = 0
        units.withUnsafeMutableBufferPointer { buffer in
            for k in 0..<(stops.count - 1) {
                let r = segment(bytes, from: stops[k], to: stops[k + 1], into: buffer, at: o)
                o = r.end
                landed.append(o)
                if r.astral { astral = true }
                if !r.valid { valid = false; break }
            }
        }
        return valid ? (o, astral) : nil
    }

    /// Transcodes `bytes[from..<to]` into `buffer` from `start`; returns where it stopped.
    @inline(__always)
    private static func segment(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to n: Int,
                                into buffer: UnsafeMutableBufferPointer<UInt16>, at start: Int) -> (end: Int, valid: Bool, astral: Bool) {
        var i = from, o = start
        var astral = false
        guard i < n else { return (o, true, false) }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let out = UnsafeMutableRawPointer(buffer.baseAddress!)
        while i < n {
            // Eight bytes at once: eight ASCII characters, or four two-byte letters with leads
            // D0–D3 (Cyrillic U+0400–U+04FF, always well formed), each lane (lead, continuation)
            // becoming (lead & 1F) << 6 | (continuation & 3F) in place.
            if i + 8 <= n {
                let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if x & 0x8080_8080_8080_8080 == 0 {
                    let wide = SIMD8<UInt16>(truncatingIfNeeded: base.loadUnaligned(fromByteOffset: i, as: SIMD8<UInt8>.self))
                    out.storeBytes(of: wide, toByteOffset: 2 * o, as: SIMD8<UInt16>.self)
                    i += 8; o += 8
                    continue
                }
                if x & 0xC0FC_C0FC_C0FC_C0FC == 0x80D0_80D0_80D0_80D0 {
                    let four = (x & 0x001F_001F_001F_001F) << 6 | (x >> 8) & 0x003F_003F_003F_003F
                    out.storeBytes(of: four, toByteOffset: 2 * o, as: UInt64.self)
                    i += 8; o += 4
                    continue
                }
            }
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                buffer[o] = UInt16(b0); i += 1; o += 1
                continue
            }
            if b0 >= 0xC2, b0 < 0xE0, i + 1 < n {
                let b1 = UInt32(bytes[i + 1])
                if b1 & 0xC0 == 0x80 {
                    buffer[o] = UInt16((b0 & 0x1F) << 6 | (b1 & 0x3F)); i += 2; o += 1
                    continue
                }
                return (o, false, astral)
            }
            if b0 >= 0xE0, b0 < 0xF0, i + 2 < n {
                let b1 = UInt32(bytes[i + 1]), b2 = UInt32(bytes[i + 2])
                guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return (o, false, astral) }
                let c = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)
                guard c >= 0x800, c < 0xD800 || c > 0xDFFF else { return (o, false, astral) }
                buffer[o] = UInt16(c); i += 3; o += 1
                continue
            }
            if b0 >= 0xF0, b0 < 0xF5, i + 3 < n {
                let b1 = UInt32(bytes[i + 1]), b2 = UInt32(bytes[i + 2]), b3 = UInt32(bytes[i + 3])
                guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return (o, false, astral) }
                let c = (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F)
                guard c >= 0x10000, c <= 0x10FFFF else { return (o, false, astral) }
                let v = c - 0x10000
                buffer[o] = UInt16(0xD800 + (v >> 10)); buffer[o + 1] = UInt16(0xDC00 + (v & 0x3FF)); i += 4; o += 2
                astral = true
                continue
            }
            return (o, false, astral)
        }
        return (o, true, astral)
    }

    /// Appends the UTF-16 of `bytes[from..<to]` to `out`, stopping early at an ill-formed or
    /// cut sequence; with `gapAndOneWord`, also stops after the first word that follows the
    /// leading non-letters. Returns where it stopped. For short spans in the prefilter.
    @inline(__always)
    static func appendWord(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to n: Int, into out: inout [UInt16],
                           gapAndOneWord: Bool = false) -> Int {
        let kinds = Folding.scanClass
        var i = from
        var inWord = false
        while i < n {
            let b0 = UInt32(bytes[i])
            var c: UInt32
            var length: Int
            if b0 < 0x80 {
                c = b0; length = 1
            } else if b0 >= 0xC2, b0 < 0xE0, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
                c = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); length = 2
            } else if b0 >= 0xE0, b0 < 0xF0, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                c = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); length = 3
                if c < 0x800 || (0xD800...0xDFFF).contains(c) { return i }
            } else {
                return i  // ill-formed, cut, or outside the BMP: not part of any alias word
            }
            if gapAndOneWord {
                let wordUnit = kinds[Int(c)] & Folding.inWord != 0
                if inWord && !wordUnit { return i }
                if wordUnit { inWord = true }
            }
            out.append(UInt16(c))
            i += length
        }
        return i
    }

    /// Unicode scalars in valid UTF-8: the bytes that are not continuation bytes (10xxxxxx),
    /// counted eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return 0 }
        var continuation = 0
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            continuation += (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < n {
            if bytes[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return n - continuation
    }
}
