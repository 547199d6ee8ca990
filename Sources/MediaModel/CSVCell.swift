/// One cell of every CSV file mediamon writes (exports, reports, lists).
///
/// Quoted when it holds a comma, quote or line break; and, against CSV injection (OWASP's advice),
/// a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
/// apostrophe, so that a feed title such as `=cmd|' /C calc'!A0` reaches Excel as text, never as
/// a formula. Numbers (`-3.5`) are left as they are: they are data, and no formula.
public enum CSVCell {
    public static func escape(_ text: String) -> String {
        var cell = text
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(cell) {
            cell = "'" + cell
        }
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell read back: the apostrophe `escape` put before a formula character is dropped.
    public static func unescape(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let second = cell.unicodeScalars.dropFirst().first, "=+-@\t\r".unicodeScalars.contains(second) else { return cell }
        return String(cell.dropFirst())
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("-") || body.hasPrefix("+") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
