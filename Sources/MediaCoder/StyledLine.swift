/// How a run of text is drawn.
public enum Style: Sendable, Equatable {
    case plain, bold, dim, inverse, error
    /// A highlighted subject mention; the number picks one of a few colours.
    case mention(Int)

    var sgr: String {
        switch self {
        case .plain: "\u{1B}[0m"
        case .bold: "\u{1B}[0;1m"
        case .dim: "\u{1B}[0;2m"
        case .inverse: "\u{1B}[0;7m"
        case .error: "\u{1B}[0;1;31m"
        case .mention(let n): "\u{1B}[0;1;\([33, 36, 32, 35, 34][n % 5])m"
        }
    }
}

/// One screen line built from styled runs, cut to the screen's width. Every character counts
/// as one column: Kazakh and Russian text has no wide characters.
public struct StyledLine: Sendable, Equatable {
    public private(set) var runs: [(text: String, style: Style)] = []
    public private(set) var width = 0

    public init() {}
    public init(_ text: String, _ style: Style = .plain) { append(text, style) }

    public mutating func append(_ text: String, _ style: Style = .plain) {
        guard !text.isEmpty else { return }
        // Imported text may carry control characters (an ESC would drive the terminal): shown as spaces.
        let text = text.unicodeScalars.contains(where: Self.isControl)
            ? String(String.UnicodeScalarView(text.unicodeScalars.map { Self.isControl($0) ? " " : $0 })) : text
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append((text, style))
        }
        width += text.count
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The line as the terminal gets it: cut or padded to `columns`, styles as ANSI escapes.
    /// A line that ends in a filled style (the title bar) is padded in that style.
    public func ansi(columns: Int) -> String {
        var out = ""
        var left = columns
        for run in runs where left > 0 {
            let text = run.text.count > left ? String(run.text.prefix(left)) : run.text
            out += run.style == .plain ? "\u{1B}[0m" + text : run.style.sgr + text
            left -= text.count
        }
        if left > 0 { out += String(repeating: " ", count: left) }
        return out + "\u{1B}[0m"
    }

    /// The line's text without styles, as tests and screen readers see it.
    public var plain: String { runs.map(\.text).joined() }

    public static func == (a: StyledLine, b: StyledLine) -> Bool {
        a.runs.count == b.runs.count && zip(a.runs, b.runs).allSatisfy { $0.text == $1.text && $0.style == $1.style }
    }
}

/// Removes ANSI escape sequences, leaving the text a user reads.
public func strippingANSI(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
        if inEscape {
            if (0x40...0x7E).contains(scalar.value), scalar != "[" { inEscape = false }
        } else if scalar == "\u{1B}" {
            inEscape = true
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Word-wraps text whose characters carry styles into lines of at most `width` characters.
/// Newlines in the text start new lines; a word longer than a line is cut.
func wrap(_ characters: [(Character, Style)], width: Int) -> [StyledLine] {
    guard width > 0 else { return [] }
    var lines: [StyledLine] = []
    var line: [(Character, Style)] = []
    var word: [(Character, Style)] = []
    // The space before the word being built keeps its style, so a highlighted "Нур Отан" stays whole.
    var space: Style = .plain

    func emit(_ chars: [(Character, Style)]) {
        var styled = StyledLine()
        for (c, s) in chars { styled.append(String(c), s) }
        lines.append(styled)
    }
    func placeWord() {
        while !word.isEmpty {
            let room = width - line.count - (line.isEmpty ? 0 : 1)
            if word.count <= room {
                if !line.isEmpty { line.append((" ", space)) }
                line += word
                word = []
            } else if line.isEmpty {
                line = Array(word.prefix(width))
                word.removeFirst(min(width, word.count))
                emit(line); line = []
            } else {
                emit(line); line = []
            }
        }
    }
    for (c, s) in characters {
        if c == "\n" || c == "\r\n" {
            placeWord()
            emit(line); line = []
        } else if c.isWhitespace {
            placeWord()
            space = s
        } else {
            word.append((c, s))
        }
    }
    placeWord()
    if !line.isEmpty { emit(line) }
    return lines
}
