/// One key press as the coder screen understands it.
public enum Key: Equatable, Sendable {
    /// A printable character, Cyrillic included (type-ahead works in Kazakh and Russian).
    case char(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, pageUp, pageDown, home, end
    /// Control plus a letter, e.g. `.ctrl("c")`.
    case ctrl(Character)
}

/// Turns the bytes a terminal sends in raw mode into keys.
///
/// Terminals may split an escape sequence or a UTF-8 character across reads, so an incomplete
/// tail is kept for the next `feed`. A lone ESC is the Escape key only once no more bytes follow
/// it in the same read (`flush`).
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        var i = 0
        let b = pending
        scan: while i < b.count {
            let byte = b[i]
            switch byte {
            case 0x1B:
                guard i + 1 < b.count else { break scan }
                if b[i + 1] == UInt8(ascii: "[") || b[i + 1] == UInt8(ascii: "O") {
                    var j = i + 2
                    while j < b.count, !(0x40...0x7E).contains(b[j]) { j += 1 }
                    guard j < b.count else { break scan }
                    let parameters = String(decoding: b[(i + 2)..<j], as: UTF8.self)
                    if let key = Self.sequence(final: b[j], parameters: parameters) { keys.append(key) }
                    i = j + 1
                } else {
                    keys.append(.escape)
                    i += 1
                }
            case 0x0D, 0x0A: keys.append(.enter); i += 1
            case 0x09: keys.append(.tab); i += 1
            case 0x7F, 0x08: keys.append(.backspace); i += 1
            case 0x01...0x1A:
                keys.append(.ctrl(Character(Unicode.Scalar(byte + 0x60))))
                i += 1
            case 0x20...0x7E:
                keys.append(.char(Character(Unicode.Scalar(byte))))
                i += 1
            case 0xC0...0xF7:
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard i + length <= b.count else { break scan }
                let text = String(decoding: b[i..<(i + length)], as: UTF8.self)
                if let character = text.first, text != "\u{FFFD}" { keys.append(.char(character)) }
                i += length
            default:
                i += 1 // other control bytes and stray continuation bytes mean nothing here
            }
        }
        pending = Array(b[i...])
        return keys
    }

    /// Ends a read: an ESC with nothing after it was the Escape key itself.
    public mutating func flush() -> [Key] {
        guard pending == [0x1B] else { return [] }
        pending = []
        return [.escape]
    }

    private static func sequence(final: UInt8, parameters: String) -> Key? {
        switch Character(Unicode.Scalar(final)) {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "Z": .backTab
        case "~":
            switch parameters.split(separator: ";").first {
            case "1", "7": .home
            case "4", "8": .end
            case "3": .delete
            case "5": .pageUp
            case "6": .pageDown
            default: nil
            }
        default: nil
        }
    }
}
