/// Yams parses nesting by recursion, so `[[[[…` a few thousand deep overflows the stack (found by
/// fuzzing). Every YAML file mediamon reads (codebooks, as-run mappings, reference maps) is looked
/// at with this first, and anything nested past a few dozen levels is refused with its line.
public enum YAMLNesting {
    /// The line where flow brackets (`[`, `{`) or indentation go past 32 levels, if any.
    public static func lineNestedTooDeep(_ yaml: String, limit: Int = 32) -> Int? {
        var depth = 0, line = 1, indent = 0, atLineStart = true
        for byte in yaml.utf8 {
            switch byte {
            case UInt8(ascii: "\n"): line += 1; indent = 0; atLineStart = true; continue
            case UInt8(ascii: " ") where atLineStart:
                indent += 1
                if indent > limit * 4 { return line }
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
            atLineStart = false
            if depth > limit { return line }
        }
        return nil
    }
}
