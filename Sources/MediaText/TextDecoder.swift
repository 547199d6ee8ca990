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
public struct TextDecoder: Sendable {
    /// The single-byte encodings tried, in order of preference on a tie.
    public var candidates: [TextEncoding]

    public init(candidates: [TextEncoding] = [.windows1251, .koi8r, .rk1048, .pt154]) {
        self.candidates = candidates
    }

    public func decode(_ data: Data, as forced: TextEncoding? = nil) throws(DecodingError) -> DecodedText {
        let bytes = [UInt8](data)
        if let forced {
            let body = Self.strippingBOM(bytes, for: forced)
            guard let text = Iconv.decode(body, from: forced) else {
                throw DecodingError("the bytes are not valid \(forced.rawValue)")
            }
            return DecodedText(text: text, encoding: forced)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = Iconv.decode(bytes.dropFirst(3), from: .utf8) {
            return DecodedText(text: text, encoding: .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]), let text = Iconv.decode(bytes.dropFirst(2), from: .utf16LE) {
            return DecodedText(text: text, encoding: .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]), let text = Iconv.decode(bytes.dropFirst(2), from: .utf16BE) {
            return DecodedText(text: text, encoding: .utf16BE)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8)
        }
        var best: (score: Double, decoded: DecodedText)?
        for encoding in candidates {
            guard let text = Iconv.decode(bytes, from: encoding) else { continue }
            let score = CyrillicPlausibility.score(text)
            if best == nil || score > best!.score { best = (score, DecodedText(text: text, encoding: encoding)) }
        }
        guard let best, best.score > 0 else {
            throw DecodingError("unknown encoding: not UTF-8, UTF-16, windows-1251, KOI8-R, RK1048 or PT154 text")
        }
        return best.decoded
    }

    /// Encodes text, for writing files in a legacy code page and for round-trip tests.
    public func encode(_ text: String, as encoding: TextEncoding) throws(DecodingError) -> Data {
        guard let bytes = Iconv.encode(text, to: encoding) else {
            throw DecodingError("the text has characters that \(encoding.rawValue) cannot represent")
        }
        return Data(bytes)
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

/// How much a decoding looks like Kazakh or Russian prose.
///
/// Wrong code pages give text whose letters are the wrong case inside words (KOI8-R read as
/// windows-1251), or Serbian and Macedonian letters where Kazakh ones belong (RK1048 read as
/// windows-1251 gives "Ќазаќстан"). The score rewards Cyrillic words in one case, common
/// Russian and Kazakh letters, and penalises letters neither language uses.
enum CyrillicPlausibility {
    static let kazakhLetters: Set<Character> = Set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    static let foreignLetters: Set<Character> = Set("ЂЃѓЉЊЌЋЏђљњќћџЎўЈҐґЄєЇїЅѕ")
    static let common: Set<Character> = Set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё")

    static func score(_ text: String) -> Double {
        var score = 0.0
        var letters = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            var upperInside = 0
            var lower = 0
            for (i, ch) in word.enumerated() {
                letters += 1
                if foreignLetters.contains(ch) { score -= 4; continue }
                if kazakhLetters.contains(ch) { score += 1.5 }
                if common.contains(ch) { score += 1; lower += 1 }
                if i > 0, ch.isUppercase { upperInside += 1 }
                if ch.isLowercase { lower += 1 }
                if ch.unicodeScalars.first!.value >= 0x2500 { score -= 2 }
            }
            // Words mixing case (ВЫБОРЫ is fine, вЫБОРЫ is not) point at a wrong code page.
            if upperInside > 0 && lower > 0 { score -= Double(upperInside) * 1.5 }
        }
        for ch in text where !ch.isLetter && !ch.isWhitespace && !ch.isPunctuation && !ch.isNumber {
            if ch.unicodeScalars.first!.value >= 0x80 { score -= 1 }
        }
        return letters == 0 ? 0.5 : score
    }
}
