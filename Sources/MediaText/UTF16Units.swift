import Foundation

/// The UTF-16 code units of text, transcoded straight from UTF-8: ICU works on UTF-16, and
/// copying Swift's `utf16` view of a large native string is slow.
enum UTF16Units {
    static func of(_ text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { transcode($0)! }
    }

    /// The UTF-16 of `data` if it is valid UTF-8 (a BOM is dropped), else nil.
    static func ofUTF8(_ data: Data) -> [UInt16]? {
        data.withUnsafeBytes { raw -> [UInt16]? in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            return transcode(bytes)
        }
    }

    /// Transcodes UTF-8, or returns nil at the first ill-formed sequence (overlong forms,
    /// surrogates and values past U+10FFFF included).
    static func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt16]? {
        var valid = true
        let result = [UInt16](unsafeUninitializedCapacity: bytes.count) { out, written in
            var i = 0, o = 0
            let n = bytes.count
            @inline(__always) func cont(_ k: Int) -> UInt32? {
                guard i + k < n else { return nil }
                let b = bytes[i + k]
                return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
            }
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    out[o] = UInt16(b0); i += 1; o += 1
                } else if b0 >= 0xC2, b0 < 0xE0, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
                    out[o] = UInt16((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)); i += 2; o += 1
                } else if b0 >= 0xE0, b0 < 0xF0, let c1 = cont(1), let c2 = cont(2) {
                    let c = (b0 & 0x0F) << 12 | c1 << 6 | c2
                    guard c >= 0x800, !(0xD800...0xDFFF).contains(c) else { valid = false; break }
                    out[o] = UInt16(c); i += 3; o += 1
                } else if b0 >= 0xF0, b0 < 0xF5, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
                    let c = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                    guard c >= 0x10000, c <= 0x10FFFF else { valid = false; break }
                    let v = c - 0x10000
                    out[o] = UInt16(0xD800 + (v >> 10)); out[o + 1] = UInt16(0xDC00 + (v & 0x3FF)); i += 4; o += 2
                } else {
                    valid = false
                    break
                }
            }
            written = o
        }
        return valid ? result : nil
    }
}
