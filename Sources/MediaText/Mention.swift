/// One place in a text where a codebook subject is named.
public struct Mention: Sendable, Equatable, Hashable, Codable {
    /// The subject's codebook id (`nur-otan`).
    public var subject: String
    /// Unicode-scalar offsets of the mention in the original (decoded, unnormalized) text,
    /// `end` exclusive: what editors and the coder screen highlight.
    public var start: Int
    public var end: Int
    /// The mention as written, suffixes included: `Нұр Отанның`, `ЖСДП-ның`.
    public var text: String

    public init(subject: String, start: Int, end: Int, text: String) {
        self.subject = subject
        self.start = start
        self.end = end
        self.text = text
    }
}
