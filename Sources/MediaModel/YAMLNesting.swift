/// Yams parses nesting by recursion, so `[[[[…` a few thousand deep overflows the stack (found by
/// fuzzing), and so do block sequences and complex keys opened on one line (`- - - - …`,
/// `? ? ? …`, `- ? - ? …`). Every YAML file mediamon reads (codebooks, as-run mappings, reference
/// maps) is looked at with this first, and anything nested past a few dozen levels is refused
/// with its line.
public enum YAMLNesting {
    /// The line where flow brackets (`[`, `{`) go past `limit` levels, or where indentation —
    /// counting each block indicator (`- `, `? `, `: `) that opens a line as two columns, as YAML
    /// does — goes past `limit × 4` columns, if any.
    public static func lineNestedTooDeep(_ yaml: String, limit: Int = 32) -> Int? {
        var depth = 0, line = 1, indent = 0, atLineStart = true
        let bytes = Array(yaml.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\n"): line += 1; indent = 0; atLineStart = true; i += 1; continue
            case UInt8(ascii: " ") where atLineStart:
                indent += 1
                if indent > limit * 4 { return line }
                i += 1
                continue
            // A block indicator followed by a space (or the line's end) opens one more level on this line.
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":") where atLineStart && isBlank(bytes, i + 1):
                indent += 1   // and the blank after it, below: two columns, as YAML counts them
                if indent > limit * 4 { return line }
                i += 1
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
            atLineStart = false
            if depth > limit { return line }
            i += 1
        }
        return nil
    }

    /// Whether the byte at `i` is a space, a tab, a line break or the end: what makes `-`, `?` or
    /// `:` an indicator rather than part of a word (`-5`, `?x`).
    private static func isBlank(_ bytes: [UInt8], _ i: Int) -> Bool {
        i >= bytes.count || bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t")
            || bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "\r")
    }
}
