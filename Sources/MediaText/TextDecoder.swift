import Foundation

/// Text decoded from bytes, with the encoding it was found in.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: TextEncoding

    public init(text: String, encoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
    }
}

public struct DecodingError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Turns the bytes of a file into text: BOM first, then valid UTF-8, then the single-byte
/// Cyrillic code page whose reading looks most like Kazakh or Russian.
///
/// Single-byte code pages cannot be told apart by validity (every byte is a letter in all of
/// them), only by what the letters spell. Each candidate's reading is scored by
/// ``CyrillicPlausibility``, with ICU's charset detector as a small tie-breaker: ICU knows
/// windows-1251 and KOI8-R well but not the Kazakh code pages, and calls RK1048 text
/// windows-1251, which is exactly the "Ќазаќстан" mojibake to avoid.
public struct TextDecoder: Sendable {
    /// The single-byte encodings tried, in order of preference on a tie.
    public var candidates: [TextEncoding]

    public static let singleByte: [TextEncoding] = [.windows1251, .koi8r, .rk1048, .pt154, .ibm866, .iso88595, .macCyrillic]

    /// How many leading bytes are scored; enough for a verdict, cheap on large files.
    static let sampleSize = 256 * 1024
    /// The least plausibility (per non-ASCII character) a reading needs to be accepted.
    static let threshold = 0.6

    public init(candidates: [TextEncoding] = TextDecoder.singleByte) {
        self.candidates = candidates
    }

    public func decode(_ data: Data, as forced: TextEncoding? = nil) throws(DecodingError) -> DecodedText {
        let bytes = [UInt8](data)
        if let forced {
            let body = Self.strippingBOM(bytes, for: forced)
            guard let text = forced.decode(body) else {
                throw DecodingError("the bytes are not valid \(forced.rawValue)")
            }
            return DecodedText(text: text, encoding: forced)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = TextEncoding.utf8.decode(bytes.dropFirst(3)) else {
                throw DecodingError("the file starts with a UTF-8 byte order mark but is not valid UTF-8")
            }
            return DecodedText(text: text, encoding: .utf8)
        }
        for (bom, encoding) in [([UInt8(0xFF), 0xFE], TextEncoding.utf16LE), ([0xFE, 0xFF], .utf16BE)] where bytes.starts(with: bom) {
            guard let text = encoding.decode(bytes.dropFirst(2)) else {
                throw DecodingError("the file starts with a \(encoding.rawValue) byte order mark but is not valid \(encoding.rawValue)")
            }
            return DecodedText(text: text, encoding: encoding)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8)
        }
        if let encoding = Self.unmarkedUTF16(bytes), let text = encoding.decode(bytes[...]) {
            return DecodedText(text: text, encoding: encoding)
        }
        let encoding = try detect(bytes)
        guard let text = encoding.decode(bytes[...]) else {
            throw DecodingError("the bytes are not valid \(encoding.rawValue)")
        }
        return DecodedText(text: text, encoding: encoding)
    }

    /// The single-byte code page whose reading of `bytes` scores best.
    public func detect(_ bytes: [UInt8]) throws(DecodingError) -> TextEncoding {
        let sample = bytes.prefix(Self.sampleSize)
        let icu = Dictionary(ICU.detect(sample).compactMap { m in TextEncoding(name: m.name).map { ($0, m.confidence) } },
                             uniquingKeysWith: max)
        var best: (score: Double, encoding: TextEncoding)?
        for encoding in candidates {
            guard let text = encoding.decode(sample) else { continue }
            let score = CyrillicPlausibility.score(text) + 0.3 * Double(icu[encoding] ?? 0) / 100
            if best == nil || score > best!.score { best = (score, encoding) }
        }
        guard let best, best.score >= Self.threshold else {
            let names = candidates.map(\.rawValue).joined(separator: ", ")
            throw DecodingError("unknown encoding: the text is not UTF-8 or UTF-16, and no reading as \(names) looks like Kazakh or Russian")
        }
        return best.encoding
    }

    /// Encodes text, for writing files in a legacy code page and for round-trip tests.
    public func encode(_ text: String, as encoding: TextEncoding) throws(DecodingError) -> Data {
        guard let bytes = encoding.encode(text) else {
            throw DecodingError("the text has characters that \(encoding.rawValue) cannot represent")
        }
        return Data(bytes)
    }

    /// UTF-16 without a BOM: many zero bytes, all on one side of each pair.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> TextEncoding? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let pairs = min(bytes.count / 2, 4096)
        var evenZero = 0, oddZero = 0
        for i in 0..<pairs {
            if bytes[2 * i] == 0 { evenZero += 1 }
            if bytes[2 * i + 1] == 0 { oddZero += 1 }
        }
        if oddZero * 10 >= pairs * 3 && evenZero == 0 { return .utf16LE }
        if evenZero * 10 >= pairs * 3 && oddZero == 0 { return .utf16BE }
        return nil
    }

    static func strippingBOM(_ bytes: [UInt8], for encoding: TextEncoding) -> ArraySlice<UInt8> {
        switch encoding {
        case .utf8 where bytes.starts(with: [0xEF, 0xBB, 0xBF]): bytes.dropFirst(3)
        case .utf16LE where bytes.starts(with: [0xFF, 0xFE]): bytes.dropFirst(2)
        case .utf16BE where bytes.starts(with: [0xFE, 0xFF]): bytes.dropFirst(2)
        default: bytes[...]
        }
    }
}
