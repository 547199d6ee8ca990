/// The languages reports, pages and names are written in: the ones a mission's readers read.
/// (Outlets and items may be in any language; see `LanguageCode` in MediaModel.)
public enum Language: String, Sendable, CaseIterable, Codable {
    case kk, ru, en
}
