// The readers' languages (`Language`: kk, ru, en) live in MediaLocale with the string catalogue;
// every module that sees the model sees them too.
@_exported import MediaLocale

/// The language an outlet publishes or an item is written in: an ISO 639 code (`kk`, `ru`, `fr`,
/// `kaa`), optionally with a script or region subtag (`kk-Latn`). Any language a mission monitors,
/// not only the ones reports are written in.
public struct LanguageCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The code when it is well formed: 2–3 lower-case letters, then `-` subtags of 2–8 letters or digits.
    public init?(validating text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLowercase }),
              parts.dropFirst().allSatisfy({ (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        self.rawValue = text
    }

    public var description: String { rawValue }

    public static let kk = LanguageCode(rawValue: "kk")
    public static let ru = LanguageCode(rawValue: "ru")
    public static let en = LanguageCode(rawValue: "en")
}
