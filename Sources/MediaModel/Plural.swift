/// "1 file", "2 files", "1 party", "3 parties": a count with its noun, in English (the messages of
/// the command line and the store; reports use MediaLocale's catalogue).
public func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(plural ?? noun + "s")"
}
