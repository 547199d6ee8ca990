import Foundation

/// How mediamon writes JSON for people and scripts (reports, `mentions`, the CLI): pretty, keys
/// sorted, slashes as they are.
public enum JSONOutput {
    public static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
