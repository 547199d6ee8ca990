import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The encodings Kazakh and Russian text arrives in.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1251 = "windows-1251"
    case koi8r = "KOI8-R"
    /// KZ-1048, the Kazakh standard code page.
    case rk1048 = "RK1048"
    /// PTCP154, the older Kazakh code page.
    case pt154 = "PT154"
    /// DOS Cyrillic (CP866): old DOS-era archives.
    case ibm866 = "IBM866"
    /// Classic Mac OS Cyrillic.
    case macCyrillic = "x-mac-cyrillic"
    /// ISO 8859-5, rare but still met in old mail and feeds.
    case iso88595 = "ISO-8859-5"

    /// Accepts the names people and files use: `cp1251`, `kz1048`, `ptcp154`, `utf8`…
    public init?(name: String) {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch n {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le", "utf-16": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "windows-1251", "cp1251", "win1251", "windows1251", "cp-1251": self = .windows1251
        case "koi8-r", "koi8r", "koi8": self = .koi8r
        case "rk1048", "kz1048", "kz-1048", "strk1048-2002": self = .rk1048
        case "pt154", "ptcp154", "cp154", "pt-154": self = .pt154
        case "ibm866", "cp866", "866", "ibm-866", "dos-866": self = .ibm866
        case "x-mac-cyrillic", "maccyrillic", "mac-cyrillic", "x-mac-ukrainian", "cp10007": self = .macCyrillic
        case "iso-8859-5", "iso8859-5", "iso-8859-5:1988", "cyrillic": self = .iso88595
        default: return nil
        }
    }

    /// The name glibc's iconv knows this encoding by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .windows1251: "CP1251"
        case .koi8r: "KOI8-R"
        case .rk1048: "RK1048"
        case .pt154: "PT154"
        case .ibm866: "IBM866"
        case .macCyrillic: "MAC-CYRILLIC"
        case .iso88595: "ISO-8859-5"
        }
    }

    /// The name of ICU's converter, for the encodings this ICU build has; nil for those only
    /// glibc's iconv has (RK1048, PT154) and for the Unicode forms.
    var icuName: String? {
        switch self {
        case .windows1251: "windows-1251"
        case .koi8r: "KOI8-R"
        case .ibm866: "ibm-866"
        case .macCyrillic: "x-mac-cyrillic"
        case .iso88595: "ISO-8859-5"
        case .utf8, .utf16LE, .utf16BE, .rk1048, .pt154: nil
        }
    }

    /// Decodes `bytes` with ICU's converter where it has one, else with iconv; nil when a
    /// byte has no character in this encoding.
    func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        if self == .utf8 { return String(validating: bytes, as: UTF8.self) }
        if let icuName {
            return ICU.decode(bytes, charset: icuName).map(UTF16Units.string)
        }
        return Iconv.decode(bytes, from: self)
    }

    /// Encodes `text`; nil when a character has no byte in this encoding.
    func encode(_ text: String) -> [UInt8]? {
        if self == .utf8 { return Array(text.utf8) }
        if let icuName { return ICU.encode(Array(text.utf16), charset: icuName) }
        return Iconv.encode(text, to: self)
    }
}

/// Converts bytes between an encoding and Unicode with glibc's iconv, which (unlike the ICU
/// build here) has RK1048 and PT154.
enum Iconv {
    /// Decodes `bytes`; nil when a byte has no character in `encoding`.
    static func decode(_ bytes: some Collection<UInt8>, from encoding: TextEncoding) -> String? {
        if encoding == .utf8 { return String(validating: Array(bytes), as: UTF8.self) }
        guard let utf8 = convert(Array(bytes), from: encoding.iconvName, to: "UTF-8") else { return nil }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Encodes `text`; nil when a character has no byte in `encoding`.
    static func encode(_ text: String, to encoding: TextEncoding) -> [UInt8]? {
        if encoding == .utf8 { return Array(text.utf8) }
        return convert(Array(text.utf8), from: "UTF-8", to: encoding.iconvName)
    }

    static func convert(_ input: [UInt8], from: String, to: String) -> [UInt8]? {
        let cd = iconv_open(to, from)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var input = input
        var left = 0
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                if inLeft == 0 { left = outLeft; return true }
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard r != -1, inLeft == 0 else { return false }
                left = outLeft
                return true
            }
        }
        guard ok else { return nil }
        output.removeLast(left)
        return output
    }
}
